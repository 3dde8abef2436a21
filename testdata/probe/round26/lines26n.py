"""Round 26, writer N2, session 13: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""
# Voices (writer N2): Gypsy, Roma and Traveller families (site families, showmen's children at the
# fair) and Eastern European parents (Polish, Romanian, Slovak, Czech) writing in a second language;
# Geordie mams, dads and neighbours; the town's reaction on the school page (coded prejudice, open
# slurs, fair criticism of attendance); pupils posting after a fight at the travelling fair; a family
# facing eviction; strangers, translators-for-hire and bots.

OK = [
    # hard negatives (share words with abuse, threats, sex, drugs, weapons, spam, safeguarding)
    "travelling to the match saturday so {P} will miss training, sorry coach, back for the cup game",
    "put me down for a gypsy tart for the bake sale, me nanas recipe, proper sticky 😋",
    "the travelling fair is back on the green!! bairns have gone on about the waltzers all week 🎡",
    "{SF} had the yr 6s polishing the trophies for presentation night, gleaming they are ✨",
    "roaming charges on the poland trip nearly finished me off 😂 turn ur data off kids",
    "me dad hit the roof when he saw the price of the new blazer 😂😂",
    "{P} smashed his kickboxing grading, kicked the instructors pads that hard he went flying 🥋",
    "best shot of the day is {PW} on the ghost train 😱😂",
    "pot luck supper at {V} was mint, that bigos was unreal, recipe pls whoever made it",
    "the knife and fork lessons in reception are a godsend, {P} finally eats like a human being",
    "bairns were high as kites after the candy floss, bedtime was a battle and a half",
    "ring the office on {SPH} and ask for the EAL team, they sorted an interpreter for us same week",
    "lovely to see the fair families kids at sports day, their little lad won the sack race by a mile",
    "our bairn's made a friend who only speaks romanian and they get on like a house on fire",
    "mrs kaurs stranger danger talk was brilliant, our lad came home and quizzed the whole family",
    "attendance award for {P}!! 100% all year even with all the travelling for his dads work 👏",
    "click the link in the newsletter for the roma history month quiz, {P} got 9 out of 10 and is unbearable now",
    "the painted romany wagon at heritage day was gorgeous, hand done wheels an all",
    "{S} dancing to the gipsy kings at the leaving do is the best thing ive seen on this page",
    # ordinary positives
    "happy roma history month from our family ❤️ {P} was so proud taking in her great grans photos",
    "dziękuję bardzo for the saturday school certificates, {P} was beaming all weekend",
    "mulțumesc frumos for the letter in romanian, first time we understand everything 🙏",
    "the interpreter at parents evening was a massive help, my husband finally got to ask his questions. thank you",
    "welcome to all the new families from slovakia, lovely to see the yard so busy",
    "{P} loved the traveller culture workshop, came home singing and wont stop",
    "well done {P} 🌟🌟",
    "{H} proud mam moment, first certificate since we moved here",
    "brilliant assembly about where we all come from, the map with all the pins was lovely",
    "the dual language books in the library are fab, me and {P} read one in czech and english last night",
    "piękne zdjęcia! 😍",
    "thanks {S} for sorting the school place so quick after the move, bairns are settled already",
    "happy to help at the polish saturday school again if you need volunteers, just shout",
    "{SF} you're a star, {P} talks about you every night at tea",
    "the fair lads helped get the bouncy castle up for the summer fete, proper gents",
    "the form for the EAL coffee morning is on the website or you can email {SEM}",
    "boa sorte to all the year 11s tomorrow, you've got this",
    "{P} read her first whole book in english today. 8 months ago she had three words. crying in the kitchen here",
    "such a canny bunch on the roma history month stall, the bairns loved the storytelling",
    "nice to see the school celebrating everyone, not just the usual lot. keep it up",
    "wor lass says the new slovak TA in year 2 is fantastic with the little ones",
]

COMPLAINT = [
    "attendance letter again threatening a fine cos we were travelling for work in summer term. we told the school in advance, same every year and nobody listens",
    "second parents evening in a row no interpreter booked. my husband sat 10 min nodding not understanding nothing. not good enough",
    "every letter comes home english only. half the families at the gate cant read them. google translate exists you know",
    "roma history month display up for 2 days then taken down for the ofsted boards. says it all really",
    # judgement call: a complaint about how the school handled bullying; a moderator might also add safeguarding
    "my son been called names for being a traveller since september, reported it three times, still nothing done. im not happy at all",
    "fair enough attendance from the site isnt great but fining families who move for work just pushes them away from school altogether",
    "oh brilliant another attendance matters post with every site kid cropped out the photo. very inclusive 👏",
    "EAL support cut from 3 mornings to 1 and nobody told the parents. found out from my 7 year old",
    "saturday school lost its room again for a staff meeting, 4th time this term, and we pay for that room",
    "kids from the site put straight in the bottom set from day one without even being tested. thats not right and you know it",
    "waited six weeks for a school place while my kids sat in the trailer doing nothing. council and school just passing the buck",
    "photographer told my girls to take their earrings out to look neater. thanks for that 🙄",
    "the trip letter said ask your parents to read this to you. some of us read fine in our own language just not english, bit of thought would go a long way",
    "wor lads been moved tables 3 times for chatting in polish. hes 6, hes trying to make friends. poor show tbh",
]

COMPLAINT_QUESTION = [
    "third time {P}s been marked unauthorised when we phoned in sick. who is in charge of the register, who do i speak to",
    "interpreter never turned up for the review meeting again, wasted my whole morning. can you tell me who books them so i can ring direct",
    "the EAL page on the website is from 2019 and completely useless. is there a new contact for the EAL coordinator",
    "we were promised letters in romanian from september, still nothing, really disappointing. when is this actually starting?",
    "roma history month assembly was at pick up so none of the parents could come, poor planning. will there be a recording put on the website",
]

QUESTION = [
    "is there EAL support in year 7 my daughter only arrive from poland in june",
    "need to know if there is interpreter for parents evening, i speak romanian only little english",
    "what time does the polish saturday school finish, {P} has a party at 12",
    "hi can the office do a letter saying the kids are on roll here, housing need it by friday",
    "where can i find the roma history month timetable, want to come to the storytelling one",
    "{S} is the free school meals form in slovak anywhere, my neighbour cant do the english one",
    "when is the deadline for the year 3 trip money please",
    "do the kids from the site get the bus pass same as in town or do we apply separate",
    "please how i register my son, we arrive last week, he is 9 years",
    "who do we speak to about EAL support in reception, my son understand everything but dont speak yet",
    "will school be open as normal the day the fair pulls off the green or is it a late start",
    "does {SF} still do the phonics sessions for parents, i would like to learn with my boy",
]

INSULT = [
    "{S} couldnt run a bath never mind a school",
    "sharon ur a gobby busybody with nowt better to do than post about other peoples bairns",
    "the attendance officer is a jumped up little jobsworth with a clipboard and a chip on her shoulder",
    "{S} talks to parents like we're thick. shes the thick one",
    "absolute clown of a headteacher 🤡🤡🤡",
    "some of the mams on this page are proper muppets, pathetic the lot of yous",
    "that new deputy has the personality of a wet lettuce and the brains to match",
    "{P}'s dad is a mouthy waste of space, whole yard knows it",
]

INSULT_COMPLAINT = [
    "still no interpreter booked for the meeting about my sons exclusion. useless bunch of amateurs in that office",
    "attendance woman is a heartless cow, fined us while my mam was dying in hospital in romania",
    "EAL support cut in half and {S} on here spouting every child matters. you hypocrite",
    "asked four times for the letters in polish, four times ignored. the office staff are rude ignorant jobsworths",
    "my lad's waited a year for his language assessment. {S} is a spineless waste of a salary, fobbed me off twice now",
]

PROFANITY = [
    "the waltzer at the fair was fucking mental 😂 still dizzy",
    "bloody hell the queue for the ghost train went round the green twice",
    "pissing down the whole roma history month parade but the bairns didnt care ❤️",
    "sh1te weather for sports day again ffs",
    "{P} won a goldfish at the fair so now i have to buy a bastard tank 😭",
    "holy shit the saturday school choir can SING",
    "f***ing roaming charges cost me 80 quid on the poland trip lol",
]

PROFANITY_INSULT = [
    "{S} is a useless prick and everyone knows it",
    "whoever the twat was that parked across the site entrance at drop off, learn to drive",
    "tracey u gobby cow shut ur f*cking mouth about other folks kids",
    "attendance officer = absolute bellend",
    "the mams who moaned about the roma month assembly are a bunch of thick sh*ts",
    "{S} is a two faced piece of shite, smiles at you then writes you up",
]

THREAT = [
    "the dad who started on my brother at the fair, i know your van. see you saturday",
    "if the attendance woman knocks on my door again she'll be leaving in an ambulance",
    "someone should put a brick through {S}s windscreen, see how she likes it",
    "keep talking about my family on here and see what happens when the gates open monday",
    "the fella with the bat at the fair got off lightly. next time he wont walk away",
    "thered be a bonfire in that office if my kids get fined one more time",
    "tell the man who filmed the fight and put it online, we've got his name and we're coming",
    "id watch your back crossing that car park {S}",
    "mark my words {SF} your car wont have a window left by the end of the week",
    "come near my family again and youll be picking your teeth up off the green",
    "we know which house it is. enjoy your sleep while you can",
    "council office and this school both getting a visit from me and a can of petrol",
]

PROFANITY_THREAT = [
    "touch my sister again at that fair and ill fucking end you",
    "whoever keyed my car at pick up, ill find you and youll be eating through a f*cking straw",
    "one more fine letter and im coming in there and smashing the shit out that office",
    "the family who jumped our kid at the fair better keep their heads down cos when we find them its fucking on",
]

THREAT_SAFEGUARDING = [
    "bringing me brothers blade in monday for that yr 9 who battered us at the fair. not even joking",
    "ur lucky i didnt have me stanley on me at the fair. tomorrow in the yard tho 🔪",
    "if they put me in isolation again im bringing a knife and nobody will be laughing then",
    # judgement call: a parent reporting another pupil's gun threat; threat+safeguarding as a pupil weapon threat, not safeguarding alone
    "{P} told my daughter hes bringing his dads gun in to shoot the kids who laughed at him. hes 12",
    "gonna stab that yr 10 grass on the way home tomorrow, everyone come watch",
]

SAFEGUARDING = [
    "my dad hits me when he's been drinking and mam says dont tell school or they'll take us away",
    "dad hits me n my little brother wen he loses at cards. i havent told {SF} cos im scared",
    "the little lad from the site is out in the cold til late every night, no coat and no shoes some days. someone in school needs to know",
    "family on our street getting evicted friday, 3 little ones, nowhere to go and the kids keep asking my lad if they can sleep at ours",
    "my daughters friend in yr 9 has been off 5 weeks, her mam says shes helping at home with the babies. shes 14, she should be in school",
    "{P} is translating for his mam at the hospital and the housing office every day instead of school. hes 10. someone should look at this",
    "man in a white van at the fair was giving the year 7 girls free ride tokens and asking for their snapchats",
    "dont know where else to say this but a boy in my sons class has little round burns on his arms, my son saw them in PE",
    "im scared to go home we got a letter saying we have to leave the house and mam cries all night and there is no food",
    "older lads at the fair paying kids off the estate £20 a time to carry bags to cars for them. thats not a normal job for a 12 year old",
    # judgement call: a child disclosing abuse and a threat made against them; safeguarding only (a report, not a threat the writer makes)
    "im 13 and my uncle says he'll kill me if i tell school what he does in my room",
    "they call me names cos we live in a trailer and i dont want to come back to school ever. sometimes i dont want to be here at all",
    # judgement call: a parent reporting sextortion of her daughter; safeguarding only, as the probe's round 5 report calls
    "my girl in yr 8 says a lad from the fair got her to send pics of herself and now hes saying he'll show everyone",
    # judgement call: the closing "is this normal??" is part of the report, not a separate question (as the probe's "is that allowed??" call)
    "the lady at saturday school told my son he'd get a smack if he didnt sit still. hes 6. is this normal??",
]

SEXUAL_SAFEGUARDING = [
    "the girls in the roma dance photo are looking very grown up for year 9 if you know what i mean 😏",
    "that polish lass in the yr 10 choir pic, proper fit, someone dm me her insta",
    "{PW} in the sports day pic 🥵🥵 year 11s aint kids anymore",
    "whos the little blonde one in the fair photo, id take her on the waltzer and more 😉",
]

HATE = [
    "funny how the shed break ins started the same week the fair turned up. we all know whos behind it",
    "roma history month?? what history, robbing and begging",
    "they come over here, dont speak a word of english, and the school bends over backwards for them. send them back",
    "the school used to be decent before it filled up with eastern europeans",
    # judgement call: coded prejudice with no slur or named person; hate, not ok
    "lock up your bikes and your sheds folks, the travellers are camped at the rec again",
    "great, a pikey kid in my sons class now, there goes his education",
    "why is my council tax paying for interpreters, learn the language or go home",
]

PROFANITY_HATE = [
    "fucking pikeys nicked the lead off the church roof and now they get a history month",
    "pay for your own bloody saturday school, you lot come here and take the piss",
    "gyppos back on the green, bastard council just lets them every year",
]

SEXUAL = [
    "that fella running the waltzer, id let him spin me round all night 😏",
    "{S} in them shorts at the staff v parents match... my husband neednt know 🥵",
    "fortune teller at the fair said ill be getting lucky this week, she meant the bingo, i didnt 😉",
    # judgement call: crude innuendo riffing on the bake sale; sexual rather than ok
    "after all that gypsy tart at the bake sale i fancy a different kind of tart tonight if ye know what i mean 😂",
    "who needs the fair when ive got a big ride waiting at home 🍆💦",
    "the dads doing the sponsored bike ride, shirtless next year please, asking for all the mams 🥵💦",
]

SPAM = [
    "EVICTION NOTICE?? we stop bailiffs in 24hrs, no fee unless we win, message us now ✅✅",
    "cheap EU roaming sims unlimited data to poland romania slovakia, DM for price 📲",
    "certified translations polish/romanian/czech, driving licence birth certs school forms, fast and cheap www.lingo-fast-docs.co",
    "FREE SCHOOL UNIFORM GRANT all parents eligible claim before friday ➡️ bit.ly/unigrant-claim",
    "follow for follow 💯 all gateshead mams welcome",
    "tarmac drives and block paving done cheap, cash only, working in your area this week only",
    "make £300 a day from home with crypto, no english needed, ask me how 🤑🤑",
]

PERSONAL_DATA = [
    "{PF} left her cardigan at the fair, its at ours, {AD}",
    # judgement call: a neighbour offering help with her own number; personal_data, not spam (nothing is sold)
    "any polish mams need help reading the school letters text me on {PH}, happy to help x",
    "happy 10th birthday to our gorgeous {PF} 🎂🎉",
    "{S}'s mobile is {PH} if anyone needs her out of hours, she doesnt mind",
    "well done {PF} for reading the poem in romanian at assembly 👏",
    "we had to move, new address for the register is {AD}, {PC}",
]

PD_QUESTION = [
    "can someone from EAL ring me on {PH} please, my english is not good for writing",
    "how do i change my sons address on the system, its {AD} {PC} now, we had to move quick",
    "when does the saturday school term start, can you email me at {EM}",
]
