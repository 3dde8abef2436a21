"""Round 33, writer B4: snow day closure and a broken boiler at Ravensworth Community Academy."""
# Theme: a late-night snow closure post, then a broken boiler keeping the school shut; parents who
# had already set off, childcare and work, remote learning links, the caretaker gritting the paths,
# kids sledging on the field, a cold classroom, people blaming the head, a local "boiler repair"
# advert in the comments.
# Voices: working parents (Geordie and otherwise), a nurse on shifts, a grandad, pupils on their
# phones, a self-employed dad, one parent whose English is a second language.

OK = [
    "snow day!!! get in 🙌❄️ cheers for letting us know",
    "thanks {S}, sensible call, the roads round Low Fell are like glass",
    "{PW} has absolutely destroyed her brother in the snowball fight, no survivors 😂",
    "our lad came flying down the bank on a tea tray and nearly took out half of year 6, honestly lethal",
    "massive shout out to the caretaker out there at 6am gritting the paths, man's a machine, give him a pay rise",
    "i could murder a bacon sandwich and a working radiator right now",
    "watch yourselves on the bank by the gates, its pure ice, went flat on my back this morning",
    "kids have gone feral, three hours in and theyve eaten everything in the house 😭 send help",
    "the little monsters are out on the field sledging, proper rosy cheeks, lovely to see",
    "frozen to death walking the dog, fair play to anyone who had to go into work",
    "shot down the hill like a bullet, {P} is buzzing",
    "ice ice baby ❄️ the back yard is a skating rink",
    "link for the remote learning is on the school website under parents, took me ages to find so sharing",
    "Miss Frost must of ordered this weather 😂❄️",
    "{S} you absolute legend, closing early saved me a nightmare drive",
    "if my two ask me one more time if they can go out in it im gonna lose it 😂 love them tho",
    "boiler's dead, long live the boiler 🪦 hope the engineer gets it sorted",
    "sledging with the kids, got absolutely battered by a snowball from {P}, i deserved it",
    "my daughter just called me a big softie for not going on the sledge, cheeky mare",
    "its proper baltic, wrap them up like little sausage rolls 🥶",
    "Dick Whittington panto at the {V} still on saturday i hope, the kids have been on about it all week",
    "bang on time with the message this morning, ta very much",
    "bet the kids are made up, mine were screaming at the window at 7am",
    "that hill behind the field is a killer, my legs are done pulling the sledge up it",
    "grandad here, took the bairns out on the old wooden sledge, still goes like the clappers after 40 years",
    "Stay safe everyone, check on your elderly neighbours x",
    "{PW} built a snow raven in the garden for {H} 🐦❄️",
    "Thank you for information. My children very happy, first time they see snow like this",
    "remote learning working fine for us, well done the teachers for getting it up so fast",
    "right the heating engineer better be a miracle worker 😂 fingers crossed for monday",
    "nurse here, swapped shifts with my mate so all sorted, thanks for the heads up",
    "the kids have been smashing the maths on the online lesson, who knew",
    "my son reckons {S} is the GOAT for closing it, his words not mine",
    "they're calling for more snow thursday so get the shovels ready lads",
    "ha'way, snowball fight on the field at 2 if anyone fancies it, bring gloves",
    "the snow hit us hard on the top road, cars abandoned everywhere, glad they shut",
    "my two are on the laptop doing {SF}'s phonics video, proper concentrating faces 😂",
    "i'm dying to get them back to school if im honest 😅 day three of this",
    "corner shop took steaming mugs of soup out to the gritters, lovely gesture",
    "pupils on here already begging for another snow day, nice try 😂",
    "Dziękujemy za informację, stay warm everyone ❄️",
]

COMPLAINT = [
    "Putting the closure up at 11pm is not on. Some of us are in bed by then and only saw it at the gates",
    "Nurse on a 7am shift here. Found out at the gates the school was shut. A text would have taken two minutes.",
    "oh lovely, a facebook post at midnight, because we all sit up refreshing the school page don't we",
    "bit disappointing that the message went out so late, that's all",
    "Self employed, no work no pay. Every closure costs me a day's wages and the notice was nowhere near good enough.",
    "My son he wait at the gate 40 minutes in the cold, nobody tell us school is close. This is not acceptable",
    "the boiler has been making noises since october, this didnt come out of nowhere",
    "My daughter says year 5 sat in their coats all afternoon. That's not a learning environment.",
    "great to see the remote learning link going to a page that says access denied. very helpful 👍",
    "The roads were fine by 9 and the secondary down the road opened. Not convinced closing was needed.",
    "Grandad on the school run here. Stood in the snow at 8.30 with two little ones and nobody at the gate to tell us. Not good enough.",
    "Second closure this winter because of the heating. Parents have lost enough days off work.",
    "remote learning was one worksheet for the whole day, my lad finished it by 10",
    "aye champion, post it at half 10 at neet and then wonder why the yard's full of parents in the morning",
    "the path up from the top gate wasn't gritted at all when the breakfast club kids went in, someone could have been hurt",
    "Please stop using Facebook as the only way to tell us. Not everyone is on it.",
    "not ideal finding out from another mam's whatsapp rather than the school tbh",
    "Pulled out of a meeting at 1pm to collect because the classrooms were too cold. Some warning would be appreciated next time.",
]

