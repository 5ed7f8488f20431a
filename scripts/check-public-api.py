#!/usr/bin/env python3
"""The library's public surface stays small and documented.

Fails when Sources/EKSSC declares more than MAX_TYPES public top-level types, or when a public
declaration has no `///` doc comment right above it (attributes may stand between), or when the
public types listed by the DocC catalog's landing page (`EKSSC.docc/EKSSC.md`, as ``Name``) and
by docs/library.md (as `Name`) are not exactly the public types. Prints the public types, one
per line, with --list.
"""
import os
import re
import sys

MAX_TYPES = 30
REPOSITORY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
ROOT = os.path.join(REPOSITORY, "Sources", "EKSSC")
LANDING_PAGE = os.path.join(ROOT, "EKSSC.docc", "EKSSC.md")
LIBRARY_DOC = os.path.join(REPOSITORY, "docs", "library.md")
TYPE = re.compile(r"^public (?:final )?(struct|enum|class|protocol|actor) (\w+)")
DECL = re.compile(r"^\s*public ")


def main() -> int:
    types, public_names, undocumented = [], [], []
    for folder, _, names in sorted(os.walk(ROOT)):
        for name in sorted(names):
            if not name.endswith(".swift"):
                continue
            path = os.path.join(folder, name)
            lines = open(path, encoding="utf-8").read().split("\n")
            for number, line in enumerate(lines):
                match = TYPE.match(line)
                if match:
                    types.append(f"{match.group(2)} ({match.group(1)}, {os.path.relpath(path, ROOT)})")
                    public_names.append(match.group(2))
                if not DECL.match(line):
                    continue
                above = number - 1
                while above >= 0 and lines[above].strip().startswith("@"):
                    above -= 1
                if above < 0 or not lines[above].strip().startswith("///"):
                    undocumented.append(f"{os.path.relpath(path, ROOT)}:{number + 1}: {line.strip()}")
    if "--list" in sys.argv:
        print("\n".join(types))
    failed = False
    if len(types) > MAX_TYPES:
        print(f"error: {len(types)} public types in Sources/EKSSC, at most {MAX_TYPES}", file=sys.stderr)
        failed = True
    for entry in undocumented:
        print(f"error: public declaration without a /// doc comment: {entry}", file=sys.stderr)
        failed = True
    landing = open(LANDING_PAGE, encoding="utf-8").read()
    listed = set(re.findall(r"^- ``(\w+)``$", landing, re.M))
    # swift-symbolgraph-extract drops `<module>Version...` symbols, so DocC cannot link to
    # EKSSCVersion: the landing page names it in code voice instead.
    listed |= {name for name in public_names if name.startswith("EKSSCVersion") and f"`{name}`" in landing}
    table = open(LIBRARY_DOC, encoding="utf-8").read().split("## The public surface", 1)[-1]
    in_table = set(re.findall(r"`(\w+)`", "\n".join(l.split("|")[1] for l in table.split("\n") if l.startswith("| `"))))
    for where, found in [("EKSSC.docc/EKSSC.md", listed), ("docs/library.md", in_table)]:
        for name in sorted(set(public_names) - found):
            print(f"error: public type {name} is not listed in {where}", file=sys.stderr)
            failed = True
        for name in sorted(found - set(public_names)):
            print(f"error: {where} lists {name}, which is not a public type", file=sys.stderr)
            failed = True
    if not failed:
        print(f"public API: {len(types)} types (at most {MAX_TYPES}), every public declaration documented, all listed in EKSSC.docc and docs/library.md")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
