#!/usr/bin/env python3
"""Builds round16/{comments,holdout}.jsonl with round 6's school (../round6: school.json, roster.csv,
and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote the lines
apart at the start of session 12, before reading Steward's lexicons or classifier: writer R
(lines16r.py, the pupils themselves, 11 to 16, on the school's Instagram and TikTok: slang, banter
and bullying, fights arranged, hints of self-harm) and writer S (lines16s.py, the hard days of a
school year: the Ofsted report, a strike, results morning, the uniform-cost row, former pupils,
councillors, trolls and bots). Every line is holdout (tune.jsonl is left empty). Seeded; ids
pj####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines16r", "lines16s"], fill_seed=167, id_seed=173, prefix="pj")
