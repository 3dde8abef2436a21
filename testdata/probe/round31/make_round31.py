#!/usr/bin/env python3
"""Builds round31/{comments,holdout}.jsonl with round 6's school (../round6: school.json, roster.csv,
and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote the lines
apart in session 15, before reading Steward's lexicons or classifier: writer W3 (lines31w.py, uniform and appearance rules: hair and make-up, trainers, a child sent home, the second-hand uniform shop, teasing about clothes) and writer X3 (lines31x.py, homework, reading records and the school's new parent app: messages at night, tutoring adverts, a data-leak scare, parents who cannot log in). Every line is holdout (tune.jsonl is left empty).
Seeded; ids qf####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines31w", "lines31x"], fill_seed=401, id_seed=411, prefix="qf")
