#!/usr/bin/env python3
"""Builds round12/{comments,holdout}.jsonl with round 6's school (../round6: school.json,
roster.csv, and make_round6.py's slot filling) and ../make_comments.py's writer. Two writers wrote
the lines apart in session 10, before reading Steward's lexicons or classifier: writer J
(lines12j.py, the people who write long: carers of children with SEND, foster and kinship carers,
separated parents, second-language parents, governors and ex-staff) and writer K (lines12k.py,
strangers: anonymous accounts, local rows spilling onto the page, bots and scammers, men commenting
on pupils' photos, one-word and emoji replies). Every line is holdout (tune.jsonl is left empty),
to measure the session's rules and model once on hands nobody tuned on. Seeded; ids pn####."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round6"))
import make_round6  # noqa: E402

if __name__ == "__main__":
    make_round6.write_writers_round(os.path.dirname(os.path.abspath(__file__)),
                                    holdout=["lines12j", "lines12k"], fill_seed=127, id_seed=131, prefix="pn")
