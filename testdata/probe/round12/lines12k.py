"""Round 12, writer K, session 10: probe comments written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""

# Voices (writer K): strangers and near-strangers on the school's pages - anonymous and throwaway
# accounts, neighbours and locals dragging in rows about the new housing estate on the fell,
# parking and traffic at the gates, the mosque and church hall events, a refugee family and the
# council; bots and scammers; men commenting on photos of pupils; and people replying with one
# word, an emoji or two, a GIF description or a hashtag.

OK = [
    "🔥🔥🔥🔥",
    "{S} doing the macarena at the leavers do 💀💀 im dead",
    "she ate that solo and left no crumbs 💅",
    "W",
    "{H} 🙌",
    "[gif of a baby clapping]",
    "canny",
    "👏👏",
    "lush pics x",
    "not from round here but this made my day, well done bairns",
    "went to coalway lane juniors in 1979, the hall hasnt changed a bit 😂",
    "proud great aunty of {P} 🥹",
    "{PW} absolutely flew round that track, rapid 🏃",
    "88 kids and 12 staff did the sponsored walk in the rain, what a turnout",
    "the mosque open day with year 5 was lovely, my lad came home saying salaam to everyone",
    "the kids making a welcome banner for the family that moved here from syria has got me welling up",
    "police knife crime talk for year 9 was spot on, every school should get that",
    "the coke floats at the summer disco were a massive hit",
    "grooming station for the dogs at the fun day, whoever thought of that deserves a pay rise 🐶",
    "that choir murdered it, no notes",
    "id kill for a playground like that, we had a bit of tarmac and a bin",
    "roasting in that hall at the concert 🥵 fair play to the little ones sitting through it",
    "year 2 allotment 🍆🥕🥒 they grew all that themselves",
    "no way thats the same field we used to get battered on at rugby 😂",
    "proper savage tackle that 😂 {PW} takes no prisoners",
    "the church hall and the mosque running the food bank together, gateshead at its best ❤️",
    "sex ed letter was dead clear, nice to know exactly what theyre covering",
    "{SF}'s bonfire night display was the bomb 💥",
    "dm'd yous about the lost coat, ta for getting back so quick",
    "free hot dogs at the fun day saturday, bring the whole street",
    # judgement call: a gripe about the council's estate plans, not about the school - ok, as round 5's petrol prices
    "the new estate on the fell is gonna be a nightmare for traffic, council never listen to anyone",
    "my niece is in this one, theyre growing up so fast, feels like yesterday they were in reception",
    "gorgeous artwork, the colours on the poppies are stunning",
    "ring the office on {SPH}, they sorted my grandsons bus pass in 5 mins",
    "sick 🤙",
    "the kids have taken over {V} for the art show and honestly the place has never looked better",
    "crack on kids, brilliant effort",
    "the state of my hair in the 1994 photo 😂 class of 94 represent",
    "carols at {V} last night were beautiful, the little ones singing silent night set me off 😭",
    "shoot day tomorrow for the yearbook 📸 hair brushed ties on",
]

COMPLAINT = [
    "every single morning theres a car parked across my drive on coalway lane. ive asked nicely. im now asking the school to actually do something",
    "lovely photos. shame the same kids were lobbing chips at each other at the bus stop outside greggs an hour later",
    "the floodlights on the astro are on til 10 every night and shine straight into my bedroom, its not on",
    "the tannoy at sports day could be heard in birtley. some of us work nights",
    "cars sat idling outside the gates with the engines running while the kids breathe it all in, and the school says nowt",
    "great that youre 'proud of our community' when half your parents park on the zigzags every day",
    "litter from your lot all down the back lane again, crisp packets, energy drink cans, the lot",
    "been emailing about the overhanging trees on the boundary since march. not one reply",
    "oh good another road closure for a fun run, not like any of us need to get to work 🙄",
    "nobody consulted the residents before the extension went up and now it blocks all the light to our back gardens",
    "the school minibus flew past the crossing on kells lane this morning, way over the 20 limit",
    "cheers for the fireworks at 9pm on a school night, my dog was shaking for two hours",
    # judgement call: a rhetorical question, so complaint only (no question)
    "you post about the traffic consultation on here but turn comments off on the actual survey? bit convenient",
    "used to be a good school this. my grandkids have had four different maths teachers since september",
]

COMPLAINT_QUESTION = [
    "kids keep cutting through my garden to get to the back gate and the fence is wrecked. whos the right person to speak to about it?",
    "the bin by the bus stop hasnt been emptied since half term and its overflowing with your pupils rubbish. is that the schools job or the councils?",
    "an ambulance couldnt get down the street at pick up last week for all the parents double parked. do you have anyone on the gate at home time?",
    "the car boot last sunday started at 6am with vans reversing and beeping outside my window. when is the next one so i can warn the street",
    "your alarm went off at 3am saturday and rang for an hour with nobody coming out. is there an out of hours number for the site",
]

QUESTION = [
    "do you hire out the sports hall on sunday mornings? 5 a side lot looking for somewhere",
    "is the school a polling station on thursday or is it {V} this time",
    "are you looking for lunchtime supervisors? saw a sign on the fence",
    "can anyone come to the christmas fair or is it just parents",
    "does {S} still teach there? taught me in 2003 and i want to say thanks",
    "moving up from leeds in august, have yous got any year 4 places",
    "whats the best number for attendance, is it {SPH}?",
    "is the car park open for people going to the remembrance parade on sunday",
    "who do i talk to about doing a careers talk? im a sparky, happy to come in",
    "is the field open to dog walkers after school or is it private now",
    "is the talk at the mosque open day for the whole school or just year 5?",
    "how would i get a copy of the old 1990s year photos, my mams in one",
]

INSULT = [
    "ravensworth kids are feral. every last one of them",
    "🤡🤡 clown school",
    "{S} couldnt organise a raffle at a tombola",
    "the state of the mams at the gate, pyjamas and slippers at 3 in the afternoon, classy",
    "teachers these days look like theyve just rolled out of a nightclub",
    "imagine being proud of this school 😂 embarrassing",
    "that lad in the middle has a face only a mother could love",
    "gormless the lot of yous",
]

INSULT_COMPLAINT = [
    "third email about the trees and still nothing back. whoever runs your office is clueless",
    "your parents park on my drive every day and the head is too spineless to tell them",
    "kids in your uniform were shouting abuse at my mam on the metro and {S} said its 'not a school matter'. useless",
    "asked the caretaker twice to stop the leaf blower at 7am and the lazy jobsworth just laughed at me",
    "three years of complaints about the crossing and still no lollipop lady, council and school are a bunch of muppets",
]

PROFANITY = [
    "fuckin hell thats some choir",
    "pissin down and they still did the whole fun run, fair play",
    "holy sh1t 10 grade 9s?? 👏",
    # judgement call: a bare abbreviation of a swear with no target - profanity only
    "ffs",
    "f***ing freezing up that field, well done the bairns",
    "shite weather for sports day but the kids didnt care one bit",
    "bloody brilliant, that made my day",
]

PROFANITY_INSULT = [
    "{S} is a fucking joke",
    "knobheads the lot of them",
    "ur parents r scum, absolute shitbags",
    "{S} looks a right twat in that hat",
    "what a bunch of dickheads running this place 🤡",
    # judgement call: a one-word reply, read as aimed at whoever posted - profanity and insult
    "gobshite",
]

THREAT = [
    "lovely new minibus that. be a real shame if it got its tyres done one night",
    "i know what car {S} drives 🙂",
    "keep parking across my drive and see what happens to your windscreens",
    # judgement call: arson by implication against the building site, not the school - still a threat of damage
    "if they build that estate on the fell therell be fires on site every night, mark my words",
    "the caretaker wants to watch himself walking back to his car at night",
    "got a can of petrol and a lot of time on my hands since that extension went up 🙂",
    # judgement call: emoji-only reply under a post about the new building - threat by implication
    "🔥🏫😈",
    "someone should put a brick through that office window, see if they answer the phone then",
    "we know where the head lives. just saying",
    "next time that lollipop man steps out in front of me im not stopping",
    "tell {S} ill be waiting at the gate at 3 and theyll not be walking home after",
    "one more letter about my sons trainers and im coming in to sort it my way 🔨",
]

PROFANITY_THREAT = [
    "touch my car again and ill put every fucking window in at that school",
    "im gonna batter the deputy head when i see him, fuckin swear down",
    "park on my drive once more and your motors getting keyed. no more bloody warnings",
    "that portakabin is getting torched one night and ill be stood there with the marshmallows, fuck it",
]

THREAT_SAFEGUARDING = [
    "{P} ur dead at half 3, my brothers lending me his blade",
    "dont go in friday. a lad in year 10 says hes bringing a gun in. not joking",
    # judgement call: an adult threatening a named child - threat plus a concern for that child
    "if that lad {P} comes near our street again im breaking his legs, dont care how old he is",
    "bringing a knife tmrw for the lads who jumped me by the metro, im done being scared",
    # judgement call: an adult threatening an unnamed pupil he can find - threat plus safeguarding
    "the kid in the blue coat who keeps egging my house, i know which bus he gets. hes getting sorted",
]

SAFEGUARDING = [
    "there was a little lad in your uniform on his own on the a167 at 11 last night, looked about 8. someone should check on him",
    "a fella in a white van has been parked by the back gate at home time all week taking photos of the kids",
    # judgement call: a stranger asking a pupil to dm him with a job offer - grooming sign, not sexual content
    "the girl 2nd from left, tell her to dm me, got a modelling job for her",
    "which one is {P}? message me, ive got a present for you x",
    # judgement call: recruiting pupils to carry parcels reads as exploitation (county lines), not spam
    "any of the year 10 lads want easy money drop me a msg, just need someone to drop off parcels 📦💷",
    "my dad hits my mam every night and i dont want to go home after school",
    # judgement call: hopelessness from an anonymous account, read as a possible self-harm signal
    "nobody at this school would even notice if i wasnt here anymore",
    "my stepdad says if i tell anyone what he does hell get me put in care",
    "the bairn in the yellow wellies at the fun day had bruises all up her arms, and its not the first time ive seen it",
    "kids from your school are drinking and vaping in the woods behind the estate with some older lads in a bmw",
    "seen a year 8 girl getting into a car with a grown man outside the chippy three times now",
    "i cut again last night. dont know who to tell",
    "me and my little sister havent had any tea since tuesday, mams not been back",
    # judgement call: an adult offering a pupil a phone for her snapchat - grooming, no sexual words
    "that little one on the left, tell her to add me on snap and ill sort her a new phone 📱",
]

SEXUAL_SAFEGUARDING = [
    "the girl at the back 👅💦",
    "year 10 netball team filling out nicely 😏",
    "nice legs on the one in the middle, dm me 🥵",
    # judgement call: emoji-only interest in a pupil in the photo - sexualised comment about a child
    "🍑🍑 2nd from right",
]

HATE = [
    "1488 🇬🇧",
    "remigration is the only answer. look at that class photo, barely a british face in it",
    "another 'community' event at the mosque. we all know where this ends for our kids 🙄",
    "council housed that refugee family on our street within a week. locals wait years. invaders get priority",
    # judgement call: 'groomers' aimed at teaching about gender identity - a transphobic dog-whistle
    "teaching 6 year olds theres 100 genders. groomers",
    # judgement call: a stereotype about Travellers with no slur - hate (Gypsy/Roma/Traveller)
    "lock up your bikes, the travellers are back on the fell",
    "(((they))) run the council, the school, the lot. do your research",
]

PROFANITY_HATE = [
    "fucking immigrants getting the new houses on the fell while gateshead lads sleep in doorways",
    "bloody muslims running the food bank now, whats next, halal dinners for everyone",
    "the great replacement isnt a theory its the year 7 photo. piss poor country this",
]

SEXUAL = [
    "{S} can keep me behind after class any day 😏",
    "the pe teacher in them shorts at sports day, im a married woman but 🥵🥵",
    "milf alert at the summer fair 👀",
    "bet the caretaker knows how to handle a big tool 😉",
    "the mams on the school run in their gym leggings, no wonder the dads fight over doing pick up 🍑",
    "pics of the staff panto got me feeling some type of way 😩 whoever played the genie can grant my wishes",
]

SPAM = [
    "I started with £200 and now make £6,800 weekly trading bitcoin with Mrs Caroline Hughes, shes legit and honest 🙏 message her",
    "CONGRATULATIONS 🎉 youve been selected in our 10k follower giveaway! DM us your card details to claim your iPhone 16 📱",
    "mams in gateshead earning £300 a day from their phone 💰 no experience needed, ask me how",
    "100% fixed matches ⚽ tonights accumulator is 40/1, inbox me for the tips",
    "f4f 🔁 follow back",
    "Your page has been flagged for violating community standards. Verify your account within 24 hours or it will be permanently disabled. Meta Support Team",
    "nice post! 💯 check my profile for more 🔥",
]

PERSONAL_DATA = [
    "thats {PF} in the front row, i used to work with the nana 😊",
    "found a lunchbox outside the gates, label says {PF}. im at {AD} if the parents want it back",
    "{S} lives on {AD}, best christmas lights in low fell every year",
    "lost black cat near the school, answers to biscuit, ring me on {PH} please",
    "{PF} born {DOB}, first day at ravensworth today 🥹",
    "anyone got a year 7 blazer going spare message me on {EM}",
]

PD_QUESTION = [
    "can someone from the ptfa email me at {EM}? what time does the car boot start",
    "is the minibus driver job still going? ring me on {PH} if so",
    "im the new neighbour at {AD}, does the school bell ring on saturdays as well?",
]
