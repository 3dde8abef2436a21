#!/usr/bin/env python3
"""Builds round9/{comments,tune,holdout}.jsonl with round 6's school (../round6: school.json,
roster.csv, and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers
wrote the lines apart at the start of session 9, before reading Steward's lexicons or classifier,
asked to lean on indirect forms (veiled and property threats, hate by insinuation, neglect seen by
others, complaints with no complaint word): writer D (lines9d.py, pupils and ex-pupils on TikTok
and Instagram) is the TUNE half, writer E (lines9e.py, adults on Facebook and X) the HOLDOUT half.
Seeded; ids pw####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    tune=["lines9d"], holdout=["lines9e"], fill_seed=97, id_seed=101, prefix="pw")
