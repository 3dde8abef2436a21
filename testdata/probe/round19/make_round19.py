#!/usr/bin/env python3
"""Builds round19/{comments,holdout}.jsonl with round 6's school (../round6: school.json, roster.csv,
and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote the lines
apart in session 12, before reading Steward's lexicons or classifier: writer X (lines19x.py, the
people who work at the school: teaching assistants, dinner staff, cleaners, supply teachers, former
staff) and writer Y (lines19y.py, the nursery, early years and wraparound care: toddlers' parents,
childminders, biting rows, bruises noticed at pick-up). Every line is holdout (tune.jsonl is left
empty). Seeded; ids pg####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines19x", "lines19y"], fill_seed=197, id_seed=199, prefix="pg")
