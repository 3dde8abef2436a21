#!/usr/bin/env python3
"""Builds round3/{comments,tune,holdout}.jsonl from lines3.py with ../make_comments.py's
fillers and split rule (within each label set, even-indexed lines -> tune, odd -> holdout).
Seeded; ids pt####."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
import make_comments as M  # noqa: E402
import lines3 as L  # noqa: E402

NAMES = ["OK", "PROFANITY", "INSULT", "HATE", "SEXUAL", "THREAT", "SAFEGUARDING", "PERSONAL_DATA", "SPAM",
         "COMPLAINT", "QUESTION", "PROFANITY_INSULT", "PROFANITY_COMPLAINT", "INSULT_COMPLAINT", "PD_QUESTION",
         "COMPLAINT_QUESTION", "SEXUAL_SAFEGUARDING", "THREAT_SAFEGUARDING", "SAFEGUARDING_QUESTION",
         "HATE_THREAT", "SEXUAL_SPAM", "PROFANITY_HATE"]

if __name__ == "__main__":
    M.write_round(HERE, M.sets_named(L, NAMES), fill_seed=41, id_seed=43, prefix="pt")
