#!/usr/bin/env python3
"""Builds round34/{comments,holdout}.jsonl with round 6's school (../round6: school.json, roster.csv,
and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote the lines
apart in session 16, before reading Steward's lexicons or classifier: writer C4 (lines34c.py, the new mobile-phone ban and bag searches: confiscated phones, a pupil filmed during a search, locker rumours, phone-pouch sellers) and writer D4 (lines34d.py, the Year 11 prom and leavers' assembly: dresses and limos, who was not allowed to go, after-party rumours, a photographer's advert). Every line is holdout (tune.jsonl is left empty).
Seeded; ids qi####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines34c", "lines34d"], fill_seed=461, id_seed=471, prefix="qi")
