#!/usr/bin/env python3
"""Builds round32/{comments,holdout}.jsonl with round 6's school (../round6: school.json, roster.csv,
and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote the lines
apart in session 15, before reading Steward's lexicons or classifier: writer Y3 (lines32y.py, sports day and school photo day: the photographer, the parents' race, a photo shared without consent, strangers commenting on photos) and writer Z3 (lines32z.py, the school's 150th anniversary and its alumni page: old teachers named, a reunion, cruel teachers of the past, a historic abuse allegation, ticket spam). Every line is holdout (tune.jsonl is left empty).
Seeded; ids qg####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines32y", "lines32z"], fill_seed=421, id_seed=431, prefix="qg")
