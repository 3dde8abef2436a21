#!/usr/bin/env python3
"""Builds round11/{comments,holdout}.jsonl with round 6's school (../round6: school.json,
roster.csv, and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote
the lines apart in session 10, before reading Steward's lexicons or classifier: writer H
(lines11h.py, the comment section on the day a local news story about the school is shared, and
grandparents, childminders, coaches, drivers and neighbours) and writer I (lines11i.py, teenagers:
pupils, ex-pupils and the rival school, in slang and filter-dodging spellings). Every line is
holdout (tune.jsonl is left empty), to measure the session's rules and model once on hands nobody
tuned on. Seeded; ids ps####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines11h", "lines11i"], fill_seed=109, id_seed=113, prefix="ps")
