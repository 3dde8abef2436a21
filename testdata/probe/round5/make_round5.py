#!/usr/bin/env python3
"""Builds round5/{comments,tune,holdout}.jsonl from lines5.py (same fillers as round 2; ids pv####).
Split rule (fixed before any measurement): within each label set, even-indexed lines -> tune.jsonl, odd-indexed -> holdout.jsonl."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
import make_comments as M  # noqa: E402
import lines5 as L  # noqa: E402

NAMES = ["OK", "SAFEGUARDING", "THREAT_SAFEGUARDING", "THREAT", "PROFANITY_THREAT", "SPAM", "COMPLAINT",
         "COMPLAINT_QUESTION", "HATE", "INSULT", "SEXUAL", "PROFANITY", "QUESTION", "PERSONAL_DATA"]


def labels(name):
    return tuple("personal_data" if p == "PD" else p.lower() for p in
                 name.replace("PERSONAL_DATA", "PD").split("_"))


def main():
    rng = random.Random(59)
    pupils = M.roster()
    rows = []
    for name in NAMES:
        cats = [c for c in M.ORDER if c in labels(name)]
        route = M.ROUTE_NAME[max(M.ROUTE.get(c, 0) for c in cats)]
        for k, line in enumerate(getattr(L, name)):
            rows.append({"text": M.fill(rng, line, pupils), "expected_categories": cats, "escalate": route,
                         "rationale": "; ".join(M.WHY[c] for c in cats), "_k": k})
    order = list(range(len(rows)))
    random.Random(61).shuffle(order)
    for n, idx in enumerate(order):
        rows[idx]["id"] = "pv%04d" % (n + 1)
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
