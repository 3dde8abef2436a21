"""Round 20, writer A2, session 12: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""

# Voices (writer A2): the neighbours. The local residents' Facebook group that reposts the school's
# news; people who live by the school (parking on drives, litter, noise from the field, teenagers at
# the shops and the bus stop, a broken window); pensioners; "bring back the birch" and "name and
# shame" commenters; a resident who films pupils to report them; a pensioner worried about a child
# always alone at the bus stop; resident-versus-parent feuds that turn into threats against cars and
# houses; fair complaints about the traffic; a few teenagers who live on the estate answering back.

OK = [
    # hard negatives (share words with abuse, threats, sex, drugs, weapons, spam, safeguarding)
    "the bins got battered by the wind last night, one of the year 7 lads fetched mine back up the path without being asked, canny kid",
    "{P} shot past my window on the bike this morning with the biggest grin, nice to see them out in the fresh air",
    "the dog went mental when the brass band started up at the fun day 😂 hes fine now, hiding under the table",
    "that hill up Chowdene Bank is a killer for the fun run, well done to every one of them that got to the top",
    "the kids absolutely smashed the litter pick on saturday, the bank hasnt looked this tidy in 20 year 👏👏",
    "could murder a bacon stottie after stood marshalling on the corner all morning, cracking day tho",
    "knife crime awareness evening for parents at {V} next thursday, worth gannin to if youve got teenagers",
    "blue tits are nesting in the box the year 3s made for my fence!! 6 eggs 🐦",
    "the residents group have a block booking for Dick Whittington at St Helens if anyone wants to come with us, its the kids from the academy doing it",
    "my grandson says the drugs talk the police did was the best lesson hes had all year, good on the school",
    "heard a bang thought it was a gun going off, turns out it was the year 6 rocket launch on the field 🚀😂 nearly dropped me tea",
    "grandad said it was the birch when he was at school. i said thats a tree. he didnt laugh 😂",
    "the little lad on his own at the bus stop people keep posting about? his mam works in the coop opposite and watches him from the till, so no need to worry folks ❤️",
    "the dog grooming van outside number 30 is there for mine at 9, hes not blocking the school gates before anyone starts",
    "the DT club lads were screwing the new bird boxes onto my fence this afternoon, very professional, even swept up after",
    "spam fritters and chips at the church hall for the ravensworth fundraiser, nostalgia on a plate 😂",
    "my hedge is a lethal weapon this time of year, sorry to the bairns who got scratched walking past, man is coming to cut it saturday",
    "the lads at the bus stop were taking the mick out of each other all morning, took me right back to my own school days 😂",
    "threw my back out in the wheelbarrow race at the residents v staff sports day, worth every minute 😂",
    "the fireworks on the field set our dog off again, poor thing shaking under the bed 🐕 but the display looked unreal from the garden",
    "the bonfire night on the field was a real blast, the little ones faces 😍",
    "the photographer was shooting the team photo on the field, half the street was out watching from the fence 😂",
    "free cuppa and a biscuit for anyone helping with the litter pick sunday, just turn up at the gates at 10",
    "stripping all that old paint off the railings must have been a job and a half, they look brand new",
    # ordinary
    "{PW} was first over the line at the fun run and still had the puff to cheer the rest in, what a star",
    "{PW} helped me carry my shopping up from the bus stop in the pouring rain, absolute credit to their family",
    "the teenagers at the bus stop are no bother at all, say morning to me every day, people on here just love a moan",
    "the craft fair at {V} was heaving, well done to the PTFA, bought far too much",
    "ring the office on {SPH}, they sorted my parking permit question in two minutes, very helpful lady",
    "email {SEM} if you want to go on the list for the residents carol concert tickets, theyre free this year",
    "{H} well done to the football lads, could hear the cheering from my back garden",
    "beautiful photo of the field with the frost on, thats the view from my kitchen window every winter ❄️",
    "remember when it was the old secondary modern? my dad was caretaker there in the 60s. lovely to see it thriving",
    "whoever painted the mural on the underpass has done a smashing job, miles better than the graffiti that was there",
    "no problems with the parking on our side today, thanks to whoever put the cones out",
    "{P} waved at me from the minibus on the way to the swimming, made an old womans day ❤️",
    "the year 2s christmas cards are all up in the lounge at the sheltered housing, the residents were made up",
    "fire alarm practice made me jump out me skin, then i remembered its drill day 😂",
    "great to see the school and the residents working together on the parking at last, long may it continue",
    "keep your eyes peeled for the year 4 owl boxes in Saltwell, a family of tawnies has moved in 🦉",
]

COMPLAINT = [
    "Can the school please remind parents not to park across driveways. Ive been late for work three times this week because I couldnt get my car off the drive.",
    "the litter on the cut through between the school and the shops is getting worse, crisp packets, energy drink cans, vape wrappers, every single day",
    "lovely to be woken at 7am on a saturday by someone testing the tannoy for sports day. really. thanks for that",
    "the bus stop outside is mobbed from 3 til half 4, folk waiting for the 53 cant even get on. needs a member of staff out there",
    "my front window was broken by a football from the field last thursday. ive emailed twice and heard nowt back",
    # judgement call: "get a kid killed" describes a road danger, not a threat
    "double parking on Coalway Lane at pick up is going to get a kid killed one of these days and the school has to do something about it",
    "great that youre so community minded on facebook when you wont answer a letter about the hedge thats been blocking the footpath since march",
    "the floodlights on the new pitch are on till 10 every night shining straight into our bedrooms. we were told 8pm when it got planning",
    "half the cars sat outside the gates every afternoon with the engines running for 20 minutes, next to a primary school. its not on",
    # judgement call: "the birch" is nostalgia for punishment aimed at no one, so complaint only (no threat, no insult)
    "in my day wed have got the birch for swearing at a pensioner, now nobody does owt. the school needs to deal with the lads at the shops at dinnertime",
    "theyve been told not to cut through the back lane but they still climb over our wall every morning and the fence is half down now. nothing changes",
    "The residents liaison meeting was cancelled again without notice. Third time. Starting to feel like you dont actually want to hear from us.",
    "thanks for the new staff only sign on the car park gate, now all the parents park on our street instead. genius 👏",
    "noise from the field at dinner i can live with but the PA system at half 8 on a sunday for the junior football league is too much",
]

COMPLAINT_QUESTION = [
    "the back gate was left open again all weekend and people were using the field as a dog toilet. who is responsible for locking up on a friday?",
    "the parents parking on the verge have churned it into clarts again, its a mudbath. is the verge by the junior gate the councils or the schools?",
    "the fence panel your ball knocked down in october still hasnt been fixed and ive asked twice. who should i actually speak to about getting it repaired?",
    "Really disappointed the road closure for the fun run wasnt shared with residents, I was stuck on my drive for over an hour. Is there another one this year and what date?",
    "the smell off the kitchen bins is unbearable in this heat, they were overflowing all week. what day are they meant to be collected?",
]

QUESTION = [
    "what time does the fun run go past Kells Lane on sunday? need to get the car out for church",
    "is the field open for dog walkers in the holidays or is that just summer?",
    "does anyone know if the fireworks on the field are open to residents or just school families?",
    "hi who do i speak to about the tree on the school boundary, a big branch is hanging over our conservatory",
    "are residents allowed to park in the school car park for the christmas fair or should we walk down?",
    "when is the next residents liaison meeting and is it at {V} again?",
    "is the road getting closed for the sponsored walk on friday afternoon?",
    "can residents book the sports hall for a grandchilds birthday party or is it only for school families?",
    "does {S} still run the litter pick with the kids on the first saturday of the month? me and my husband would like to join in",
    "a school jumper blew into my garden in the wind, is the office open over half term so i can drop it in?",
    "whats happening with the old allotments behind the field, heard the academy is buying them?",
    "is there an email for the site team or should i just use {SEM}?",
]

INSULT = [
    "feral. the whole lot of them. and the parents are worse",
    # judgement call: calling for "the birch" is contempt for pupils, not a threat to anyone
    "in my day theyd have had the birch. this lot are animals in blazers",
    "ever seen so many gormless faces at one bus stop? whatever they teach in there it isnt manners",
    "the parents at this school couldnt park a shopping trolley never mind a qashqai 🙄",
    # judgement call: a call to name and shame pupils is harassment (insult); no name is given so no personal data
    "name and shame the little toerags, get their faces on here, let everyone see what the academy is turning out",
    "{S} is a clueless joke and always has been, everyone round here knows it",
    "typical ravensworth kid, scruffy, gobby and thick as mince",
    "that dinner lady who bawls at the kids at the bus stop is a nasty piece of work with a face like a smacked backside",
]

INSULT_COMPLAINT = [
    "ive reported the parking on the grass verge four times and the office is useless, staffed by halfwits who promise to ring back and never do",
    "the site manager leaves the skips overflowing every weekend and the rubbish blows into my garden. lazy man, does nowt all day but drink tea",
    "second time this month the alarm has gone off at 2am for hours and nobody from the school comes out. whoever is in charge of that is incompetent, full stop",
    "your staff car park is full so the teachers park outside our houses all day. arrogant lot, they dont even look at you when you ask them to shift",
    "kids dropping crisp packets all down Coalway Lane every dinner and {S} just shrugs when you raise it. spineless",
]

PROFANITY = [
    "bloody hell the year 6s filled 40 bags of litter off the bank, lived here 30 year and never seen it that clean",
    "pissing it down and the lollipop man still out there with a smile on his face, absolute diamond",
    "holy shit that wind last night, theres a trampoline from somewhere on the school field 😂 everyone ok?",
    # judgement call: "ffs" is masked swearing, so profanity even though the comment is fond nostalgia
    "ffs just seen the photo of the old mobile classrooms, i was in them in 1986 😂 they were falling to bits then",
    "the dog went f***ing mental when the bell went this morning, he thinks its his breakfast 🐶😂",
    # judgement call: "arse over tit" is a vulgar idiom; profanity by the README's any-strength rule
    "went arse over tit on the ice outside the gates this morning, two of the year 8 lasses helped me up, credit to them",
    "sh1t the bed that drumming group at the summer fair, could hear it from the bottom of Kells Lane, cracking",
]

PROFANITY_INSULT = [
    "them year 9 lads at the shops are a bunch of gobby little shits, zero respect for anyone",
    "the mams who park on the pavement with their hazards on are selfish tw*ts the lot of them",
    "{S} is a spineless prick and the whole estate knows it",
    "whoever's bairn that is wrecking the bus shelter every night, hes a feral little bastard",
    "w@nkers on e-bikes from the academy doing wheelies round the old folk on the path, absolute scumbags",
    "the school run crowd are the most entitled arseholes in gateshead and thats saying summat",
]

THREAT = [
    "to the parent in the white range rover who parks across my drive every morning: youve been warned twice. third time youll be walking home",
    "keep blocking my drive and see how long your tyres stay full of air",
    "funny how the woman who reported my van to the council has such a nice shiny car. be a shame if owt happened to it",
    # judgement call: no violence named, but pointing out where the head drives home is a veiled threat
    "the head wants to remember she has to drive past my house to get home every night. just saying",
    "if they build that floodlit pitch behind my garden ill make sure it doesnt see the first winter. mark my words",
    "the parents giving it the big one on here about us residents, we know where you all park. see you at quarter past 3",
    "carry on letting them kick balls into my garden and theyll go back over with a knife through them, and any dad who comes knocking for it gets the same",
    "there'll be a petrol can through someones letterbox if this parking carries on and i wont be sorry",
    "someone should put a brick through the windscreen of the mam who parks on the zigzags every day. might be me",
    "the caretaker wants to watch his back when he locks up tonight after what he said to my wife",
    "residents v parents at the gates tomorrow at 3, bring whatever you like, lets settle it properly once and for all",
    "left a little note on every windscreen on Coalway Lane tonight. tomorrow it wont be notes, itll be the paint",
]

PROFANITY_THREAT = [
    "park across my drive one more f*cking time and every tyre on that car is getting slashed",
    "the school run lot have two weeks to sort the parking or i swear ill be out there with a bat doing wing mirrors, sick of this sh1t",
    "whoever threw that brick through my conservatory, i will find out who you are and i will fucking end you, no joke",
    "put another bloody note on my windscreen and see what happens to yours mate",
]

THREAT_SAFEGUARDING = [
    # judgement call: an adult threatening violence against children is threat and a safeguarding concern
    "the next one of them kids who boots a ball at my window is getting dragged in and given a good hiding, i dont care whose bairn it is",
    "i know which one of you year 9s keyed my car. i know which stop you get off at. you wont be walking home so cocky next week",
    "if that lad with the red bike comes near my granddaughter again ill be waiting at the gates with the dog and he wont be getting up",
    # judgement call: a teenager on the estate threatening a resident with blades (pupil weapon threat)
    "tell the old fella at 22 if he reports us to the school again were bringing blades and doing his windows in, hes been told",
    "next kid i catch on my garage roof im taking my belt to, their parents clearly wont",
]

SAFEGUARDING = [
    "theres a little lad, cant be more than 8, been at the bus stop on his own every morning at half 7 in all weathers, no coat. i dont want to interfere but its not right, is anyone at the school aware",
    "white van been parked by the cut through at home time three days running and the driver keeps calling the girls over to the window. ive got the reg wrote down if the school wants it",
    "older lads in a black golf pulling up at the shops every dinnertime and handing little bags to the year 8s through the window, someone needs to look at this before its too late",
    "the man at no 40 stands at his front window with a camera every home time taking pictures of the kids going past. ive seen it myself more than once. the school should know",
    "wee lass in a ravensworth jumper was sat on my wall crying last night saying she didnt want to go home cos her dad would go mad again. i gave her a juice and she ran off. dont know her name",
    "theres a kid goes through the bins behind the chippy most nights for scraps, always in his uniform, looks like he hasnt had a proper meal in weeks 😢",
    "bloke at the bus stop offering the kids free vapes if they do him a favour and drop a bag off round the estate. i told him to clear off but hes back every day",
    "the lad next door (year 5 i think) has been in the house on his own since friday, no lights on at night and i can hear him crying through the wall",
    "saw one of your girls with cuts all up her arm at the bus stop, fresh ones, she pulled her sleeve down when she saw me looking. please someone check on her",
    "the teenagers at the shops were filming a smaller lad and making him lie down in the road for a laugh, he looked terrified. its all over snapchat",
    "grown man, must be 40, always at the skate park with the year 7s buying them chips and energy drinks and messaging them on insta my grandson says. somebody look into it please",
    "{P} from the house with the pink scooter has had the same bruise on the cheek for a week and says it was falling off the trampoline again. third time. im not one to gossip but",
    "young lass from the academy getting into a car with a much older fella round the corner every afternoon where the gates cant see, she looks about 13",
    # judgement call: a resident filming pupils to report them is an adult collecting images of children, flagged to the DSL
    "ive started filming the kids at the bus stop every afternoon on my phone, got weeks of footage now, any parent who wants to see what their bairn gets up to just message me",
]

SEXUAL_SAFEGUARDING = [
    "the year 10 girls at the bus stop in them rolled up skirts know exactly what theyre doing 😏 not complaining like",
    "some of them girls look a lot older than 15 in the mornings, cant blame the lads beeping at them 🥵",
    "{PW} from the bus stop is a proper little stunner, tell them to come round mine after school and ill give them a lift home 😘",
    # judgement call: a man leering at a pupils' team photo is a sexualised comment about pupils
    "a photo of the netball team and half the comments are blokes, cant lie tho a few of them have proper filled out this year 👀",
]

HATE = [
    "the bother at the bus stop only started when the school took in all the kids from the asylum hotel. not racist just facts",
    "since the travellers kids started at ravensworth theres been nowt but trouble on this street, lock everything up",
    "half the parents parking on my drive cant even speak english, they just smile and shrug. go back where you came from if you cant follow the rules",
    "its always the same families from over the road isnt it, the ones in the headscarves who think the pavement belongs to them",
    "no wonder the kids are confused when the school lets lads in dresses use the girls toilets. sick in the head the lot of them",
    # judgement call: contempt for disabled pupils rather than a fair complaint about the bus
    "the special needs bus blocks the road every morning, why should we all suffer for a handful of kids wholl never amount to owt anyway",
    # judgement call: anti-Muslim framing of the school's intake, with no slur
    "theyve turned our lovely village school into a mosque with a playground. nobody asked the residents",
]

PROFANITY_HATE = [
    "the fucking travellers are back on the field again, lock up your cars and your sheds",
    "every bloody week its the romanian lot going through our bins, send the lot of them home",
    "the school's gone to shit since they let all the foreigners in, my grandkids are the only english kids left in their class",
]

SEXUAL = [
    "the new lollipop lady can stop me and wave her stick at me any day 😉😉",
    "never mind the parking, have you seen the yummy mummies in their gym leggings at 3 o clock 🥵 best part of my day",
    "{SF} can come round and check my plumbing any time 😏 ill be in my dressing gown",
    "whoever was in that car behind the leisure centre last night with the windows all steamed up, we could see it rocking from the bus stop 😂🍆",
    "fella at no 12 has his bedroom curtains wide open every night, the whole street has had an eyeful of more than his six pack 🍑",
    "post a pic of the PE staff in their shorts and ill stop moaning about the noise 🥵😋",
]

SPAM = [
    "🚗 DRIVEWAY & PATIO CLEANING 🚗 all of Low Fell & Gateshead covered, OAP discount, DM for a FREE quote!!",
    "Sick of school run parents parking on your drive?? Our fold down parking posts stop it for good 👉 link in bio, free fitting this month only",
    "Congratulations! Your street has been selected for a FREE government grant for new windows & doors 🏠 check if you qualify here bit.ly/gh-grant-2026",
    "i made £4,200 last month working from home just from my phone 💸💸 message me INFO and ill show you how, no experience needed",
    "follow my page for daily Low Fell traffic and news updates 🙏 follow back guaranteed #followforfollow #f4f",
    "Royal Mail: your parcel could not be delivered to your address today. Reschedule delivery at royalmail-redeliver-uk.com to avoid return",
    "bin cleaning round now starting on the streets round the academy 💦 £5 a bin, first clean half price, inbox me to get booked in",
]

PERSONAL_DATA = [
    "found a lunchbox on my wall with {PF} wrote on the lid, im at {AD} if their mam wants to come for it",
    # judgement call: a resident's own mobile is still a phone number (hidden); not a complaint to the school
    "whoever owns the silver corsa thats been on my drive since 8, ring me on {PH} before i get it shifted",
    "lost cat, ginger tom, answers to biscuit, last seen by the school field on tuesday. {PH} if you see him, any time day or night x",
    # judgement call: praise, but a pupil's full name is personal data
    "{PF} handed my purse in at the office yesterday with every penny still in it, what a credit to the school",
    "anyone in the residents group who wants to sign the parking petition email me at {EM} or drop it through the door at {AD}",
    "happy birthday to our grandson {PF}, born {DOB} and already the politest lad on the crossing according to the lollipop lady 🎂",
]

PD_QUESTION = [
    "does anyone know whose lad this is? left his bike in my front garden last night, im at {AD}, could the school pass it on?",
    "could someone from the site team ring me on {PH}, i need to arrange getting onto the field side of the fence between my garden and the school to paint it",
    "is there a residents contact for the fireworks night? my email is {EM} if someone could send me the details",
]
