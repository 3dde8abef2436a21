#!/usr/bin/env python3
"""Builds round21/{comments,holdout}.jsonl with round 6's school (../round6: school.json, roster.csv,
and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote the lines
apart in session 12, before reading Steward's lexicons or classifier: writer C2 (lines21c.py, the
families with least: the food bank, vouchers, debt, heating off, distrust of social services) and
writer D2 (lines21d.py, the French and Spanish exchange: host families, visiting pupils, the trip's
money and flights). Every line is holdout (tune.jsonl is left empty). Seeded; ids pe####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines21c", "lines21d"], fill_seed=227, id_seed=229, prefix="pe")
