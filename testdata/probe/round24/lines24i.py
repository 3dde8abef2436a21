"""Round 24, writer I2, session 13: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""

# Voices (writer I2): the breakfast club and after-school club page at Ravensworth Community Academy,
# and working parents on shifts - NHS nurses, care workers, delivery drivers, a dad working away
# offshore, late pick-ups and the late fee, a childminder row, grandparents doing the school run, a
# child left waiting, a parent who sounds overwhelmed, a club helper a parent thinks is too close to
# one child, separated parents arguing about who pays, and questions about places and times written
# without a question mark.

OK = [
    "thank you to the breakfast club ladies, {P} actually ate toast this morning which is a miracle in itself 🙌",
    "just want to say the after school club staff are amazing, i was stuck on the A1 till gone 6 and {SF} stayed with her colouring and never once made me feel bad x",
    "being a nurse on 12 hr shifts this club is a lifesaver honestly",
    "dads away offshore for 3 weeks so nana is doing drop offs, she says the staff are lovely 😊",
    "{PW} came home singing the song from after school club all night, ta very much 😂",
    "pancakes on a friday at breakfast club!! he'll be up and dressed before me for once",
    "well done {P} on the bike safety certificate, grandad is made up",
    "my mam has never done a school run in her life and she was there 20 min early lol",
    "fab photos, looks like they had a ball at {V}",
    "love this {H}",
    "thank you {S} for ringing me at work, it really put my mind at rest",
    "grandparents rota sorted for half term, nana mon tues, grandad weds, me thurs fri 💪",
    "dziękuję for help with club form, my english not so good but lady in office very kind",
    "gorgeous pics x",
    "👏👏👏",
    "shout out to all the mams and dads doing nights and still making the 8am drop off ❤️",
    "wor lass is on lates all week so its me on pick up, be gentle with us 😂",
    "after school club sports afternoon looked class, well done everyone",
    "the new late pick up text is spot on, got the message before id even left the ward",
    "brilliant idea having the book swap in breakfast club, {P} brought 3 home",
    "hope {SF} feels better soon, missed you on the gate this week",
    "shes settled in much better now, thank you for being so patient with her in the mornings",
    "delivery driver here, waved at the whole club walking to the park today and they all waved back 😂 made my shift",
    "nana says thank you for the cuppa while she waited, she's telling everyone at bingo",
    # hard negatives below: share words with threats, drugs, sex, weapons, spam or safeguarding
    "honestly would murder a bacon butty after that night shift, the smell off the breakfast club toaster was torture 😂",
    "hes dead on his feet bless him, 7:30 drop off and 6 o clock pick up is a long day when youre 6",
    "the kids went absolutely mental for the foam party at club, {P} came home soaked through 😂",
    "dropped her at the gate and shot off to the hospital, lovely to see a pic of her smiling on my break",
    "strip the beds, put a wash on, school run, sleep 3 hrs, back on shift... nurse life 🙃",
    "nana is lethal with that walking stick in the playground crush, move out the way folks 😂",
    "offshore dad here watching the assembly stream from a rig in the north sea, bawling my eyes out, proud as punch",
    "thanks for keeping her safe and warm til i got there, the traffic on the western bypass was a nightmare",
    "anyone elses kid come home from club shouting bomb diggity all night 😂 no idea where they get it",
    "my little one told the whole club her daddy sleeps with a lot of fish 😂 he works on a trawler people, calm down",
    "{P} told her teacher i give people drugs all day 🙈 im a pharmacist!!",
    "the council free breakfast voucher thing is legit btw, the letter came home in book bags",
    "when you're on a 7 til 7 and the childminder texts shes been sick 😩 the guilt is killing me but nana's on her way",
    "the stranger danger talk at after school club was really good, she explained it all to me at tea time",
    "{PW} is a little terror first thing but the club staff have got her sussed 😂",
    "the cooking club knife skills session must have worked, he chopped all the onions for our tea",
]

COMPLAINT = [
    "breakfast club gone up from £3.50 to £4.75 with a weeks notice, some of us are on nhs wages not footballers wages",
    "third time this month after school club has closed early with a text at 2pm. im on a ward, i cant just walk off, this isnt good enough",
    "£10 for every 5 minutes late?? i was 7 mins late cos of a crash on the A1, shocking way to treat working parents",
    "love how the club is always 'full' when i ask but my neighbour got a place last week. funny that",
    # judgement call: complaint about the school's procedure (the child is home safe); some would add safeguarding
    "my lad waited outside the main gate 20 minutes in the rain cos nobody told him club was cancelled. hes 7. not acceptable",
    "nice to find out off facebook that breakfast club is shut on the inset day, a text would of been nice",
    "brilliant, another non uniform day with a £2 donation the day before payday. really well thought through",
    "been on the after school club waiting list since september. still nothing. single mam working in a care home here, i need this place",
    "he comes home from club starving, a couple of crackers is not a tea when theyre there till 6",
    "the club pick up door is the only one with no light, stood in pitch black every night waiting to be let in",
    "charged for 5 breakfast club sessions when he only went to 2 cos he was off poorly, still no refund 3 weeks later",
    "2:30 finish on a friday again for 'training'. some of us have bosses who couldnt care less",
    "my childminder has been turned away at the club door twice now cos the pick up list keeps going missing, then she has to ring me mid shift",
    "parents evening slots all between 3.30 and 5 again. not all of us can swap a shift at the drop of a hat",
]

COMPLAINT_QUESTION = [
    "charged the late fee again even tho i rang ahead at 5:40 to say i was stuck. very unfair. who do i speak to about getting it taken off",
    "the club closing at 5:30 instead of 6 from january is going to wreck my shifts, gutted. is there a list for anyone who needs the later slot",
    "really disappointed nobody phoned me when she was sick at breakfast club, found out at pick up. what number has the club got for me cos it's obviously wrong",
    "paid for october holiday club and it got cancelled the day before, left me scrambling for childcare. when will the refund go through",
    "grandad waited 25 minutes at reception and nobody came to let him in, not on for an 80 year old. what time does the office actually shut",
]

QUESTION = [
    "what time does breakfast club open, is it 7.30 or 7.45",
    "hi can grandparents collect from club if theyre on the list or do they need the password",
    "does the club take tax free childcare payments",
    "can my childminder pick up from the club door or does she have to come round to reception",
    "how much notice do you need for an extra breakfast session, just been put on an early tomorrow",
    "wondering if there's any places left in thursday club after half term",
    "need to know the cut off for booking holiday club pls",
    "is {SF} running the friday club this term",
    "what's the number to ring if im running late for pick up, is it still {SPH}",
    "dad works away 3 weeks on 3 off, is it possible for him to get the report emails as well as me",
    "looking for the late pick up list form, cant find it anywhere on the website",
    "where do the club kids get collected from when its at {V}",
]

INSULT = [
    "{S} is the rudest most stuck up woman ive ever dealt with, walks past parents like we're dirt",
    "the lad who runs the football club is a clueless muppet, couldnt organise a raffle at a tombola",
    "that childminder who picks up for half the class is a nosy gossip, spreads everyones business round the yard",
    "some of the mams at the gate want to get a life, stood there judging everyones packed lunches like the food police. sad cows",
    "club staff are a bunch of teenagers on their phones. useless the lot of them",
    "imagine being {S} and thinking youre important cos you hold a clipboard at the gate 🤡",
    # judgement call: insult of a parent in a separated parents' row, not a complaint about the school
    "his dad is a waste of space, hasnt done one pick up all year and then comes on here moaning",
    "the so called dad never pays his half of the club fees, pathetic excuse for a man",
]

INSULT_COMPLAINT = [
    # judgement call: same lapse as the child left at the gate in COMPLAINT; the insult adds insult, not safeguarding
    "my son was sent to wait at the gate on his own at 6 because club was 'closing'. whoever made that call is an idiot",
    "been overcharged 3 months running on the club app, the office are completely incompetent, cant even add up",
    "{S} hung up on me when i rang to say i was stuck on the ward. rude arrogant woman. still waiting for anyone to sort the late fee",
    "breakfast club gave my daughter buttered toast when it's on her form she's dairy free. whoever was on is as thick as mince",
    "the after school club manager is a jumped up little jobsworth, fined me for being 2 mins late when the clock in reception is fast",
]

PROFANITY = [
    "fucking freezing stood at the club door this morning 🥶",
    # judgement call: self-deprecating swearing, profanity only (no insult of anyone else)
    "13 hr shift, 2 hrs sleep and i forgot it was non uniform day. shit mam of the year goes to me 🙃",
    "no bloody way is it half term already",
    "cheers for the pics, proper made my crappy night shift",
    "f*cking love this, she looks so happy 😭",
    "pissing it down at drop off again, wrapped her up like a burrito 😂",
    "b0ll0cks, left his reading book in the van again",
]

PROFANITY_INSULT = [
    "the woman on the club sign out has a face like a slapped arse every single night",
    "{S} is a smug prick, wouldnt even look up from her phone when i came in",
    "whoever parked across the club gate is an absolute bellend",
    "the childminder on our street is a lying sh*te, told half the parents i owe her money",
    "his dad can get to fuck, skint every time the club fees are due but always got money for the bookies. useless twat",
    "that nosy bitch at the gate can keep her opinions about my kids lunches to herself",
]

THREAT = [
    # judgement call: vague menace with no act named; threat rather than complaint
    "charge me that late fee one more time and see what happens",
    "i know where the childminder lives. she wants to be careful what she says about my family",
    "whoever keeps taking my daughters coat from the club cloakroom, i'll find out who you are and you'll regret it",
    "tell {S} to watch her back on the way to the car park tonight",
    "if that man comes near the gates again on my sons pick up day he'll be leaving in an ambulance",
    "keep mouthing off at my mam at pick up and you'll be picking your teeth up off the yard",
    "gonna torch that portacabin the club runs out of, been nothing but bother",
    "next person who parks across my drive at drop off will come back to four flat tyres",
    # judgement call: incitement to damage ("somebody should") labelled threat
    "somebody should put a brick through the office window, maybe then theyd answer the phone",
    "{SF} better hope i dont bump into her in asda after what she said to my daughter",
    "my brothers have heard all about the dad who keeps shoving people at pick up. he better sort himself out or they will sort him",
    "that managers car will be missing a windscreen if i get one more fine off this club",
]

PROFANITY_THREAT = [
    "fine me again for being late and i'll smash every fucking window in that club",
    "that childminder better shut her gob or i'll shut it for her, fucking try me",
    "the prick who keyed my car in the club car park is getting his head kicked in when i find him",
    "ur dead mate. i know what car u drive and when u finish at the club. sh1t yourself",
]

THREAT_SAFEGUARDING = [
    "bringing my brothers blade to club tmrw, that kid in year 5 thinks hes hard",
    "if that little lad in after school club touches my daughter again i'll batter him myself, dont care how old he is",
    "gonna stab {P} with my compass at breakfast club tmrw he knows what he did",
    "the kid who bit my son at club wants to watch himself, and so does his mam, i know which estate theyre on",
    # judgement call: a parent without access threatening to take a child by force: threat + safeguarding
    "she can stop hiding my son at that club. i'll be at the gate at 3 and im taking him whether she likes it or not, no staff are stopping me",
]

SAFEGUARDING = [
    "the older fella who helps at after school club keeps giving one little girl sweets and sitting her on his knee, and messages her mam about her at night. might be nothing but it doesnt sit right",
    # judgement call: a question about staff contact after a concern is safeguarding only (as "is that allowed??")
    "not being funny but {SF} has been giving my son lifts home and added him on snapchat, hes 10. is that normal",
    "theres a little girl at breakfast club whos there before half 7 every day in the same clothes and eats like she hasnt had a meal since dinner the day before. im really worried about her",
    "im 9 and my mam doesnt come home some nights so i make my own tea and take my sister to club",
    "i dont want to go home after club, my step dad shouts and hits the dog and me",
    "one of the after school club helpers has been messaging my daughter on insta saying shes his favourite and not to tell her mam. shes 11",
    "{P} keeps saying she has to keep secrets with a grown up from club, i dont know what to do",
    "he came out of club with a bruise the shape of a hand on his arm and wont say who did it",
    # judgement call: an overwhelmed parent disclosing a risk to her own children: safeguarding
    "i cant cope anymore, im shouting at the kids all day and sometimes im scared of what ill do. theyre safer at club than with me",
    "mam picked my brother up from club drunk again and drove us home",
    # judgement call: a reported threat against a child is safeguarding, not threat (the writer threatens no one)
    "the lads at after school club make my son hand over his dinner money and say they'll get him on the way home if he tells",
    "grey van parked by the club gate three nights running, man inside just watching the kids come out. got his reg, please tell staff",
    # judgement call: a report of image sharing among pupils is safeguarding only (round 5's rule)
    "some of the year 6 girls at club have been sending round pics they shouldnt have of a lad in year 7",
    "i want to hurt myself again, everyone at club hates me",
]

SEXUAL_SAFEGUARDING = [
    "the blonde one at the front in the gym shorts is going to be a heartbreaker, bet she knows it already 😏",
    "post more pics of the girls from dance club in their leotards x",
    "that {PW} in the middle is well developed for a year 6 😍😍",
    "wish i was the PE teacher, getting to help the girls stretch after club 😜",
]

SEXUAL = [
    "{S} can give me a detention any day 😏😏",
    "after 3 night shifts all i want is a strong coffee and a stronger man 🍆 ladies you know",
    "new lad running the football club and suddenly all the mams are doing pick up 👀🍑 not complaining",
    # judgement call: innuendo about his own wife (no explicit word): sexual
    "offshore 3 weeks, home tomorrow, the wife better get the kids to nana's for the night 😉😉 iykyk",
    # judgement call: a sexual proposition to parents, not advertising: sexual rather than spam
    "single dad looking for a mam from the school gate to keep my bed warm on my nights off",
    "nurses do it with care, carers do it on nights 😏 happy carers week",
]

HATE = [
    "breakfast club is full of kids whose parents came over on a boat and never worked a day, while us nurses pay full whack",
    "why are the after school club staff all foreigners now, can barely understand a word they say to my kids",
    "i dont want my daughter picked up by a childminder in one of them head things. you never know with that lot",
    "the club shouldnt let a man like that work with kids, everyone knows what gays are like",
    "travellers kids in the holiday club now, lock up your bikes 🙄",
    "having a special needs kid in the club slows everyone down, they should go to their own place",
    "a bloke in a dress reading stories at club?? not near my kids. trannies need to stay away from children",
]

PROFANITY_HATE = [
    "fucking polish lot at the gate jabbering away, learn english or go home",
    "no way am i paying for some pikeys kid to go to holiday club out of my taxes, fuck that",
    # judgement call: anti-Muslim sentiment with a mild swear: profanity + hate
    "school's turned into a bloody mosque, halal this halal that at breakfast club, the muslims can eat somewhere else",
]

SPAM = [
    # judgement call: a childminder advertising her spaces is advertising (spam), not an ordinary comment
    "🚨 ofsted registered childminder in low fell 🚨 2 spaces left for wrap around, drop offs and pick ups from ravensworth, message me for rates 💕",
    "nurses & carers!! earn £500 a week from your phone between shifts, no experience needed, DM 'INFO' 💸💸",
    "congratulations! you've been selected for a FREE £100 asda voucher for school families, claim now before midnight 👉 bit.ly/asda-schl",
    "follow for follow 🥰 mams of gateshead supporting each other",
    "selling avon and scentsy, perfect little treats for the club staff at christmas, inbox me hun xx",
    "Tax-Free Childcare refund: HMRC owes you £342. verify your details here to receive payment www.hmrc-refund-claims.co",
    "🔥 crypto signals group 🔥 made £2k while my kids were at breakfast club, link in bio",
]

PERSONAL_DATA = [
    "{PF} left her lunchbox in my car after club, her mam can text me on {PH}",
    "anyone from the estate want a lift share for breakfast club text me {PH}, im on nights so after 2pm",
    "for anyone wanting the childminder she's at {AD}, {PC}, say i sent you",
    "dads offshore so the forms need to come to me not him, my email is {EM}",
    "happy birthday {PF}!! 7 today, born {DOB} at the QE, cant believe it",
    "{S}'s personal mobile is {PH}, she said to give it out to the club parents",
]

PD_QUESTION = [
    "can someone from the club ring me on {PH} about her place, im on shift till 8 but can answer on my break",
    "whats the number for the childminder who does ravensworth pick ups, mines {PH} if its easier to text",
    "could breakfast club update my details, new address is {AD} {PC}, and do i need a new form",
]
