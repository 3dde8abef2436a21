#!/usr/bin/env python3
"""Builds round2/{comments,tune,holdout}.jsonl from lines2.py with ../make_comments.py's
fillers and split rule (within each label set, even-indexed lines -> tune, odd -> holdout).
Seeded; ids pr####."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
import make_comments as M  # noqa: E402
import lines2 as L  # noqa: E402

SETS = [
    (("ok",), L.OK), (("profanity",), L.PROFANITY), (("insult",), L.INSULT), (("hate",), L.HATE),
    (("sexual",), L.SEXUAL), (("threat",), L.THREAT), (("safeguarding",), L.SAFEGUARDING),
    (("personal_data",), L.PERSONAL_DATA), (("spam",), L.SPAM), (("complaint",), L.COMPLAINT),
    (("question",), L.QUESTION), (("profanity", "insult"), L.PROFANITY_INSULT),
    (("insult", "complaint"), L.INSULT_COMPLAINT), (("profanity", "complaint"), L.PROFANITY_COMPLAINT),
    (("complaint", "question"), L.COMPLAINT_QUESTION), (("personal_data", "question"), L.PD_QUESTION),
    (("profanity", "hate"), L.PROFANITY_HATE), (("hate", "threat"), L.HATE_THREAT),
    (("profanity", "threat"), L.PROFANITY_THREAT), (("sexual", "safeguarding"), L.SEXUAL_SAFEGUARDING),
    (("sexual", "spam"), L.SEXUAL_SPAM), (("threat", "safeguarding"), L.THREAT_SAFEGUARDING),
    (("safeguarding", "question"), L.SAFEGUARDING_QUESTION),
]

if __name__ == "__main__":
    M.write_round(HERE, SETS, fill_seed=27, id_seed=31, prefix="pr")