COMPLAINT_QUESTION = [
    "The closure notice came far too late for working parents. Is the school open tomorrow or not?",
    "Found out at the gate, really not happy. Can someone confirm whether breakfast club is running on Monday",
    "The classroom was freezing all week and nothing was said to us. When is the engineer actually coming?",
    "the remote learning link doesnt work and nobody's answered emails since 9. what's the password for year 4",
    "Not the first time the boiler's gone and we're left picking up the pieces. Will the lost days be made up before SATs?",
    "Again nobody tell us school closed, very difficult for my work. Please what time the school open tomorrow?",
]

QUESTION = [
    "anyone know if nursery is open tomorrow or is it the whole site",
    "Is the school open Monday or are we still waiting on the boiler?",
    "where do i find the remote learning login for year 2",
    "will key worker kids still be able to come in? on shift at the hospital from 7",
    "does the after school club still run if its a late start",
    "Hi, I rang {SPH} and got no answer, is the snow closure for tomorrow as well?",
    "do we still have to hand in the science homework today if we're off",
    "Hello, please I not understand the message. School is close only today or also tomorrow? Thank you",
    "anyone heard if the year 11 mocks are moved",
    "what time is the decision made in the morning, before 7 or after",
    "is the bus from the top estate running or do we make our own way",
    "can we email {SEM} about borrowing a laptop for remote learning or is there a form",
]

INSULT = [
    "whoever runs this page has the brains of a frozen pea",
    "caretaker's a useless lump, couldn't grit a path if you drew him a map",
    "the head is a clueless clown and everyone knows it",
    "the woman above wants to get a life, she moans about everything on this page, absolute weapon",
    "{S} is a spineless wet wipe",
    "{P} is such a loser he cried cos he fell off a sledge 😂😂",
    "the office staff are thick as mince, the lot of them",
    "teachers at this place are workshy parasites, any excuse for a day off",
]

INSULT_COMPLAINT = [
    "posting a closure at 11pm, the head is a total joke. some of us were already on the road at 7",
    "Three days with no heating and {S} still hasn't said a word to parents. Clueless, gutless leadership.",
    "Remote learning was a shambles, half the links dead. Whoever set it up is an idiot.",
    "My kid sat in a freezing classroom in his coat all day because the head was too much of a coward to shut properly. Pathetic woman.",
]

PROFANITY = [
    "its bloody freezing out there, stay safe everyone",
    "f*ck me the snow on the top road is mental",
    "sh1t i forgot to tell the childminder, brb",
    "get in ya f u c k i n g beauty, snow day ❄️🙌",
    "pissing down with snow again, here we go",
    "holy sh!te, the field's like the arctic",
    "bairns are off again, what the actual fuuuuck is this weather",
    "no boiler, no school, no chance of a lie in. ffs 😂",
]

PROFANITY_INSULT = [
    "{S} is a useless tw@t",
    "that caretaker's a lazy b*stard",
    "the lot of yous on the PTA are a bunch of smug c**ts",
    "{P} ur such a d1ckhead for throwing ice at people",
    "what a pack of sh*tebags running this school",
    "that mam whos moaning about the closure is a proper gobshite",
]

THREAT = [
    "Mrs Dunn you'll see what happens next time you leave us stood at the gate",
    "I know which car is the head's. Just saying.",
    "someone should pay the caretaker a visit tonight, see how he likes it",
    "watch yourself when you come out of that building {S}",
    "enjoy your snow day head, it'll be your last peaceful one",
    "keep closing and there'll be a brick through the office window, guaranteed",
    "there'll be more than the boiler broken in that school by the time im done",
    "I'd be careful walking to your car after dark if I were you, {S}",
    "i'll be waiting at the staff car park monday. we'll have a proper chat, just the two of us",
    "that boiler man is gonna wish he never set foot in here",
    # judgement call: framed as a joke, but it proposes arson of the school -> threat
    "someone's gonna torch the place, at least then it'll be warm 🔥",
    "people round here are fuming, somebody's going to sort that head out and it won't be pretty",
    "be a shame if all them nice teacher cars got scratched in the snow wouldn't it",
    "we know where you live miss, see how you like being left out in the cold",
]

