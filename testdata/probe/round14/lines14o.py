"""Round 14, writer O, session 11: written before reading Steward's lexicons or classifier; labelled per testdata/dev/README.md."""

# Voices (writer O): the week a rumour hits Ravensworth - police seen at the gates, a teacher said
# to be suspended, a lockdown drill mistaken for an attack, a fight video shared on TikTok, and a
# row about the Eid and Diwali assemblies and the trans pupils policy. Worried parents, angry
# parents, pupils, ex-pupils, a local councillor, out-of-town keyboard warriors, and the school
# replying.

OK = [
    "lockdown drill this morning went really smoothly, proud of how calm the little ones were",
    "yearbook photo shoot is thursday, year 11 remember ur ties!!",
    "we'll keep fighting for the funding for the new sports hall, every signature counts 💪",
    "Cllr here. Parking on Coalway Lane is a real problem and its time we attacked it properly with the council",
    "best way to kill the rumour is facts: the police were there for a crash on durham road, nowt to do with school",
    "Eid Mubarak to all our Ravensworth families 🌙✨",
    "happy diwali everyone, the kids rangoli patterns in the hall are gorgeous 🪔",
    "my lad come home buzzing about the eid assembly, wants samosas every day now 😂",
    "the fight scene in the year 9 play was so well done, stage combat is harder than it looks",
    "thank you {S} for the sex and relationships info evening, really helpful for us parents",
    "police liaison officer did a brilliant talk on drugs and knife crime with year 8 today",
    "our daughter is trans and honestly the school have been amazing with her. thank you {S}",
    "dead proud of {P} reading in assembly, tiny voice but got through it ❤️",
    "the kids absolutely murdered that song at the diwali concert, in the best way",
    "{PW} was a star in the eid play 🌟",
    # judgement call: a plea not to share a video of children, not a report of a concern about a named child
    "please stop sharing the video, whatever u think of it there's children in it",
    "We are aware of a video being shared online. Please do not share it further. We are working with the families involved. - Ravensworth",
    "The police presence on Tuesday was not connected to the school. Any concerns please contact {SEM}.",
    "Please don't speculate about staff on this page. We won't comment on individual staffing matters but all our children are safe.",
    "honestly best thing yous can all do is stop feeding the rumour mill and let the school get on with it",
    "free hot chocolate at the gate friday morning from the PTFA, no catch just come say hi ☕",
    "we shot some lovely footage of the reception nativity rehearsals, will share once consent forms are back",
    "the self defence taster in PE was brilliant, my daughter feels so much more confident",
    "exploding volcano in Dr Oyewole's lesson had the whole of year 7 screaming 😂",
    "ex pupil here, class of 2012, this place turned my life round. dont believe everything on tiktok",
    "i was in the class during the drill it was fine we just sat under the tables and miss told us jokes",
    "year 6 are gonna absolutely slaughter the quiz at {V} on friday",
    "the lads went mad for the bhangra workshop, mine hasnt stopped dancing round the kitchen",
    "Assalamu alaikum, thank you for including our families in the assembly, it meant a lot to us",
    "the stranger danger talk before half term was really good, our little one took it all in",
    "nobody got hurt, nobody was in danger, it was a DRILL. breathe people 😅",
    "gutted i missed the diwali assembly, the photos look amazing",
    "the penalty shootout against st josephs had me on the edge of my seat 😂⚽",
    "{H} proud of our year 11s keeping their heads down in a mad week",
    "my nan says she hasnt seen this much drama on coalway lane since the miners strike 😂",
    "teacher or not, innocent until proven guilty, let the process do its thing",
    "can we all just be kind, there's kids reading these comments",
    "big shout out to {SF} for keeping the little ones calm on tuesday 💙",
    "the anti bullying workshop after the video was spot on, my son came home talking about it",
    "thought it was a real attack when my son texted me from under his desk, then saw it was a drill. what a morning, glad theyre all ok",
]

COMPLAINT = [
    "oh great, found out about police at the school from tiktok before the school told us, love that for us 🙃",
    "thanks for the text at 4pm about something the whole of low fell knew about at dinner time",
    # judgement call: a parent whose child is in the shared video, but the point is the school's handling, not a new concern
    "the video's been up 3 days and not one person from school has contacted us and our child is in it",
    "the communication this week has been honestly shocking, we're all left guessing",
    "my daughter came home terrified, nobody told the kids it was a drill until it was over. not good enough",
    "really disappointed the school hasnt addressed the rumours at all, the silence makes it worse",
    "another week of 'we cannot comment on staffing matters' while year 9 have had four different supply teachers. brilliant",
    "not against the diwali assembly at all but a days notice for costumes is a joke, some of us work",
    # judgement call: objects to the process, not to trans pupils; complaint, not hate
    "the new trans policy came in with zero consultation with parents. whatever your view thats not how you do it",
    "pick up was chaos with the police cars there and not one member of staff outside to reassure anyone",
    "Cllr Anderson here. Several residents have raised how Tuesday was handled with me and I will be taking it up with the trust",
    "10/10 crisis management, would panic again 👏",
    "love how the fight was 'dealt with' and theyre both sat in the same maths set the next day. great stuff",
    "emailed twice about the video, two weeks now, no reply. not impressed",
]

