#!/usr/bin/env python3
"""Packs an output tree into one file for scripts/floor.c: per file, in path order,
"path\\0size\\0bytes" (the marker included). Usage: pack-tree.py DIR > PACK"""
import os
import sys

root = sys.argv[1]
paths = []
for folder, _, names in os.walk(root):
    for name in names:
        paths.append(os.path.relpath(os.path.join(folder, name), root))
out = sys.stdout.buffer
for path in sorted(paths):
    with open(os.path.join(root, path), "rb") as f:
        data = f.read()
    out.write(path.encode() + b"\0" + str(len(data)).encode() + b"\0" + data)
