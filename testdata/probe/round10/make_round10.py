#!/usr/bin/env python3
"""Builds round10/{comments,holdout}.jsonl with round 6's school (../round6: school.json,
roster.csv, and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote
the lines apart in session 9, after its rules were written and before reading Steward's lexicons or
classifier: writer F (lines10f.py, a mixed community: sports dads, shift workers, parents writing
in a second language, older residents, trolls and scammers) and writer G (lines10g.py, comment
threads where people argue with each other). Every line is holdout (tune.jsonl is left empty), to
measure the session's final rules and model once on hands nobody tuned on. Seeded; ids pu####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines10f", "lines10g"], fill_seed=103, id_seed=107, prefix="pu")
