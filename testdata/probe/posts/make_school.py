"""Writes school.json, roster.csv and consent.csv for the posts probe (Nant Glas
School, Cardiff). Hand-chosen pupils and consent profiles; no randomness.
All people, numbers (Ofcom drama ranges) and addresses are fictitious."""
import csv
import json

SCHOOL = {
    "name": "Nant Glas School",
    "type": "all-through community school, ages 3-18 (Nursery to Year 13)",
    "nation": "Wales",
    "address": "Nant Glas School, Heol Derw, Rhiwbina, Cardiff",
    "postcode": "CF14 9ZQ",
    "phones": ["029 2018 0427", "029 2018 0611"],
    "emails": ["office@nantglas.cardiff.sch.uk", "pta@nantglas.cardiff.sch.uk",
               "admissions@nantglas.cardiff.sch.uk"],
    "website": "www.nantglashigh.org.uk",
    "handles": {"facebook": "NantGlasSchool", "instagram": "@nantglas_school",
                "x": "@NantGlasSchool", "youtube": "Nant Glas School",
                "tiktok": "@nantglasschool"},
    "motto_hashtags": ["#NantGlasFamily", "#TeamNantGlas", "#FaithHopeLove",
                       "#BalchderNantGlas", "#NantGlasPE", "#NantGlasScience",
                       "#NantGlasMFL"],
    "staff": [
        {"title": "Mrs", "surname": "Howells", "first_name": "Carys", "role": "Headteacher"},
        {"title": "Mr", "surname": "Bevan", "first_name": "Rhodri", "role": "Deputy Headteacher"},
        {"title": "Miss", "surname": "Summers", "first_name": "Hannah", "role": "PE teacher"},
        {"title": "Mr", "surname": "Hope", "first_name": "Daniel", "role": "Music teacher"},
        {"title": "Ms", "surname": "Adebayo", "first_name": "Joy", "role": "Office manager"},
        {"title": "Mr", "surname": "Boateng", "first_name": "Kwame", "role": "Head of Science"},
        {"title": "Mrs", "surname": "Jenkins", "first_name": "Lowri", "role": "Welsh teacher"},
        {"title": "Ms", "surname": "Nowak", "first_name": "Agnieszka", "role": "SENCo"},
        {"title": "Mrs", "surname": "Llewellyn", "first_name": "Sarah", "role": "Designated Safeguarding Lead"},
    ],
    "public_venues": [
        {"name": "Nant Glas Leisure Centre", "address": "3 Heol y Felin, Rhiwbina", "postcode": "CF14 6QA"},
        {"name": "St Teilo's Church Hall", "address": "22 Church Road", "postcode": "CF14 2TT"},
    ],
    "note": "The school's own published phone numbers, e-mail addresses, postal address/postcode, "
            "website and the listed public venues are NOT personal data. A staff member's personal "
            "mobile, personal e-mail, home address or date of birth IS personal data.",
}

