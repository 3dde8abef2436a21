"""Round 22, writer E2, session 12: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""

# Voices (writer E2): the careers, post-16 and apprenticeships page of Ravensworth Community Academy
# (Gateshead): Year 11 leavers and ex-pupils now at sixth form college, their mams and dads, local
# employers, recruiters and an apprenticeship provider, scam "job" accounts, county-lines recruiters
# dressed as jobs, older students' relationships and sexting, a student pressured to send pictures,
# parents complaining about the careers advice, and questions about open evenings and bursaries
# written without a question mark. (school.json lists the school as ages 4-16, so "sixth form"
# lines are written as leavers going on to college.)

OK = [
    # hard negatives: share words with abuse, threats, sex, drugs, weapons, spam or safeguarding
    "{P} absolutely smashed the interview at the dealership, proper proud of him 🙌",
    "the dealership's looking for apprentices again this year, our lad went last summer and he loves it",
    "killer personal statement workshop today, she came home buzzing for once",
    "drug and alcohol awareness talk for the year 11s was dead good, he actually told us about it at tea which never happens",
    "video of them stripping down an engine in the workshop is class, never knew the motor vehicle course was that hands on",
    "knife skills session on the catering taster day 🔪🥕 she's done nothing but julienne carrots all weekend",
    "bombed my theory test first time but passed today!!! driving meself to the open evening now 🚗",
    "the talk about sextortion and fake job scams at parents evening should be compulsory, every parent needs to hear it",
    "butchery apprenticeship at the farm shop in whickham?? {PW} would be in her element, been carving the sunday joint since she was 12",
    "easy money my foot, that paper round at 6am in january nearly finished him off 😂 respect to all the bairns doing them",
    "got battered by the maths mock but his tutor says he's on track for a 6, keep going son",
    "scaffolding firm gave a brilliant talk, hanging off a pole 30ft up doesnt appeal to me but our lad's sold 😂",
    "'be your own boss' was the title of enterprise day and honestly the bairns pitches were better than dragons den",
    # judgement call: a pupil giving away free revision guides, not advertising or a scam
    "dm me if anyone wants my old aqa biology revision guides, free, just collect from {V} saturday morning",
    "sexual health nurse having a drop-in at the college open evening is a great idea tbh, wish we'd had that at 16",
    # judgement call: a legitimate apprenticeship provider sharing vacancies on the careers page, not spam
    "Hi all, Gateshead Training Partnership here 👋 our level 2 and 3 apprenticeships in engineering and business admin are now open, full details via the careers office or our website",
    # general
    "well done to all the year 11s at the careers fair, some belting questions asked 👏 {H}",
    "{P} got her first payslip from the bakery today and treated us all to a chippy 🥹",
    "open evening was canny, the engineering lecturer explained T levels better than i ever could",
    "thanks {S} for sorting the work experience placement at such short notice, she loved every minute",
    "first day on the joinery apprenticeship for our {P}, up at 5 with his bait box, never seen him so keen",
    "gratulacje {P}! mama jest bardzo dumna 💐",
    "for anyone asking the bursary forms are in the leavers pack, office number is {SPH}",
    "ucas deadline survived 😮‍💨 thank you to everyone who read through my drafts x",
    "the mock interview lady from the bank was so kind to him, he's usually terrified of talking to grown ups",
    "lovely seeing the ex students come back and talk about college, uni and apprenticeships, proper inspiring",
    "aye the apprentice wage is low to start but he's learning a trade and not paying 9k a year for the privilege",
    "👏👏👏 proud of every one of yous",
    "she wants to be a paramedic since the ambulance crew visited, we'll see if it lasts the week 😂 bless her",
    "{PW} passed the CSCS test!! onwards to site 👷",
    "nice one {SF} for lending him a tie for the interview, he says its his lucky tie now",
    "great to see local employers backing the school like this, more of it please",
    "results day nerves already and its only february 🙈 good luck to all the year 11s",
    "careers library is open tuesday dinnertimes if your bairn wants a look, my son found his course there",
    "pics from the enterprise fair at {V} are lovely, that candle stall had sold out by 11",
    "he didnt get the council apprenticeship but they gave him proper feedback and he's going again next year, chuffed with how he took it",
    "brilliant having the army, the nhs and the hairdressers all in one hall, something for everyone",
    "i'd email {SEM} pet, they sorted my form out the same day",
    "fingers crossed for everyone waiting on college offers 🤞🤞",
    "the lass from the solicitors who did the mock interviews was lovely, he's now set on law",
]

COMPLAINT = [
    "careers interview lasted 10 minutes and he came out with a leaflet for the army. he wants to be a vet.",
    "three emails to the careers office about work experience and not one reply. term finishes in 4 weeks",
    "open evening started 40 mins late and half the stands were packed up by 7, wasted trip from birtley",
    # judgement call: sarcastic, complaint only
    "oh brilliant, another careers day where the only options were uni or the forces. super helpful for the kids who want a trade 🙄",
    "the bursary form wants 3 months of bank statements and the deadline was given out 2 days before. not everyone can magic that up",
    "my daughter was told she 'isnt really a sixth form type' by the adviser. she's predicted 7s. not good enough",
    # judgement call: sarcastic, complaint only
    "love how the best work experience placements went to the kids whose parents have contacts. real equal opportunities that 👏",
    "nothing on the website or the app about the apprenticeship evening, we found out from another parent the night after",
    "predicted grades on his college application were wrong and nobody checked with him first. its cost him his place on the course",
    # judgement call: sarcastic, complaint only
    "careers advice at this school starts and stops at 'have you thought about college'. thats it. thats the advice",
    "his work experience 'placement' was sweeping a warehouse for a week and nobody from school checked in once",
    "parking at the open evening was a nightmare again, cars all over the verges, same every year and nothing changes",
    "another results day where the letters come out after the college enrolment slots have gone. sort the timing out please",
    "reference for his apprenticeship took 3 weeks to be sent and the employer nearly gave the place to someone else. not acceptable",
]

COMPLAINT_QUESTION = [
    "careers fair clashed with his mock so he missed the lot. is there a list of the employers who came so we can contact them ourselves",
    "still havent had the bursary money for october and he's paying his own bus fare. who do we chase about this",
    "second time the work experience letter has gone missing in his bag, can it be emailed to parents instead. and whats the deadline for the forms",
    "really disappointed the apprenticeship talk was only for the top sets. will there be another one for everyone else",
    "open evening info went out on the actual day, no notice at all. what date is the next one and does it need booking",
]

QUESTION = [
    "what time does the open evening finish tonight, im on shift till 6",
    "is the 16-19 bursary paid weekly or every term does anyone know",
    "how does my son get a careers interview, he's year 11 and hasnt had one yet",
    "does the school write references for part time jobs or do we ask a teacher directly",
    "hiya is there a list of local apprenticeships anywhere, he's interested in electrics",
    "where are the year 11s meant to go for the mock interviews on thursday, main hall or {V}",
    "is the careers fair open to parents as well or just the kids",
    "can you still apply for the free college travel pass after september",
    "who's the best person to speak to about work experience for a bairn with an ehcp",
    "do they need to bring a cv to the employer speed networking or just turn up",
    "is {S} still doing the college application drop in after school on wednesdays",
    "whats the email for the careers adviser please, want to ask about T levels in health",
]

INSULT = [
    "{S} couldnt give careers advice to a sat nav 🤡",
    "{P} wants to be a lawyer 😂😂 mate you cant even argue your way out of a detention",
    "mams on this page acting like their bairn's off to oxford when he's doing a level 1 in hair, get a grip",
    "careers adviser looks like she's never had a job herself tbh",
    "imagine {P} in a suit for the mock interview, looks like a potato at a wedding",
    "state of the year 11 lot in that photo, future of the workforce help us all",
    "this school turns out shelf stackers and nothing else, absolute joke of a place",
    "{S} is a smug know it all who's never set foot outside a classroom",
]

INSULT_COMPLAINT = [
    "careers interview was ten minutes of {S} reading off a website. absolutely useless. my son left knowing less than when he went in",
    "whoever runs this page is a clown, the open evening date's been wrong three times now and we turned up to a locked building",
    "reference still not sent after a month. {S} is either lazy or incompetent, pick one. the employer has given up waiting",
    "told my daughter to 'aim lower' than nursing. who does {S} think they are, jumped up little jobsworth. she deserves proper advice",
    "bursary paid late for the 3rd month running. finance office are a bunch of clowns and my lad is walking 2 mile to college because of it",
]

PROFANITY = [
    "fucking buzzing, got the apprenticeship at nissan!!! 🚗🚗",
    "results day is shitting me right up man i cant sleep",
    "bloody hell the bursary form is 12 pages long 😩",
    "sh1t the open evening clashes with my shift at greggs",
    "pissing it down for the outdoor careers fair again, classic gateshead",
    "what the f*** even is a T level, nobody had them in my day 😂",
    "arse is numb after two hours of college presentations but worth it",
]

PROFANITY_INSULT = [
    "the careers adviser is a useless tw@t, told me to 'consider retail'",
    "{P} you absolute knobhead, turning up to the interview in trackies 😂",
    "whoever nicked my lad's work experience place is a spineless little shit",
    "{S} is a jumped up prick who's never worked outside a school in their life",
    "these recruiters are a bunch of smarmy bastards, no wonder nobody trusts them",
    "fuckin state of the muppets in the mock interview pics, pure clowns the lot of them",
]

THREAT = [
    "{S} i know what car you drive. keep telling my son he's not college material and see what happens",
    "that garage that knocked my lad back wants to hope nothing happens to its windows",
    "recruiter from the call centre who messed my daughter about better not show his face round low fell again, he'll leave in an ambulance",
    "one more letter saying his place is withdrawn and im coming in with a baseball bat",
    "someone wants to torch that careers office with the adviser still sat in it",
    "gave my address to an employer without asking? fine. i know where {S} lives an all, see how they like a knock at 2am",
    # judgement call: a veiled bomb threat with no violence verb
    "there'll be a little surprise in a bag on results day, you lot will remember this year",
    "tell the manager at that bakery if she sacks my girl again there's a brick with her name on it",
    "next person who calls my son 'not apprenticeship material' is getting laid out, teacher or not",
    "ill be parked outside {V} thursday night waiting for that careers bloke. he knows what he said",
    "keep ignoring my emails {S}, it wont be an email next time",
    # judgement call: aimed at an adult scam account, still a threat
    "that 'agency' messages my daughter again i'll find you and you wont be recruiting anybody for a long time",
]

PROFANITY_THREAT = [
    "that fucking recruiter comes near our estate again he's going through a window",
    "i swear down if {S} loses his reference again im smashing every shitty window in that building",
    "whoever keyed my car at the open evening ive got you on dashcam you little shit, you're getting your legs broke",
    "gonna burn that bastard college down if they reject her one more time",
]

THREAT_SAFEGUARDING = [
    "anyone chatting about my results tmrw is getting shanked 🔪 on my life",
    "bringing my blade to the careers fair, {P} knows why",
    "me and the lads are waiting for {P} behind the sports hall after mock interviews, bringing the bat this time",
    "got a knife in my bag for the next person who calls me thick in careers, not even joking",
    # judgement call: an adult threatening a pupil by name is threat + safeguarding (risk to a child)
    "{P} the lad whos been messaging my daughter, you're 16 and im 40, i'll be at the gates and you'll not be walking home",
]

SAFEGUARDING = [
    # judgement call: a pupil disclosing pressure to send pictures is safeguarding only, not sexual content
    "he keeps asking me to send pics and says if i dont he'll tell everyone im frigid. im 16 and i dont know what to do",
    "my daughter's 'boyfriend' is 23 and picks her up off the college bus every day. she's 16 and she's stopped eating with us. worried sick",
    "someone's messaging year 11 lads on snap offering £300 a day for 'driving and deliveries', no experience needed. tell your kids its county lines",
    # judgement call: county-lines recruitment dressed as a job ad is safeguarding (exploitation); spam also defensible
    "need young lads 15+ for quick runs, cash paid daily, no questions asked, dm 📦💷",
    "my son's got 2 new phones and a wad of cash and says he's 'working for a mate'. he's 15. im frightened",
    "if i dont get into the college i dont see the point of being here anymore",
    "the manager at my work experience keeps adding me on snap and asking if im single. he's like 35",
    # judgement call: a parent's report of the request, safeguarding only (no sexual content itself)
    "that 'modelling agency' that commented on here messaged my 15 year old asking for swimwear photos to 'build her portfolio'. theyre still on this page",
    "mam kicked me out when i turned 16, been sleeping on my mates settee for 2 weeks, havent told anyone at school",
    "lads in year 11 are passing round a video of {P} from a party, she didnt even know she was being filmed",
    "been cutting again since the mock results came out, please dont tell my mam",
    "my friend sent pics to a lad from an apprenticeship group chat and now he wants money or he'll post them everywhere",
    "a teacher on work experience duty gave my daughter his personal number and told her to delete the messages after",
    "he comes home from his 'part time job' at 2am with bruises and wont say where he's been. he's 16 and terrified of something",
]

SEXUAL_SAFEGUARDING = [
    "girl in the red dress on the leavers photo 🥵 cant wait till she's legal",
    # judgement call: soliciting images from pupils is sexual + safeguarding; spam also defensible
    "any year 11 lasses want to earn proper money sending pics, dm me x discreet 💸",
    "work experience girls at the salon are looking fit this year, someone send me their snaps 😏",
    "bet the lass on the left holding the apprenticeship certificate knows how to use her hands 😉",
]

HATE = [
    "another apprenticeship scheme that'll go to the foreigners first, british kids dont get a look in",
    "why has the careers adviser got a hijab on, hows she meant to understand our kids",
    "wouldnt let a traveller near a garage apprenticeship, the tools would be gone by dinner time",
    "typical, the disabled kids get the bursary. they'll never hold a job down anyway so whats the point",
    "no way is my lad doing hairdressing, he'll come home bent",
    "blokes in dresses telling our girls about careers in the nhs now, disgusting",
    "polish lot will take all the building apprenticeships for half the wage, always the same with them",
]

PROFANITY_HATE = [
    "fucking immigrants get every apprenticeship going, send the lot back",
    "careers fair had a stall run by a bunch of p@kis, shit advice anyway",
    "no f*cking way is a tr@nny teaching my daughter about careers",
]

SEXUAL = [
    "the firefighter at the careers fair can come and put my fire out anytime 😏🔥 asking for a friend",
    "recruiter from the army was an absolute ride, i'd sign up for a private session 😉",
    "mechanic doing the demo had me wanting my oil changed and my chassis checked if you know what i mean 😏",
    "the plumber dads at open evening 🥵 one of them can lay my pipes any day",
    "that careers adviser from the college can give me a one to one with the door locked 😈",
    "mams on here thirsting over the PE teacher in the open evening pics, he'd get it tbh 🥵",
]

SPAM = [
    "💸 EASY MONEY 💸 16+? earn £200 a day from your phone, be your own boss!! comment INFO and i'll message you",
    # judgement call: spam only (sexual or safeguarding also arguable for "rates" aimed at teens)
    "new faces wanted 📸 modelling work across the north east, no experience needed, dm for rates",
    "WE ARE HIRING remote data entry £35/hr no interview whatsapp only, link in bio 👆",
    "Professional CV writing from £9.99, get your school leaver CV noticed by top employers! visit our page",
    "follow for follow 🔁 uni and apprenticeship tips daily, drop a 🔥 and i'll follow back",
    "Congratulations! You have been selected for a £500 Student Starter Grant. Claim now at gov-grants-uk dot co before it expires",
    "forget apprenticeships, my 17 yr old cousin made 4k last month trading forex with my mentor, check my story",
]

PERSONAL_DATA = [
    "massive congrats {PF} on getting the apprenticeship with the council, we're all so proud ❤️",
    "any local employers after a hard working 16 yr old for weekends, text his dad on {PH}",
    "her cv's ready if anyone's hiring, email {EM} and she'll get straight back to you",
    "{PF} dob {DOB}, lost his provisional licence on the college bus, please hand in if found",
    # judgement call: a staff member's home address posted in anger is personal_data only (no threat stated)
    "{S} lives at {AD}, go and ask about your reference there since they never answer emails",
    "lads who left their coats at the mock interviews, drop them round to mine at {AD} {PC}",
]

PD_QUESTION = [
    "can the careers adviser give me a ring on {PH} about the bursary forms please, i work days",
    "where do i send {PF}'s college reference request, the college said to email the school",
    "we've moved house, can his certificates be posted to {AD} {PC} instead of the old address",
]
