#!/usr/bin/env python3
"""Probe school + roster for the accuracy probe (deterministic, stdlib only).

Written independently of the dev set and of Steward's lexicons. All people, numbers (Ofcom
drama ranges), addresses and e-mails are fictitious.
"""
import os, random

from probe_school import pick_names, write_school

HERE = os.path.dirname(os.path.abspath(__file__))

SCHOOL = {
    "name": "Westmoor Park School",
    "type": "all-through community school, ages 3-16 (Nursery to Year 11)",
    "nation": "England",
    "address": "Westmoor Park School, Tanner's Row, Armley Moor, Leeds",
    "postcode": "LS12 4WP",
    "phones": ["0113 496 0274", "0113 496 0655"],
    "emails": ["enquiries@westmoorpark.leeds.sch.uk", "attendance@westmoorpark.leeds.sch.uk",
               "friends@westmoorpark.leeds.sch.uk"],
    "website": "www.westmoorparkschool.co.uk",
    "handles": {"facebook": "WestmoorParkSchoolLeeds", "instagram": "@westmoor_park",
                "x": "@WestmoorParkSch", "youtube": "Westmoor Park School", "tiktok": "@westmoorpark"},
    "motto_hashtags": ["#WestmoorWay", "#ShineTogether", "#WestmoorPride", "#LeedsLearns",
                       "#KindBraveCurious", "#WestmoorSport"],
    "staff": [
        {"title": "Mr", "surname": "Armitage", "first_name": "Robert", "role": "Headteacher"},
        {"title": "Mrs", "surname": "Begum", "first_name": "Shahnaz", "role": "Deputy Headteacher"},
        {"title": "Miss", "surname": "Wood", "first_name": "Kirsty", "role": "Year 4 teacher"},
        {"title": "Mr", "surname": "O'Connor", "first_name": "Declan", "role": "Head of Maths"},
        {"title": "Mrs", "surname": "Nowak", "first_name": "Ewa", "role": "SENCo"},
        {"title": "Mr", "surname": "Adebayo", "first_name": "Tunde", "role": "PE teacher"},
        {"title": "Ms", "surname": "Chaudhry", "first_name": "Rukhsana", "role": "Designated Safeguarding Lead"},
        {"title": "Mr", "surname": "Fox", "first_name": "Stuart", "role": "Head of Year 10"},
        {"title": "Mrs", "surname": "Green", "first_name": "Janet", "role": "School business manager"},
        {"title": "Dr", "surname": "Morgan", "first_name": "Elin", "role": "Head of Science"},
        {"title": "Miss", "surname": "Kaur-Singh", "first_name": "Jasleen", "role": "Nursery teacher"},
        {"title": "Mr", "surname": "Whitaker", "first_name": "Lee", "role": "Site manager"},
        {"title": "Mrs", "surname": "Sharpe", "first_name": "Donna", "role": "Attendance officer"},
    ],
    "public_venues": [
        {"name": "Armley Leisure Centre", "address": "Carr Crofts, Armley", "postcode": "LS12 3HB"},
        {"name": "St Bartholomew's Parish Rooms", "address": "9 Wesley Road", "postcode": "LS12 1UH"},
    ],
    "note": "The school's own published phone numbers, e-mail addresses, postal address/postcode, website and the listed public venues are NOT personal data. A staff member's personal mobile, personal e-mail, home address or date of birth IS personal data.",
}