# key, first, last, preferred, year, dnp, profile
# Profiles: F full both years; N name=false in 2026/27; I images only (video=false);
# W website only; T no tiktok/x; X facebook+instagram withdrawn 2026-11-15;
# A all platforms withdrawn 2027-05-01; L 2026/27 form recorded late (2026-10-20);
# P 2025/26 only; Z never returned; R new pupil, first form 2026-10-20; Q facebook name=false only.
PUPILS = [
    ("hope", "Hope", "Baxter", "", "4", False, "F"),
    ("summer", "Summer", "Reid-Campbell", "", "6", False, "F"),
    ("will", "William", "Thomas", "Will", "9", False, "F"),
    ("may", "May", "Chen", "", "5", False, "N"),
    ("grace", "Grace", "O'Connell", "", "10", False, "F"),
    ("joy", "Joy", "Mensah", "", "3", False, "I"),
    ("mark", "Mark", "Pryce-Jones", "", "8", False, "F"),
    ("bill", "William", "Ashworth", "Bill", "11", False, "T"),
    ("rose", "Rose", "Kinsella", "", "7", False, "X"),
    ("sunny", "Sandeep", "Gill", "Sunny", "10", False, "F"),
    ("victor", "Victor", "Nowak", "", "13", False, "F"),
    ("faith", "Faith", "Adeyemi", "", "2", False, "L"),
    ("zoe", "Zoë", "Dickinson", "", "6", False, "F"),
    ("sean", "Seán", "O'Sullivan", "", "8", False, "P"),
    ("chloe", "Chloé", "Hancock", "", "1", False, "F"),
    ("maryjane", "Mary-Jane", "Cockburn", "", "5", False, "F"),
    ("dafydd", "Dafydd", "Rhys-Evans", "", "7", False, "F"),
    ("sian", "Siân", "Llewellyn", "", "9", False, "N"),
    ("rhiannon", "Rhiannon", "Pritchard", "", "3", False, "F"),
    ("gethin", "Gethin", "Morgan", "", "10", False, "W"),
    ("eleri", "Eleri", "Watkins", "", "4", False, "F"),
    ("lukasz", "Łukasz", "Kowalski", "", "8", False, "T"),
    ("amara", "Amara", "Nwosu", "", "11", False, "F"),
    ("segun", "Olusegun", "Bakare", "Segun", "12", False, "F"),
    ("libby", "Elizabeth", "Hart", "Libby", "6", False, "A"),
    ("ivy", "Ivy", "Fletcher", "", "R", False, "F"),
    ("holly", "Holly", "Sharp", "", "2", False, "I"),
    ("miles", "Miles", "Bennett", "", "9", False, "F"),
    ("hunter", "Hunter", "Davies", "", "7", False, "F"),
    ("amber", "Amber", "Woods", "", "5", False, "F"),
    ("dawn", "Dawn", "Ellis", "", "10", False, "F"),
    ("pearl", "Pearl", "Addo", "", "3", False, "Z"),
    ("autumn", "Autumn", "Lee", "", "1", False, "F"),
    ("jasmine", "Jasmine", "Patel", "", "6", False, "F"),
    ("noah", "Noah", "Baker", "", "4", True, "F"),
    ("leah", "Leah", "Cook", "", "8", True, "F"),
    ("ibrahim", "Ibrahim", "Hassan", "", "11", True, "F"),
    ("kit", "Katherine", "Hollis", "Kit", "9", False, "F"),
    ("sasha", "Alexander", "Petrov", "Sasha", "7", False, "F"),
    ("jose", "José", "Martínez", "", "10", False, "F"),
    ("renee", "Renée", "Dubois", "", "12", False, "N"),
    ("aoife", "Aoife", "Byrne", "", "5", False, "F"),
    ("oisin", "Oisín", "Kelly", "", "3", False, "X"),
    ("tomasz", "Tomasz", "Wiśniewski", "", "6", False, "F"),
    ("priya", "Priya", "Sharma", "", "8", False, "T"),
    ("aaliyah", "Aaliyah", "Brown", "", "2", False, "F"),
    ("yusuf", "Yusuf", "Ali", "", "9", False, "L"),
    ("maryam", "Maryam", "Siddiqui", "", "11", False, "F"),
    ("kofi", "Kofi", "Asante", "", "7", False, "I"),
    ("chidera", "Chidera", "Okoro", "", "4", False, "W"),
    ("hamza", "Hamza", "Rahman", "", "10", False, "F"),
    ("fatima", "Fatima", "Noor", "", "6", False, "P"),
    ("ruby", "Ruby", "Wood", "", "1", False, "F"),
    ("oliver", "Oliver", "Young", "", "3", False, "F"),
    ("harry", "Harry", "Little", "", "2", False, "F"),
    ("isla", "Isla", "Best", "", "5", False, "F"),
    ("freya", "Freya", "Hill", "", "7", False, "Z"),
    ("teddy", "Teddy", "Field", "", "R", False, "R"),
    ("poppy", "Poppy", "Sparks", "", "R", False, "R"),
    ("robin", "Robin", "Castell", "", "4", False, "F"),
    ("sky", "Sky", "Turner", "", "8", False, "F"),
    ("storm", "Storm", "Hughes", "", "6", False, "F"),
    ("precious", "Precious", "Mbeki", "", "9", False, "F"),
    ("blessing", "Blessing", "Eze", "", "5", False, "N"),
    ("patience", "Patience", "Osei", "", "3", False, "F"),
    ("honor", "Honor", "Whitfield", "", "10", False, "F"),
    ("jude", "Jude", "Lawson", "", "11", False, "A"),
    ("angel", "Angel", "Rivera", "", "2", False, "F"),
    ("eve", "Eve", "Carter", "", "6", False, "F"),
    ("frank", "Frank", "Doyle", "", "8", False, "F"),
    ("hugh", "Hugh", "Jenkins", "", "12", False, "F"),
    ("nia", "Nia", "Rowlands", "", "4", False, "Q"),
    ("cerys", "Cerys", "Vaughan", "", "7", False, "T"),
    ("osian", "Osian", "ap Gwyn", "", "9", False, "F"),
    ("ffion", "Ffion", "Lloyd-Williams", "", "10", False, "X"),
    ("megan", "Megan", "O'Reilly-Shaw", "", "11", False, "F"),
    ("barty", "Bartholomew", "Hughes", "Barty", "5", False, "F"),
    ("hazel", "Hazel", "Pike", "", "3", False, "F"),
    ("reuben", "Reuben", "Kaye", "", "8", False, "W"),
    ("lilymae", "Lily-Mae", "Dixon", "", "1", False, "F"),
    ("dom", "Dominic", "Sutton", "Dom", "13", False, "F"),
    ("scarlett", "Scarlett", "Marsh", "", "2", True, "F"),
]

