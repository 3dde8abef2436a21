"""Round 19, writer X, session 12: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""

# Voices (writer X): people who work at Ravensworth writing as themselves or anonymously -
# teaching assistants, dinner staff, cleaners, the caretaker's mates, supply teachers, cover
# supervisors, union reps and former staff - plus the parents and pupils who answer them in the
# same threads (parents having a go at the dinner ladies, threats in the staff car park, pupils
# posting weapon threats), and the agencies and bots that turn up under staff posts.

OK = [
    # hard negatives (words shared with threats, abuse, sex, drugs, weapons, spam, safeguarding)
    "the bairns were killin themselves laughin at {SF} in the dame costume 😂😂",
    "maureen on the dinners is an absolute legend, slipped my lad extra custard cos it was his birthday ❤️",
    "shoot us a message if u need the cover notes for tomoz, im in from 8",
    "heating's packed in again in the old block, could see me own breath in the staffroom 🥶 caretaker's on it tho",
    "year 5 murdered the other schools on the music round at the quiz 🏆 so proud",
    "the cake sale went down a bomb, £312 raised for the food bank {H}",
    "can confirm the brownies in the staffroom are lethal, someone hide them from me pls",
    "kids were bouncing off the walls after the disco, too much coke and haribo lol",
    "caretaker's been out weeding all morning and the pots by reception look gorgeous now 🌷",
    "{PW} was a bag of nerves before the solo but absolutely nailed it, so proud pet",
    "bruised me shin on the climbing frame in the staff v year 11 match, worth it, we won 💪",
    "year 6 came back off the residential starving and shattered, fed them and sent them home to bed 😴",
    "one of the year 3 pirates threatened to make me walk the plank if i didnt give out more stickers 🏴‍☠️",
    "fire drill went like clockwork today, whole school out on the field in under 4 mins 👏",
    "who knew {S} could rap?? leavers assembly was sick 🔥",
    "free breakfast club is back from monday 7.45 in the dining hall, just turn up no need to book",
    # judgement call: promotes the school's own handle, not follow-for-follow spam
    "follow @ravensworth_academy on insta for the sports day pics 📸",
    "{PW} gets my gold star this week, kept the whole dinner table going with her jokes",
    "shot of the day: the whole of year 4 stacked on the bouncy castle 😂",
    # judgement call: union organising notice, not a complaint about the school
    "union reps meeting thurs 3.30 in the library about the ballot, all welcome, bring biscuits",
    # judgement call: one worker's recommendation of her agency, not advertising
    "if anyone's after supply work the agency im with is decent, pays on time, pm me and ill pass the name on",
    "the new library looks smashing, the bairns were fighting over who got the bean bags first 😂",
    # ordinary thanks, leaving messages, praise
    "after 19 years as a lunchtime supervisor im finally hanging up the tabard. gonna miss every one of them bairns xx",
    "thank you {S} for the lovely card and flowers, its been a privilege working here ❤️",
    "as a supply teacher i have to say this is one of the friendliest staffrooms ive been in, cheers for the cuppa 👍",
    "congrats {SF} on the baby news!! 🍼💕",
    "well done to the kitchen team, 400 christmas dinners out and not a sprout wasted lol",
    "aw i used to work here, miss this place so much. happy memories",
    "canny proud of our TAs this year, theyve worked their socks off",
    "{P} read me a whole chapter today without stopping once, made my week 🥹",
    "happy retirement {S}, enjoy the garden and the grandbairns x",
    "🙌🙌🙌",
    "dziękuję za wszystko, the children were wonderful this term",
    "the caretaker fixed the gate in 10 mins flat, man's a wizard 🔧",
    "best of luck in the new job {SF}, the infants wont be the same without you",
    "proud to be part of {H} for 10 years today 🎉",
    "massive thank you to whoever left the roses chocolates in the staffroom, you are a star",
    "cleaners did a canny job on the hall after the fayre, spotless by 6",
    "cover supervisor here, just wanted to say the year 8s were brilliant for me today",
    "ta-ra ravensworth, 31 years of mopping floors and i loved nearly every one of them 😂 xx",
]

COMPLAINT = [
    "speaking as a TA, we've had no cover for 3 weeks and keep getting pulled off SEN support to cover classes. the kids who need us most are losing out",
    "funny how theres always money for new signs and a new logo but not for the broken dishwasher in the kitchen 🙃",
    "dinner staff got told about the new rota on friday teatime for the monday. not on.",
    "former staff. the way the restructure was handled was shocking, 6 good people gone and not so much as a thank you",
    "third year running support staff have had nowt while the trust's chief exec got a bonus. tell me again how valued we are",
    "love how the 'wellbeing' email lands at 10pm on a sunday 👍",
    "kept behind again for a meeting that could of been an email. some of us have bairns to pick up",
    "ive been on supply here 3 times this term and not once was there a lesson plan left. not fair on the kids",
    "the car park at home time is dangerous, two of the dinner staff nearly got clipped this week and nothing's been done",
    "heating in the temporary classrooms has been broken since october, the children are doing their work in coats. this isnt acceptable",
    "as a cleaner im now expected to do the whole top floor on my own in 2 hours. something's got to give",
    # judgement call: a staff member describing being threatened (a report, not a threat) and criticising leadership
    "nobody from SLT backed me up when that dad kicked off at me in the car park. had to go to the police on my own",
    "support staff are balloting to strike cos we've been ignored for two years. we dont want to walk out, we want to be listened to",
    "shame the effort that goes into the ofsted displays doesnt go into fixing the leak in the science block",
]

COMPLAINT_QUESTION = [
    "after school club cancelled 4 times this half term with an hours notice. is it actually running next week or do i need to sort other childcare?",
    "support staff still havent been paid the overtime from parents evening. who do we speak to, payroll or {S}?",
    "my daughter's packed lunch was binned by a dinner supervisor cos there was a chocolate bar in it. not happy. where can i read the actual lunch policy?",
    "minibus was 40 mins late back from the match and nobody let parents know. what time is it due back on thursday?",
    "applied for the TA job 6 weeks ago and heard nothing, not even a no thanks. has it been filled?",
]

QUESTION = [
    "does anyone know if the staff car park is open over half term? need to get my stuff out",
    "what time does the retirement do start at {V} on friday?",
    "is the kitchen assistant job still going? where do i send my cv",
    "hiya is {SEM} the right email for supply bookings or is there a different one",
    "can i still ring {SPH} to report my lad off sick or is it all on the app now?",
    "are dinner money prices going up in september?",
    "when's the last day of term for support staff, same as the kids or the inset day after?",
    "is lost property still by the hall? our lass left her coat on friday",
    "is {SF} back after the summer? the bairns keep asking",
    "do yous still need volunteers for the book fair next thursday?",
    "is breakfast club still open on the strike day or is the whole school shut?",
    "where do i drop a thank you card for the dinner ladies, can i just leave it at the office?",
]

INSULT = [
    "dinner ladies at that place are the miserablest bunch of old trouts youll ever meet 🙄",
    "not being funny but the new TA in year 4 has the personality of a wet lettuce and the brains to match",
    "{S} is a two faced snake, all smiles in the corridor then stabs you in the back in SLT meetings",
    "worked with her 6 years, lovely to your face but honestly the laziest woman in that building. always 'on a course' lol",
    "the caretaker's a useless lump, couldnt fix a sandwich",
    "that one on the gate in the hi vis thinks she's the head. jumped up little nobody",
    "year 2 parents are a bunch of nosy gossiping clowns the lot of them",
    "imagine your whole personality being shouting at kids about shirts. {S} is a sad little jobsworth",
]

INSULT_COMPLAINT = [
    "my son came home with his dinner uneaten cos the dinner lady said he was too slow and took his tray off him. nasty vile old bag",
    "3 emails about the bullying and not one reply. {S} is clueless and spineless, total waste of a salary",
    "so called leadership cancelled our planning time again for another pointless meeting. bunch of clowns who havent taught a lesson in years",
    "new catering manager has halved the portions and the kids are going hungry. greedy penny pinching idiot",
    "the supply teacher didnt mark a single book for a month. lazy useless article, school should be embarrassed they kept paying her",
]

PROFANITY = [
    "last day before half term and im bloody shattered 😴🍷",
    "holy shit year 6 actually won the county cup!!! 🏆🏆",
    "fkn love this lot, best team ive ever worked with, gonna miss yous x",
    # judgement call: a personal moan about the weather, not feedback about the school
    "pissin it down and it's my yard duty, typical ☔🙃",
    "that leavers video had me crying like a bloody baby at the back of the hall",
    "wtf is that smell in the science corridor 😂 someone's burnt the toast in the prep room again, jesus fuckin christ",
    "first time ive sat on my arse all day and it's 4 o'clock 😂",
]

PROFANITY_INSULT = [
    "{S} is a two faced little shit and everyone in the staffroom knows it",
    "that dinner lady with the perm is a right fucking battleaxe",
    "the parents on the year 3 whatsapp are a bunch of interfering twats",
    "the site manager couldnt find his arse with both hands and a map",
    "new supply lad is a complete knobhead, the kids ran rings round him",
    "sh1tty excuse for a teacher, {S} should never have been let near a classroom",
]

THREAT = [
    "i know which car is yours {S}. be a shame if them tyres went flat",
    "keep giving my kid detentions and see what happens at 3.15 in that car park",
    "tell the dinner lady who shouted at my daughter she better hope i dont see her at the gate tomorrow",
    "someone wants to put a brick through that office window, might do it meself",
    "there'll be a visit to {S}'s house if this isnt sorted by friday, i know where they live",
    "caretaker wants to watch his back walking to the bus stop on his own",
    "one more phone call home about my son and ill be down there, and it wont be for a chat",
    "whoever keyed my car in the staff car park, ill find out who you are and youll be sorry",
    # judgement call: phrased as a wish, but names arson with people inside
    "if the strike goes ahead i hope someone burns the place down with SLT still in it",
    "got a can of petrol and a grudge. sleep tight ravensworth",
    "say that to my face in the car park tomorrow {S}, see how brave you are then",
    "theres a bomb under the staffroom, enjoy ur monday",
]

PROFANITY_THREAT = [
    "take my kid's lunchbox off her again and ill fucking deck you in front of the whole yard",
    "{S} better sort their shit out or they're going through the office window",
    "wait til i get my hands on him in the car park, he's getting his fuckin head kicked in",
    "swear to god if my car gets clamped in that car park again ill smash every bastard window in the office",
]

THREAT_SAFEGUARDING = [
    "bringing my brothers blade in tmrw for the lad who jumped me, nobody tell sir",
    "if {P} says one more thing about my mam im bringing a knife in, not even joking",
    # judgement call: a parent reporting a pupil's plan to carry a knife (report + weapon threat)
    "my lad in year 8 says he's taking a knife in cos the older ones keep robbing him. i cant stop him",
    # judgement call: a cleaner reporting pupils' stabbing threat against another pupil
    "overheard 2 year 10s in the toilets saying theyre gonna stab {P} after school friday. im a cleaner, telling the safeguarding lead first thing",
    # judgement call: a TA reporting a pupil carrying a knife 'for protection'
    "a year 7 showed me what was in his bag at break, a kitchen knife wrapped in a sock, says its for protection from the lads at the park. sick with worry",
]

SAFEGUARDING = [
    "TA here. one of mine has come in clammin every day this week, same jumper, and a bruise on his cheek he wont talk about. ive reported it but im not sleeping",
    "lass in year 5 keeps asking to stay behind at hometime, says she doesnt want to go home cos of her mam's new boyfriend",
    "one of the older girls keeps getting picked up by a lad in a white audi, he's 20 if he's a day and she's 14. someone needs to look into it",
    "my dad hits me when i get a detention and ive got one tomorrow. please dont tell him i wrote this",
    "im in year 9 and i keep cutting my arms and nobody at school has even noticed",
    "a member of staff has been adding year 10s on snapchat and messaging them late at night, the kids have shown me. this needs looking at",
    "former dinner lady. theres a little one in reception who hides bread rolls in her pockets every single day to take home. please someone check on that family",
    "kid in my class told me their uncle gives them money to take parcels round the houses on the estate after school",
    "{P} keeps falling asleep in class and says theres no beds at home, just the settee. had to say something",
    "same group of older lads at the back gate every day offering vapes and lifts to the year 7s. someone needs to ring the police",
    # judgement call: a parent's report of a staff member watching girls change (a report, not sexual content)
    "my daughter says the PE teacher makes the girls get changed while he stands in the doorway 'to keep an eye'",
    "miss i said i was ok today but i wasnt. i took loads of my mams tablets last night",
    "supply teacher here, a year 8 girl told me a man she met on a game keeps sending her pics and wants to meet her at the metrocentre saturday. passed it on to the DSL",
    # judgement call: a report of sextortion between pupils (safeguarding only, as round 5's calls)
    "my mate's being made to send pics to a lad in year 11 or he says he'll share the ones he's already got round the whole school",
]

SEXUAL_SAFEGUARDING = [
    "some of them year 10 girls in the netball photo are well developed for their age 😏",
    "year 11 prom pics 🔥 wouldnt mind a slow dance with the blonde one if ya know what i mean 😉",
    "that girl in the leavers photo in the tight dress, how old is she? asking for legit reasons 😏",
    "who's the lad in year 10 with the abs in the sports day video, fit as 😍 would",
]

HATE = [
    "why have we got a foreign dinner lady who cant even speak english serving our kids. go back to poland",
    "the new cleaner in the headscarf, how do we know what shes hiding under there. not safe round kids",
    "course the gyppo kids get free everything while our lot pay full price",
    "that TA in year 3 is always banging on about her 'wife'. keep your lifestyle away from our children",
    "a bloke in a dress teaching PE now? whats next. theyre grooming our kids with this trans stuff",
    "theyve put the retard kids in with the normal ones and wonder why nobody learns owt",
    "ravensworth has gone to the dogs since that lot from the mosque started running the PTFA",
]

PROFANITY_HATE = [
    "bloody immigrants taking all the TA jobs, british staff for british kids",
    "the head's a f***ing muzzie lover, halal dinners for everyone now",
    "get that tranny out of our school its fucking disgusting",
]

SEXUAL = [
    "the new music teacher is a proper milf, id stay behind for detention every night 😏",
    "{SF} can check my homework anytime if you know what i mean 🍆💦",
    "that dinner lady can butter my buns any day 😉",
    "young supply teacher bending over to pick up the register... no wonder the dads all volunteer for trips 🍑",
    # judgement call: sexual gossip about two adult staff; sexual only (no insult word)
    "heard the PE teacher and the science teacher were at it in the store cupboard at the xmas do 😂😂",
    "the new year 6 teacher in them leggings, someone get me a cold shower 🥵",
]

SPAM = [
    "🚨 SUPPLY STAFF WANTED 🚨 TAs, cover supervisors & teachers across gateshead, £££ daily rates, no interview needed! DM us now 👉 link in bio",
    "earn £400/week from home while the kids are at school 💰 just like i did! message me INFO 💕",
    "Congratulations! Your staff account has been selected for a £250 Tesco voucher, verify your details here: bit.ly/rvn-staff-reward",
    "follow for follow? 🔁 new page for gateshead mams, follow back xx",
    "fed up of report writing?? our AI tool writes all 30 in 5 mins ✨ free trial, tap our profile",
    "i was a dinner lady now i make £4,000 a week trading bitcoin with my mentor 🙏 inbox her before the spaces go 👇",
    "cheap school uniform all sizes 50% off this week only, whatsapp us for prices 👕",
]

PERSONAL_DATA = [
    "cover rota got leaked in the group chat lol, if ur off ring {SF} on {PH} or knock at {AD}",
    # judgement call: a staff member's home address posted with a hostile nudge but no stated violence
    "{S} lives at {AD}, {PC} if anyone fancies telling them what they think of the new rota",
    "congrats to {PF} for being the year 4 star of the week!!",
    "anyone wanting to send a leaving card to {S}, their personal email is {EM} x",
    "for the dinner staff: {P}, dob {DOB}, nut allergy, new in year 2 so please keep an eye x",
    "dinner lady jan's moved, new address is {AD} {PC} for anyone sending retirement flowers 💐",
]

PD_QUESTION = [
    "anyone got {S}'s personal number? i had {PH} but it just goes to voicemail",
    "is {EM} still the right email for the TA who runs after school club? need to book {P} in",
    "my lad was born {DOB}, does that make him year 3 or year 4 in september?",
]
