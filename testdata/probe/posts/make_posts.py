"""Builds posts.jsonl from captions.py: every label is derived by oracle.py from
roster.csv + consent.csv and the hand annotations (named pupils, personal data,
tone, offensive). Run make_school.py first."""
import collections
import json

import oracle
from captions import POSTS, POSTS2
from make_school import KEY_TO_ID


def main():
    roster = oracle.load_roster("roster.csv")
    consent = oracle.load_consent("consent.csv")
    out, reasons, decisions = [], collections.Counter(), collections.Counter()
    batches = [(1, e) for e in POSTS] + [(2, e) for e in POSTS2]
    for i, (batch, (plat, kind, day, tagged, caption, named, flags)) in enumerate(batches, 1):
        post = {"id": f"pp{i:04d}", "platform": plat, "media_kind": kind, "posted_on": day,
                "caption": caption,
                "tagged_pupil_ids": [KEY_TO_ID[k] for k in tagged.split(",") if k]}
        names = [(KEY_TO_ID[k], f) for k, f in (n.split(":") for n in named.split(",") if n)]
        fl = set(flags.split())
        decision, rs, details = oracle.derive(post, names, roster, consent, pd="pd" in fl,
                                              negative="neg" in fl, offensive="off" in fl)
        post["expected"] = {"decision": decision, "reasons": rs, "details": details,
                            "evidence": {"mentions": [{"pupil_id": p, "form": f} for p, f in names],
                                         "personal_data": "pd" in fl,
                                         "tone": "negative" if "neg" in fl else "neutral_or_positive",
                                         "offensive": "off" in fl,
                                         "judgement": "judgement" in fl},
                            "batch": batch}
        out.append(post)
        decisions[decision] += 1
        reasons.update(rs)
    with open("posts.jsonl", "w", encoding="utf-8") as f:
        for p in out:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(len(out), "posts", dict(decisions))
    for r in oracle.ORDER:
        print(f"{r:22} {reasons[r]}")


if __name__ == "__main__":
    main()