# (first, last, preferred) - many backgrounds, names that are words, hyphens, apostrophes, accents.
FIXED = [
    ("Hope", "Sutcliffe", ""), ("Will", "Barker", ""), ("May", "Thompson", ""), ("Grace", "Oyelaran", ""),
    ("Joy", "Mensah", ""), ("Summer", "Hartley", ""), ("Faith", "Ellis-Brown", ""), ("Rose", "Kowalski", ""),
    ("Robin", "Pickersgill", ""), ("Autumn", "Clegg", ""), ("Sunny", "Bains", ""), ("Ivy", "Longbottom", ""),
    ("Mark", "Holroyd", ""), ("Amber", "Firth", ""), ("Jack", "Wood", ""), ("Holly", "Dickinson", ""),
    ("Rocco", "Cockburn", ""), ("Dawn", "Pickles", ""), ("Sky", "Brennan", ""), ("Bill", "Haigh", ""),
    ("Zoë", "Fairbairn", ""), ("Chloé", "Dubois", ""), ("Siân", "Pritchard", ""), ("Ciarán", "O'Neill", ""),
    ("Aoife", "McGuinness", ""), ("Caoimhe", "Byrne", ""), ("Niamh", "D'Arcy", ""), ("Ffion", "Llewellyn", ""),
    ("Łukasz", "Wiśniewski", "Luke"), ("Zofia", "Nowicka", ""), ("Wojciech", "Zieliński", "Wojtek"),
    ("Ioana", "Popescu", ""), ("Andrei", "Munteanu", ""), ("Oluwaseun", "Adeyemi", "Seun"),
    ("Chidinma", "Eze", ""), ("Kwame", "Asante", ""), ("Abena", "Owusu", ""), ("Tendai", "Moyo", ""),
    ("Hodan", "Warsame", ""), ("Abdirahman", "Farah", ""), ("Zainab", "Hussain", ""), ("Muhammad", "Iqbal", ""),
    ("Aaliyah", "Rahman", ""), ("Yusuf", "Ali", ""), ("Maryam", "Choudhury", ""), ("Ibrahim", "Khan", ""),
    ("Priya", "Sharma-Patel", ""), ("Ishaan", "Mehta", ""), ("Harpreet", "Sandhu", ""), ("Gurleen", "Dhillon", ""),
    ("Mei", "Zhang", ""), ("Hao", "Chen", ""), ("Linh", "Nguyen", ""), ("Kenji", "Tanaka", ""),
    ("José", "Fernández", ""), ("Matías", "García", ""), ("Aliyu", "Bello", ""), ("Shanice", "Campbell", ""),
    ("Tyrone", "Clarke-Williams", ""), ("Jermaine", "Grant", ""), ("Kezia", "Baptiste", ""),
    ("Oisín", "Ó Súilleabháin", ""), ("Saoirse", "Kavanagh", ""), ("Euan", "MacAulay", ""),
    ("Isla", "Drummond", ""), ("Callum", "Ferguson", ""), ("Archie", "Hebblethwaite", ""),
    ("Oliver", "Hancock", "Ollie"), ("Harry", "Shufflebottom", ""), ("Alfie", "Dickson", ""),
    ("Poppy", "Butterworth", ""), ("Daisy", "Ackroyd", ""), ("Lily-Mae", "Robinson", ""),
    ("Mia-Rose", "Atkinson", ""), ("Jayden", "Smith-Okoro", ""), ("Reggie", "Lister", ""),
    ("Amelia", "Cartwright", "Millie"), ("Thomas", "Greenwood", "Tom"), ("Elizabeth", "Naylor", "Libby"),
    ("Frankie", "Butt", ""), ("Ruby", "Gay", ""), ("Noah", "Bland", ""), ("Theo", "Hardcastle", ""),
]
FIRST = ["Jacob", "Evie", "Leo", "Freya", "Oscar", "Isabella", "George", "Sophia", "Arthur", "Ella",
         "Charlie", "Ava", "Henry", "Layla", "Finley", "Esme", "Riley", "Sienna", "Logan", "Maisie",
         "Hamza", "Fatima", "Ayaan", "Safa", "Bilal", "Inaaya", "Rehan", "Anaya", "Dominik", "Julia",
         "Kacper", "Lena", "Femi", "Adaeze", "Kofi", "Nia", "Deji", "Temi", "Mohamed", "Hibaaq",
         "Rania", "Omar", "Sami", "Lucas", "Chen", "Jun", "Aarav", "Diya", "Kian", "Sofia",
         "Elliot", "Lacey", "Connor", "Kayla", "Mason", "Tia", "Bobby", "Macy", "Jake", "Courtney",
         "Dylan", "Megan", "Rhys", "Cerys", "Ewan", "Skye", "Cormac", "Orla", "Eilidh", "Fraser"]
LAST = ["Walsh", "Bradley", "Hirst", "Moss", "Jagger", "Kershaw", "Metcalfe", "Pearson", "Tiffany",
        "Booth", "Priestley", "Senior", "Akhtar", "Malik", "Mahmood", "Bibi", "Kaczmarek", "Lewandowska",
        "Okafor", "Nwosu", "Appiah", "Boateng", "Osei", "Abdi", "Hassan", "Jama", "Li", "Wong", "Patel",
        "Gill", "Kumar", "Sethi", "Murphy", "Doherty", "Quinn", "Reid", "Stewart", "Jones", "Evans",
        "Price", "Lloyd", "Thorpe", "Illingworth", "Ramsden", "Speight", "Sykes", "Townend", "Wainwright"]


def build_roster():
    rng = random.Random(20261126)
    out = []
    for i, (f, l, p) in enumerate(pick_names(rng, FIXED, FIRST, LAST, 150)):
        year = ["N", "R"] + [str(n) for n in range(1, 12)]
        out.append({"pupil_id": "WP%05d" % (20011 + i * 37), "first_name": f, "last_name": l,
                    "preferred_name": p, "year_group": year[rng.randrange(len(year))],
                    "do_not_publish": "true" if i % 23 == 7 else "false"})
    return out


def main():
    write_school(HERE, SCHOOL, build_roster())


if __name__ == "__main__":
    main()
