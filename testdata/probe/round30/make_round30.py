#!/usr/bin/env python3
"""Builds round30/{comments,holdout}.jsonl with round 6's school (../round6: school.json, roster.csv,
and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote the lines
apart in session 14, before reading Steward's lexicons or classifier: writer U3 (lines30u.py, the headteacher resigns and an academy trust takes over: rumours, staff leaving, a consultation, uniform and term-date changes) and writer V3 (lines30v.py, snow days, floods and a boiler failure: late closures, remote learning, a pupil missing in the snow, weather scammers). Every line is holdout (tune.jsonl is left empty).
Seeded; ids qe####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines30u", "lines30v"], fill_seed=381, id_seed=391, prefix="qe")
