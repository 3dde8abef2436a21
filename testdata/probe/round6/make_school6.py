#!/usr/bin/env python3
"""Round 6's own school + roster (deterministic, stdlib only): a third school, unlike dev's
Brookfield Academy (Bristol) and the probe's Westmoor Park (Leeds). Written before reading
Steward's lexicons. Staff carry varied titles; three are known to families by first name
("Miss Hannah", "Mr Dave", "Miss Jodie"); several surnames are everyday words (Lamb, Bell, Frost,
Stone). Pupils: many names that are everyday words, real surnames that look like threat/insult/
sexual words, hyphens, apostrophes, accents. All people, numbers (Ofcom drama ranges),
addresses and e-mails are fictitious."""
import os, random, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from probe_school import pick_names, write_school  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

SCHOOL = {
    "name": "Ravensworth Community Academy",
    "type": "all-through academy, ages 4-16 (Reception to Year 11)",
    "nation": "England",
    "address": "Ravensworth Community Academy, Coalway Lane, Low Fell, Gateshead",
    "postcode": "NE9 6RA",
    "phones": ["0191 498 0437", "0191 498 0712"],
    "emails": ["admin@ravensworth.gateshead.sch.uk", "send@ravensworth.gateshead.sch.uk",
               "ptfa@ravensworth.gateshead.sch.uk"],
    "website": "www.ravensworthacademy.org.uk",
    "handles": {"facebook": "RavensworthAcademyGateshead", "instagram": "@ravensworth_academy",
                "x": "@RavensworthCA", "youtube": "Ravensworth Community Academy",
                "tiktok": "@ravensworthacademy"},
    "motto_hashtags": ["#RavensworthRise", "#TeamRavens", "#ReachForTheStars", "#BeKindBeBrave",
                       "#RavensReadingRocks", "#GatesheadLearns", "#FellFriday"],
    "staff": [
        {"title": "Mrs", "surname": "Dunn", "first_name": "Karen", "role": "Headteacher"},
        {"title": "Mr", "surname": "Robson", "first_name": "Gary", "role": "Deputy Headteacher"},
        {"title": "Miss", "surname": "Lowery", "first_name": "Hannah", "role": "Reception teacher (known as Miss Hannah)"},
        {"title": "Mr", "surname": "Pattinson", "first_name": "Dave", "role": "Site manager (known as Mr Dave)"},
        {"title": "Miss", "surname": "Nixon", "first_name": "Jodie", "role": "Teaching assistant (known as Miss Jodie)"},
        {"title": "Dr", "surname": "Oyewole", "first_name": "Folake", "role": "Head of Science"},
        {"title": "Ms", "surname": "Ferreira", "first_name": "Ana", "role": "SENDCo"},
        {"title": "Mrs", "surname": "Lamb", "first_name": "Julie", "role": "Year 3 teacher"},
        {"title": "Mr", "surname": "Bell", "first_name": "Steven", "role": "Head of PE"},
        {"title": "Miss", "surname": "Frost", "first_name": "Chloe", "role": "Year 6 teacher"},
        {"title": "Mrs", "surname": "Kaur", "first_name": "Manpreet", "role": "Designated Safeguarding Lead"},
        {"title": "Mr", "surname": "Hussain", "first_name": "Imran", "role": "Head of Year 9"},
        {"title": "Mrs", "surname": "Stone", "first_name": "Lesley", "role": "Office manager"},
        {"title": "Ms", "surname": "Szymańska", "first_name": "Marta", "role": "Music teacher"},
        {"title": "Mr", "surname": "O'Hare", "first_name": "Sean", "role": "Head of Year 11"},
    ],
    "public_venues": [
        {"name": "Low Fell Leisure Centre", "address": "Durham Road, Low Fell", "postcode": "NE9 5AR"},
        {"name": "St Helen's Church Hall", "address": "12 Kells Lane", "postcode": "NE9 5HU"},
        {"name": "Saltwell Park Pavilion", "address": "Saltwell Road South", "postcode": "NE8 4SF"},
    ],
    "note": "The school's own published phone numbers, e-mail addresses, postal address/postcode, website and the listed public venues are NOT personal data. Staff are listed so that systems know staff names; a staff member's personal mobile, personal e-mail, home address or date of birth IS personal data.",
}

