#!/usr/bin/env python3
"""Builds round28/{comments,holdout}.jsonl with round 6's school (../round6: school.json, roster.csv,
and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote the lines
apart in session 13, before reading Steward's lexicons or classifier: writer Q2 (lines28q.py, attendance and absence: fines, the attendance officer, children missing school, young carers, home education after a row) and writer R2 (lines28r.py, the boxing club and the gym: fight nights, rival estates, knife-crime talks, supplement spam). Every line is holdout (tune.jsonl is left empty).
Seeded; ids qc####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines28q", "lines28r"], fill_seed=341, id_seed=351, prefix="qc")
