"""Round 25, writer K2, session 13: written before reading Steward's lexicons or classifier; labelled per testdata/dev/README.md."""

# Voices (writer K2): local politics reaching the school page of Ravensworth Community Academy,
# Gateshead. The MP's photo op and the councillor's visit, the school funding petition, free school
# meals (FSM), the row over a book in the library, Reform and Labour supporters arguing under posts,
# comments about migrants and the asylum hotel near the school, a parent who is a councillor being
# threatened, a fair complaint about class sizes, questions about the petition typed without a
# question mark, and hard negatives that borrow the words of fights, cuts and campaigns.

OK = [
    # hard negatives: words shared with threats, abuse, sex, drugs, weapons, spam, safeguarding
    "we need to fight for this funding, every single parent on here should sign 💪",
    "2000 signatures by friday, lets smash the target {H}",
    "KILL THE BILL!! the send cuts are a disgrace up and down the country, write to your MP folks",
    "honestly the cuts are murder on schools, the staff here are doing miracles with nowt",
    "the old hospital up the bank was an asylum in the old sense, year 9s history project on it was fascinating",
    "the MP got absolutely destroyed by year 10 in the Q&A 😂😂 best thing ive seen all week",
    "year 6 bombarded the councillor with questions, he didnt know what had hit him haha",
    "the big guns from the council finally turned up for once lol",
    "free school meals should be for every bairn, no forms no strings attached. simple as",
    "click the link on the schools post to sign, takes 30 seconds, done mine on the bus",
    "year 10's debate on whether cannabis should be legal was so well argued, both sides, proud of them",
    "sex ed and RSE is on the agenda at the councillors meeting at {V} thursday if anyone wants their say",
    "the refugee family who spoke in assembly were so brave, lovely to see how the kids welcomed them ❤️",
    "{S}'s bit at the hustings about grooming and keeping kids safe online was spot on, every parent should hear it",
    "attack the problem not the person, thats what we tell the bairns and it goes for this comment section an all",
    "the councillor was shaking in his boots when year 11 asked about the bus cuts 😂",
    "petitions spreading like wildfire, 4k overnight 🔥🔥",
    "{PW} was a star in front of the MP, didnt miss a beat",
    # judgement call: 'held hostage' is hyperbole about the visit, no menace
    "reception held the MP hostage in the reading corner till he'd heard every single bairns story 😂",
    "we went to war with the council over the bus route in 2019 and won, we can do it again with this",
    # everyday lines
    "signed and shared x",
    "🙌🙌🙌",
    "whatever your politics the kids were brilliant today, credit to them",
    "proud to be a ravens parent today {H}",
    "the letters the year 5s wrote to the MP were beautiful, some of them had me welling up",
    "thanks {SF} for getting the little ones involved, they loved making the banner",
    "respect your view but im voting labour, the council has done alright by this school in fairness",
    "fair enough, i vote reform and ive signed it, its about the kids not the party",
    "{P} came home saying he wants to be prime minister now 😂 watch out",
    "howay the ravens, 5k by half term",
    "canny turnout at {V} last night, nice to see so many dads there an all",
    # judgement call: political grumble not about the school (like "petrol prices are shocking")
    "reform labour tories, theyre all the same, nowt ever changes round here",
    # judgement call: a view on the council's consultation, no attack on asylum seekers themselves
    "the council should have consulted residents before opening the hotel, thats all im saying, nothing against the families in it",
    "my mam went to this school in the 80s and it was 35 in a class then too, glad the kids are fighting for better",
    "shared on the residents group, loads of the older ones want to sign too",
    "lovely to see the kids asking proper questions, they put some adults to shame",
    "the book in question is on my daughters shelf and its a lovely story tbh",
    "well done to the school council for running the stall, very grown up",
    "done ✅ the wife and both grandparents have signed an all",
    "good to see {S} stood up there with the kids, takes guts in front of cameras",
]

COMPLAINT = [
    "my sons year 5 class has 33 in it now. its not fair on him or on his teacher and i think it needs saying",
    "nobody asked parents before our kids were put in the MPs photo op and now its on his campaign page. not ok",
    "Lovely photos. Shame the MP couldnt find the budget for the leaking roof while he was here 🙃",
    "the petition letter in the book bags felt political to me. school should stay neutral whichever side",
    "taking a book off the library shelf because a few people shouted on facebook, without telling any parents, is poor",
    "three weeks waiting on the FSM form to be processed and in the meantime im paying for dinners i cant afford",
    "great, another visit from a councillor who voted for the cuts. the irony isnt lost on some of us",
    "after school clubs cut to two nights a week and not one word of explanation to parents",
    "not happy my daughter was pulled out of her maths lesson to sing for the MP. she has mocks in a fortnight",
    "the letter about the petition came out the day before the deadline. a bit more notice would be nice",
    # judgement call: sarcastic, about the school's decision rather than any person
    "thanks for the lovely email telling us the TA has gone. because 31 bairns and one teacher is totally fine isnt it",
    "school has posted about the petition every day for a week but still no answer about the heating in year 3",
    "my lad has had four different supply teachers since september. whatever the funding row is, its not his fault",
    "the hustings was meant to be for parents but the candidates did all the talking and none of our questions got read out",
]