PLATFORMS = ["facebook", "instagram", "x", "youtube", "website", "tiktok"]
KEY_TO_ID = {p[0]: f"NG{2001 + i}" for i, p in enumerate(PUPILS)}


def consent_rows(pid, year, profile):
    older = year in ("12", "13")
    given = "pupil" if older else "parent"
    rows = []

    def add(ay, rec, plats, image=True, video=True, name=True, wd="", name_for=None):
        for pl in plats:
            nm = name if name_for is None else (pl not in name_for)
            rows.append([pid, ay, pl, str(image).lower(), str(video).lower(),
                         str(nm).lower(), given, rec, wd if pl in (wd and wd_plats[0]) else ""])

    wd_plats = [[]]
    last = "2025-09-19"
    this = "2026-09-04"
    if profile in ("F", "N", "I", "T", "X", "A", "L", "P", "Q"):
        add("2025/26", last, PLATFORMS, video=(profile != "I"))
    if profile == "W":
        add("2025/26", last, ["website"])
    if profile == "F":
        add("2026/27", this, PLATFORMS)
    elif profile == "N":
        add("2026/27", this, PLATFORMS, name=False)
    elif profile == "Q":
        add("2026/27", this, PLATFORMS, name_for={"facebook"})
    elif profile == "I":
        add("2026/27", this, PLATFORMS, video=False)
    elif profile == "W":
        add("2026/27", this, ["website"])
    elif profile == "T":
        add("2026/27", this, [p for p in PLATFORMS if p not in ("x", "tiktok")])
    elif profile == "X":
        wd_plats[0] = ["facebook", "instagram"]
        add("2026/27", this, PLATFORMS, wd="2026-11-15")
    elif profile == "A":
        wd_plats[0] = PLATFORMS
        add("2026/27", this, PLATFORMS, wd="2027-05-01")
    elif profile in ("L", "R"):
        add("2026/27", "2026-10-20", PLATFORMS)
    return rows


def main():
    with open("school.json", "w", encoding="utf-8") as f:
        json.dump(SCHOOL, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open("roster.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["pupil_id", "first_name", "last_name", "preferred_name", "year_group", "do_not_publish"])
        for p in PUPILS:
            w.writerow([KEY_TO_ID[p[0]], p[1], p[2], p[3], p[4], str(p[5]).lower()])
    with open("consent.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["pupil_id", "academic_year", "platform", "image", "video", "name",
                    "given_by", "recorded_on", "withdrawn_on"])
        for p in PUPILS:
            for r in consent_rows(KEY_TO_ID[p[0]], p[4], p[6]):
                w.writerow(r)


if __name__ == "__main__":
    main()
