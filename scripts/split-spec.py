#!/usr/bin/env python3
"""Splits a .sec file into N files, as a platform team with many teams would keep it.

Usage: split-spec.py SPEC N DIR
Writes DIR/part-0000.sec ... (N files, or fewer when there are fewer declarations): the
top-level declarations in their order, in N contiguous runs of (nearly) equal size, so a
namespace's declarations mostly stay together. A declaration starts at a line that begins with
a letter; lines that begin with white space or '}' continue it; comments and blank lines between
declarations are dropped. `ekssc build DIR` then builds what `ekssc build SPEC` builds (the
output does not depend on how declarations are split over files).
"""
import os
import sys


def declarations(text):
    current = []
    for line in text.split("\n"):
        if line[:1].isalpha():
            if current:
                yield "\n".join(current)
            current = [line]
        elif current and (line[:1] in (" ", "\t", "}")):
            current.append(line)
        else:
            if current:
                yield "\n".join(current)
            current = []
    if current:
        yield "\n".join(current)


def main():
    if len(sys.argv) != 4:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    spec, parts, folder = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(spec, encoding="utf-8") as handle:
        decls = list(declarations(handle.read()))
    parts = max(1, min(parts, len(decls)))
    os.makedirs(folder, exist_ok=True)
    for index in range(parts):
        chunk = decls[index * len(decls) // parts:(index + 1) * len(decls) // parts]
        with open(os.path.join(folder, f"part-{index:04d}.sec"), "w", encoding="utf-8") as handle:
            handle.write("\n".join(chunk) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