COMPLAINT_QUESTION = [
    "my daughter has 34 in her class this year which is far too many. what is the actual maximum the school works to",
    "the photo of my son with the MP was shared on his page without my consent. who do i speak to about getting it taken down",
    "nobody told us the book had been removed. can you tell me where the library policy is published",
    "the FSM form has crashed on me four times now, its a joke. is there a paper copy i can pick up from the office",
    "parents evening clashes with the councillors visit again, poor planning. will there be another date",
]

QUESTION = [
    "where do we sign the petition is it online or paper",
    "is the MP coming back for the prize giving",
    "do FSM kids get put on the holiday club automatically or do we have to apply",
    "what time does the councillors drop in at {V} finish",
    "can parents come to the year 10 hustings or is it just for pupils",
    "is the petition just for parents or can grandparents sign an all",
    "do i hand the petition sheets in at reception or ring {SPH} first",
    "is the book still in the library at the minute, my daughter wants to borrow it",
    "who do we email about free school meals, is it {SEM}",
    "when is the deadline for the petition",
    "will the MPs visit be streamed for parents who are at work",
    "hiya is the letter about class sizes going out to reception parents as well",
]

INSULT = [
    "typical reform voter, cant spell, cant think, cant stop posting",
    "the councillor is a parasite and his lass stood at the gates with her clipboard is no better",
    "{S} is just a puppet for the council, no backbone whatsoever",
    "youre thick as mince pal. read a book (not that one 🙄)",
    # judgement call: a parent mocked for her politics; political view is not a protected group
    "the labour luvvie mam who runs the petition is a proper muppet, just ignore her",
    "{S} couldnt run a bath never mind a school",
    "the lad from the PTFA posting every five minutes is a weapon. thats all",
    "honestly the state of the parents on here, brain cells of a goldfish the lot of yous",
]

INSULT_COMPLAINT = [
    "{S} let the MP use our kids for his leaflet without asking one single parent. spineless jobsworth",
    "32 in reception and the head just grins for photos with the MP. useless woman",
    "pulled the book without telling anyone, the governors are a bunch of cowards and clowns",
    "FSM form still broken after 3 weeks, whoever runs that office is clueless",
    "class of 34 with a supply who cant control them, and {S} swans about with councillors. joke of a school leader",
]

PROFANITY = [
    "fucking 3000 signatures in two days!! well done everyone {H}",
    "holy shit the MP actually answered {P}'s question 😂",
    "petitions at 5k, get in you f*cking beauty",
    "f**k me its cold at {V}, bring a coat to the hustings",
    "shite weather for the councillors visit but the bairns didnt care one bit",
    "omg sh1t i forgot to sign, doing it now",
    "bollocks, missed the live stream of the debate. gutted",
]

PROFANITY_INSULT = [
    "shut up you absolute bellend, nobody asked what reform thinks",
    "the councillor is a lying prick and always has been",
    "f*** off you labour melt, go back to twitter",
    "what a dickhead, calling another parent a racist on a school page",
    "youre a thick c*nt mate, read the actual post",
    # judgement call: abuse aimed at voters of a party, not a protected group
    "reform voting wankers the lot of yous on this thread",
]

THREAT = [
    "the councillor whose lad is in year 8 wants to watch himself. we know what car he drives",
    # judgement call: intimidation with implied force rather than a stated act of violence
    "if that book is still on the shelf monday a few of us are coming in to take it off them and it wont be polite",
    "keep sending petitions home in book bags and see what happens to your windows",
    "that MP better not show his face at the gates again or hes leaving in an ambulance",
    "tell the councillor we know where he parks at pick up. sleep well",
    "{S} let the MP in. fine. they can deal with what happens when we come up there",
    "someones going to set fire to that library one day and i wont be shedding any tears",
    "ill be waiting at the gate for the dad who called me a racist. come and say it to my face and see",
    "lad with the labour badge at pick up, i know your face now. see you tomorrow 👋",
    "if my bairns class goes to 35 im going to the council offices with a can of petrol",
    "the councillors house has a lovely big front window. just saying",
    "next time that MP comes someone will be there to give him exactly what he deserves",
]

PROFANITY_THREAT = [
    "say that again at pick up and ill knock your fuckin teeth out",
    "any reform lot turn up at the gates to protest tomorrow and youre getting f***ing leathered",
    "that councillor is getting his shit kicked in next time hes up at the school",
    "swear to god if that MP comes near my kids again i will fucking batter him",
]

THREAT_SAFEGUARDING = [
    "my son says a lad in year 10 is bringing a knife in tomorrow for the councillors son. please someone do something tonight",
    "theres a video going round snapchat of a year 9 with a machete saying its for after school friday",
    "{P} keep chattin about my dad and im bringing my brothers blade in monday swear down",
    "a year 8 girl told my daughter shes got a lighter and petrol and is setting the library on fire because of that book",
    "kids are saying someones bringing a gun in their bag for the MP visit tomorrow, please check before he arrives",
]