COMPLAINT_QUESTION = [
    "still no letter about the police at the gate. can someone confirm whether the children were ever in danger",
    "we were promised the drill would be announced and it wasnt. will parents be told before the next one?",
    "the video is still going round and youve said nothing. what steps are the school taking to get it taken down",
    "year 9 have had no proper science teacher for a fortnight which isnt fair on them. when will a permanent teacher be in",
    "parents werent consulted on the toilets change and im not happy about it. is there a meeting we can attend?",
]

QUESTION = [
    "is school open as normal tomorrow after everything",
    "what time does the eid assembly start and can parents come in",
    "does anyone know what time pick up is tomorrow",
    "are the police still outside or is it ok to come for 3",
    "is the diwali assembly open to grandparents, my mam wants to come",
    "do the forms for the trip go to {SEM} or in the office",
    "{S} will there be a parents meeting about this week",
    "is it alright to ring {SPH} to talk to someone about the drill, my son's still a bit wobbly",
    "will the lockdown drills be a regular thing now, need to prepare my anxious one",
    "wheres the new gender identity policy on the website cant find it anywhere",
    "is it true a teacher has been suspended or is it just tiktok",
    "do the kids need to bring anything for the eid party, food or money",
]

INSULT = [
    "{S} couldnt run a bath never mind a school",
    # judgement call: naming the member of staff said to be suspended with a smear, read as harassment of staff
    "its {S} whos been suspended btw, always knew there was something off about that one",
    "{SF} is as thick as mince, god help the reception kids",
    "what a spineless bunch of teachers, hiding behind 'no comment' all week",
    "that lad in the fight video is a sly little rat, everyone knows it",
    "the mams on this page are worse than the kids, gossiping old witches the lot of yous",
    "{S} youre an embarrassment to the profession",
    "imagine being a grown man from durham commenting on a gateshead school page, sad act",
]

INSULT_COMPLAINT = [
    "my son was jumped on the field and {S} did nothing about it, spineless. i want a meeting",
    "third time ive reported the video to the office and the clueless idiots still havent done anything",
    "the drill letter came out the DAY AFTER the drill, whoever runs your comms is a halfwit",
    "{S} is a liar, told me the fight was 'dealt with' and the other kid was back in class next morning",
    "no letter, no text, nothing. the head is a coward hiding in the office while parents panic at the gate",
]

PROFANITY = [
    "fucking hell when i saw the police at the gates my heart stopped, glad its nowt",
    "shit the bed when the lockdown text came through, thank god it was just a drill",
    "pissed myself at mr robson doing the bhangra 😂😂",
    # judgement call: "arsed" counted as (mild) swearing
    "cant be arsed with all this drama, the kids are fine, move on",
    "f*cking proud of my lad for walking away from that fight instead of joining in",
    "holy sh1t the food at the eid party was unreal",
    # judgement call: "bloody" counted as (mild) swearing
    "bloody hell, three police cars for a drill, fair play the school takes it serious",
]

PROFANITY_INSULT = [
    "{S} is a useless prick, suspended or not",
    "whoever runs that tiktok account posting kids fighting is a sad fuckin loser",
    "the kid throwing the punches in the vid is a little shit, always has been",
    "yous are all fkn muppets believing every rumour on here",
    "that councillor is a knobhead, never once seen at the school til theres a camera about",
    "keyboard warriors from sunderland chatting shite about our school, get a life ya bellends",
]

THREAT = [
    "tell {S} we know where they park. and what time they leave",
    "the teacher they suspended lives two streets from us. we'll be having a word. a proper one",
    "enjoy your drive home {S}, while you still can",
    # judgement call: no weapon and no author stated; read as a threat of an attack, not a pupil disclosure
    "next time it wont be a drill.",
    "be a shame if that new minibus had an accident in the car park overnight",
    "if the lad who hit my son is at the gates monday he wont be walking home",
    "a few of us dads will be waiting on coalway lane at 3. {S} knows why",
    "whoever shared my daughters video, i know who u are and i know where u live. count the days",
    "that school wants burning to the ground and the staff with it",
    "{S}'s car is the silver one by the bins isnt it. noted",
    "the mam who filmed it better keep her doors locked this weekend",
    "councillor or not, turn up at that meeting and defend this and see how you get home",
]

PROFANITY_THREAT = [
    "im gonna fucking batter whoever posted that video of my lad",
    "{S} show ur face at that gate again and ill put u through the fkn windscreen",
    "swear down im burning that shithole to the ground if the video isnt gone by tonight",
    "whoever started the rumour about my husband, im coming for you, fucking watch me",
]

