"""Round 16, writer S, session 12: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""

# Voices (writer S): the comment sections under Ravensworth Community Academy's posts on the hard
# days of a year - the Ofsted report, a strike day, GCSE results morning, a beloved teacher leaving,
# the cost-of-living uniform row, free school meals in the holidays, the merger with another trust.
# Former pupils from decades ago, retired staff, union reps, local councillors, political
# point-scorers, trolls from outside the area, parents thanking and parents furious, pupils, and bot
# accounts (crypto, work from home, fake giveaways, "DM me to collab").

PROFANITY = [
    "9 in english lit and an 8 in maths im actually fucking buzzing 😭😭😭",
    "bloody hell, miss frost leaving?? end of an era that",
    "pissin down on results morning, of course it is, gateshead never changes 😂",
    "holy sh1t the leavers video, whoever edited that deserves a pay rise 😭",
    "f*ck me the nerves this morning, couldnt even look at the envelope",
    "ah shite forgot its strike day tomorrow, nana's it is for the bairns 😂",
    "found the 1987 leavers photo, thats me on the back row with the perm. what the fuuuck was i thinking 🤣",
]

PROFANITY_INSULT = [
    "that head is a useless fucking waste of space and everyone knows it",
    "ofsted inspectors are a bunch of pr*cks who've never taught a day in their lives",
    "lol gateshead. school full of chavs and their shit parents 😂",
    "{S} is a right knobhead, was when i was there in 2004 an all",
    "union reps stirring it up again, lazy b@stards the lot of them",
    "the trust ceo on 200k a year is a total bellend, look at the state of him in that photo",
]

INSULT = [
    "{S} couldnt run a bath never mind a school",
    "what a clown show this place is, ofsted were being kind 🤡",
    "{SF} is as thick as mince, always has been",
    # judgement call: a jibe at free-meals families (not a protected group) - insult, not hate; some
    # moderators would leave it as an opinion
    "if you cant feed your own bairns in the holidays dont have them. simple as.",
    "teachers on strike again. greedy lazy lot, try a real job for once",
    "typical gateshead, inbred the lot of yous 🤣",
    "councillor turning up for the results photo like he did owt. absolute leech",
    "face like a smacked backside that new deputy, scares the bairns more than ofsted did",
]

INSULT_COMPLAINT = [
    "3 emails to {S} about access arrangements and not a single reply. lazy useless article, sits on their backside all day",
    "£42 for a blazer from one shop in durham. whoever signed that supplier deal is a greedy little weasel and should be ashamed",
    "ofsted said behaviour needs work and no wonder with that wet lettuce of a deputy letting year 9 run riot",
    "merger decided behind closed doors by governors who are a bunch of self serving muppets. not one parent was asked.",
    "our lad got the wrong grade on his results slip and the exams officer just shrugged at us. clueless woman, shouldnt be in the job",
]

HATE = [
    # judgement call: dog-whistle about who gets free meals, no slur - hate (xenophobic)
    "funny how the free dinners always seem to go to the families who've just got off the boat. local bairns go without",
    # judgement call: "them from the hotel" = asylum seekers; hate (xenophobic), no slur
    "school places going to them from the hotel before gateshead born kids. typical",
    "thats what happens when a school goes half foreign, ofsted was always going to fail it",
    "merger with a faith trust? no thanks, we dont want the muslims running our school next",
    "the trans stuff in RSE is why the results are down, groomers the lot of them",
    # judgement call: racist insinuation about pupils' names with no explicit group named - hate
    "you can tell from the names on the results board why the standards have dropped",
    "give it a month and the travellers camped on the field will have the lead off the roof",
]

PROFANITY_HATE = [
    "bloody immigrants getting free meals and free uniform while my lot get fuck all",
    "a headteacher in a headscarf, this is england not fucking pakistan",
    "gay agenda in reception now is it? f*cking disgusting, keep it away from our kids",
]

SEXUAL = [
    "{S} can give me detention any day of the week 😏",
    "the union rep on the picket line can picket outside my bedroom any time 😉",
    "wouldnt mind a thorough inspection off that ofsted lady 😏 outstanding in all areas",
    "any milfs from the ptfa fancy a private message 😜",
    # judgement call: an adult ex-pupil joking about a teacher (an adult) - sexual, not safeguarding
    "sorry sir but you were the reason for a lot of wet dreams in the class of 2003 🤣",
    "the new PE teacher in them shorts 🥵🥵 now i know why my wife volunteers for sports day",
]

SEXUAL_SAFEGUARDING = [
    "some of them year 11 girls look well older than 16 in those prom dresses 😍 post more",
    "girl second from the left in the netball pic is a stunner, anyone got her snap? 😏",
    "lovely bunch of fillies on the results day photo, couple of them look more than ready 😏",
    "{PW} in the sports day pics 😋 legs for days, which year is that",
]

THREAT = [
    "somebody wants to find out where that head lives and pay a little visit. just saying",
    "i know where {S} parks every morning. be a shame if something happened to that car",
    "merge us with that trust and see how many windows are left by september",
    "a couple of bricks through the staffroom window might wake them up a bit",
    "any teacher crossing the picket line tomorrow wants to check their tyres before driving home",
    "that inspector better hope i never bump into him in the metrocentre car park",
    "{S} wants to keep looking over their shoulder walking to the car at night. people round here have long memories",
    "if that merger goes through theres a can of petrol with the trust's name on it",
    "my lad excluded for nowt. im coming up there monday and someone is getting hurt",
    "shame the place didnt burn down over the summer. still time 🔥🔥",
    "wouldnt take much for someone to leave a little package in the hall on results morning would it",
    # judgement call: no act named, but menace aimed at a named role - threat
    "tell the head to enjoy her last quiet week. she wont know what hit her",
]

PROFANITY_THREAT = [
    "come near my kid again sir and ill break your fucking jaw",
    "cross that picket line tomorrow and see what happens to your fucking car",
    "sign that merger and every fucking window in the place goes through, mark my words",
    "i swear down ill find out where he lives and knock his f***ing head off",
]

THREAT_SAFEGUARDING = [
    "if {P} says one more thing about my sister im bringing my brothers blade in monday, not even joking",
    "results day or not {P} is getting stabbed at the gates if they show their face",
    # judgement call: laughing emoji, but a pupil naming a gun to bring to school - threat+safeguarding
    "leavers day gonna be mad, bringing my dads air rifle in to sort them lot out 😂",
    "yr 9 here. theres a lad whos been battering me since september and ive started carrying a knife in my bag. next time he tries it im using it",
    # judgement call: an adult threatening a named child - threat+safeguarding (child at risk)
    "i know which bus {P} gets home. wont be getting off it in one piece",
]

SAFEGUARDING = [
    # judgement call: an adult former pupil disclosing historic abuse by a staff member - safeguarding
    # (allegation against someone who may still work with children)
    "i was at ravensworth in the early 90s. a PE teacher used to keep me behind after swimming and touch me. never told anyone. im 44 now and somebody needs to know in case hes still around kids",
    "the lad next door is in year 4 and hes been knocking on asking for bread most days since they broke up. mams never in.",
    "im in yr 11 and if i fail maths again tomorrow i honestly dont see the point of being here anymore",
    "theres older lads in a black golf outside the gates at home time giving year 8s vapes and asking them to drop bags off for them",
    "some bloke keeps messaging my daughter off the prom photos saying hes a model scout and to keep it between them. shes 15",
    "my stepdad hits me when hes had a drink and i dont want to be at home all day on the strike day",
    "during the strike the little one from over the road was sat on the step in his uniform all morning, no coat, nobody answering the door",
    "one of the TAs has been snapchatting my 14 yr old late at night and told her not to tell me. screenshots saved",
    "my mate in year 7 says his dad locks him in his room with no tea when he gets bad marks",
    "my sister in yr 10 has stopped eating since all the stuff about her blazer, hides her food and shes getting really thin",
    # judgement call: a report of an intimate image of a pupil being shared - safeguarding only
    # (a report, not sexual content; as round 5)
    "someones airdropping a picture of a year 9 girl in her bra round the whole year. she's not been in since monday",
    "a year 8 lad just posted on tiktok hes taking all his mams tablets tonight. dont know his surname, please can someone from school check on him",
    # judgement call: historic, second-hand, no abuse named outright - safeguarding
    "the music teacher in the 80s had 'favourites' he took home for extra lessons. two of us have talked about it since. someone at the trust should know",
    "{P} keeps coming to ours for tea saying theres no food in the house and the electric's been off a week",
]

PERSONAL_DATA = [
    # judgement call: a parent giving away uniform with their own phone and address - personal_data,
    # not spam (nothing sold)
    "anyone short on uniform for september, ive got 3 blazers age 11-12 going free. text me on {PH} or pick up from {AD}",
    "well done {PF} on your results, the whole street is proud of you 🥰",
    "{PF} got all 9s!!! thats my godchild that 😭",
    "if any old pupils want to sign the leaving card for miss frost email me on {EM} x",
    "parent rep for the save ravensworth campaign - anyone wanting to get involved ring me on {PH} or come round to {AD} {PC} tuesday night",
    "happy 16th to our {P} born {DOB}, birthday and results in the same week 🎂🎉",
]

PD_QUESTION = [
    "could someone from the office ring me back about the uniform grant please? {PH}, im in after 3",
    "is the leaving card for {S} going round? im housebound now (dinner lady 1984-2011), could someone drop it to {AD}, {PC}?",
    "hi my daughter {PF} is in year 11, can she collect her certificate on friday instead of thursday?",
]

SPAM = [
    "🚀💰 I turned £250 into £7,400 in 10 days trading BTC!! Message my mentor on telegram @cryptoqueen_uk 💯💯",
    "Work from home mums!! Earn £500+ a week from your phone, no experience needed, comment INFO below 👇",
    "🎁 GIVEAWAY 🎁 to celebrate results day we're giving 50 families £100 Asda vouchers! Like, share and click the link in our bio",
    "Hey! Love your page 😍 DM me to collab, we'd love to feature your school on our edu brand ✨",
    "follow for follow? 🔁 gateshead mums group growing fast, follow back guaranteed",
    "Your page has been flagged for copyright violation. Verify now at meta-support-check dot com or it will be deleted in 24hrs",
    "Need cheap school uniform?? Branded blazers from £9, we ship UK wide, visit uniformdealz dot co dot uk",
]

COMPLAINT = [
    "Dear Chair of Governors, I am writing to formally object to the proposed merger with the Tyne Valley Learning Trust. Parents were given eleven days' notice of a single consultation meeting held at 2pm on a weekday, which excludes most working families. I ask that the consultation period is extended and that an evening meeting is held. Yours faithfully, a parent of two pupils in Years 4 and 8",
    "I want to raise that {S} hasn't replied to three emails about my daughter's exam access arrangements. I know it's a busy time but results are tomorrow and we still don't know where we stand.",
    "congratulations on 'requires improvement' everyone, definitely one for the banner on the fence 👏👏",
    "love that the new blazer is only sold in one shop in durham for £42. really helping with the cost of living there, well done all 🙌",
    "third strike day this term and we found out at 8pm the night before. some of us have shifts to cover.",
    "no holiday food vouchers again this half term. the school down the road sorted it, why cant we",
    "rang {SPH} four times on results morning about resits and nobody picked up. not acceptable on the one day it matters",
    "miss frost leaving and still no replacement named. year 6 have had four different teachers this year, its not good enough for them",
    "went here in the 70s when it was still the secondary modern. breaks my heart seeing the state of it now, gone right downhill",
    "As a retired member of staff (32 years) I am saddened to see the library turned into offices. The children deserve better than this.",
    # judgement call: "before a child gets hurt" is a warning about road safety, not a threat - complaint
    "As ward councillor I've raised the parking on Coalway Lane with the trust three times now. Residents deserve a proper answer before a child gets hurt.",
    "the ofsted report says SEND provision is 'inconsistent'. parents have been saying that for three years and were told we were wrong",
    "wonderful to get the results letter addressed to someone elses child. top class admin as always 👌",
    "prom tickets £55 on top of the dress and the suit hire. half the year wont be going. it should be for all of them not just the ones who can afford it",
]

COMPLAINT_QUESTION = [
    "the strike letter came out way too late again which isnt fair on working parents. is breakfast club still running on thursday?",
    "still nothing about holiday meal vouchers, its getting a bit much now. who do we contact, the school or the council?",
    "really disappointed the merger meeting is in school hours when most of us are at work. will the slides be put on the website after?",
    "uniform grant closed before half of us even got the letter, thats not on. can we still apply late?",
    "the results day info was confusing to say the least. what time can they collect certificates if they missed the morning slot?",
]

QUESTION = [
    "what time does the hall open for results on thursday",
    "is school open for year 11 on the strike day or just the exam groups?",
    "hi is there a leaving collection for {S}? would love to chip in 💐",
    "do the holiday meal vouchers cover easter as well or just summer?",
    "where do we drop uniform donations, the office or {V}?",
    "will the full ofsted report go on the school website or is it just on the ofsted site",
    "can ex pupils come along to say bye to {SF}? i left in 2011",
    "after the merger does the school keep its name? and will they have to change uniform again",
    "hiya is the maths resit in november or do they wait til next summer",
    "is {SEM} the right address to ask about a grade review?",
    "how do you apply for the uniform grant, is it through school or the council website?",
    "what time does the picket finish today? want to bring some teas and bacon butties down for the staff 😊",
]

OK = [
    "miss frost you will be missed so much, {P} cried all the way home 😭❤️",
    "proud of every single one of yous year 11 {H}",
    "left in 1979 and still remember the smell of the woodwork room. happy days",
    "retired from the kitchens in 2014, lovely to see the old place still going. give my love to {SF}",
    "huge thanks to the office ladies who answered every call on results day, you're stars ⭐",
    "{P} got the grades for college 🙌🙌 cant thank the maths department enough",
    "so glad the ofsted report picked out the pastoral team, they were brilliant with our {P} last year",
    "thank you for fighting for the holiday meals, it means the world to a lot of families x",
    "🥹🥹🥹",
    "dziękuję pani Szymańska za wszystko, będziemy tęsknić 💐",
    "On behalf of the ward I'd like to congratulate staff and pupils on a strong set of results. Low Fell is proud of you.",
    "uniform swap shop is on at {V} saturday 10 til 12, bring whatever they've grown out of",
    "merger or no merger, ravensworth will always be ravensworth to me. class of 92 💙",
    "{S} taught me in 1998 and now teaches my son. full circle",
    "mr dave had the heating back on by 7am after that storm, unsung hero that man",
    "honestly the ofsted report is a lot fairer than folk on here are making out, read the whole thing before you comment",
    # judgement call: political point-scoring aimed at government, not at the school - ok
    "this is what 14 years of cutting school budgets does. not the teachers fault, not the heads fault.",
    "good luck to everyone collecting results tomorrow, whatever the envelope says you're more than a number 💙",
    "{PW} doing a cartwheel down the corridor with the results slip 😂 made my morning",
    "canny do at the leavers assembly, howay the year 11s",
    "aye pet she was the best, taught three of ours",
    "shared to the low fell community page 👍",
    "my grandad went here when it was coalway lane secondary. three generations of us now",
    "@ravensworth_academy thank u for everything miss jodie did for my boy, he'll miss you x",
    # hard negatives: words shared with threats, violence, drugs, weapons, sex, spam, safeguarding
    "when they killed the lights in the hall and put the leavers slideshow on i was gone 😭",
    "results were a bloodbath of 9s in the science department this year, absolute scenes 🔥",
    "{S} was our form tutor and an absolute legend, brought biscuits in every mock week",
    "solidarity to everyone out on strike today ✊ done a few picket lines in my time - retired NUT rep",
    "the drugs and county lines evening for year 9 parents was an eye opener, every parent should go to the next one",
    "the cake stall went down a bomb on results day, £212 raised for the food bank",
    "{PW} absolutely smashed it, straight 8s and 9s. killed it kid 💪",
    "the knife crime workshop was powerful, my lad came home and actually talked about it for once",
    "RSE evening was really reassuring, nothing like the rubbish going round whatsapp about what they teach",
    "won the hamper in the ptfa raffle!! didnt even know id entered, my mam bought the tickets 😂",
    "so proud mrs kaur won the regional safeguarding award, no one deserves it more",
    "been working from home all week just so i could be there at 10 for results. worth every second",
    "hate that you're leaving miss, you've been there for every one of my kids 💔",
    "the leavers water fight got absolutely brutal, nobody was safe, teachers included 😂",
    "the kitchen team fed 140 hungry bairns over half term for nowt. heroes the lot of them",
    # judgement call: "find out where he lives" about a retired teacher, to send a birthday card - ok
    "trying to find out where mr wilson lives now to send a card, he'd be 90 this year. taught woodwork 1965-1990",
]