SAFEGUARDING = [
    "since the FSM got stopped my lad says a girl in his class nearly fainted at dinner, she told him theres no food in the house",
    "im in yr 7 and we dont get free dinners anymore and mam hasnt got any money, i havent had tea for 2 days",
    "a man from the protest outside the hotel was at the bus stop filming the girls and asking which way they walk home. rang 101 but school needs to know",
    # judgement call: radicalisation concern with a hint of menace; reported by a parent, not a threat by the writer
    "my son has been watching far right videos all night and now says he wants to sort out the lads from the hotel. hes 13. i dont know who to talk to",
    "the councillors daughter has been getting messages telling her to kill herself because of her dad. shes only in year 8",
    "my dad shouts about the immigrants every night and he hit my mam again, i dont want to go home",
    "a grown man from the comments on the MP photo has been messaging year 7s on insta saying he can get them into politics. theyre 11",
    "my daughter got asked by a man at the petition stall outside {V} to come back to his car to sign more forms. shes 12",
    "a year 10 lad is being paid to hand out leaflets for some group outside the gates, theyre giving him vapes and cash",
    "a kid in {P}'s class is sleeping in the car with his mam since they got moved out of the hotel, he told my son",
    "people are posting the councillors lads face on the reform group page in his school uniform. please screenshot and report it",
    "i keep cutting myself since everyone at school found out my dad stood for reform, dont know who to tell",
    # judgement call: the request is part of the report (like round 1's "is that allowed??"), so no question label
    "someone put a video of {PW} crying at the protest on tiktok and the comments under it are vile, shes 9, can school get it taken down",
    "{P} in year 4 comes in the same clothes every day and says his mams asleep all day, hes starving by 10 every morning",
]

SEXUAL_SAFEGUARDING = [
    "the year 11 girl stood next to the MP 😍 wouldnt mind her voting for me. how old is she",
    "{PW} in the debate photo 🥵🥵 dm me sweetheart",
    "the MP knew exactly what he was doing posing with the year 11 girls, i would too 😏",
    "whos the little blonde one at the front holding the petition, send me more pics of her 😘",
]

HATE = [
    "theyre not refugees theyre invaders and now theyre taking the school places our own kids need",
    "no wonder class sizes are 34, half the new starters came off the boats and cant speak a word of english",
    "two dads is not a family. keep that perverted book out of a childrens library",
    "trans is a mental illness and this school has no business pushing it on bairns",
    # judgement call: no slur, but a whole ethnic group cast as thieves and a danger to children
    "the travellers are back on the field behind the school, lock up your tools and your kids",
    "labour only care about the muslim vote, this school will be all halal and prayer rooms by next year",
    "send the asylum kids to their own schools, ours isnt a charity for foreigners",
]

PROFANITY_HATE = [
    "fuck off back to your own country and take your kids with you",
    "spending our money on f***ing boat people while our bairns sit 35 to a class",
    "no shitty gay propaganda in my kids school thanks",
]

SEXUAL = [
    "the MP can come and canvass my bedroom any time 😏",
    "{S} looking fit at the hustings 🔥 can give me a detention any day",
    "the councillors got a nice package in them trousers 🍆👀",
    "id sign more than his petition if you know what i mean 😏😏",
    "the reform candidate can come round and take back control of me any night 🥵",
    "that MP can put his bill through my lower house whenever he likes 😉",
]

SPAM = [
    "🔥 i earn £300 a day from home around the school run, message me INFO to find out how 🔥",
    "FREE SCHOOL MEALS 2025: families can now claim a £150 supermarket voucher, apply before friday at fsm-voucher-uk.co/claim",
    "Sign the REAL funding petition and get entered to win an iPad ➡️ bit.ly/ravens-petition-win",
    "follow for follow!! daily political memes 🇬🇧 no snowflakes",
    "Need cash before payday? loans in 10 mins no credit checks, DM us now 💷",
    "Check out our page for school uniform at half the price, delivered to your door 👕👖",
    "i turned £200 into £4000 with bitcoin thanks to mr james, contact him on whatsapp and say ravens sent you",
]

PERSONAL_DATA = [
    "{PF} you smashed your speech to the MP, so proud of you 👏",
    "anyone who wants paper petition forms text me on {PH} and ill drop some round",
    "drop your signed sheets through my door, {AD} {PC}, ill take the lot to the council friday",
    "email me at {EM} if you want to join the save our school funding group",
    "happy 10th to our {P}, born {DOB} and already writing letters to the MP 🎂",
    # judgement call: a councillor's (a parent's) home address; personal data, the request itself is not menacing
    "the councillor lives at {AD}, write to him there and tell him what you think of the cuts",
]

PD_QUESTION = [
    "can someone from the PTFA pick up the forms from mine, {AD}, or do i bring them in",
    "who do i ring about FSM, my number is {PH} if someone could call me back",
    "can {PF} still join debate club, she missed the letter",
]
