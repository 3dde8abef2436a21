#!/usr/bin/env python3
"""Builds comments.jsonl, tune.jsonl and holdout.jsonl for the accuracy probe (deterministic).

Lines come from probe_lines.py (hand-written, independent of the dev set and of Steward's
lexicons); slots are filled from this school's staff and roster and fictitious contact data.
The split is fixed before any measurement: within each label set, alternate lines go to
tune (even index) and holdout (odd index).
"""
import csv, json, os, random

import probe_lines as L

HERE = os.path.dirname(os.path.abspath(__file__))

ROUTE = {"safeguarding": 4, "hate": 3, "sexual": 3, "threat": 3, "complaint": 2, "question": 1}
ROUTE_NAME = {4: "dsl", 3: "remove_and_escalate", 2: "complaints", 1: "reply_within_24h", 0: "none"}
ORDER = ["ok", "profanity", "insult", "hate", "sexual", "threat", "safeguarding", "personal_data", "spam",
         "complaint", "question"]
WHY = {
    "ok": "benign: supportive, hyperbole, slang, innocent substring, names as words, first name only",
    "profanity": "swearing (possibly obfuscated)", "insult": "insult/harassment of staff, pupils, parents or school",
    "hate": "attack on a protected group or slur", "sexual": "sexual content or innuendo",
    "threat": "threat of violence or damage", "safeguarding": "disclosure, concern, grooming or pupil violence",
    "personal_data": "contact details, address, DOB or a child's full name", "spam": "advertising/scam/phishing",
    "complaint": "legitimate negative feedback", "question": "genuine request for information",
}
SETS = [
    (("ok",), L.OK), (("profanity",), L.PROFANITY), (("insult",), L.INSULT), (("hate",), L.HATE),
    (("sexual",), L.SEXUAL), (("threat",), L.THREAT), (("safeguarding",), L.SAFEGUARDING),
    (("personal_data",), L.PERSONAL_DATA), (("spam",), L.SPAM), (("complaint",), L.COMPLAINT),
    (("question",), L.QUESTION), (("profanity", "insult"), L.PROFANITY_INSULT),
    (("profanity", "complaint"), L.PROFANITY_COMPLAINT), (("insult", "complaint"), L.INSULT_COMPLAINT),
    (("complaint", "question"), L.COMPLAINT_QUESTION), (("personal_data", "question"), L.PD_QUESTION),
    (("profanity", "hate"), L.PROFANITY_HATE), (("hate", "threat"), L.HATE_THREAT),
    (("profanity", "threat"), L.PROFANITY_THREAT), (("sexual", "safeguarding"), L.SEXUAL_SAFEGUARDING),
    (("sexual", "spam"), L.SEXUAL_SPAM), (("threat", "safeguarding"), L.THREAT_SAFEGUARDING),
    (("safeguarding", "question"), L.SAFEGUARDING_QUESTION), (("insult", "question"), L.INSULT_QUESTION),
]
STAFF = ["Mr Fox", "mr armitage", "Mrs Begum", "Miss Wood", "Mr O'Connor", "Mrs Nowak", "Mr Adebayo",
         "Mrs Green", "Dr Morgan", "Miss Kaur-Singh", "Mr Whitaker", "Mrs Sharpe", "MR ARMITAGE", "mrs nowak",
         "Ms Chaudhry", "mr fox", "Mr Armitage"]
PHONES = ["07700 900 123", "07700900321", "+44 7700 900 555", "+44 (0)7700 900876", "07700-900-234",
          "0113 496 0912", "(0113) 496 0388", "07700 900462", "0 7 7 0 0 9 0 0 1 9 8", "077009 00741"]
EMAILS = ["sarah.hirst82@gmail.com", "jonnyb@hotmail.co.uk", "mumof3leeds@outlook.com", "k.malik@btinternet.com",
          "dazza_walsh@yahoo.co.uk", "t.nwosu@icloud.com", "claire (dot) booth (at) gmail (dot) com"]
ADDRS = ["14 Beckett Street", "flat 3, 22 Harehills Lane", "7 Moorfield Crescent, Armley", "112a Town Street",
         "45 Thornhill Road", "9 Lister Close"]
POSTCODES = ["LS12 2QT", "ls13 1ab", "LS6 4JF", "LS12 5EZ", "LS28 7RR"]
DOBS = ["14/03/2015", "3rd March 2016", "12.06.2014", "29 Feb 2016", "2015-11-02", "7th of Jan 2017"]
WORDY = {"Hope", "Will", "May", "Grace", "Joy", "Summer", "Faith", "Rose", "Robin", "Autumn", "Sunny", "Ivy",
         "Mark", "Amber", "Jack", "Holly", "Dawn", "Sky", "Bill"}


