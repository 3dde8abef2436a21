#!/usr/bin/env python3
"""Builds round29/{comments,holdout}.jsonl with round 6's school (../round6: school.json, roster.csv,
and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote the lines
apart in session 14, before reading Steward's lexicons or classifier: writer S3 (lines29s.py, school meals, the canteen and allergies: packed-lunch rules, an allergy scare, dinner-money debt, free school meals) and writer T3 (lines29t.py, the walk and the drive to school: parking wars, the lollipop lady, a near miss, e-scooters, a stranger near the route, the school bus). Every line is holdout (tune.jsonl is left empty).
Seeded; ids qd####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines29s", "lines29t"], fill_seed=361, id_seed=371, prefix="qd")
