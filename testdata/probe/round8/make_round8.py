#!/usr/bin/env python3
"""Builds round8/{comments,holdout}.jsonl with round 6's school (../round6: school.json,
roster.csv, and make_round6.py's slot filling) and ../make_comments.py's writer. One writer (C,
lines8c.py: people outside the school gates) wrote the lines at the end of session 8, before
reading Steward's lexicons or classifier: every line is holdout (tune.jsonl is left empty), to
measure the session's final rules once on a hand nobody tuned on. Seeded; ids pz####."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROBE = os.path.dirname(HERE)
sys.path.insert(0, PROBE)
sys.path.insert(0, os.path.join(PROBE, "round6"))
sys.path.insert(0, HERE)
import make_comments as M  # noqa: E402
import make_round6 as R6  # noqa: E402
import lines8c as C  # noqa: E402

if __name__ == "__main__":
    sets = M.all_sets(C)
    R6.write_round(HERE, sets, fill_seed=83, id_seed=89, prefix="pz", unique=True,
                  halves=["holdout.jsonl"] * len(sets))
