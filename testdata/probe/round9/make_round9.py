#!/usr/bin/env python3
"""Builds round9/{comments,tune,holdout}.jsonl with round 6's school (../round6: school.json,
roster.csv, and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers
wrote the lines apart at the start of session 9, before reading Steward's lexicons or classifier,
asked to lean on indirect forms (veiled and property threats, hate by insinuation, neglect seen by
others, complaints with no complaint word): writer D (lines9d.py, pupils and ex-pupils on TikTok
and Instagram) is the TUNE half, writer E (lines9e.py, adults on Facebook and X) the HOLDOUT half.
Seeded; ids pw####."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROBE = os.path.dirname(HERE)
sys.path.insert(0, PROBE)
sys.path.insert(0, os.path.join(PROBE, "round6"))
sys.path.insert(0, HERE)
import make_comments as M  # noqa: E402
import make_round6 as R6  # noqa: E402
import lines9d as D  # noqa: E402
import lines9e as E  # noqa: E402


if __name__ == "__main__":
    tune, holdout = M.all_sets(D), M.all_sets(E)
    R6.write_round(HERE, tune + holdout, fill_seed=97, id_seed=101, prefix="pw", unique=True,
                  halves=["tune.jsonl"] * len(tune) + ["holdout.jsonl"] * len(holdout))
