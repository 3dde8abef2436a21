#!/usr/bin/env python3
"""Builds round14/{comments,holdout}.jsonl with round 6's school (../round6: school.json,
roster.csv, and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote
the lines apart at the start of session 11, before reading Steward's lexicons or classifier:
writer N (lines14n.py, the parents' side of a primary school's page before Christmas: nursery and
reception parents, the PTA, nits letters, trip payments, parents' evening) and writer O
(lines14o.py, the week a rumour hits the school: police at the gates, a suspended teacher, a fight
video, a row about faith assemblies and trans pupils). Every line is holdout (tune.jsonl is left
empty). Seeded; ids pl####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines14n", "lines14o"], fill_seed=149, id_seed=151, prefix="pl")
