#!/usr/bin/env python3
"""Compares the PDFs of two folders byte for byte, file by file of the same name, after blanking out
what differs between any two renderings: the creation date (Info and XMP) and the file ID derived
from it. The blanks have the same length, so offsets stay. Used to check that a change to the PDF
step leaves its output as it was (issue 11). Usage: pdf-compare.py FOLDER_BEFORE FOLDER_AFTER"""
import re, sys, os
PATTERNS = [
    rb"\(D:\d{14}[^)]*\)",
    rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)?",
    rb"/ID \[<[0-9A-Fa-f]+> <[0-9A-Fa-f]+>\]",
]
def mask(data):
    for p in PATTERNS:
        data = re.sub(p, lambda m: b"#" * len(m.group(0)), data)
    return data
a, b = sys.argv[1], sys.argv[2]
names = sorted(n for n in os.listdir(a) if n.endswith(".pdf"))
bad = 0
for n in names:
    pa, pb = os.path.join(a, n), os.path.join(b, n)
    if not os.path.exists(pb):
        print("missing in B:", n); bad += 1; continue
    da, db = mask(open(pa, "rb").read()), mask(open(pb, "rb").read())
    if da != db:
        i = next((i for i in range(min(len(da), len(db))) if da[i] != db[i]), min(len(da), len(db)))
        print("DIFFERENT:", n, len(da), len(db), "first at", i, da[max(0,i-60):i+60])
        bad += 1
print(len(names), "compared,", bad, "different")
sys.exit(1 if bad else 0)
