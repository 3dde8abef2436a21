#!/usr/bin/env python3
"""Builds round7/{comments,tune,holdout}.jsonl with round 6's school (../round6: school.json,
roster.csv, and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers
wrote the lines apart, before reading Steward's lexicons or classifier: writer A (lines7a.py,
primary-age parents' community) is the TUNE half, writer B (lines7b.py, the secondary years) the
HOLDOUT half, so the holdout measures phrasing by another hand as well as unseen lines. Seeded;
ids py####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    tune=["lines7a"], holdout=["lines7b"], fill_seed=73, id_seed=79, prefix="py")
