#!/usr/bin/env python3
"""Builds round6/{comments,tune,holdout}.jsonl from lines6.py with this round's own school
(make_school6.py: school.json, roster.csv) and ../make_comments.py's writer and split rule
(within each label set, even-indexed lines -> tune, odd -> holdout). Seeded; ids px####."""
import csv, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
import make_comments as M  # noqa: E402
import lines6 as L  # noqa: E402

NAMES = ["OK", "COMPLAINT", "COMPLAINT_QUESTION", "INSULT_COMPLAINT", "INSULT", "PROFANITY_INSULT",
         "PROFANITY", "PROFANITY_COMPLAINT", "THREAT", "PROFANITY_THREAT", "HATE_THREAT",
         "THREAT_SAFEGUARDING", "SAFEGUARDING", "SAFEGUARDING_QUESTION", "SEXUAL_SAFEGUARDING", "HATE",
         "PROFANITY_HATE", "SEXUAL", "SEXUAL_SPAM", "SPAM", "QUESTION", "INSULT_QUESTION", "PD_QUESTION",
         "PERSONAL_DATA"]
STAFF = ["Mrs Dunn", "mrs dunn", "Mr Robson", "Dr Oyewole", "Ms Ferreira", "Mrs Lamb", "mrs lamb", "Mr Bell",
         "MR BELL", "Miss Frost", "Mrs Kaur", "Mr Hussain", "Mrs Stone", "Ms Szymańska", "Mr O'Hare",
         "mr o hare", "Miss Lowery", "Mr Pattinson", "Miss Nixon", "mr robson"]
STAFF_FIRST = ["Miss Hannah", "Mr Dave", "Miss Jodie", "miss hannah", "mr dave", "Miss Jodie"]
PHONES = ["07700 900 417", "07700900638", "+44 7700 900 284", "07700-900-951", "0191 498 0293",
          "(0191) 498 0866", "07700 900 02 7", "o77oo 9oo 345", "07700 9OO 512"]
EMAILS = ["gemma.robson85@gmail.com", "lowfellmam@hotmail.co.uk", "daz_milburn@yahoo.co.uk",
          "k.heslop@btinternet.com", "jodie x at gmail dot com"]
ADDRS = ["23 Kells Lane North", "flat 2, 48 Durham Road", "6 Beacon Lough Road", "101 Saltwell View",
         "17 Chowdene Bank"]
POSTCODES = ["NE9 6JD", "ne9 5xt", "NE8 4QP", "NE11 9RL"]
DOBS = ["03/05/2015", "21st June 2014", "9.10.2016", "2013-12-24", "1st of April 2015"]
SCHOOL_PHONES = ["0191 498 0437", "0191 4980712", "01914980437"]
SCHOOL_EMAILS = ["admin@ravensworth.gateshead.sch.uk", "send@ravensworth.gateshead.sch.uk"]
VENUES = ["Low Fell Leisure Centre", "St Helen's Church Hall", "Saltwell Park Pavilion"]
HASHTAGS = ["#RavensworthRise", "#TeamRavens", "#ReachForTheStars", "#BeKindBeBrave"]
WORDY = {"Brooke", "River", "Storm", "Honey", "Star", "Chance", "Destiny", "Harmony", "Angel", "Precious",
         "Blessing", "Bear", "Ash", "Reed", "Jade", "Pearl", "Bonnie", "Miracle", "Justice", "Rain", "Sage",
         "Wren", "Rowan", "Kit", "Cash", "Major", "Lucky", "Ocean", "Unity", "Gift", "Patience", "Sunny"}


def roster():
    with open(os.path.join(HERE, "roster.csv"), encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def fill(rng, text, pupils):
    plain = [p for p in pupils if p["first_name"] not in WORDY]
    wordy = [p for p in pupils if p["first_name"] in WORDY]
    pools = {"S": STAFF, "SF": STAFF_FIRST, "PH": PHONES, "EM": EMAILS, "AD": ADDRS, "PC": POSTCODES,
             "DOB": DOBS, "SPH": SCHOOL_PHONES, "SEM": SCHOOL_EMAILS, "V": VENUES, "H": HASHTAGS}
    out, i = "", 0
    while i < len(text):
        if text[i] != "{":
            out += text[i]
            i += 1
            continue
        j = text.index("}", i)
        slot = text[i + 1:j]
        if slot in pools:
            out += rng.choice(pools[slot])
        elif slot == "P":
            p = rng.choice(plain)
            out += p["preferred_name"] or p["first_name"]
        elif slot == "PW":
            out += rng.choice(wordy)["first_name"]
        elif slot == "PF":
            out += M.full_name(rng, rng.choice(pupils))
        else:
            raise KeyError(slot)
        i = j + 1
    return out


def write_round(out_dir, sets, **options):
    """make_comments.write_round with this school's roster and slot filling (rounds 6, 7, 8)."""
    M.roster = roster
    M.fill = fill
    M.write_round(out_dir, sets, **options)


def write_writers_round(out_dir, tune=(), holdout=(), **options):
    """A round about this school written by separate writers (rounds 7 to 10): each name in `tune`
    and `holdout` is a lines module in `out_dir` (one writer's label sets); every set of a tune
    writer goes to tune.jsonl, every set of a holdout writer to holdout.jsonl."""
    import importlib
    sys.path.insert(0, out_dir)
    tune_sets = [s for name in tune for s in M.all_sets(importlib.import_module(name))]
    holdout_sets = [s for name in holdout for s in M.all_sets(importlib.import_module(name))]
    write_round(out_dir, tune_sets + holdout_sets, unique=True,
                halves=["tune.jsonl"] * len(tune_sets) + ["holdout.jsonl"] * len(holdout_sets), **options)


if __name__ == "__main__":
    write_round(HERE, M.sets_named(L, NAMES), fill_seed=67, id_seed=71, prefix="px", unique=True)