THREAT_SAFEGUARDING = [
    "whoever posted me in that video, ive got my brothers blade and ill be at the back gate monday 🔪",
    "swear on my nan next lockdown wont be a drill, i know where my uncle keeps his gun",
    "got a little knife in my blazer wiv ur name on it {P}",
    "yr 9 here, im done being everyones punchbag, bringing a knife in and thats that",
    "ill stab the next person in my form who sends me that tiktok, not even joking this time",
]

SAFEGUARDING = [
    "the girl in that fight video has been getting messages all night telling her to kill herself, shes 11, someone please do something",
    "asking for a mate but is it normal for ur dad to lock u out all night when ur in trouble",
    # judgement call: sideways talk of not being around after friday, read as self-harm risk
    "wont matter after friday anyway, nobody will have to put up with me much longer",
    "that lad in the video didnt start it, hes covered in marks every monday and it aint from football",
    "a teacher at ravensworth has been adding year 10s on snap and telling them not to tell anyone, my daughter showed me",
    "theres a man been hanging round the gate since all the police stuff offering the lads vapes if they get in his car",
    "my daughter hasnt eaten properly since the video went round and shes started wearing long sleeves in this heat",
    "im in yr 8 and the fight video has me in it. they keep sending it me and i cant go back in",
    # judgement call: a pupil's joke about nobody noticing, read as a neglect disclosure
    "no one at home even noticed i wasnt at school for the drill lol. no one notices anything",
    "Mrs Kaur please can someone check on {P}, kept saying in the car they'd rather not wake up",
    "older lads off the estate are paying year 9s to carry stuff for them, everyone knows whose brother it is",
    "my son says the kids who filmed the fight are selling the full version for £5 on snap, the lad in it is only 12",
    "mam says if i tell anyone about the bruises ill go in care so im not saying nothing",
    "been sleeping at my mates since the weekend cos i dont wanna be in the house when hes drinking",
]

SEXUAL_SAFEGUARDING = [
    "the blonde year 11 in the fight video is well fit ngl, anyone got her snap",
    "more of the girls photo shoot pls, the netball team 🥵🥵",
    "how old is the girl on the left in the diwali dance pic, asking for a reason 😏",
    "them year 10 lasses are getting proper developed, school should make them cover up",
]

HATE = [
    "not racist just asking, why are we celebrating eid when its their lot on the news every week",
    "I have genuine concerns about islam being presented to 5 year olds as peaceful. look at the world. just saying.",
    "no hate but a boy is a boy, letting them pretend in the girls toilets is how predators get in",
    "funny how the fights kicked off the same term the foreign families moved in. just an observation",
    "its a mental illness and the school is feeding it. those kids need therapy not pronouns",
    "the lad in the video is one of the travellers off the site, need i say more. same every time",
    "diwali, eid, black history month... when do the english kids get a turn in their own country? asking for everyone",
]

PROFANITY_HATE = [
    "fucking tr@nnies in the girls loos now, and yous wonder why parents are pulling their kids out",
    "eid assembly my arse, ship the lot of them back and sort our own kids first",
    "bunch of p@ki lovers running that school, shite like this is why low fell is finished",
]

SEXUAL = [
    "{S} can give me a detention any day of the week 😏😏",
    "bet the suspended one got caught with their hand in more than the biscuit tin 👀🍆",
    "lockdown with Miss Frost? id barricade that door all night 😉",
    "the PE teacher in them shorts at sports day, sorry not sorry 🥵",
    "forget the eid party, im after a private party with mr robson after hours 😈",
    "heard the teacher was suspended for sexting a parent, hope the screenshots are spicy 🔥 drop them",
]

SPAM = [
    "💰 Mams! earning £500 a week from my phone, message me INFO to find out how",
    # judgement call: clickbait for the fight video is spam; it does not name or report a child
    "FULL UNCUT fight video 🔥🔥 link in bio before it gets taken down",
    "f4f gateshead mams, follow me and ill follow back 💕",
    "Congratulations! Your account was selected for a £100 Asda voucher, claim at asda-rewards-uk.co within 24h",
    "Kids self defence classes at {V} saturdays 👊 first session FREE, DM to book",
    "turned £200 into £4,000 with crypto in a week, ask me how 📈📈",
    "THE TRUTH about the teacher they dont want you to know 😱 watch here ➡️ bit.ly/rca-truth",
]

PERSONAL_DATA = [
    "the lad in the fight video is {PF} from year 9, everyone knows",
    "{PF} is the one who filmed it, not my son, get your facts right",
    "my number is {PH} if any parents want to start a group about the new policy",
    "email me at {EM} if you were at the gates tuesday and saw what happened",
    # judgement call: posting the suspended teacher's home address with no stated threat is personal_data only
    "the suspended teacher lives at {AD}, {PC}. just so yous know",
    "happy 11th to our {PF}, born {DOB} and still the cheekiest 🎂",
]

PD_QUESTION = [
    "can someone from the office ring me back on {PH}, been trying {SPH} all morning",
    "hi could you send the drill letter to {EM}, we never got one",
    "we've moved to {AD} {PC}, does the bus still stop near us or do we need to tell the office",
]
