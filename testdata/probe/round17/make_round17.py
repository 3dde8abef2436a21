#!/usr/bin/env python3
"""Builds round17/{comments,holdout}.jsonl with round 6's school (../round6: school.json, roster.csv,
and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote the lines
apart in session 12, before reading Steward's lexicons or classifier: writer T (lines17t.py, a
faith school's community: First Communion and Eid photos, the RSE row, coded prejudice, religious
words that are innocent) and writer U (lines17u.py, the PTA and community noticeboard: uniform
sales, raffles, lifts, tutors and childminders advertising, scams, an adult stranger's offers).
Every line is holdout (tune.jsonl is left empty). Seeded; ids pi####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines17t", "lines17u"], fill_seed=179, id_seed=181, prefix="pi")
