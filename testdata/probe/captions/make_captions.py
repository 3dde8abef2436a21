#!/usr/bin/env python3
"""Caption probe for the three caption detectors (offensive, personal data, negative tone).

Hand-written for Westmoor Park School (../school.json), independent of the dev posts. Labels
follow ../../dev/README.md rules 4-6: PERSONAL_DATA (a phone, personal e-mail, home address or
postcode, DOB of a pupil, household or staff member; the school's own contacts and venues are
fine), NEGATIVE_TONE (criticises, shames, blames or is sarcastic; neutral notices and
"sadly/unfortunately" are not), OFFENSIVE (profanity or vulgarity of any strength, masked or not;
innocent substrings are not). Split: even lines -> tune.jsonl, odd lines -> holdout.jsonl.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
C, P, N, O = [], ["PERSONAL_DATA"], ["NEGATIVE_TONE"], ["OFFENSIVE"]

CAPTIONS = [
    ("Year 4 explored Kirkstall Abbey today and sketched the ruins. Brilliant questions from everyone! #WestmoorWay", C),
    ("Huge congratulations to our netball team, county runners-up after a nail-biting final 🏐 #WestmoorSport", C),
    ("Nursery have been planting sunflowers. Watch this space! 🌻", C),
    ("Our Year 6 choir sang at St Bartholomew's Parish Rooms, 9 Wesley Road, this afternoon. Thank you for having us.", C),
    ("Swimming gala results are in: well done to every swimmer at Armley Leisure Centre, LS12 3HB 🏊", C),
    ("Any questions about the residential? Ring the office on 0113 496 0274 or email enquiries@westmoorpark.leeds.sch.uk", C),
    ("Year 9 historians visited Penistone to learn about the old railway. Fascinating day out.", C),
    ("Our Scunthorpe pen pals came to visit and we shared a cracking lunch together.", C),
    ("Mocktail making in food tech: the Year 10 cocktail menu was alcohol-free and delicious 🍹", C),
    ("Year 5 learnt about blue tits, great tits and robins in our bird count 🐦", C),
    ("Dick Whittington is this year's panto, tickets from the office from Monday 🎭", C),
    ("Science club built a model of Uranus and the other planets. Out of this world!", C),
    ("Sadly the Year 3 trip to the farm is cancelled due to the snow. We will rebook as soon as we can.", C),
    ("Unfortunately the school is closed today because the heating has failed. Updates on our website.", C),
    ("Reminder: PE kits needed on Wednesdays and Fridays. Thank you for your support!", C),
    ("Please note the car park will be closed on Friday for resurfacing. Parents are asked to use Carr Crofts.", C),
    ("The after school coding club will not run next week. It returns on the 14th.", C),
    ("Well done to Mr Armitage for completing the Leeds half marathon for the school library fund 🏃", C),
    ("Assessment week starts Monday. Get plenty of sleep and have a good breakfast, Year 11!", C),
    ("Our Hancock Cup for kindness went to the whole of Year 2 this term ❤️", C),
    ("Spotted dick and custard is back on the menu on Thursday by popular demand 🍮", C),
    ("Parents' evening bookings open tomorrow at 6pm via the school app.", C),
    ("We're bursting with pride at our Year 11 leavers' assembly. Go and shine! #ShineTogether", C),
    ("Year 1 made shuttlecocks from recycled paper for their badminton taster", C),
    ("Reception's Space Week: they built rockets, cockpits and a moon base in the role play area 🚀", C),
    ("The Essex exchange group arrived safely after a long coach trip. Thanks for the warm welcome!", C),
    ("Thank you to everyone who came to the jumble sale, we raised £1,420 for the library!", C),
    ("Lost property will be on tables by the front gate on Friday afternoon. Anything left goes to charity.", C),
    ("Our Year 8 drama club performed Macbeth: murder, witches and a standing ovation.", C),
    ("A massive thank you to our site team for clearing the snow so early this morning ❄️", C),
    # Personal data
    ("Year 2 bake sale was a hit! Any leftover cakes, collect from Mrs Green's house, 18 Moorfield Drive, LS12 2PQ.", P),
    ("Congratulations to our Reading Champion, born 04/05/2017, for reading 100 books this year!", P),
    ("Football kit orders go to our PTA volunteer on 07700 900418 by Friday please.", P),
    ("For help with the uniform swap email our PTA chair on lisa.hirst@gmail.com", P),
    ("Mr Fox is running the Great North Run! Sponsor him via his mobile 07700-900-376 or in the office.", P),
    ("Lift share for the county final: meet at 22 Harehills Lane, LS9 6AB at 8am.", P),
    ("Happy birthday to our oldest pupil, who turned 11 today (DOB 2015-03-11)! 🎂", P),
    ("Our brilliant lollipop lady Pat lives at 5 Tong Road and has helped children cross for 30 years ❤️", P),
    ("Questions about the Year 6 trip? Text Miss Wood on +44 7700 900 655.", P),
    ("Join the PTA WhatsApp group by messaging Claire on 0113 496 0931 (home).", P),
    ("Tickets for the quiz night from Mrs Sharpe: donna.sharpe73@hotmail.co.uk", P),
    ("The Year 9 winner of the poetry prize, who lives on Beckett Street, LS9 7TQ, reads her poem on our page today.", P),
    # Negative tone
    ("Disappointing to see so many parents ignoring the no-parking signs again. Please do better.", N),
    ("Some of our Year 10s let the whole school down on the trip today. Not the behaviour we expect.", N),
    ("Once again, a handful of parents think the rules about dogs on site don't apply to them.", N),
    ("We are tired of picking up litter dropped by pupils at the bus stop. Shameful.", N),
    ("Well done to the three families who actually returned their forms on time. The rest of you know who you are.", N),
    ("Apparently reading the newsletter is too much to ask for some parents 🙄", N),
    ("Embarrassing scenes at the football match on Saturday. Shouting at referees is not acceptable.", N),
    ("A small group in Year 8 thought vandalising the toilets was funny. It isn't, and they will be dealt with.", N),
    ("Attendance in Year 9 is frankly appalling this term. Parents, this is on you.", N),
    ("Thanks to the parent who blocked the ambulance bay this morning. Really helpful. 👏", N),
    ("We shouldn't have to remind Year 11 again that phones are banned. Poor choices all round.", N),
    ("Not our finest hour at the cross country, a lot of walking and not much effort from some.", N),
    # Offensive
    ("It was bloody freezing at sports day but our athletes were superstars! ❄️🏃", O),
    ("Pissing down at the fun run but nobody cared 😂", O),
    ("Holy sh*t, what a comeback in the second half! ⚽", O),
    ("Damn, those Year 4 volcano models were good 🌋", O),
    ("No crap excuses this year, get those sponsor forms in! 😂", O),
    ("Our staff netball team got their arses handed to them by Year 11 😂", O),
    ("Kick-off at 10. Don't be a knob, wear sun cream! ☀️", O),
    ("Year 7 smashed their sponsored silence, which is f***ing impressive for Year 7 😂", O),
    ("The bugger of a hill on the cross country route didn't stop our runners!", O),
    ("Our bloody brilliant Year 6s raised £500 for the hospice!", O),
    ("Sod the rain, the summer fayre is going ahead! ☔", O),
    ("We had a b*stard of a time getting the marquee up but it's done! ⛺", O),
    # Mixed
    ("What a bloody shambles the parent parking was today. Sort it out.", O + N),
    ("Parents, ring Mr Fox on 07700 900 219 if your child is late again. Frankly it's getting ridiculous.", P + N),
    ("Sick of chasing late forms. Drop them at 31 Lister Close or email j.green@btinternet.com.", P + N),
    ("Bl**dy marvellous effort at the county finals from our relay team 🏅", O),
]


def main():
    files = {n: open(os.path.join(HERE, n), "w", encoding="utf-8") for n in ("captions.jsonl", "tune.jsonl", "holdout.jsonl")}
    order = ["PERSONAL_DATA", "NEGATIVE_TONE", "OFFENSIVE"]
    for i, (caption, reasons) in enumerate(CAPTIONS):
        reasons = [r for r in order if r in reasons]
        decision = "block" if "OFFENSIVE" in reasons else ("needs_changes" if reasons else "approve")
        row = {"id": "pp%04d" % (i + 1), "caption": caption,
               "expected": {"decision": decision, "reasons": reasons}}
        line = json.dumps(row, ensure_ascii=False) + "\n"
        files["captions.jsonl"].write(line)
        files["tune.jsonl" if i % 2 == 0 else "holdout.jsonl"].write(line)
    for f in files.values():
        f.close()


if __name__ == "__main__":
    main()
