"""Round 11, writer H, session 10: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""
# Voices (writer H): the comment section under the school's posts on the day a local news story
# about the school is shared (a fight filmed on a phone and passed round, a lockdown after a man was
# seen near the gates, a teacher suspended, a bus crash scare), written by grandparents,
# childminders, sports coaches, bus drivers, dinner staff's relatives and people who live near the
# school, in Gateshead/Geordie dialect with typos, emoji and run-ons; plus a few pupils, spammers
# and bad actors who turn up in the same threads.

OK = [
    "thinking of all the staff today, whatever the papers say yous have been nothing but canny with our {P} ❤️",
    "nana here, the text came through quick and {P} was sat in the hall calm as owt when i got there. thank u all x",
    "been a childminder 20 odd year and {S} is one of the best heads ive dealt with, ignore the noise",
    "dinner lady's husband here, wor lass was on the gate till half 5 making sure every bairn got collected. proud of her",
    "the driver on the 3.40 run deserves a medal, stayed with the kids till every parent turned up 👏👏",
    "live across the road, can confirm the police were lovely and it was all calm by teatime",
    "well done {PW} for looking after the little ones on the bus, your grandad is chuffed to bits x",
    "lovely to see {H} going round for the right reasons after the week yous have had",
    "u11s training still on thursday at {V} lads, 5.30 start, bring water - coach",
    "fair play to {SF}, seen him out at 7 this morning sorting the side gate",
    "read the full statement, seems like the school did everything by the book tbh",
    "sending love to the family of the bairn who got hurt, hope he's back on his feet soon 💙",
    "{P} came home and said the lockdown was 'like hide and seek but quiet' 😂 they handled it brilliant",
    "whole street was out with cups of tea for the parents waiting at the gate, thats low fell for ya",
    "my grandson says {S} went round every single classroom herself, that means a lot",
    "dont believe everything on the chronicle website folks, wait for the proper letter",
    "aye the bus just clipped the kerb and got a flat, nobody hurt, my neighbour was driving it",
    "thank you {SF} for ringing me back so fast, put my mind at rest",
    "proud to be an ex pupil today, this place made me who i am",
    "canny turn out at {V} for the cake sale despite everything 🍰",
    "great seeing the kids back out on the yard playing like nowt happened, resilient little things",
    "ignore the keyboard warriors, yous are doing grand x",
    "{P} says thank u to the dinner ladies for the extra pudding on a rubbish day 😊",
    "lollipop lady here, the kids were so good crossing today, hardly a peep out of them",
    "well said {S}, calm sensible statement, exactly what we needed tonight",
    "shared this with the residents association page so folk stop spreading rumours",
    "dziękuję za szybką informację, córka jest bezpieczna i spokojna ❤️",
    # hard negatives: words shared with threats, weapons, drugs, sex, spam and safeguarding
    "the lads absolutely murdered them in the u13 cup final saturday, 6-0 🔥⚽",
    "{PW} was deadly on the wing at the weekend, kid's an absolute weapon 😂",
    "the year 10 drama piece about knife crime had me in bits, powerful stuff, well done all",
    "the man 'lurking' at the gates was the new lollipop man having a look at his crossing, he's my brother in law and he's mortified 😂",
    "the bus crash was a planned drill with the fire brigade, it was in the council newsletter last month",
    "drugs awareness night with the police was dead useful, every parent should get to the next one",
    "she won't go home till she's had another go on the bouncy castle at the summer fair 😂 send help",
    "my granddaughter's been going on about stranger danger all week, whatever yous taught them has stuck",
    "spotted dick and custard on the menu friday, the bairns will riot 😂",
    "free hot drinks for parents at {V} tonight from the church ladies, no catch, just pop in",
    "the science lot blew up a watermelon with elastic bands and now {P} wants to do it in my kitchen 🍉💥",
    "if any of the grandparents need a lift to the meeting thursday i've got room in the car for three",
    "bus driver said he'd kill for a brew after today and honestly same 😂",
    "the sex ed letter came home today, glad they do it properly now, wasnt like that in my day",
]

COMPLAINT = [
    "found out about the lockdown from a facebook group 40 minutes before the school text came. brilliant communication as ever 👏",
    "so a video of bairns scrapping has been on every phone in gateshead since dinner and we've had one vague letter. not good enough",
    "oh lovely so the kids were stood out on the yard in the rain for an hour after the bus thing, nice one",
    "i collect my two grandbairns every day and nobody thought to ring the grandparents on the contact list, had to hear it in the paper shop",
    "been asking since september for a proper crossing outside the gates, maybe now someone will listen",
    "statement says 'robust procedures' but my daughter says the side gate is propped open with a bin most days",
    "as a driver on that route ive reported the turning circle three times, the school and the council both just ignore it",
    "dinner staff were left to deal with the lockdown in the hall with no info whatsoever, my mam was in bits when she got home",
    "love how the letter about the suspended teacher went out at 4.59 on a friday, very transparent",
    "my lad got a late mark and a detention when it was the bus that was late, thats not fair on him",
    "the fight was at 3.20 right outside the gate and not one member of staff on duty. where was the supervision",
    "second lockdown this term and still nobody can tell us the procedure for collecting. really poor",
    # judgement call: past bullying the school ignored is a complaint here, not a current safeguarding report
    "funny how the school got a statement out in an hour for the news when my grandson was picked on on that bus for months and nobody bothered",
    "childminder here, had 5 kids to collect and the gates stayed locked 25 mins with nobody telling us owt. we're not mind readers",
    "thanks for the 'reassurance' email {S}, said precisely nothing",
]

COMPLAINT_QUESTION = [
    "the bus company and the school keep blaming each other. who is actually responsible for the kids between the gate and the bus, can someone answer that",
    "nobody told us after school club was cancelled during the lockdown and i still got charged. how do i get that refunded",
    "disgusting that the fight video is still up on tiktok. has the school reported it yet",
    "third time this month the bus has dropped the kids at the wrong stop. who do we contact at the council about the school bus contract",
    "the lockdown text said 'further info to follow' and nothing followed. when are parents actually getting told what happened",
]

QUESTION = [
    "does anyone know if the bus is running as normal tomorrow or are we collecting",
    "is the parents meeting still on at {V} thursday night?",
    "who do i speak to about me picking up my granddaughter instead of her mam this week, do i need to sign something",
    "{S} will the year 11 mocks still go ahead monday after everything",
    "can childminders be added to the text alerts or is it parents only",
    "what time is the drop in with the police tomorrow",
    "is breakfast club open as normal after the lockdown yesterday",
    "where do we pick up from if the front gates are shut again, the church hall or the back lane",
    "is {SPH} the right number to ring if my grandson is off poorly, new to all this",
    "does {SF} still do the wednesday reading group or has that stopped",
    "whens the new bus timetable coming out",
    "can i email {SEM} about counselling for the kids who saw the fight or is there a form",
]

INSULT = [
    "{S} couldnt run a bath never mind a school",
    "the parents in that video egging them on are the scum of the earth",
    "that lad throwing the punches is a feral little rat, his whole family are the same",
    "the place is full of clowns from the top down 🤡🤡🤡",
    "whoever filmed it and passed it round is a sad little loser with no life",
    "joke of a head, the woman is thick as mince",
    "{P}'s mam is a gobby attention seeker, all over the news for likes",
    "look at the state of the staff in that photo, not one brain cell between them",
]

INSULT_COMPLAINT = [
    "the lockdown was a shambles and {S} is a spineless coward for hiding in the office instead of fronting up",
    "kids left stood outside for an hour after the bus scare because the office staff are too dim to send a text",
    "my grandson was sent home with a burst lip and no phone call. {S} is a clueless waste of space",
    "bus drivers keep getting the blame when it's the school's gormless staff letting the kids run across the road",
    "still no reply to my email from tuesday. the head of year is an arrogant little jobsworth",
]

PROFANITY = [
    "fucking hell what a day, hug your bairns tonight folks",
    "bloody hell my heart was in my mouth when that text came through",
    "was shit scared when i saw the police cars outside, glad everyones ok x",
    "cant believe the chronicle printed that crap about the bus, nobody was even hurt",
    "well that was a shite way to start the week",
    "f*ck me the traffic on coalway lane with all the police vans",
    "the kids handled it better than us adults tbh, i was a f***ing wreck",
]

PROFANITY_INSULT = [
    "that kid who started the fight is a little shit and everyone knows it",
    "{S} is a spineless prick and always has been",
    "the parents stood filming instead of breaking it up are brain dead twats",
    "whoever leaked the video to the paper is a snake and a c*nt",
    "the dinner staff are a bunch of miserable old cows, fuckin hags the lot of them",
    "them two mams in the video screaming at each other, pair of gobshites",
]

THREAT = [
    "we know which car is hers. enjoy the drive home {S}",
    "the man they saw at the gates better hope its the police that find him first",
    "that teacher wont be walking out of there on his own when he comes back, mark my words",
    "few of us will be waiting at the gates for the lad's dad at 3.15. he knows what he did",
    "we all know which street the suspended teacher lives on now. wouldnt want to be him tonight",
    "that bus depot would go up lovely with a bit of petrol, just saying",
    "if anyone lays a finger on my grandbairn again theres gonna be a funeral on this estate",
    "{S} might want to start checking under her car in the mornings",
    "every window in that school will be through by monday if nothing gets done",
    "ill be at the gates at home time with my brother, that teacher can explain himself to us in person",
    "tell whoever posted my daughter's face in that video that i know which pub they drink in",
    "keep the suspended one away from here, some of the dads have already decided what happens if he shows his face",
]

PROFANITY_THREAT = [
    "that fucking nonce at the gates will get whats coming, we're out looking tonight",
    "if the bus company sends that driver back on our route ill drag the bastard out of his cab myself",
    "keep protecting that teacher and see how long your shitty car keeps its windows {S}",
    "whoever filmed my lad getting jumped, youre fucking done when i find out who you are",
]

THREAT_SAFEGUARDING = [
    "the year 10 who hit my brother better not come in tomorrow cos im bringing something from my dads shed 🔪",
    "me and the lads are sorting him at the bus stop after school, our kid's lending me his blade",
    # judgement call: an adult threatening a named child is threat and a child-protection concern
    "that little lad who threw the first punch, i know what bus he gets home. he wont be getting off it in one piece",
    # judgement call: a pupil carrying a knife 'just in case' read as a weapon threat, not only a disclosure
    "got a knife in my bag now just in case they start on me again at dinner",
    "if {P} says one more thing about my sister im gonna stab him in PE swear down",
]

SAFEGUARDING = [
    "she wont go home till her dads been and gone, sits at mine till all hours. childminder here and im worried sick",
    "{P} if ya need a lift home after all this bus carry on just inbox me pet, no need to tell ya mam 😉",
    # judgement call: an adult selling vapes to pupils is exploitation (safeguarding), not spam
    "any of the year 9s want vapes for the weekend drop me a message, cheaper than the shop and no ID needed 😎",
    "{P} pet i can stick a tenner credit on your phone if he's took yours off you again, just message me on here x",
    "my granddaughter came home with her sleeves pulled right down again and wont let me see her arms",
    "the lad in the fight video is the one who turns up at ours at midnight cos his mams boyfriend puts him out. nobody ever listens",
    "live next door to one of the families, the little ones are out in the street in their uniform at 10pm every night and theres no food in that house",
    "bus driver here, same kid at the stop at 7am every day with no coat, says theres nobody in at home. mentioned it at the depot but nothing",
    "she's stopped eating her dinners and the lasses on her table say she's 'seeing' a lad of 19 with a car",
    "theres a man been picking a couple of the year 8 girls up in a white van after school and giving them cigs, not the same man the police were after",
    "please delete the fight video everyone, the girl getting hit has been messaging my daughter saying she doesnt want to be here anymore",
    # judgement call: a report of someone asking a child for pictures is safeguarding only (a report, not sexual content)
    "my grandson says someone's been messaging him pretending to be a year 10 lass asking for pics, he's 11",
    "{PW} asked to stay at mine again cos 'its loud at home when he's had a drink'. dont know who to tell",
    "mam works dinners and says one of the reception bairns keeps coming in wearing yesterday's clothes with bruises up his legs",
]

SEXUAL_SAFEGUARDING = [
    "the year 11 lasses in the prom photo 👀🥵 grown up fast haven't they",
    "{PW} in the netball team pic 😍🍑 lucky ref",
    "the girls in that dance video know exactly what they're doing 😏 just saying",
    "inbox me {P} 😘 got something to show you, our little secret 🤫",
]

HATE = [
    "course the man at the gates turned out to be one of them from the asylum hotel. send the lot back",
    "bet the lads who started it are off the traveller site. same every time they pitch up",
    "this is what happens when you let muslims run the safeguarding",
    "the suspended one's the gay one isnt he. shouldnt be let near bairns in the first place",
    "school's gone downhill since it filled up with polish and romanians, nobody speaks english on the yard",
    "its always the special needs kids kicking off, put them in a different building away from the normal children",
    # judgement call: attack on trans staff framed as opinion, read as transphobic
    "teachers in dresses and pronoun badges and they wonder why the kids are confused and fighting",
]

PROFANITY_HATE = [
    "fucking immigrants, knew it would be one of them hanging round the gates",
    "the p*kis in the shop across from the school should be shut down, bloody disgrace",
    "its always the gyppo families causing the shit at that school, every time",
]

SEXUAL = [
    "{S} can put me in detention any day of the week 😏🍆",
    "never mind the news, who's the fit dad in the grey trackie at pick up 🥵 asking for a friend",
    "the PE teacher in them shorts, id let him take me round the back of the sports hall 😉",
    "new lollipop man can stop my traffic whenever he likes if you know what i mean 😘",
    "mams on the school run today looking like they've come straight out of the bedroom 😏💦",
    "bet {S} is a proper goer after a couple of wines 🍷😈",
]

SPAM = [
    "💰 MAMS working from home earning £400 a day with one simple app, message me INFO 💰",
    "FREE £50 phone credit for every parent affected by the school lockdown!! claim at bit.ly/ravens-claim before midnight",
    "follow for follow 🔁 local gateshead page sharing all the school news first",
    "just got the kids school shoes 80% off at this link dont miss out 👉 cheapshoez-uk.shop",
    "Congratulations! your comment was selected for a £100 supermarket voucher, verify your details at uk-rewards-claim.net",
    "need a reliable driveway cleaner? family run, best prices in gateshead, DM for a quote 🧽🚗",
    "crypto signals group 📈 turned £200 into £3k in a week, link in bio, spaces limited",
]

PERSONAL_DATA = [
    "the lad who started it is {PF}, everyone on the estate knows",
    # judgement call: a staff member's home address with a warning is personal data, not a threat
    "that suspended teacher lives at {AD}, dont let him near your kids",
    "if anyone has info on the man at the gates text me on {PH}, im putting a list together for the police",
    "found a pencil case on the school bus with {PF} written on it, ring me on {PH}",
    "my grandson {PF}, {DOB}, was the one hurt in that video, i want people to know the truth",
    "parents who want to organise a meeting without the school, email me at {EM}",
]

PD_QUESTION = [
    "can someone from the office ring me back on {PH}, nobody's answered about my granddaughter's bus pass",
    "is this the right place to report a lost bus pass, it's {PF}'s from year 7",
    "does anyone know if the lockdown meeting is at {V}? my email is {EM} if someone can send the details",
]