PROFANITY_THREAT = [
    "next time i find the gates shut i'll f***ing kick them in",
    "that gritter driver nearly hit my son, i'll f*cking have him when i see him",
    "keep your bloody gates locked then and see what happens to them",
]

SAFEGUARDING = [
    "honestly i hate snow days, at least at school nobody shouts at me",
    "my mams boyfriend locked me out in the snow last night cos i answered back",
    "the two little ones from next door have been out in the snow since 7 with no coats and nobody's answering the door",
    "a man in a silver car was on the sledging field telling kids to come and warm up in his car, please keep an eye",
    "there's a lad messaging year 7s on snapchat offering them money to meet up while school's shut",
    "being stuck in the house all week makes me want to hurt myself again tbh",
    "some year 9s held {P}'s face in the snow till he couldn't breathe and filmed it",
    # judgement call: a parent's own hardship, but children sleeping in coats with no heating is a welfare concern
    "no heating at home either and no money for the meter, the kids are sleeping in their coats. i don't know what to do",
    "theres no food in till mam gets paid, school dinner is the only proper meal i get",
    # judgement call: a report of grooming, not sexual content itself -> safeguarding only
    "my daughter says an older boy told her to send pics of herself in bed cos she's home all day",
    # judgement call: the trailing question is part of the report, not a separate information request
    "{P} in my son's class told him their dad hits them when he's home all day, is school doing anything about it",
    "ive not eaten since yesterday and dont want to ask anyone",
    "the kids in the flat above have been on their own all day again, youngest can't be more than 5",
    "everyone's saying theyll jump me at the sledge hill and i dont wanna leave the house",
]

THREAT_SAFEGUARDING = [
    "that lad {P} who pelted my daughter with ice, i'll be waiting for him at the gate and he'll know about it",
    "bringing my brothers knife when we go back, {P} knows what he did",
    "if they try to jump me on the field again im bringing something sharp this time",
]

HATE = [
    "that science teacher should go back to Africa if she can't handle a bit of cold",
    "the foreign families can't even read english, no wonder half of them turned up at the locked gates",
    "funny how the travellers' kids are always first to nick the grit from the bins",
    "of course the muslim lot will just treat it as another holiday",
    "maybe if that school stopped letting the gays run the place they'd fix the heating",
    "send the special needs ones home first, they won't notice the difference anyway",
    "the new families from abroad get free laptops for remote learning while our own go without, disgusting",
    "can't trust a polish plumber near a school boiler, everyone knows that",
]

PROFANITY_HATE = [
    "f***ing immigrants get a warm room and our kids freeze",
    "bloody gypsies been at the grit bins again, lock them up",
]

SEXUAL = [
    "{S} can come and grit my path any time 😏",
    "I'd let that boiler repair man check my pipes 😉🔧",
    "the caretaker's got a big shovel if you know what i mean 🍆",
    "snow day = back to bed with the hubby all morning 😏🔥 don't knock till noon",
    "that new supply teacher could melt the snow on her own, phwoar 🔥😍",
    "cold outside? come round mams, i've got something that'll warm you right up 😘",
]

SPAM = [
    "BOILER PACKED IN? 🔥 Fell Heating & Plumbing, Gas Safe, same day callouts across Gateshead, DM us for a free quote!",
    "Stuck home with the kids? Earn £250 a day from your phone 💸 link in bio",
    "follow 4 follow ❄️ snow pics all day, follow back guaranteed",
    "WIN a heated throw 🛋️ just like, share & click the link on our page to enter",
    "Your account has been flagged for a violation, verify here within 24hrs or lose access: bit.ly/fb-verify-now",
    "Snow clearing, driveways & paths, cheap rates, message us today 👍 reviews on our page",
]

PERSONAL_DATA = [
    "{S}'s mobile is {PH}, ring and ask her yourselves why it went up so late",
    "the head lives at {AD}, her drive's been gritted fine i see",
    "{PF} left his gloves at the sledging hill, theyre at mine",
    "if anyone needs emergency childcare tomorrow im at {AD}, {PC}, just knock",
    "happy birthday to {PW} born {DOB} and she gets a snow day for it 🎂❄️",
    "email me on {EM} and ill forward the remote learning stuff for year 3",
]

PD_QUESTION = [
    "can someone text me the remote learning link on {PH}, my facebook wont open it",
    "is {PF} in the same online group as mine?",
    "does anyone live near {PC} and fancy sharing the school run when it reopens",
]
