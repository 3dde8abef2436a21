#!/usr/bin/env python3
"""Builds round7/{comments,tune,holdout}.jsonl with round 6's school (../round6: school.json,
roster.csv, and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers
wrote the lines apart, before reading Steward's lexicons or classifier: writer A (lines7a.py,
primary-age parents' community) is the TUNE half, writer B (lines7b.py, the secondary years) the
HOLDOUT half, so the holdout measures phrasing by another hand as well as unseen lines. Seeded;
ids py####."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROBE = os.path.dirname(HERE)
sys.path.insert(0, PROBE)
sys.path.insert(0, os.path.join(PROBE, "round6"))
sys.path.insert(0, HERE)
import make_comments as M  # noqa: E402
import make_round6 as R6  # noqa: E402
import lines7a as A  # noqa: E402
import lines7b as B  # noqa: E402


if __name__ == "__main__":
    tune, holdout = M.all_sets(A), M.all_sets(B)
    R6.write_round(HERE, tune + holdout, fill_seed=73, id_seed=79, prefix="py", unique=True,
                  halves=["tune.jsonl"] * len(tune) + ["holdout.jsonl"] * len(holdout))
