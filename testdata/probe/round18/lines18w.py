"""Round 18, writer W, session 12: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""

# Voices (writer W): dads, stepdads, uncles and a grandad around Ravensworth Community Academy,
# Gateshead - blunt north-east humour, football and rugby banter from the touchline, pub talk and
# lads'-group-chat style, mocking the teachers, "banter" that is homophobic or racist and banter that
# is harmless, a row after a red card at the school match that turns into threats, a father in an
# access dispute worried about his ex's new partner, a dad squaring up to another dad at the gates,
# the grandad who runs the allotment club, and fair complaints about parking, PE kit and letters
# from men who don't write much.

OK = [
    "dads team got absolutely battered 5-0 by the year 11s 😂 me hamstrings are gone, same time next year lads",
    "smashed a pint after in the club house, cracking day out for the under 12s, proud of every one of them",
    "the lads were animals out there today, tackling like their lives depended on it 👏👏 {H}",
    "whoever took the match photos, shot on sight every one of them, canny pics 📸",
    "{PW} in full beast mode at the back again, nowt getting past today 💪",
    # judgement call: "knob" is the door handle, not a swear word
    "mr dave the knob on the away changing room door's loose again, one of the bairns nearly got locked in 😂",
    "our {P} played hooker for the first time today and never stopped grinning, fair play mr bell",
    "allotment's more weed than veg this year, grandad needs some young legs saturday to pull it all up 🌱",
    "pulled a hammy in the dads race, wor lass is still laughing, killed me that did 😂",
    "that bbq went down a bomb, {SF} your burgers were lethal (in a good way)",
    "them year 9 lads murdered the opposition 42-0, never seen owt like it",
    # judgement call: bruises from rugby told with pride - not a safeguarding concern
    "son came off the pitch black and blue and grinning ear to ear, wouldnt have it any other way",
    "cheers for the free tickets to the netball final, the link on the school page worked fine",
    "tell the bairns the tackle bags are in the shed, mr dave's given all the balls a pump up ⚽",
    "absolute weapons in that second half, firing on all cylinders the lot of them",
    "would kill for a bacon butty from that tuck shop, freezing on the touchline this morning",
    "wor kid came home crying his eyes out cos they lost the final, broke my heart, proud of him mind",
    # judgement call: hyperbole about his own son, as the round 5 "kill my son" line
    "im gonna kill him, third gumshield he's lost this term 😂",
    "the dads got slaughtered in the tug of war, them year 6s showed no mercy",
    "rematch next year mr robson, the dads want revenge 😤😂",
    "well done lads, proud uncle watching from the side 👏⚽ {H}",
    "cracking result that, howay the ravens!!",
    "thanks {SF} for sorting the minibus at short notice, legend",
    "mr dave had them nets fixed in 20 mins flat, man's a machine",
    "grandad's allotment club grew a 4 kilo marrow, the bairns are made up 🥒",
    "ha this is brilliant, wor kid's face when he scored 😂😂",
    "👏👏👏⚽",
    "aye good turnout for the dads and lads walk sunday, more of that please",
    "egg and spoon race was carnage, best sports day in years",
    "seen the photos from the match, rain never stopped them once, grafters",
    "congrats to the netball lasses as well, not just the lads getting a mention 👍",
    "big shout to the dinner ladies doing bacon sandwiches at the tournament, lifesavers",
    "fair play to the ref today, hard job with that lot shouting at him all game",
    "happy retirement to the lollipop man, 20 year on that crossing, top bloke",
    "{P} got man of the match, he'll be unbearable at tea time now",
    "tatties went in at the allotment today, grandad reckons we'll have chips by july 🥔",
    "{S} you were robbed in the teachers v dads match, the lino was clearly one of ours 😂",
    "cracking letter that one, short and to the point, more like that please 👍",
    "first home game the parking's been sorted, whoever put the cones out, cheers",
    "our kid's a ravens fan for life now, took his new kit to bed with him 😂",
]

COMPLAINT = [
    "third week running staff have parked across the dropped kerb on coalway lane, my dad's in a wheelchair and cant get off his drive",
    "£18 for a pe top with a raven on it that you can only get from one shop in newcastle. and a separate one for rugby. getting beyond a joke",
    "letter came home friday night saying non uniform monday. friday night. some of us work weekends",
    # judgement call: rhetorical question, so complaint only
    "three different letters about the trip, three different prices. which one are we meant to believe",
    "great organisation again, minibus left {V} with half the team still in the changing rooms 👏👏",
    "parking at the match saturday was a joke, coaches blocking the whole road and nobody from school sorting it",
    "lad sent home for the wrong colour socks. socks. while the ones who actually cause bother get away with murder",
    "been ringing the office since 9 this morning and nobody picks up, not impressed at all",
    "the red card on our lad was harsh and the school hasnt even had the decency to hear his side of it",
    "pe kit's gone see through after four washes, for what we paid thats not on",
    "allotment club cancelled 3 weeks on the bounce with no notice, grandads turning up to a locked gate",
    "cant make head nor tail of half these letters, full of jargon. just tell us what day and what time",
    "not happy my lad's been dropped from the team for missing one training when he was at mine for the weekend, access weekends aren't a choice",
    "everything's on the app now, not all of us have smartphones. his grandad does the school run and had no idea about sports day",
]

COMPLAINT_QUESTION = [
    "kit list said shin pads only then he gets told off for no gum shield. where are we meant to buy them from?",
    "not impressed we found out the match was moved from the other team's dad. what time's it kicking off now?",
    "letter about the residential came home the day after the deposit was due. can we still pay or has he lost his place",
    "coalway lane at 3 o'clock is dangerous, someone'll get knocked over. has the school asked the council about yellow lines?",
    "me and his mam are separated and only she ever gets his reports, asked twice now. who do i speak to about getting copies sent to me",
]

QUESTION = [
    "what time's kick off saturday at {V}?",
    "do they need boots or astro trainers for tomorrow",
    "is allotment club on over half term or does it start back after",
    "can grandads come to sports day or is it just mams and dads?",
    "who's best to talk to about our lad trying out for rugby, {S} or the pe dept?",
    "is there a dads v lads match this year? few of us keen",
    "does the bus back from the away game drop at school or at {V}",
    "where do you get the club shorts from, cant see it on the website",
    "is {SF} still doing breakfast club on mondays",
    "what number do i ring to report him off sick, is it still {SPH}?",
    "can dads help out with the coaching if we've got a dbs? got my level 1 badge",
    "how do i send the consent form back, can i just email it to {SEM}",
]

INSULT = [
    # judgement call: the ref is another school's teacher, still an adult at a school match
    "that ref wants his eyes testing, clueless start to finish, the muppet",
    "{S} coaching rugby is like watching a giraffe on roller skates 😂 hasnt a clue",
    "state of the dad in the blue jacket screaming at 11 year olds, sit down you absolute clown",
    "who did {S}'s haircut, a blind man with a strimmer 🤣",
    "their coach is a big soft lad who runs crying to the ref every 5 mins, embarrassing",
    "our keeper's dad thinks he's jose mourinho on that touchline, absolute weapon",
    # judgement call: mockery with no concrete grievance, so insult only
    "{S} couldnt organise a raffle in a paper shop never mind a sports day",
    "the one with the fake tan on the touchline, orange as a satsuma, gob never stops 🍊",
]

INSULT_COMPLAINT = [
    "shambles at the match, {S} stood there like a lemon while our lads got kicked to bits. useless, should be reffing tiddlywinks",
    "letters coming home with spelling mistakes in, from a school. whoever writes them is thick as mince",
    "office phone rings out every single morning, mrs stone must be too busy on facebook herself. do your job",
    "dropped my lad for the final for 'attitude', this from {S}, the moodiest laziest teacher in that place",
    "parking's chaos every day and the jobsworth on the gate just stands there with his clipboard like he's guarding buckingham palace",
]

PROFANITY = [
    "bloody freezing on that touchline 🥶 worth it mind, what a performance",
    "what a f**king worldie from {P}, top bin 😱⚽",
    "pissing it down all match and not one of them moaned, hard as nails the lot",
    "sh1te result but the lads never stopped running, heads up boys",
    "holy shit that last minute try 😂 nearly had a heart attack on the sideline",
    "dads got f*cked over by the year 11s again, me legs are done 😂",
    "fookin class that lads, buzzin for yous",
]

PROFANITY_INSULT = [
    "the ref was a useless tw*t, blind as a bat and twice as thick",
    "{S} is a right knobhead, cant take a bit of banter",
    "that gobshite dad from their side wants to shut his mouth, screaming at kids, prick",
    # judgement call: aimed at the ref, not a complaint about the school
    "piss poor reffing from a clueless bellend, our lads deserved better",
    "mr robson thinks he's god's gift to football, bellend",
    "the uncle filming every match like he's sky sports, sad arsed little man",
]

THREAT = [
    "that ref wants to be careful walking back to his car next saturday",
    "i know where their coach drinks, we'll see how brave he is without his whistle",
    "the dad in the grey tracksuit knows who he is. monday, the gates, just me and him",
    "next match im bringing the lads from the club and we'll see who's hard then",
    "lay a finger on my lad again on that pitch and ill put you through the fence",
    "tell {S} that car's looking very shiny in the staff car park, be a shame if it didnt stay that way",
    "whoever grassed my lad up over the red card, i'll find out who you are and you'll regret it",
    "his dad wants to keep his head down, i'll be at the next game and i won't be as nice as the ref",
    "mark my words that man's not walking off that field in one piece next time",
    "i'll be waiting outside {V} after training, tell him to bring his mates, he'll need them",
    # judgement call: a vague "visit" aimed at the head, read as intimidation
    "mrs dunn is getting a visit she wont forget if my lad's banned from the final",
    # judgement call: half a joke, but a threat of damage to the school
    "keep sending these letters and ill be putting a brick through the office window as my reply",
]

PROFANITY_THREAT = [
    "swear down if that f**king ref shows his face at the club again he's getting leathered",
    "3 o'clock monday at the gates, i'll knock his fuckin teeth out in front of everyone",
    "whoever keyed my car at the match i'll find you and break your bloody legs",
    "not arsed about the ban, i'll still be there saturday and he's getting it, end of",
]

THREAT_SAFEGUARDING = [
    "if her new fella raises his hand to my bairns one more time he'll not walk again. my girl's been going in with bruises, someone at that school must have seen",
    "whoever's selling vapes to the kids at the bus stop on coalway lane, ive seen your face and i'll break it",
    "the bloke in the white van offering our kids lifts after school, come near them gates again and you're going in the river",
    # judgement call: an adult threatening a pupil
    "that year 9 lad {P} who keeps jumping my son, tell him i'll be waiting at the gate and he'll not be so brave then",
    # judgement call: a pupil posting on his dad's account - a pupil weapon threat
    "its his son on his phone. if them year 10s jump me again im bringing my uncles machete in",
]

SAFEGUARDING = [
    # judgement call: "does the school even know?" is part of the report, not a separate question
    "not allowed to see my own bairns till the court date but her new boyfriend's picking them up from school? he's got a record. does the school even know",
    "my lad come back from his mams and says her fella locks him in his room when he's had a drink. dont know who to tell",
    # judgement call: "that's not right is it" is part of the concern, not a question
    "my daughter's 8 and says the new boyfriend keeps asking her to keep secrets from her mam. that's not right is it",
    "coach from the sunday team has been messaging our lad on snapchat at midnight telling him he's special and not to tell his dad",
    "there was a bloke at the match saturday on his own taking photos of the kids with a big lens, nobody knew who he was",
    "older lads in a black car outside the gates giving year 8s weed and asking them to run bags for them",
    "our lad's mate stops at ours most weekends cos there's no food in his house and his mam's never in. he's 11",
    "found my son's arms cut up last night. says its because of what's getting said in the year 10 group chat. please can someone help",
    "lad on our team keeps turning up with marks on his neck, says he fell off his bike every time. im not buying it",
    "one of the dads was stinking of drink at pick up and drove off with three bairns in the back",
    "my lad said he doesnt want to be here anymore. thought he meant school. i dont think he did",
    "grandad here, one of the little ones at allotment club told me her step dad hits her mam and she hides under the bed. didnt know what to say to her",
    "someone's made a fake account with my daughter's school photo and is messaging grown men with it",
    "her mam leaves the 9 year old minding the baby till midnight when she's out, school needs to know, i cant do owt from here",
]

SEXUAL_SAFEGUARDING = [
    "some of them year 11 lasses in the prom photos look well over 16 😏 wouldnt say no",
    "netball team in them little skirts 🥵 who's the blonde one on the end, asking for a mate",
    "dm me the names of the girls in the year 10 swimming pics lads 👀🍑",
    "the lad playing hooker has a proper man's body for 14 if you know what i mean 😉",
]

HATE = [
    "ref had a proper limp wrist on him, blowing like a little fairy all game 🌈😂",
    # judgement call: "gay" as a put-down of the anti-bullying kit
    "that's well gay, the lads wearing pink for the anti bullying match",
    "half their team couldnt speak english, should've checked passports at the gate 😂",
    # judgement call: no slur, but a generalisation against Travellers
    "lock your cars, the travellers have pitched up by the school field again, you know what that lot are like",
    "playing like a bunch of spastics out there today",
    # judgement call: an attack on Muslims rather than a complaint about the menu
    "school bowing down to the muslims again, no bacon at the bbq in case it offends someone",
    "now there's lads wanting to play on the girls team 🙄 a bloke in a skirt is still a bloke",
]

PROFANITY_HATE = [
    "f**king pikeys have had the goalposts away again",
    "ref's a bent little poof, shite decision after shite decision",
    "fuckin p*kis on their team cheating all game, no surprise there",
]

SEXUAL = [
    "miss frost can keep me behind after class any day 😏",
    "the mams at pick up in their gym leggings lads 🥵🍑 best part of the school run",
    # judgement call: innuendo between adults, no pupil involved
    "told the wife the club needs a bigger ball bag, she said it's not the bag that's the problem 😏😂",
    "{S} in them tight shorts reffing, the mams weren't watching the ball 😉🍆",
    "new pe teacher's a stunner, might join the dads fitness class if she's taking it, bend and stretch 😏",
    "bet {SF} gives a cracking private lesson 😉 if you know you know",
]

SPAM = [
    "LADS 🔥 £30 free bet no deposit for the derby this weekend, link in bio, dont miss out ⚽💰",
    "mobile car valet now covering low fell and gateshead, inbox us for prices 🚗✨",
    "made 4k this month trading crypto from my phone, ask me how 📈 no experience needed",
    # judgement call: a private sale posted under a school post is still advertising
    "2 season tickets for sale sjp west stand, dm serious offers only",
    "follow for daily footy tips and accas ⚽ f4f always follow back",
    "Your page has been reported for violating community standards. verify your account within 24hrs or it will be disabled: meta-support-verify.co",
    "seasoned logs delivered gateshead area, bulk bags half price this week only, message for details 🪵",
]

PERSONAL_DATA = [
    "lost a black wallet at the match at {V}, if anyone finds it ring me on {PH} ta",
    # judgement call: asks other parents, not the school, so no question label
    "anyone got a spare pair of size 5 boots, text me on {PH} and ill come and get them",
    "proud grandad 🏆 {PF} player of the season at the under 11s!!",
    "happy birthday to our little monster born {DOB}, still causing chaos 🎂",
    "dads fantasy league is up and running, email me on {EM} and ill send you the code",
    "allotment club lot, seed orders to mine at {AD} {PC} by friday please",
]

PD_QUESTION = [
    "can someone from the office ring me back on {PH}? need to know if the trip money went through",
    "is {PF} in the under 13s squad this year? his grandad wants to know when to come and watch",
    "whats the kick off time sunday? inbox me or text {PH} ta",
]
