#!/usr/bin/env python3
"""Builds round15/{comments,holdout}.jsonl with round 6's school (../round6: school.json,
roster.csv, and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote
the lines apart in session 11, before reading Steward's lexicons or classifier: writer P
(lines15p.py, the school's sport and clubs page: fixtures, the minibus, touchline parents, a
referee, dance and swimming photos, pupils who talk about games) and writer Q (lines15q.py,
grandparents new to Facebook and families new to the UK writing in a second language). Every
line is holdout (tune.jsonl is left empty). Seeded; ids pk####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines15p", "lines15q"], fill_seed=157, id_seed=163, prefix="pk")
