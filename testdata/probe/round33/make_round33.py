#!/usr/bin/env python3
"""Builds round33/{comments,holdout}.jsonl with round 6's school (../round6: school.json, roster.csv,
and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote the lines
apart in session 16, before reading Steward's lexicons or classifier: writer A4 (lines33a.py, the Christmas fair, the nativity and the carol concert: tickets, filming the play, the raffle, a stall holder selling in the comments) and writer B4 (lines33b.py, a snow day closure and a broken boiler: the late closure post, childcare, remote learning, sledging, a boiler-repair advert). Every line is holdout (tune.jsonl is left empty).
Seeded; ids qh####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines33a", "lines33b"], fill_seed=441, id_seed=451, prefix="qh")
