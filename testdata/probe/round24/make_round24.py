#!/usr/bin/env python3
"""Builds round24/{comments,holdout}.jsonl with round 6's school (../round6: school.json, roster.csv,
and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote the lines
apart in session 13, before reading Steward's lexicons or classifier: writer I2 (lines24i.py, the breakfast and after-school clubs and parents working shifts: late pick-ups, fees, a childminder row, a club worker too close to one child) and writer J2 (lines24j.py, 16-18 year olds and their parents: prom, driving, part-time jobs, exam stress, vaping, "easy money" spam aimed at students). Every line is holdout (tune.jsonl is left empty).
Seeded; ids pb####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines24i", "lines24j"], fill_seed=261, id_seed=271, prefix="pb")
