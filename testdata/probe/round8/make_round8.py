#!/usr/bin/env python3
"""Builds round8/{comments,holdout}.jsonl with round 6's school (../round6: school.json,
roster.csv, and make_round6.py's slot filling) and ../make_comments.py's writer. One writer (C,
lines8c.py: people outside the school gates) wrote the lines at the end of session 8, before
reading Steward's lexicons or classifier: every line is holdout (tune.jsonl is left empty), to
measure the session's final rules once on a hand nobody tuned on. Seeded; ids pz####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines8c"], fill_seed=83, id_seed=89, prefix="pz")
