#!/usr/bin/env python3
"""Builds round27/{comments,holdout}.jsonl with round 6's school (../round6: school.json, roster.csv,
and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote the lines
apart in session 13, before reading Steward's lexicons or classifier: writer O2 (lines27o.py, forest school, the eco club and outdoor learning: knives for whittling, fire-lighting, the pond, bruises nobody explains) and writer P2 (lines27p.py, boys and misogyny online under the school's posts: influencer talk, far-right stickers, a female teacher abused, a parent worried about radicalisation). Every line is holdout (tune.jsonl is left empty).
Seeded; ids qb####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines27o", "lines27p"], fill_seed=321, id_seed=331, prefix="qb")
