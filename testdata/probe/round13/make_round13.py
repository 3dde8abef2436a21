#!/usr/bin/env python3
"""Builds round13/{comments,holdout}.jsonl with round 6's school (../round6: school.json,
roster.csv, and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote
the lines apart at the end of session 10, before reading Steward's lexicons or classifier: writer L
(lines13l.py, a rural and small-town community: farming families, church and pub, bus drivers, the
football club, parents of the SEND unit, grandparents) and writer M (lines13m.py, exam season,
results day, prom and leavers' week: pupils, sixth-formers, parents, tutors and essay mills,
trolls). Every line is holdout (tune.jsonl is left empty). Seeded; ids pm####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines13l", "lines13m"], fill_seed=137, id_seed=139, prefix="pm")
