"""Label oracle for draft posts: derives expected decision and reasons from
roster.csv + consent.csv + the caption annotations (who is named, in which form,
personal data, tone, offensive), following testdata/dev/README.md rules 1-7."""
import csv
import datetime as dt

ORDER = ["NO_CONSENT_MEDIA", "NO_CONSENT_PLATFORM", "CONSENT_EXPIRED",
         "CONSENT_WITHDRAWN", "DO_NOT_PUBLISH", "FULL_NAME_WITH_MEDIA",
         "NAME_WITHOUT_CONSENT", "PERSONAL_DATA", "NEGATIVE_TONE", "OFFENSIVE"]
BLOCK = {"NO_CONSENT_MEDIA", "NO_CONSENT_PLATFORM", "CONSENT_EXPIRED",
         "CONSENT_WITHDRAWN", "DO_NOT_PUBLISH", "OFFENSIVE"}


def load_roster(path):
    with open(path, newline="", encoding="utf-8") as f:
        return {r["pupil_id"]: r for r in csv.DictReader(f)}


def load_consent(path):
    rows = {}
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.setdefault(r["pupil_id"], []).append(r)
    return rows


def academic_year(iso):
    d = dt.date.fromisoformat(iso)
    start = d.year if d.month >= 9 else d.year - 1
    return f"{start}/{str(start + 1)[-2:]}"


def in_force(rows, posted_on):
    ay = academic_year(posted_on)
    return [r for r in rows if r["academic_year"] == ay and r["recorded_on"] <= posted_on]


def withdrawn(row, posted_on):
    return bool(row["withdrawn_on"]) and row["withdrawn_on"] <= posted_on


def media_reason(pid, roster, consent, platform, kind, posted_on):
    if roster[pid]["do_not_publish"] == "true":
        return "DO_NOT_PUBLISH", f"{pid} is on the do-not-publish list"
    rows = consent.get(pid, [])
    now = in_force(rows, posted_on)
    ay = academic_year(posted_on)
    if not now and any(r["academic_year"] < ay for r in rows):
        return "CONSENT_EXPIRED", f"{pid}: no {ay} consent in force on {posted_on}"
    plat = [r for r in now if r["platform"] == platform]
    if not plat:
        return "NO_CONSENT_PLATFORM", f"{pid}: no {ay} consent for {platform} in force"
    row = plat[0]
    if withdrawn(row, posted_on):
        return "CONSENT_WITHDRAWN", f"{pid}: {platform} consent withdrawn on {row['withdrawn_on']}"
    if row[kind] != "true":
        return "NO_CONSENT_MEDIA", f"{pid}: {platform} consent does not cover {kind}"
    return None, None


def name_ok(pid, consent, platform, posted_on):
    plat = [r for r in in_force(consent.get(pid, []), posted_on) if r["platform"] == platform]
    return bool(plat) and not withdrawn(plat[0], posted_on) and plat[0]["name"] == "true"


def derive(post, named, roster, consent, pd=False, negative=False, offensive=False):
    """named: list of (pupil_id, form) with form 'first' or 'full'."""
    reasons, details = set(), []
    kind, plat, day = post["media_kind"], post["platform"], post["posted_on"]
    dnp = set()
    tagged_or_named = list(post["tagged_pupil_ids"]) + [p for p, _ in named]
    for pid in dict.fromkeys(tagged_or_named):
        if roster[pid]["do_not_publish"] == "true" and (
                kind != "none" or pid in {p for p, _ in named}):
            dnp.add(pid)
            reasons.add("DO_NOT_PUBLISH")
            details.append(f"{pid} is on the do-not-publish list")
    if kind != "none":
        for pid in post["tagged_pupil_ids"]:
            if pid in dnp:
                continue
            code, why = media_reason(pid, roster, consent, plat, kind, day)
            if code:
                reasons.add(code)
                details.append(why)
    for pid, form in named:
        if pid in dnp:
            continue
        if form == "full" and kind != "none":
            reasons.add("FULL_NAME_WITH_MEDIA")
            details.append(f"{pid} full name appears with {kind}")
        if not name_ok(pid, consent, plat, day):
            reasons.add("NAME_WITHOUT_CONSENT")
            details.append(f"{pid} named without valid name consent for {plat}")
    if pd:
        reasons.add("PERSONAL_DATA")
    if negative:
        reasons.add("NEGATIVE_TONE")
    if offensive:
        reasons.add("OFFENSIVE")
    ordered = [r for r in ORDER if r in reasons]
    if reasons & BLOCK:
        decision = "block"
    elif reasons:
        decision = "needs_changes"
    else:
        decision = "approve"
    return decision, ordered, details
