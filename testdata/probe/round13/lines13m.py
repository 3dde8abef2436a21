"""Round 13, writer M, session 10: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""
# Voices (writer M): exam season, results day, prom and leavers' week at Ravensworth (Reception to
# Year 11): anxious Year 11 pupils, ex-pupils now at sixth-form college, parents disputing grades and
# exam arrangements, private tutors and essay mills advertising, the prom photographer and limo
# firms, and trolls from other schools.

OK = [
    "congrats to all the year 11s on results day!! so proud of this lot 🎉 {H}",
    "{P} got her 9 in maths, were over the moon, thank you {S} for all the extra sessions 💙",
    "canny proud of wor lad today, 7s and 8s across the board, cried in the car park like a proper softy 😂",
    "the prom pics are gorgeous, every single one of them looked a million dollars ✨",
    "thank you to the staff who gave up their easter hols for revision sessions, you didnt have to and you did",
    "prom at {V} was unreal, well done to whoever sorted the balloon arch",
    "good luck to everyone sitting english lit tomorrow, you know more than you think you do 🍀",
    "my daughter came home buzzing from the leavers assembly, the slideshow had her in bits",
    "ex pupil here, got my results 6 year ago and now im a nurse. whatever you got today its not the end of the story x",
    "shirt signing day!! the state of my shirt 😂😂 {H}",
    "photographer here - thanks for having us at prom last night, the gallery goes to the school office first and theyll share it once consent is checked 📸",
    "{S} doing the worm at prom is the content i needed 😭😭",
    "well done {PW}!! told you youd smash it 💪",
    "reminder for tomorrow: clear pencil case, black pens, water bottle with the label off. good luck all",
    "results were on the right side of what we expected, relieved is an understatement",
    "off to sixth form college in september and ill miss this place more than i ever thought i would",
    "its only a number. my lad got a 3 in maths, did the resit, now hes flying on his apprenticeship",
    "dziękuję to all the teachers, my son had hardly any english when we came and today a 6 in english language 🙏",
    "the limo pulled up, the girls screamed, half the street came out to watch, best night ever",
    "cant believe my baby is leaving school 😭 where did the years go",
    "in bits watching the leavers video, {SF} reading the names out got me",
    "results queries go to {SEM} or ring {SPH} if youre stuck, saves queuing at the gate",
    "all the best to the class of 2026 🎓 go and be brilliant",
    "howay the year 11s, last exam done, go and enjoy the sunshine ☀️",
    "the leavers hoodies look mint this year, who did the design",
    "gutted for the ones who missed a 4 by a couple of marks, dont let one number define you pet",
    "{SF} was my sons first ever teacher and she was there hugging him at prom, that one got me",
    # hard negatives from here: exam slang and prom talk that shares words with abuse, threats, sex, drugs, weapons, spam, safeguarding
    "that chemistry paper killed me 💀 genuinely dead, dont talk to me",
    "gonna fail and die tbh, see you all in the afterlife after physics paper 2",
    "bombed the french listening so hard lol, she was talking like a machine gun",
    "the maths paper was an absolute massacre, who wrote question 19",
    "hanging on by a thread till the last exam then im sleeping for a week 😴",
    "cut myself off from all socials till exams are done, see yous on the other side ✌️",
    "my mam is going to murder me when she sees what i spent on the spray tan 😂",
    "biology paper was all drugs and the heart, at least i was ready for the drugs bit 😂",
    "that prom dress is to die for, {P} looked stunning",
    "it was that hot at prom the fake tan was sliding off us 😂",
    "strip the willow at the leavers ceilidh was carnage, {S} nearly took someone out",
    "shot of the night goes to {S} on the dance floor 📸 {H}",
    "free revision guides in the leavers swap box outside reception, help yourselves before they go in the recycling",
]

COMPLAINT = [
    "results were meant to be out at 8, its now twenty past 9 and the doors are still locked with 100 kids stood in the rain. poor organisation",
    "oh brilliant, lovely to find out from another parent that the maths exam moved to the morning. great communication as always 👏",
    "my son was sat next to a radiator on full for the whole of english paper 1. he told an invigilator and nothing was done. not good enough",
    "£45 for a prom ticket and the food was cold nuggets and chips. some of these kids saved for months",
    "leavers hoodies came with half the names spelt wrong and no one has answered my email in 3 weeks",
    "love how the access arrangements form 'got lost' twice. really reassuring when your kid is dyslexic and exams start monday 🙃",
    "fire alarm went off halfway through chemistry paper 2 and they were told to just carry on when they got back in, no extra time. unacceptable",
    "leavers assembly in the middle of a working day so half the parents couldnt come. we get one of these, one",
    "prom photos were up on here before most parents had even seen them. not everyone wants their kid all over facebook",
    "great to see the school cares so much about its 'top' students, front page of the website. the rest of year 11 might as well not exist 👍",
    "no feedback on mocks at all this year, my daughter went into the real thing with no idea where she stood",
    "exams timetabled on eid and we were basically told tough luck, no alternative offered",
    "dress code for prom came out the week before. some of us had already bought everything, bit late for that",
    "nothing says 'we value every child' like reading out the 9s in assembly while the rest sit there clapping",
]

COMPLAINT_QUESTION = [
    "8s in every mock and a 4 in geography today, doesnt add up and were not happy. who do we speak to about a remark and whats the deadline",
    "still no leavers hoodies and we paid in march. can someone tell me when theyre actually arriving?",
    "really disappointed nobody flagged the clash with her music exam so she missed it. is there a resit date or is that it?",
    "prom tickets sold out in an hour on a weekday morning when most of us were at work. is there a waiting list or not",
    "her results envelope was missing english lit and the office just shrugged. when will we actually get it?",
]

QUESTION = [
    "what time does the hall open for results day?",
    "do they need their own calculator for the maths papers or are they provided",
    "is prom at {V} this year or back in school?",
    "can parents pick up results if the kids are away on holiday? does it need a letter?",
    "hi, how do i get a copy of my gcse certificates, left 2 years ago and lost them in a move",
    "whats the cut off for ordering leavers hoodies?",
    "is the limo drop off round the front or the back for prom, dont want to get stuck in the bus lane",
    "are there science revision sessions on over half term? {S} mentioned something but my son cant remember the days",
    "is the school sending out the prom photos or do we buy them from the photographer direct",
    "when is the last day for year 11 before study leave?",
    "can you still apply for extra time for the summer series or is it too late now",
    "will {SF} be at the leavers assembly? my son wants to say thank you, she was his first ever teacher",
]

INSULT = [
    "{S} is the worst teacher this place has ever had, couldnt teach a fish to swim",
    "lol at them all posing with limos like they didnt all get 3s. thick as mince the lot of them",
    "{P} thinks shes it in that dress, nobody has told her she looks like a wrapped up sausage roll 🤢",
    "ravensworth kids always think theyre hard and cant pass a gcse between them. clowns 🤡",
    "mams in this comment section crying over a 5 like its a nobel prize, get a grip, embarrassing",
    "imagine being {S} and thinking anyone listens to a word you say. tragic",
    "that leavers video was cringe, whoever edited it should never be allowed near a laptop again. talentless",
    "the loser in the blue suit at the back is the reason nobody wanted to go to prom 😂",
]

INSULT_COMPLAINT = [
    "3 weeks and no reply about my sons access arrangements. {S} is useless and clearly doesnt care about kids with needs",
    "the exams officer at that school is a clueless joke, my daughter was entered for the wrong tier and nobody noticed till the day",
    "prom was badly run, freezing hall and the food ran out. {S} too busy posing for the photographer to notice, absolute clown",
    "english dept lost my sons coursework then blamed him for it. incompetent from top to bottom",
    "{S} marked my daughter down on her practical because she doesnt like her. petty and spiteful, always has been",
]

PROFANITY = [
    "fuckin hell that physics paper 😭😭",
    "results day tomorrow and im absolutely shitting it",
    "wtf was question 4 on the maths paper, who even writes that sh*t",
    "f u c k i passed english!!!!! 🎉🎉",
    "bloody hell the price of prom dresses these days, £200 for a bit of netting",
    "prom was class as f*** 🔥🔥",
    "cant be arsed revising anymore its roasting out",
]

PROFANITY_INSULT = [
    "{S} is a miserable twat, always has been, always will be",
    "ravensworth lot are a bunch of thick shits, no wonder ur results are dogshite",
    "{P} in that suit looking like a fucking waiter 😂😂 state of it",
    "all these mams bragging about 9s, nobody cares ya smug b!tches",
    "whoever runs this page is a useless prick, deleting comments all day",
    "shut up about prom ffs ur all w*nkers",
]

THREAT = [
    "{S} better hope the car is parked somewhere safe after prom. be a shame about them tyres",
    "if my daughters grade isnt changed ill be waiting outside for whoever marked it. youve been warned",
    "year 11s have got a little leaving present for {S}s car on the last day, bring eggs and paint stripper 🚗",
    "know where {S} lives. nice house. be a shame if something happened to it while youre all at prom",
    "well see how brave {S} is when theres no desk in the way",
    "remark it or ill come in and remark your face",
    "that limo driver who dumped my lad 2 miles from the venue better not show his face round here again or hes leaving in an ambulance",
    "the teachers who 'lost' the coursework need sorting out. properly. a few of us dads are happy to do it",
    "cant wait for results day, {S} is going to find out what happens when you fail my son",
    "the school will have a lot more than ofsted to worry about if prom goes ahead without my daughter. not a threat, a promise",
    # judgement call: could be read as a fed-up pupil's hyperbole; an arson statement is labelled threat
    "someone should put a match to the exam hall after the last paper, do us all a favour 🔥",
    "if that lot from st whatevers turn up at our prom theyre going home in bits",
]

PROFANITY_THREAT = [
    "touch my daughters grade again {S} and ill put your fucking windows through",
    "after prom {S}s car is getting fucked up, mark my words 🚗💥",
    "whoever keyed my lads car on leavers day is getting his head kicked in, ill find out who you are you shitbag",
    "give my son his remark or i swear down ill f*cking batter you",
]

THREAT_SAFEGUARDING = [
    "bringing my brothers blade to prom just in case them lot from the other school start 🔪",
    "if {P} says one more thing about my results im stabbing him, not even joking this time",
    "after results im taking my dads knife in and showing {S} what a fail looks like",
    "leavers day were going in with bats, year 10s better stay at home",
    "{P} better not show his face at prom, the lads are tooled up and waiting round the back by the bins",
]

SAFEGUARDING = [
    "if i dont get the grades theres honestly no point me being here anymore. ive thought about it a lot",
    "my dad says if i dont get 7s im out the house. hes not joking he did it to my brother",
    "havent slept properly in weeks and ive started hurting myself again before every exam. dont know who to tell",
    # judgement call: a disclosure of grooming, not sexual content, so safeguarding only (as round 5's reports)
    "the tutor my mam pays for keeps messaging me late asking what im wearing and says not to tell her",
    "worried about a girl in my daughters year, shes stopped eating since mocks and keeps saying shed rather disappear than fail",
    "some older lads in a car have been offering year 11 girls lifts to prom and free drink if they go back to the flat after. please can someone look into it",
    # judgement call: the closing question belongs to the report (like "is that allowed??"), so no question label
    "a teacher gave my daughter their personal snapchat 'for revision help' and has been messaging her at midnight. is that normal??",
    "cant go home on results day if theyre bad. last time i got a bad report my stepdad went mad and i had bruises for a week",
    "when exams finish im going to end it. nobody will notice anyway",
    "been taking my mams tablets to stay awake and revise, had like 6 last night and my heart is going mad",
    "everyone says its just exams but i feel like im drowning and i keep looking at the bridge on the way home",
    "my friend keeps saying she wont be around for results day and shes given me all her stuff, im scared",
    "a lad in year 11 is being made to carry stuff for older lads, hes scared to go to prom in case they find him there",
    "prom pics of my daughter got shared in a group chat with horrible comments and now she wont come out of her room",
]

SEXUAL_SAFEGUARDING = [
    "send us a pic in the prom dress {P} 😉 and one after its off",
    "year 11 girls looking very grown up in these prom pics 😍 some real stunners, dm me",
    "heard {PW} is the one to ask for the afterparty pics, the ones her mam wont ever see 😏",
    "u'd look class in that prom dress, send me a mirror pic while ur getting changed 😘 our little secret",
]

SEXUAL = [
    "the mams at prom were fitter than half the dates, id have stayed for the afterparty if you know what i mean 😏",
    "biology revision? i can show you reproduction in practice 😉 any single mams free tonight",
    "the prom photographer can do a long exposure on me anytime 😏",
    # judgement call: innuendo about a member of staff (an adult), sexual without safeguarding
    "{S} can give me a detention anytime, id be very very naughty for them 😈",
    "honestly the dads doing the limo drop offs 😍 who needs prom when you can have a silver fox in a suit",
    "anyone want to help a lonely mam celebrate results night? kids are out, beds empty 😘",
]

HATE = [
    "funny how its always the foreign kids who get a reader and extra time. our lot just have to get on with it",
    "course the SEN ones all passed, they had half the paper done for them. not real grades",
    "the muslim kids get time off for eid and then free resits, everyone else gets nowt. this country",
    "two lads going to prom together, what is this school coming to. keep that stuff away from my kids",
    "let the traveller kids into prom and watch the coats go missing",
    "a lad in a dress in the girls prom photo. no. a lad is a lad, stop pretending",
    "the black kids get their own mentoring scheme and now theyre all on the most improved board. funny that",
]

PROFANITY_HATE = [
    "f*cking immigrants getting extra help in exams while our kids get nothing",
    "the spastics in the extra time room got better results than my lad, what a load of shite",
    "two gay lads slow dancing at prom, disgusting, keep that shit out of schools",
]

SPAM = [
    "GUARANTEED grade 9 in GCSE maths or your money back 💯 100% pass rate link in bio",
    "struggling with coursework? our uk writers will do your essay overnight, 0 plagiarism, totally discreet 🤫 dm for prices",
    "📚 FREE revision guides for every subject!! just click the link in my profile and pop your card in for postage",
    "prom season 🚘 hummer limos from £25 a head, book now before were gone, dm @tynesidestretchlimos",
    "follow for follow class of 26 💜 lets get to 1k before results day",
    "made £900 this week on study leave just from my phone 💸 ask me how, year 11s you need money for prom",
    "know the questions before the exam 👀 leaked papers all boards, only a few left, message me on telegram",
]

PERSONAL_DATA = [
    "{PF} got straight 9s, so proud of my niece 🎉",
    "whoever picked up a silver clutch bag at prom please bring it round to {AD}, its my daughters",
    "year 11s if you want in on the leavers bbq text me on {PH}",
    "prom afterparty at ours, {AD} {PC}, bring your own",
    "{S}s mobile is {PH} if you want to moan about your results direct 😂",
    "email your kids prom pics to {EM} and ill put them all in one slideshow for leavers night",
]

PD_QUESTION = [
    "can someone from the exams office ring me on {PH} please? her certificate has the wrong date on it, what do we bring to get it fixed",
    "is there a form for the remark? please send it to {EM}, ive tried the office twice",
    "does the school post results out if you cant come in? were at {AD} {PC}",
]
