#!/usr/bin/env python3
"""Builds round18/{comments,holdout}.jsonl with round 6's school (../round6: school.json, roster.csv,
and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote the lines
apart in session 12, before reading Steward's lexicons or classifier: writer V (lines18v.py,
children's online lives under the school's online-safety posts: phones, games, group chats, AI
fakes, sextortion warnings, phishing) and writer W (lines18w.py, the dads, stepdads and uncles:
north-east humour, football banter, a row after a red card, an access dispute). Every line is
holdout (tune.jsonl is left empty). Seeded; ids ph####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines18v", "lines18w"], fill_seed=191, id_seed=193, prefix="ph")
