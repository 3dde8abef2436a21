#!/usr/bin/env python3
"""Builds round25/{comments,holdout}.jsonl with round 6's school (../round6: school.json, roster.csv,
and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote the lines
apart in session 13, before reading Steward's lexicons or classifier: writer K2 (lines25k.py, local politics on the school page: the MP and the councillor, a funding petition, a library-book row, asylum hotels) and writer L2 (lines25l.py, grief on the school page: memorials, a road accident, gossip about a death, a fundraiser that may be a scam). Every line is holdout (tune.jsonl is left empty).
Seeded; ids pa####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines25k", "lines25l"], fill_seed=281, id_seed=291, prefix="pa")