def roster():
    with open(os.path.join(HERE, "roster.csv"), encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def full_name(rng, p):
    first = p["preferred_name"] or p["first_name"]
    if p["preferred_name"] and rng.random() < 0.5:
        first = p["first_name"]
    last = p["last_name"]
    form = rng.randrange(8)
    if form == 1:
        return (first + " " + last).lower()
    if form == 2:
        return "%s, %s" % (last.upper(), first)
    if form == 3:
        return first + " " + last.replace("-", " ")
    if form == 4:
        strip = str.maketrans("áéíóúëöüïÁÉÍÓÚłŁśńŚ", "aeiouoeuiAEIOUlLsnS")  # no accents
        return (first + " " + last).translate(strip)
    if form == 5:
        return first + " " + last.replace("'", "\u2019")
    return first + " " + last


def fill(rng, text, pupils):
    firsts = [p for p in pupils if p["first_name"] not in WORDY]
    out, i = "", 0
    while i < len(text):
        if text[i] == "{":
            j = text.index("}", i)
            slot = text[i + 1:j]
            if slot == "S":
                out += rng.choice(STAFF)
            elif slot == "P":
                p = rng.choice(firsts)
                out += p["preferred_name"] or p["first_name"]
            elif slot == "PF":
                out += full_name(rng, rng.choice(pupils))
            elif slot == "PH":
                out += rng.choice(PHONES)
            elif slot == "EM":
                out += rng.choice(EMAILS)
            elif slot == "AD":
                out += rng.choice(ADDRS)
            elif slot == "PC":
                out += rng.choice(POSTCODES)
            elif slot == "DOB":
                out += rng.choice(DOBS)
            i = j + 1
        else:
            out += text[i]
            i += 1
    return out


def sets_named(module, names):
    """(labels, lines) for each label-set name of a lines module: "PD_QUESTION" ->
    (("personal_data", "question"), module.PD_QUESTION)."""
    return [(tuple("personal_data" if p == "PD" else p.lower()
                   for p in name.replace("PERSONAL_DATA", "PD").split("_")), getattr(module, name))
            for name in names]


def all_sets(module):
    """sets_named for every label set a lines module defines (its upper-case lists), in order."""
    return sets_named(module, [name for name in vars(module) if name.isupper() and isinstance(getattr(module, name), list)])


def write_round(out_dir, sets, fill_seed, id_seed, prefix, unique=False, halves=None):
    """Fills every line of `sets` ((labels, lines) pairs), gives ids PREFIX#### in a shuffled
    order (so neighbours are unrelated) and writes comments.jsonl, and the split: within each
    label set, even-indexed lines -> tune.jsonl, odd-indexed -> holdout.jsonl; or, with `halves`
    (one "tune.jsonl"/"holdout.jsonl" per set), every line of a set to its half."""
    rng = random.Random(fill_seed)
    pupils = roster()
    rows, seen_sets = [], []
    for labels, lines in sets:
        cats = [c for c in ORDER if c in labels]
        route = ROUTE_NAME[max(ROUTE.get(c, 0) for c in cats)]
        for k, line in enumerate(lines):
            half = halves[len(seen_sets)] if halves else ("tune.jsonl" if k % 2 == 0 else "holdout.jsonl")
            rows.append({"id": None, "text": fill(rng, line, pupils), "expected_categories": cats,
                         "escalate": route, "rationale": "; ".join(WHY[c] for c in cats), "_half": half})
        seen_sets.append(labels)
    if unique:
        seen = set()
        for r in rows:
            assert r["text"] not in seen, r["text"]
            seen.add(r["text"])
    order = list(range(len(rows)))
    random.Random(id_seed).shuffle(order)
    for n, idx in enumerate(order):
        rows[idx]["id"] = "%s%04d" % (prefix, n + 1)
    rows.sort(key=lambda r: r["id"])
    files = {name: open(os.path.join(out_dir, name), "w", encoding="utf-8")
             for name in ("comments.jsonl", "tune.jsonl", "holdout.jsonl")}
    for r in rows:
        half = r.pop("_half")
        line = json.dumps(r, ensure_ascii=False) + "\n"
        files["comments.jsonl"].write(line)
        files[half].write(line)
    for fh in files.values():
        fh.close()


def main():
    write_round(HERE, SETS, fill_seed=5, id_seed=11, prefix="pc", unique=True)


if __name__ == "__main__":
    main()
