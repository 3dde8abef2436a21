#!/usr/bin/env python3
"""Builds round23/{comments,holdout}.jsonl with round 6's school (../round6: school.json, roster.csv,
and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote the lines
apart in session 12, before reading Steward's lexicons or classifier: writer G2 (lines23g.py, a
coastal town's families: fishing and caravan parks, seasonal work, the beach, pier fights) and
writer H2 (lines23h.py, the music, drama and panto page: dame jokes, casting rows, a visiting
teacher's private lessons, touts and spam). Every line is holdout (tune.jsonl is left empty).
Seeded; ids pc####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines23g", "lines23h"], fill_seed=241, id_seed=251, prefix="pc")
