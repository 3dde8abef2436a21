#!/usr/bin/env python3
"""Builds round20/{comments,holdout}.jsonl with round 6's school (../round6: school.json, roster.csv,
and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote the lines
apart in session 12, before reading Steward's lexicons or classifier: writer A2 (lines20a.py, the
neighbours and the residents' Facebook group: parking, litter, teenagers at the shops, feuds with
parents) and writer B2 (lines20b.py, Pride month: the LGBT+ club, a trans pupil's name change, the
backlash, reclaimed words). Every line is holdout (tune.jsonl is left empty). Seeded; ids pf####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines20a", "lines20b"], fill_seed=211, id_seed=223, prefix="pf")