FIXED = [
    ("Brooke", "Savage", ""), ("River", "Gunn", ""), ("Storm", "Pratt", ""), ("Honey", "Cox", ""),
    ("Star", "Hooker", ""), ("Chance", "Slaughter", ""), ("Destiny", "Lumsden", ""), ("Harmony", "Bell", ""),
    ("Angel", "Batty", ""), ("Precious", "Okeke", ""), ("Blessing", "Adeyemi", ""), ("Bear", "Dodds", ""),
    ("Ash", "Shotton", ""), ("Reed", "Sexton", ""), ("Jade", "Hall", ""), ("Pearl", "Nutt", ""),
    ("Bonnie", "Blood", ""), ("Miracle", "Eze", ""), ("Justice", "Mensah", ""), ("Rain", "Cutts", ""),
    ("Sage", "Fairless", ""), ("Wren", "Kidd", ""), ("Rowan", "Hunter", ""), ("Kit", "Wardle", ""),
    ("Cash", "Liddle", ""), ("Major", "Doyle", ""), ("Lucky", "Chinwe", ""), ("Ocean", "Tait", ""),
    ("Unity", "Forster", ""), ("Gift", "Nwachukwu", ""), ("Patience", "Boakye", ""), ("Sunny", "Dixon", ""),
    ("Ruby-Leigh", "Charlton", ""), ("Kacey-Jo", "Armstrong", ""), ("Tia-Mae", "Heslop", ""),
    ("Alfie-James", "Bainbridge", ""), ("Mollie", "O'Brien", ""), ("Niall", "D'Souza", ""),
    ("Shay", "O'Donnell", ""), ("Leah", "McCabe", ""), ("Aoibhe", "Ní Bhriain", ""), ("Róisín", "Gallagher", ""),
    ("Eliška", "Nováková", ""), ("Tomáš", "Dvořák", "Tom"), ("Agnieszka", "Wójcik", "Aga"),
    ("Jędrzej", "Kamiński", ""), ("Zoé", "Lefèvre", ""), ("Inés", "Muñoz", ""), ("João", "Gonçalves", ""),
    ("Maëlle", "Bréhier", ""), ("Renée", "Ashworth", ""), ("Mohammed", "Rahman", "Mo"),
    ("Aisha", "Begum", ""), ("Ayesha", "Siddiqui", ""), ("Hamid", "Karimi", ""), ("Zahra", "Ahmadi", ""),
    ("Dawit", "Tesfaye", ""), ("Selam", "Haile", ""), ("Amani", "Mwangi", ""), ("Chipo", "Ncube", ""),
    ("Xiao", "Liu", ""), ("Minh", "Tran", ""), ("Arjun", "Nair", ""), ("Simran", "Bhatti", ""),
    ("Christopher", "Swinburne", "Kit"), ("Margaret", "Heron", "Peggy"), ("Robert", "Younger", "Bobby"),
    ("Kyle", "Dick", ""), ("Liam", "Bottomley", ""), ("Paige", "Cockerill", ""),
]
FIRST = ["Oliver", "Amelia", "Jack", "Isla", "Noah", "Olivia", "Harry", "Ava", "Charlie", "Mia",
         "Leo", "Evie", "Archie", "Grace", "Freddie", "Ellie", "Alfie", "Lexi", "Tyler", "Kayden",
         "Lacey", "Brody", "Kian", "Macie", "Cody", "Libby", "Jenson", "Harper", "Ellis", "Lyla",
         "Yusuf", "Maryam", "Ibrahim", "Fatima", "Omar", "Hafsa", "Bartosz", "Oliwia", "Emeka", "Chiamaka",
         "Callum", "Niamh", "Connor", "Caitlin", "Ethan", "Millie", "Reece", "Demi", "Jayden", "Skye"]
LAST = ["Robson", "Charlton", "Milburn", "Armstrong", "Pattinson", "Elliott", "Bell", "Scott", "Graham",
        "Ridley", "Common", "Hedley", "Wilkinson", "Brown", "Thompson", "Younger", "Kerr", "Forster",
        "Ahmed", "Khan", "Ali", "Nowak", "Kowalczyk", "Okafor", "Obi", "Chen", "Wang", "Singh", "Sharma",
        "Doyle", "Murray", "Lynch", "Carr", "Hume", "Purvis", "Ord", "Craggs", "Snowball", "Whitfield"]


def build_roster():
    rng = random.Random(20261127)
    rows = pick_names(rng, FIXED, FIRST, LAST, 150)
    years = ["R"] + [str(n) for n in range(1, 12)]
    return [{"pupil_id": "RC%05d" % (31007 + i * 41), "first_name": f, "last_name": l, "preferred_name": p,
             "year_group": years[rng.randrange(len(years))],
             "do_not_publish": "true" if i % 19 == 5 else "false"} for i, (f, l, p) in enumerate(rows)]


def main():
    write_school(HERE, SCHOOL, build_roster())


if __name__ == "__main__":
    main()
