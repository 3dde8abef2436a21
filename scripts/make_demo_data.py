#!/usr/bin/env python3
"""Writes data/demo/: the demo tenants `steward serve --demo` starts with.

Deterministic (seeded), standard library only; every person is fictitious. Run it again after
changing the name pools or the tenant list; the output is committed so builds never need Python.
"""
import csv
import pathlib
import random
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent

TENANTS = [
    # pack id, schools (school id, name), nation
    ("kenn-kenton", [("kenn", "Kenn Primary School"), ("kenton", "Kenton Primary School")], "en"),
    ("cwmfelin", [("cwmfelin", "Cwmfelin Primary School")], "cy"),
    ("symphony-trust", [("allegro", "Allegro Academy"), ("cadenza", "Cadenza Academy"),
                        ("sonata", "Sonata Primary Academy")], "en"),
    ("clarendon", [("clarendon-infant", "Clarendon Infant School"),
                   ("clarendon-junior", "Clarendon Junior School")], "en"),
    ("belgrave", [("belgrave", "Belgrave School")], "en"),
]

FIRST = {
    "en": ["Olivia", "Noah", "Amelia", "Leo", "Isla", "Oscar", "Ava", "Arthur", "Freya", "Muhammad",
           "Ivy", "George", "Florence", "Theo", "Willow", "Jack", "Zoë", "Amara", "Kacper", "Aisha",
           "Chidi", "Hodan", "Mei", "Priya", "Ioana", "Tyrese", "Eilidh", "Seán", "Grace", "Hope"],
    "cy": ["Cerys", "Dylan", "Efa", "Osian", "Nia", "Gethin", "Seren", "Ioan", "Lowri", "Rhys",
           "Mali", "Cai", "Elin", "Tomos", "Megan", "Iestyn", "Ffion", "Owain", "Alys", "Macsen"],
}
LAST = {
    "en": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
           "Okafor", "Nowak", "Khan", "Chen", "Ahmed", "Popescu", "Francis", "Hall-Osei", "O'Brien",
           "Murphy", "Campbell", "Hussain", "Mensah", "Ali", "Wright", "Green"],
    "cy": ["Jones", "Davies", "Williams", "Evans", "Thomas", "Roberts", "Hughes", "Lewis", "Morgan",
           "Griffiths", "Owen", "Price", "Rees", "Jenkins", "Llywelyn", "ap Rhys"],
}
ROLES = ["headteacher", "dsl", "dpo", "communications_lead", "account_administrator",
         "account_moderator", "teacher", "it_manager"]


def present_roles(pack):
    """The roles a pack lists in roles.present: only those get a demo user (ORG-07)."""
    text = (ROOT / "policies" / f"{pack}.toml").read_text(encoding="utf-8")
    line = re.search(r'^present\s*=\s*\[(.*)\]', text, re.M).group(1)
    return set(re.findall(r'"([a-z_]+)"', line))


def main():
    out = ROOT / "data" / "demo"
    rng = random.Random(20261125)
    for pack, schools, lang in TENANTS:
        for school_id, _ in schools:
            path = out / "rosters" / f"{school_id}.csv"
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("w", newline="", encoding="utf-8") as f:
                writer = csv.writer(f, lineterminator="\n")
                writer.writerow(["pupil_id", "first_name", "last_name", "preferred_name",
                                 "year_group", "do_not_publish"])
                years = ["R", "1", "2", "3", "4", "5", "6"]
                for n in range(24):
                    first = rng.choice(FIRST[lang])
                    preferred = "Mo" if first == "Muhammad" and rng.random() < 0.5 else ""
                    writer.writerow([f"{school_id[:3].upper()}{1000 + n}", first,
                                     rng.choice(LAST[lang]), preferred, rng.choice(years),
                                     "true" if rng.random() < 0.05 else "false"])
    with (out / "tenants.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["pack", "school_id", "school_name"])
        for pack, schools, _ in TENANTS:
            for school_id, name in schools:
                writer.writerow([pack, school_id, name])
    with (out / "users.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["username", "display_name", "pack", "school_id", "role", "email"])
        for pack, schools, _ in TENANTS:
            first_school = schools[0][0]
            for role in [r for r in ROLES if r in present_roles(pack)]:
                login = f"{role.replace('_', '.')}@{pack}"
                writer.writerow([login, f"Demo {role.replace('_', ' ')}", pack, first_school, role,
                                 f"{login}.example"])  # RFC 2606: never delivered
            if len(schools) > 1 and "senior_leadership_team" in present_roles(pack):  # a trust- or federation-wide role
                writer.writerow([f"trust.lead@{pack}", "Demo trust lead", pack, "*",
                                 "senior_leadership_team", f"trust.lead@{pack}.example"])


if __name__ == "__main__":
    main()
