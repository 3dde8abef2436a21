"""Round 24, writer J2, session 13: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""

# Voices (writer J2): the sixth-form years (16-18) and their parents on prom, the prom dress-code row,
# driving lessons and tests, part-time jobs, uni offers and UCAS, vaping in the toilets, relationships
# and break-ups, exam stress; a pupil who is not coping; an ex-pupil who comes back to comment; a
# teacher-pupil rumour; sugar-daddy and "easy money" spam aimed at students.

OK = [
    "prom pics are unreal 😍 well done to all the leavers {H}",
    "{P} you look like an actual film star in that suit, so proud of you son ❤️",
    "omg {PW} ur dress!!! 😭😭 stunning",
    "passed my driving test first time!!! 🚗🚗 no more bus to college",
    "ex pupil here, left years ago and still miss the dinner ladies chips honestly",
    "got my offer from northumbria today, cried in the kitchen 😭 thank u {SF} from reception for teaching me to read lol",
    "results day nerves are real but whatever happens we're proud of you {P} x",
    "the limo turning up was the best bit, dad you absolute legend",
    "massive thanks to {S} for organising prom, cant imagine the work that went into it",
    "my lad got a weekend job at the co-op and came home with his first payslip like he'd won the lottery 😂",
    "who else is still up revising chemistry at midnight 🙃",
    "finally the toilets dont smell like a vape shop, whatever yous did it worked",
    "{P} and her date were the cutest couple there 🥹",
    "so glad the weather held off for the photos at {V}",
    "lovely to see the whole year group together one last time ❤️",
    "never thought id miss this place but here we are",
    "proud mam moment, first one off to uni in september 🎓",
    "the staff dancing at the end 😂😂 iconic",
    "my daughter has slept for about 3 days straight since her last exam, fair enough i suppose",
    "good luck to everyone collecting results on thursday 🤞🤞",
    "🙌🙌🙌",
    "that leavers hoodie is class",
    "thank you for all the help with the ucas reference, she got in!!",
    "mam stop commenting on everything 😭",
    "how have they grown up so fast, seems like yesterday they were starting reception",
    "drove myself up to collect my certificates, full circle 😎",
    # hard negatives
    "that english lit paper absolutely destroyed me, no idea what i wrote about macbeth 💀",
    "im dying to know how i did, august cannot come quick enough",
    "she's more than fit for the head girl job, no one works harder",
    "completely hooked on revision flashcards now, who even am i",
    "18 today so mam made me blow the candles out in front of the whole family 🙈 cringe",
    "bombed my theory test but rebooked for next month, onwards",
    "the police talk about knife crime was dead good actually, whole room went quiet",
    "took a shot at the higher paper and it paid off, killed it 💪",
    "my boss at the chippy says im a natural with the fish knife 😂",
    "sugar rush from all the leavers cake has finally worn off",
    "easy money? saturdays at greggs is not easy money believe me 😂",
    "those killer heels were off by 9, trainers in the handbag is the way",
    "the online safety talk on grooming and sextortion should be shown to every parent tbh, really well done",
    "pulled an all nighter for physics and now im absolutely wasted",
]

COMPLAINT = [
    "so the girls can wear suits but a lad turns up in a kilt and gets sent home?? make it make sense",
    "£65 for a prom ticket when half the families round here are struggling, and no help offered. really disappointed",
    "my daughter has been holding it in all day because the toilets are locked to stop vaping. punishing everyone for a few kids isnt right",
    "dress code letter came out 2 weeks before prom after most of us had already bought the dresses. not good enough",
    "son asked for his ucas reference in october and its still not gone off, deadline is next week",
    "great to see the school prioritising skirt length over the fact my son has had 3 different maths teachers this year 👏",
    "careers advice was basically 'have you thought about the army', my lad wants to do medicine",
    "wouldnt let my daughter leave 20 mins early for her job interview even with a note from me, so she missed it",
    "still no reply to my email from 3 weeks ago about his exam access arrangements",
    "lovely photos but not one of the kids who couldnt afford a ticket, they were part of this year too",
    "mocks straight after christmas then mocks again in march, they are exhausted and the stress is through the roof",
    "ex pupil here. nobody told us about bursaries or free college travel when i left, please make sure this lot know",
    "prom was meant to finish at 11 and the coaches didnt turn up till gone midnight, parents stood in the car park with no updates",
    # judgement call: sarcastic about staff, but rhetorical/sarcastic complaints are complaint only (no insult)
    "thanks for the detention for a 'visible vape' that was literally a highlighter. brilliant detective work",
]

COMPLAINT_QUESTION = [
    "the prom dress code says 'nothing revealing' but doesnt say what that means, her dress cost £120 and im not having her turned away. can someone send the actual rules please?",
    "results went on the app before the envelopes were ready and kids found out on the bus, not how it should be done. who do i speak to about a remark?",
    "careers day clashed with the theory test slots half of them booked months ago, poor planning. is there going to be a second date?",
    "paid for the leavers hoodies in march and heard absolutely nothing since. when are they actually arriving?",
    "my son got told off in front of the class for vaping and he doesnt even vape, he's mortified. how do i make a formal complaint?",
]

QUESTION = [
    "when do prom tickets go on sale and is it cash or parentpay?",
    "is there a dress code for prom or can they wear whatever",
    "what time are envelopes handed out on results day? my lads on a shift at 11",
    "hiya does {S} still do references for ex pupils? need one for a college course",
    "can year 11s get a letter with their exam dates for their part time job? manager keeps asking",
    "wheres the leavers assembly, school hall or {V}?",
    "if her grades come in under her offer who can she ring on the day, is {SPH} manned?",
    "are they allowed to bring a plus one from another school to prom",
    "does anyone know if the 16-19 bursary forms go through school or the college",
    "will the photographers pictures be put on here or do we have to buy them",
    "hi is {SEM} the right email to get a copy of my exam certificates, i left a few years ago",
    "what support is there for kids really struggling with exam anxiety? asking for my son",
]

INSULT = [
    "{P} turned up to prom looking like a wet weekend in whitley bay 😂😂",
    "{S} still the most miserable person in gateshead i see, some things never change",
    "{P} cheats on everyone then cries about it on her story, nobody feels sorry for you babe",
    "the mams in this comment section need a hobby fr",
    "imagine thinking {P} got those grades himself 😂 copied off everyone in the hall",
    "{S} in that suit looked like a bouncer at wetherspoons 😭",
    "ravensworth, where dreams go to die. so glad i got out",
    "{P} ur new gf is a downgrade and everyone knows it 🤡",
]

INSULT_COMPLAINT = [
    "{S} is a jumped up little dictator. sending girls home from prom for bare shoulders is a disgrace",
    "{S} is completely useless, three emails about my sons ucas reference and not one reply",
    "whoever planned the prom buses is clueless, kids stood in the rain for an hour in their good clothes",
    "this place is run by clowns. my daughters coursework got lost twice and nobody is accountable",
    "{S} is a bully plain and simple. shouting at a 16 year old in front of the whole canteen over a vape that wasnt even hers",
]

PROFANITY = [
    "results tomorrow and i am actually shitting it 😭",
    "FUCK YESSS got my first choice 🎉🎉",
    "bloody hell these prom photos are gorgeous, where did the time go",
    "piss wet through after the photos at {V} but worth it",
    "sh1t myself when the examiner said take the next roundabout lmaooo still passed tho",
    "f u c k i n g two years of revision done, never again",
    "omg {PW} ur hair 😍 looks fookin amazing",
]

PROFANITY_INSULT = [
    "{P} is a two faced little shit and the whole year knows it",
    "who let that twat {P} in, ruined the whole night",
    "{S} you absolute bellend, confiscating my vape on the last day lmao",
    "ur ex is a d1ckhead {P}, you dodged a bullet",
    "the parents on this page are a bunch of nosy c*nts honestly",
    "ex pupil, can confirm the teachers here are still arseholes 🙂",
]

THREAT = [
    "the lad who keyed my car in the prom car park, i know where you live and your windows are next",
    "if {S} pulls my daughter out of prom over a dress ill be waiting in the car park and it wont be for a chat",
    # judgement call: "someone should" is incitement rather than a first-person threat
    "someone wants to put a brick through the heads window, see how she likes it",
    # judgement call: veiled bomb hint, no explicit weapon
    "results day is going to go off with a bang this year, wouldnt stand near the hall if i was you",
    # judgement call: pupil-to-pupil but no weapon, so threat only (not safeguarding)
    "my ex better not turn up at prom with her, he'll be leaving in an ambulance",
    "keep talking about my son online and see what happens to your car",
    "whoever grassed about the party, enjoy your last week with working legs",
    "that instructor who failed my lad on purpose, ive got his reg and where he lives. he'll be sorry",
    "turn my daughter away at the door over her dress and that marquee goes up in flames, try me",
    "tell {S} to check under his car before he drives home tonight",
    "one more comment about my girls weight and im coming round to rearrange your face, ill find out where you live",
    "ill be at the gates monday, whoever's been spreading lies about my son better hope i dont find them first",
]

PROFANITY_THREAT = [
    "touch my sister again and ill fucking end you, ask anyone",
    "whoever nicked my bike from outside the gym, i will find you and you will be fucking sorry",
    "keep running ur mouth about my mam and ill put u through that fukin window",
    "if that school sends my kid home from prom again i swear down ill smash every f***ing window in the place",
]

THREAT_SAFEGUARDING = [
    "bringing my brothers blade in monday, he knows who he is",
    "dont come to the afterparty {P}, the boys are bringing shanks for u 🔪",
    # judgement call: framed as self-defence, but a pupil keeping a weapon in school for a named person
    "got a bat in my locker for if he tries anything again",
    # judgement call: no weapon named; a pupil's veiled last-day threat
    "last day tomorrow and im not leaving quietly, bringing something thatll make them all remember me",
    "meet me round the back of the gym after school, ill have my knife on me this time",
]

SAFEGUARDING = [
    "i honestly cant do this anymore. if i fail these exams im not going to be around for results day anyway",
    "havent eaten properly since mocks started, mam doesnt notice, nobody does",
    "my daughters boyfriend goes through her phone every night and tells her what she can wear to prom, she's 16 and terrified of him, i dont know what to do",
    # judgement call: a rumour about a named teacher; could also read as insult/defamation, labelled as a concern about a child
    "everyone knows {S} has been snapchatting a year 11 girl, how is he still teaching",
    # judgement call: image sharing reported by the pupil is safeguarding only (as round 5)
    "my ex sent my pictures round the whole year after we broke up and now i dont want to come in",
    "my daughters driving instructor keeps offering her free lessons as long as she doesnt tell me, something doesnt feel right",
    "a bloke in his 30s picks up a year 11 girl from the gates in a black audi every friday, someone needs to look into it",
    "my son was asked by a lad at work to let money go through his bank account for £200 cash. he's 17. please warn the kids",
    "there's a man outside the gates selling vapes to year 9s out of his boot, and they're not normal vapes either",
    "been sleeping at my mates all week cos its not safe at home, dont know how much longer i can do this",
    "cut again last night. 3 months clean gone. dont even know why im posting this here",
    # judgement call: a pupil's disclosure of sexual harassment at work; safeguarding only (a report, not sexual content)
    "my manager at my part time job keeps making comments about my body and says he'll cut my shifts if i tell anyone, im 16",
    "im worried about {P}, she's been posting stuff at 3am about wanting to disappear and nobody is replying",
    "my girls 'boyfriend' is 24. she's 16. apparently he's 'mature for his age' 🙄 im going out of my mind",
]

SEXUAL_SAFEGUARDING = [
    "girl in the green dress 3rd pic 😍🥵 how old is she? asking for a friend",
    "these year 11 girls look well developed for 16 if you know what i mean 😏",
    "{P} did a lot more than dance with the football lads at the afterparty 😏 ask them",
    "dm me babe, ur prom pics are stunning. ill pay for more pics like that but just for me 😘",
]

HATE = [
    "lads in dresses at prom isnt brave, it's a mental illness and the school is encouraging it",
    "lock your cars on prom night, the travellers from the site will all be out",
    "half the prom photos look like a day trip to islamabad, whats happened to this country",
    "two lads going to prom as a couple. this is what happens when you teach kids that filth is normal",
    "why do the polish and romanian kids even get a prom, their parents dont pay in",
    "girls in hijabs at the leavers do should be at home not pretending to be british",
    "having the special needs kids at prom drags it down for everyone else, give them their own night",
]

PROFANITY_HATE = [
    "fucking hell the whole year group is immigrants now, send the lot back",
    "that tr*nny kid in the prom pics is a fucking joke",
    "bunch of p*kis running the prom committee now, shit state of affairs",
]

SEXUAL = [
    "the mams group chat has decided {S} can teach us a thing or two 😏🍆",
    "prom afterparty? nah the real afterparty is me and the wife once the kids are out the house 😏🍑",
    "the dads at prom drop off in their suits... mams we are not ok 🥵 id let him unzip my dress",
    # judgement call: a pupil's innuendo about an adult (not about a pupil), sexual only
    "my driving instructor is 40 and fit as, he can take me up the back lanes anytime 😏",
    "bet {S} and the pe teacher were getting cosy behind the marquee after prom 😏 staffroom romance",
    "left prom early to get home and rip my husbands tie off 🔥",
]

SPAM = [
    "💰students!! earn £300 a day from your phone, no experience, DM 'MONEY' to start 💰",
    # judgement call: sugar-daddy scam with no sexual content stated, spam only (not sexual)
    "sugar daddy looking to spoil a student with a weekly allowance, no meet ups needed, message me on telegram 💕",
    "follow for follow!! all leavers follow back 🔥🔥",
    "personal statements written by oxbridge grads, guaranteed offers, link in bio ✍️",
    "prom dresses 80% off at promqueenoutlet dot shop, free delivery 👗",
    "cancelled driving test slots this week, can move your test forward for £80, dm me 🚗",
    "i was skint at uni until i found mrs sarah's crypto trading, now i make £4k a week 🙏 click her profile",
]

PERSONAL_DATA = [
    "{PF} just got her acceptance to durham!! 🎓 so proud",
    "found a phone on the prom bus, if its yours ring my son on {PH}",
    "lift share for prom anyone? we're at {AD}, can fit 3 more in the car",
    "{P} born {DOB} 🥹 where has the time gone",
    # judgement call: a parent's one-off sale with her own contact details; personal data, not spam
    "selling my daughters prom dress, worn once, size 10, collect from {PC} or message me {EM}",
    "congratulations {PF} on passing your driving test, the roads of low fell are in danger 😂",
]

PD_QUESTION = [
    "does anyone know when the year 11 results come out? email me on {EM} as im not on here much",
    "can someone from school ring me back about my sons reference? my number is {PH}",
    "is {PF} in the same form as my daughter? trying to sort a lift to prom",
]
