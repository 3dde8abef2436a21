#!/usr/bin/env python3
"""Builds round22/{comments,holdout}.jsonl with round 6's school (../round6: school.json, roster.csv,
and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote the lines
apart in session 12, before reading Steward's lexicons or classifier: writer E2 (lines22e.py, Year
11 leavers, careers and apprenticeships: job scams, county-lines recruitment dressed as a job,
pressure to send pictures) and writer F2 (lines22f.py, an inner-city primary where most families
are Muslim: Ramadan, Eid, halal dinners, Islamophobic outsiders, a worry about a girl taken
abroad). Every line is holdout (tune.jsonl is left empty). Seeded; ids pd####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines22e", "lines22f"], fill_seed=233, id_seed=239, prefix="pd")
