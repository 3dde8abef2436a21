#!/usr/bin/env python3
"""Scores `steward check posts` against the `expected` labels of a posts JSONL file.

usage: bench/posts_eval.py POSTS.jsonl ROSTER.csv CONSENT.csv SCHOOL.json
                           [--steward PATH] [--mismatches] [--mentions]

Prints decision accuracy, exact reason-set accuracy and per-reason TP/FP/FN,
precision, recall and F1 (plus micro and macro F1). With --mismatches, every post
whose decision or reason set differs is listed with its caption and both details.
With --mentions, it also scores name detection on its own: steward is run a second time
with a copy of the consent register in which every row has name=false, so every pupil it
finds named is reported, and those ids are compared with `expected.evidence.mentions`
(do-not-publish pupils left out). This shows mentions that consent would otherwise hide.
Standard library only; exits 2 if steward fails or an id is missing from its output."""
import argparse
import collections
import csv
import json
import os
import re
import subprocess
import sys
import tempfile

ORDER = ["NO_CONSENT_MEDIA", "NO_CONSENT_PLATFORM", "CONSENT_EXPIRED",
         "CONSENT_WITHDRAWN", "DO_NOT_PUBLISH", "FULL_NAME_WITH_MEDIA",
         "NAME_WITHOUT_CONSENT", "PERSONAL_DATA", "NEGATIVE_TONE", "OFFENSIVE"]
DEFAULT_STEWARD = "/work/main/build/posts-rel/src/cli/steward"


def run_steward(args, consent=None):
    cmd = [args.steward, "check", "posts", "--roster", args.roster,
           "--consent", consent or args.consent, "--school", args.school, args.posts]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"steward exited {proc.returncode}: {proc.stderr.strip()}")
    got = {}
    for line in proc.stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            row = json.loads(line)
            got[row["id"]] = row
    return got


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


NAMED = re.compile(r"^(\S+) is named in the caption")


def score_mentions(args, posts):
    """Mention-level precision/recall with name consent switched off for everyone."""
    with open(args.roster, newline="", encoding="utf-8") as f:
        dnp = {r["pupil_id"] for r in csv.DictReader(f) if r["do_not_publish"] == "true"}
    fd, path = tempfile.mkstemp(suffix=".csv")
    try:
        with open(args.consent, newline="", encoding="utf-8") as src, \
                os.fdopen(fd, "w", newline="", encoding="utf-8") as dst:
            reader = csv.DictReader(src)
            writer = csv.DictWriter(dst, fieldnames=reader.fieldnames, lineterminator="\n")
            writer.writeheader()
            for row in reader:
                row["name"] = "false"
                writer.writerow(row)
        got = run_steward(args, path)
    finally:
        os.unlink(path)
    tp = fp = fn = 0
    wrong = []
    for p in posts:
        exp = {m["pupil_id"] for m in p["expected"].get("evidence", {}).get("mentions", [])} - dnp
        found = set()
        for d in got[p["id"]].get("details", []):
            m = NAMED.match(d)
            if m and m.group(1) not in dnp:
                found.add(m.group(1))
        tp += len(exp & found)
        fp += len(found - exp)
        fn += len(exp - found)
        if exp != found:
            wrong.append((p, sorted(exp - found), sorted(found - exp)))
    pr, rc, f = f1(tp, fp, fn)
    print(f"\nname mentions (name consent off for all): TP {tp} FP {fp} FN {fn} "
          f"precision {pr:.3f} recall {rc:.3f} F1 {f:.3f}")
    for p, missed, extra in wrong:
        print(f"  {p['id']} missed={missed} extra={extra} | {p['caption'][:100]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("posts")
    ap.add_argument("roster")
    ap.add_argument("consent")
    ap.add_argument("school")
    ap.add_argument("--steward", default=DEFAULT_STEWARD)
    ap.add_argument("--mismatches", action="store_true")
    ap.add_argument("--mentions", action="store_true")
    args = ap.parse_args()

    posts = [json.loads(l) for l in open(args.posts, encoding="utf-8") if l.strip()]
    got = run_steward(args)
    missing = [p["id"] for p in posts if p["id"] not in got]
    if missing:
        sys.exit(f"steward gave no verdict for {len(missing)} posts, e.g. {missing[:5]}")

    dec_ok = exact_ok = 0
    counts = collections.defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    confusion = collections.Counter()
    wrong = []
    for p in posts:
        exp, out = p["expected"], got[p["id"]]
        e_set, g_set = set(exp["reasons"]), set(out.get("reasons", []))
        confusion[(exp["decision"], out["decision"])] += 1
        dec_ok += exp["decision"] == out["decision"]
        exact_ok += e_set == g_set
        for r in e_set | g_set:
            counts[r][0 if r in e_set and r in g_set else 1 if r in g_set else 2] += 1
        if exp["decision"] != out["decision"] or e_set != g_set:
            wrong.append((p, out))

    n = len(posts)
    print(f"posts: {n}   steward: {args.steward}")
    print(f"decision accuracy:   {dec_ok / n:.3f} ({dec_ok}/{n})")
    print(f"reason-set exact:    {exact_ok / n:.3f} ({exact_ok}/{n})")
    print(f"\n{'reason':22} {'TP':>4} {'FP':>4} {'FN':>4} {'prec':>6} {'rec':>6} {'F1':>6}")
    tot = [0, 0, 0]
    macro = []
    for r in ORDER + sorted(set(counts) - set(ORDER)):
        tp, fp, fn = counts[r]
        if tp + fp + fn == 0:
            continue
        p_, r_, f_ = f1(tp, fp, fn)
        macro.append(f_)
        tot = [a + b for a, b in zip(tot, (tp, fp, fn))]
        print(f"{r:22} {tp:4} {fp:4} {fn:4} {p_:6.3f} {r_:6.3f} {f_:6.3f}")
    p_, r_, f_ = f1(*tot)
    print(f"{'micro':22} {tot[0]:4} {tot[1]:4} {tot[2]:4} {p_:6.3f} {r_:6.3f} {f_:6.3f}")
    print(f"{'macro F1':22} {'':14} {sum(macro) / len(macro):20.3f}")
    print("\ndecision confusion (expected -> got):")
    for (e, g), c in sorted(confusion.items()):
        print(f"  {e:14} -> {g:14} {c}")
    if args.mentions:
        score_mentions(args, posts)
    if args.mismatches:
        print(f"\nmismatches: {len(wrong)}")
        for p, out in wrong:
            exp = p["expected"]
            e_set, g_set = set(exp["reasons"]), set(out.get("reasons", []))
            print(f"\n{p['id']} {p['platform']}/{p['media_kind']} {p['posted_on']}"
                  f" tagged={p['tagged_pupil_ids']}")
            print(f"  caption:  {p['caption']}")
            print(f"  expected: {exp['decision']} {exp['reasons']}")
            print(f"  got:      {out['decision']} {out.get('reasons', [])}")
            print(f"  missed: {sorted(e_set - g_set)}  extra: {sorted(g_set - e_set)}")
            for d in exp.get("details", []):
                print(f"    exp: {d}")
            for d in out.get("details", []):
                print(f"    got: {d}")


if __name__ == "__main__":
    main()
