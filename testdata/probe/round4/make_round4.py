#!/usr/bin/env python3
"""Builds round4/{comments,tune,holdout}.jsonl from lines4.py with ../make_comments.py's
fillers and split rule (within each label set, even-indexed lines -> tune, odd -> holdout).
Seeded; ids pq####."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
import make_comments as M  # noqa: E402
import lines4 as L  # noqa: E402

NAMES = ["OK", "SAFEGUARDING", "SAFEGUARDING_QUESTION", "THREAT_SAFEGUARDING", "SEXUAL_SAFEGUARDING",
         "PROFANITY_SAFEGUARDING", "THREAT", "PROFANITY_THREAT", "SPAM", "COMPLAINT", "COMPLAINT_QUESTION"]

if __name__ == "__main__":
    M.write_round(HERE, M.sets_named(L, NAMES), fill_seed=47, id_seed=53, prefix="pq")
