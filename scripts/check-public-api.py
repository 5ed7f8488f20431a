#!/usr/bin/env python3
"""The library's public surface stays small and documented.

Fails when Sources/EKSSC declares more than MAX_TYPES public top-level types, or when a public
declaration has no `///` doc comment right above it (attributes may stand between). Prints the
public types, one per line, with --list.
"""
import os
import re
import sys

MAX_TYPES = 30
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "EKSSC")
TYPE = re.compile(r"^public (?:final )?(struct|enum|class|protocol|actor) (\w+)")
DECL = re.compile(r"^\s*public ")


def main() -> int:
    types, undocumented = [], []
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
    if not failed:
        print(f"public API: {len(types)} types (at most {MAX_TYPES}), every public declaration documented")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
