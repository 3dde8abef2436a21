#!/usr/bin/env python3
"""Builds round26/{comments,holdout}.jsonl with round 6's school (../round6: school.json, roster.csv,
and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote the lines
apart in session 13, before reading Steward's lexicons or classifier: writer M2 (lines26m.py, the dance, cheer and gymnastics clubs: competition photos, body-shaming, strangers commenting on girls' photos, a coach messaging pupils) and writer N2 (lines26n.py, Gypsy, Roma and Traveller families and the Eastern European community, and the town's reaction). Every line is holdout (tune.jsonl is left empty).
Seeded; ids qa####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines26m", "lines26n"], fill_seed=301, id_seed=311, prefix="qa")
