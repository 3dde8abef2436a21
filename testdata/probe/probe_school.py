"""What every probe school's generator shares (make_roster.py, round6/make_school6.py): the
roster's name pairs (the fixed ones first, then distinct random first/last pairs) and the writer
of school.json and roster.csv. Each school keeps its own ids, year groups and do-not-publish rule."""
import csv, json, os

ROSTER_FIELDS = ["pupil_id", "first_name", "last_name", "preferred_name", "year_group", "do_not_publish"]


def pick_names(rng, fixed, first, last, count):
    """(first, last, preferred) for `count` pupils: `fixed` as given, then random distinct pairs."""
    rows, seen = [], set()
    for f, l, p in fixed:
        rows.append((f, l, p))
        seen.add((f, l))
    while len(rows) < count:
        f, l = rng.choice(first), rng.choice(last)
        if (f, l) in seen:
            continue
        seen.add((f, l))
        rows.append((f, l, ""))
    return rows


def write_school(folder, school, roster_rows):
    """Writes FOLDER/school.json and FOLDER/roster.csv (rows are dicts keyed by ROSTER_FIELDS)."""
    with open(os.path.join(folder, "school.json"), "w", encoding="utf-8") as fh:
        json.dump(school, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    with open(os.path.join(folder, "roster.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=ROSTER_FIELDS, lineterminator="\n")
        w.writeheader()
        for r in roster_rows:
            w.writerow(r)
