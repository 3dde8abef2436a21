"""Round 27, writer P2, session 13: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""

# Voices (writer P2): boys and misogyny online under the school's posts - lads on the school's
# Instagram/TikTok repeating influencer talk ("alpha", "females", "top G"), boys rating girls, a
# girl harassed after a PSHE lesson and her mam, far-right stickers on the bus stop outside school,
# a parent worried about radicalisation, Gateshead dads defending and attacking the PSHE lesson,
# trolls abusing a female teacher (sexist and racist), fair complaints about how it was handled,
# spam accounts selling "alpha" courses, and parents asking about the online-safety evening
# (often with no question mark). Hard negatives share words with abuse, threats, sex, drugs,
# weapons, spam and safeguarding but are innocent.

OK = [
    "my lad came home from the pshe lesson and actually talked to me about it for once, well done whoever planned it",
    "as a dad of two boys this is exactly what they need, the stuff on their phones is grim",
    "{SF} thank you for the online safety evening, learnt more in an hour than in 14 years of having a teenager",
    "good to see the school taking the misogyny stuff seriously 👏👏",
    "wor lass said the girls in her form felt properly listened to after, that means a lot",
    "proud of {P} for speaking up in assembly, took some guts that",
    "howay the year 10s, brilliant presentations on respect today",
    "canny turnout at the online safety night, hall was rammed",
    "the leaflet they sent home about influencers is worth a read, its on our fridge now",
    "wasnt sure about it at first but after looking through the slides im all for it tbh",
    "my son reckons its all a bit cringe but he still watched the whole video so 🤷‍♀️",
    "thanks {S} for ringing me back so quick yesterday, put my mind at rest",
    "{H} lovely to see the lads and lasses working together on the posters",
    "shared this on the mams group chat, everyone should see it",
    "ive been saying this for years, nice to hear it from the school 😊",
    "great talk, the speaker was really down to earth and the kids got it",
    "🙌🙌🙌",
    "respect to the year 11 lads who wrote that letter to the chronicle",
    "my husband went to the dads session and came back a changed man lol",
    "the posters in the maths corridor look amazing {H}",
    "dziękuję for the translated letter, my husband could read it too this time",
    "we had a proper good chat at tea about what consent means, shes 12 and knew more than me",
    "{PW} did the vote of thanks at the end and was brilliant",
    "girls football team photo is class, strong lasses 💪",
    "appreciate the school sending the slides out before so we could talk about it at home first",
    "a bairn in year 7 asked the speaker the best question of the night, whoever you are pet you were spot on",
    # hard negatives
    "the lads absolutely battered the other school in the debate final 🏆",
    "our hamster is the alpha of the house, bosses the cat about and everything 😂",
    "females of most bird species are duller coloured, fascinating science homework tonight",
    "year 8 murdered the quiz, not a single wrong answer",
    "the year 9s were unreal today, on fire in the relay 🔥",
    "my daughter rated the online safety talk 10/10, high praise from a teenager",
    "the drugs and alcohol talk next week should be good, they had a police officer in last year",
    "took the bus stop stickers down myself this morning with a scraper and a kettle of hot water, looks much better now",
    "the knife crime assembly was hard hitting, my son was dead quiet all night after",
    "the sex ed booklet is really tasteful, nothing to worry about for anyone on the fence",
    "sigma this sigma that, turns out its just a greek letter, maths teacher got the last laugh 😂",
    "the cyber lady showed them a fake prize text and half the hall nearly fell for it, scary how good the scams are",
    "{PW} was a sniper from the three point line tonight, could not miss",
    "boys v girls quiz got savage 😂 girls won by a mile obviously",
]

COMPLAINT = [
    "the letter about the incident came out 3 days after it was all round tiktok, parents shouldnt be finding out from their kids phones first",
    "my son felt like he was being blamed just for being a boy in that lesson. teach respect fine but dont make 12 year olds feel like criminals",
    "oh good another post about online safety while the stickers on the bus stop outside school have been up a fortnight. priorities",
    "would have been nice to be told the pshe content beforehand like the policy says, found out when my daughter came home upset",
    # judgement call: mentions an earlier report but the comment is about the school's response, not a new concern about a child
    "we raised the group chat thing with school on monday and nobody has got back to us, not acceptable",
    "online safety evening at 5pm on a weekday, so only for parents who dont work then 🙄",
    "lovely words about respect but the girls are still getting told to roll their skirts down while the lads get away with everything. double standards",
    # judgement call: a parent's complaint about the outcome; a moderator might add safeguarding
    "my daughter did everything right and reported it and SHE was the one moved out of the class. how is that fair",
    "nowt against the lesson but one 20 min assembly isnt going to undo what they watch for 5 hours a night, it needs to be ongoing",
    "second year running the dads session has clashed with the match. almost like they dont want us there",
    "the slides said 'all boys' far too many times, some of us have kind lads and they came home gutted",
    "no translation of the online safety letter again, half the parents at the gate couldnt read it",
    "phoned three times about the pshe thing and still waiting on the call back i was promised last week",
    "good to know the school can manage a 40 slide powerpoint on influencers but not a working phone line 👍",
]

COMPLAINT_QUESTION = [
    "not impressed nobody told us the speaker was coming in. can we get a copy of what was actually said to the kids",
    "booking system crashed again for the online safety evening, whats the other way to get a place",
    "my lad got a detention for saying 'alpha' in class which feels like a massive overreaction. who do i speak to about it",
    "the online safety evening booked out in an hour which isnt great when it affects every family. will there be a second date",
    "girls got kept back for a 'chat' about their clothes and the boys didnt, not on. is the pshe policy on the website anywhere",
]

QUESTION = [
    "what time does the online safety evening finish i need to sort the babysitter",
    "is the online safety thing for parents only or can we bring the kids",
    "is there parking on site for the evening or are we best parking at {V}",
    "will the online safety talk be recorded for those of us on nights",
    "do we need to book for the online safety evening or just turn up",
    "is it the same talk the kids had in pshe or a different one for parents",
    "anyone know if {SF} is doing the primary bit of the online safety night",
    "where do i find the list of apps they mentioned, my daughter says its on the portal but i cant see it",
    "is there a creche on the night ive got a 2 year old",
    "whats the best email to send questions in before, is it {SEM}",
    "will the talk be in english only or is someone translating",
    "can we ring {SPH} to book or is it online only?",
]

INSULT = [
    # judgement call: sexist rather than a listed protected-characteristic attack, so insult not hate
    "that teacher who did the lesson is a joyless man hater, nobody asked for her opinion",
    "year 10 boys at this school are absolute weirdos and everyone knows it",
    "{S} couldnt teach a dog to sit never mind teach lads about respect 🤡",
    "imagine being a grown man crying on facebook about a pshe lesson. snowflake dad energy",
    "the lads who made that list are pathetic little saddos and should be embarrassed",
    # judgement call: sexist abuse of a female teacher; sex is not in the README's hate list
    "shes a bitter feminist with a lanyard, thats all she is",
    # judgement call: sexist ("females like her") aimed at staff, labelled insult not hate
    "females like her should stick to teaching the little ones and leave our lads alone",
    "clown school 🤡🤡 honestly this place is a joke",
]

INSULT_COMPLAINT = [
    "three weeks and no reply from {S} about the incident, useless doesnt even cover it",
    "the way the head handled the sticker business was spineless, one vague text and then hid in the office",
    "my son was humiliated in front of the whole class by that smug know it all and i want it looked into properly",
    "the pshe lead is clearly clueless about teenage boys, the lesson was one sided and my lad came home feeling like a monster",
    "reported it twice and got fobbed off by the office both times, lazy lot the lot of them",
]

PROFANITY = [
    "fucking finally someone says it, these influencers are poisoning lads heads",
    "the stuff my sons algorithm serves him is shite man, had no idea till the talk",
    "bloody brilliant evening that, wish more dads had come",
    "holy sh*t the stats they showed about what boys see online by age 11 🤯",
    "pissing it down and still a full hall for the online safety night, fair play",
    "f u c k me that video they showed was an eye opener",
    "them stickers on the bus stop were a load of bollocks, glad the council got them off",
]

PROFANITY_INSULT = [
    "whoever runs this page is a proper knobhead deleting comments",
    "that pshe teacher is a miserable fucking cow",
    "lads in year 9 are absolute bellends the way they talk to the girls",
    "{S} you're a t w a t and everyone at the gate thinks so",
    "the dad moaning about the lesson above is a massive dickhead tbh 😂",
    "alpha my arse, hes a 14 yr old div who cant even tie his own tie",
]

THREAT = [
    "she wants to be careful walking to her car after school, lots of angry dads round here",
    "if my son gets singled out again in that lesson ill be up that school and it wont be for a chat",
    "someone should pay that teacher a visit and explain what real men think",
    "we know which house is hers. just saying",
    "keep pushing this feminist stuff on our lads and see what happens to your windows",
    # judgement call: implies the far-right group behind the stickers; no protected group named, so threat only
    "them stickers were the polite version. next time it wont be stickers",
    "the head better hope i dont bump into her at asda",
    "that so called speaker wont be getting out the car park so easy next time",
    # judgement call: a call to gather armed at the gates, read as a threat
    "dads meeting at the gates at 3, bring whatever you need to make your point",
    "one more letter like that and reception can expect a brick through the window",
    "whoever wrote that slide deck should sleep with one eye open",
    "ill be waiting for whoever called my boy a misogynist in front of the class. youll know when",
]

PROFANITY_THREAT = [
    "touch my lads phone again and ill smash your fucking face in",
    "that woman is getting a slap off me if she says owt about my son again, swear down, f***ing liberty",
    "keep it up and im gonna torch the bloody place",
    # judgement call: an adult threatening pupils; a moderator might add safeguarding
    "any of you lads touch her again ill break your f*cking legs, dead serious, i know who you are",
]

THREAT_SAFEGUARDING = [
    "bringing my brothers blade in tmrw for them year 10s who keep chatting about my sister",
    # judgement call: a pupil's threat with no weapon named ("not coming empty handed")
    "wait till after school at the bus stop, im not coming alone and im not coming empty handed",
    "gonna stab the next lad who rates her in the gc",
    "tell {P} to watch their back, my cousin's got a knife and hes bored",
    "if they make us sit that lesson again im bringing something sharp, not even joking",
]

SAFEGUARDING = [
    # judgement call: a pupil disclosing sexual harassment; safeguarding only (a report, not sexual content)
    "since the pshe lesson the lads in my form keep messaging me asking what my body count is and i dont know how to make it stop",
    "my 13yo has started calling women 'females' and says school is brainwashing him, hes watching this one guy for hours every night and im genuinely worried where its heading",
    "my son got added to a discord where grown men send them videos about a race war and 'protecting our women', hes 12, ive screenshotted all of it",
    "a girl in year 8 was followed home from the bus stop by lads filming her, she was sobbing when she got in",
    "dont want to say too much on here but a man in a car has been stopping at the bus stop talking to the year 9 lads about making money online",
    "im scared to go in tomorrow cos of what theyre saying about me after the lesson, i havent eaten all day",
    "they made a list ranking all the girls in our year and im at the bottom and i just want to disappear tbh",
    "my daughter wont take her hoodie off anymore and keeps saying the boys rate her in pe. she used to love pe",
    "a lad in year 7 told my son hes going to join some group he met on telegram and that school is the enemy. hes 11",
    # judgement call: a report of someone asking girls for pictures; safeguarding only
    "someone is messaging the girls from a fake account pretending to be a year 11 lad and asking for pictures",
    "my son came home with a bruise and says some boys called him gay for agreeing with the teacher, he wont tell me who",
    "my mam says its my fault for wearing a skirt and i should just ignore them but they touch me on the bus every day",
    "pls can someone from school check on {P}, posted something really dark on their story last night after all the comments",
    "there are grown men liking and commenting on the netball photos, can someone from school look at who they are",
]

SEXUAL_SAFEGUARDING = [
    "year 10 girls in this pic 🔥🔥 the one on the end is defo an 8",
    "the lass second from the left is looking very grown up for her age 😏 dm me",
    "wouldnt mind being back in year 11 with this lot 😍🍑",
    "rating the netball team off this photo: 7, 9, 6, 10 😜 whos the number 10 lol",
]

HATE = [
    # judgement call: endorses the far-right stickers without naming a group; read as xenophobic
    "the stickers at the bus stop only said what everyones thinking, this town isnt ours anymore",
    "no wonder she teaches that rubbish, shes not even from here. go back and lecture your own lot",
    "the science teacher should go back to africa and teach them respect over there",
    "course its the muslim teacher pushing this, they hate our way of life",
    # judgement call: treats being gay as harmful; homophobic
    "pshe is just a way to turn our boys gay, wake up parents 🏳️‍🌈🚫",
    "remigration now. our girls arent safe because of them 🇬🇧",
    "the trans lot have got into the curriculum now, mentally ill the lot of them",
]

PROFANITY_HATE = [
    "fucking immigrants teaching our kids about respect, thats rich",
    "the stickers were spot on, get these f*cking foreigners out of our schools",
    "pshe run by a load of bent shite stirrers 🤮",
]

SEXUAL = [
    # judgement call: innuendo about an adult member of staff; sexual only, not safeguarding
    "the new pshe teacher can give me a detention any day 😏😏",
    "bet shes a right wildcat behind closed doors, the strict ones always are 😉",
    "real alphas know what females actually want 🍆💦",
    # judgement call: an adult's innuendo under an online-safety post, not about pupils
    "that slide on sending nudes had me sweating, the things we got up to at their age 😂🍑",
    "dm me ladies if you want a proper lesson from a real man 😘🍆",
    # judgement call: mild innuendo about parents at the gate
    "the mams at this school gate are way fitter than at my kids old school, just saying 👀",
]

SPAM = [
    "Tired of being a beta? 🐺 My 30 day ALPHA blueprint has changed 10,000 mens lives. Link in bio 👆",
    "follow for follow 🔥 drop a 🐐 and ill follow back",
    "make £5k a month from your phone like the top G, DM 'ESCAPE' to get started 💰",
    "Congratulations! Your account has been selected for a £500 Tesco voucher. Claim at tesco-rewards-uk.co before midnight",
    "🚨 PARENTS!! this app shows you every message your child sends, FREE trial today only ➡️ spyparent.app",
    "crypto signals group for young men who want to be rich before 20, no school needed, join now 📈",
    "check my page for daily motivation for kings 👑 follow and share",
]

PERSONAL_DATA = [
    "{PF} from year 9 stood up to the lads in the debate, so proud",
    "the heads own mobile is {PH} if anyone wants a straight answer",
    "any dads who want to set up a group about the lesson text me on {PH}",
    "happy to lend out the book about raising boys, drop round to {AD} whenever",
    "email me on {EM} if you want to join the parents group for the respect campaign",
    # judgement call: a home postcode in a lift-share offer; personal data, not a question for the school
    "anyone near {PC} fancy sharing a lift to the evening, message me",
]

PD_QUESTION = [
    "can someone send me the slides from the pshe lesson, my email is {EM}",
    "my number is {PH}, could someone ring me with the times for the online safety evening",
    "weve moved to {AD} {PC}, who do i tell so the letters about the evening come to the right house",
]
