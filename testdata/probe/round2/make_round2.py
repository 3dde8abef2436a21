#!/usr/bin/env python3
"""Builds round2/{comments,tune,holdout}.jsonl from lines2.py with ../make_comments.py's fillers
and split rule (even index of each label set -> tune, odd -> holdout). Seeded; ids pr####."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
import make_comments as M  # noqa: E402
import lines2 as L  # noqa: E402

SETS = [
    (("ok",), L.OK), (("profanity",), L.PROFANITY), (("insult",), L.INSULT), (("hate",), L.HATE),
    (("sexual",), L.SEXUAL), (("threat",), L.THREAT), (("safeguarding",), L.SAFEGUARDING),
    (("personal_data",), L.PERSONAL_DATA), (("spam",), L.SPAM), (("complaint",), L.COMPLAINT),
    (("question",), L.QUESTION), (("profanity", "insult"), L.PROFANITY_INSULT),
    (("insult", "complaint"), L.INSULT_COMPLAINT), (("profanity", "complaint"), L.PROFANITY_COMPLAINT),
    (("complaint", "question"), L.COMPLAINT_QUESTION), (("personal_data", "question"), L.PD_QUESTION),
    (("profanity", "hate"), L.PROFANITY_HATE), (("hate", "threat"), L.HATE_THREAT),
    (("profanity", "threat"), L.PROFANITY_THREAT), (("sexual", "safeguarding"), L.SEXUAL_SAFEGUARDING),
    (("sexual", "spam"), L.SEXUAL_SPAM), (("threat", "safeguarding"), L.THREAT_SAFEGUARDING),
    (("safeguarding", "question"), L.SAFEGUARDING_QUESTION),
]


def main():
    rng = random.Random(27)
    pupils = M.roster()
    rows = []
    for labels, lines in SETS:
        cats = [c for c in M.ORDER if c in labels]
        route = M.ROUTE_NAME[max(M.ROUTE.get(c, 0) for c in cats)]
        for k, line in enumerate(lines):
            rows.append({"text": M.fill(rng, line, pupils), "expected_categories": cats, "escalate": route,
                         "rationale": "; ".join(M.WHY[c] for c in cats), "_k": k})
    order = list(range(len(rows)))
    random.Random(31).shuffle(order)
    for n, idx in enumerate(order):
        rows[idx]["id"] = "pr%04d" % (n + 1)
    rows.sort(key=lambda r: r["id"])
    files = {n: open(os.path.join(HERE, n), "w", encoding="utf-8") for n in ("comments.jsonl", "tune.jsonl", "holdout.jsonl")}
    for r in rows:
        half = "tune.jsonl" if r.pop("_k") % 2 == 0 else "holdout.jsonl"
        line = json.dumps({k: r[k] for k in ("id", "text", "expected_categories", "escalate", "rationale")},
                          ensure_ascii=False) + "\n"
        files["comments.jsonl"].write(line)
        files[half].write(line)
    for f in files.values():
        f.close()


if __name__ == "__main__":
    main()
