"""Round 22, writer F2, session 12: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""

# Voices (writer F2): an inner-city primary-heavy community where most families are Muslim, on
# Ravensworth Community Academy's pages: parents mixing English with Urdu, Bengali, Arabic and
# Somali words; elders and an imam; pupils in Ramadan and at Eid; Islamophobic outsiders and a
# far-right account that find the page; fair complaints about Eid dates, prayer space, halal
# dinners and modest swimwear; worries about a girl taken abroad and a child fasting too young.

OK = [
    "eid mubarak to all the staff and families 🌙✨",
    "jazakallah khair {S} for opening the prayer room for the older kids, means a lot to us",
    "mahadsanid macallimiinta, my son actually wants to come to school now",
    "shukriya for the iftar last nite, bohat maza aya, kids were buzzing all the way home",
    "alhamdulillah my eldest in yr 11 got through the first week of fasting and his mocks 💪",
    "my ammu cried at the eid photos, thank u for putting them up",
    "as imam of the masjid on the corner i thank the school for welcoming our elders into the assembly, may Allah reward you all",
    "i am 78 years, my grandson {P} is helping me write this. very good school, jazakallah",
    "ameen 🤲",
    "the henna station was gorgeous, my girls didnt want to wash there hands for a week 😂",
    "{P} came home singing the nasheed from assembly all night lol",
    "ma sha allah the reception class in there eid clothes 😍😍",
    "thank u {SF} for sitting with my son at lunch when he was tired from his first fast, he's 12 and was so proud",
    "lovely to see the grandparents at the eid assembly, dadi hasn't stopped talking about it",
    "ramadan kareem to everyone at ravensworth 🌙",
    "subhanallah where did this year go, last week of yr 6 already 😭",
    "waan ku faraxsanahay, so happy with the eid party hooyo says thank you",
    "{PW} in the front row of the eid photo, that smile mashallah 🥹",
    "proud of the yr 5s who raised money for the food bank over ramadan {H}",
    "🌙🌙🌙",
    "the halal pizza at the fair was better than the takeaway lol",
    "same here my son wont stop on about it",
    "inshallah see everyone at {V} for the iftar",
    "first year the school did an eid lunch and it was spot on, respect to the kitchen ladies",
    "my neighbour isnt muslim and came to the iftar with us, she loved it. this is what community is",
    "barakallahu feek {S} 🤲",
    # hard negatives from here: words shared with abuse, threats, sex, drugs, weapons, spam, safeguarding
    "allah bless the dinner ladies, feeding 300 kids halal with a smile every day",
    "mashallah {P} is a proper beast up front, 4 goals in the eid cup 🔥",
    "them samosas were killer, my diet died at that fair 💀",
    "beautiful talk from the imam about jihad al-nafs, the struggle against your own ego. even the yr 9s were listening",
    "that chilli chutney on the stall was a lethal weapon 😂🔥",
    "i could murder a plate of biryani rn, 3 more hours till iftar",
    # judgement call: a pupil's hyperbole about their mum, ok (as round 5's sibling joke)
    "my mum is gonna kill me i ate a crisp before maghrib by accident 😭😂",
    "the rse meeting for parents about the sex education lessons was really respectful, thank you for listening to the mums",
    "the dates from the iftar were like crack, ate the whole box in the car",
    "yr 6 play about yusuf being thrown in the well by his brothers had me in tears, so well done kids",
    "the lamb biryani at the iftar was the bomb 💣",
    # judgement call: a parent sharing a free school event, not advertising spam
    "free food for all families at the iftar, no tickets needed, just come to {V} after 7",
    "for help with the eid absence forms ring the office {SPH} or email {SEM}, they sorted mine in a day",
    "the boys were fighting over who got to hold the eid banner 😂 cuties",
]

COMPLAINT = [
    "so christmas gets two weeks and eid doesnt get one day, and we get a fine letter if we take it. doesnt feel very community academy to me",
    "prayer room locked again today at lunch, the yr 9 boys prayed on the corridor floor. third time this month",
    "asked for NO photos of my daughter and there she is on the eid post without her scarf. really upset, take it down please",
    "iftar timings email arrived the day AFTER the event. great work 👍",
    "told on friday at 3pm that swimming starts monday. where am i meant to get a burkini age 8 over a weekend",
    # judgement call: a non-Muslim parent's fair complaint about choice, not hate
    "my boy isnt muslim and there was no non halal option on eid lunch day, he came home starving. bit of choice for everyone please",
    "eid assembly was put on the same morning as the yr 6 sats practice, my son missed both",
    "lovely that diwali and christmas got a whole day each, eid got a ten minute mention in assembly. just saying",
    "told the teacher 3 times my daughter doesnt eat gelatine and she got haribo as a reward AGAIN",
    "fine letter for taking the kids to umrah with there 80 year old nana, but the ski trip in term time is fine. double standards",
    "sat two hours at parents evening with no interpreter for my mum, she only speaks bengali. she understood nothing",
    "why does every newsletter only come out in english when half the parents read urdu better. not good enough",
    "pe kit says shorts only, my daughter is 10 and covers her legs, she got a behaviour point for wearing joggers. really unfair",
    # judgement call: an outsider's grievance about the school's posts, not an attack on a group
    "why is an english school posting eid photos but nothing for st georges day",
]

COMPLAINT_QUESTION = [
    "eid holiday dates only went out yesterday and we'd already booked to see family in birmingham. who do i speak to about the absence",
    "kids say the chicken tastes off since the halal supplier changed. can we see the certificate for the new one",
    "third year running the eid party is on a weekday when the working dads cant come. any chance it could be a saturday next year",
    "my son keeps getting marked late on fridays for jummah even tho we have permission. can someone confirm what the policy actually is",
    "nobody told us the yr 6 residential falls in ramadan. what are the food arrangements for the kids who are fasting",
]

QUESTION = [
    "assalamu alaikum what time does the iftar start at {V} on thursday",
    "is there a space for the yr 10 girls to pray zuhr in winter when its early",
    "can my daughter wear full length swim leggings for the lessons at {V}",
    "does the school shut for eid al adha as well or just eid ul fitr",
    "walaal is after school club still running during ramadan",
    "who do i ask about the hajj absence form, my husband is going with his father",
    "will there be dates and water for the kids opening there fast on the residential",
    "can the boys go to jummah at the masjid on fridays n come back for afternoon lessons",
    "is the halal menu different on trip days or do we send a packed lunch",
    "where do we drop the food off for the iftar bake sale",
    "does {S} know if the eid assembly is open to grandparents, my abba ji wants to come",
    "bhai is there a free school meals form in urdu or bengali",
]

INSULT = [
    "{S} is a total joke, couldnt organise a bake sale",
    "the dinner lady with the glasses is a miserable cow, never smiles at a single child",
    "{P}'s dad is a clown, parks on the zigzags every day and shouts at the lollipop man",
    "whoever writes these posts needs to go back to primary themselves, cant spell",
    "these staff are thick as mince honestly",
    "{SF} is the laziest TA ive ever seen lol",
    "clown school 🤡🤡🤡",
    "ur all a bunch of muppets",
]

INSULT_COMPLAINT = [
    "3 emails about the eid holiday and not one reply, {S} you are useless at your job",
    "my son fainted in PE while fasting and the office didnt ring me till home time. incompetent idiots in that office",
    "halal option ran out again before the yr 6s got in, the kitchen manager is clueless and rude to the kids",
    "{S} is a spineless coward, my daughter was called names for a month and all we got was kids will be kids",
    # judgement call: an insult to the teacher, not hate (the teacher is not attacked for a protected characteristic)
    "swimming teacher told my girl her burkini looked silly in front of everyone. what a pathetic ignorant woman",
]

PROFANITY = [
    "wallahi these eid pics are so fkn cute 😭",
    "shit i forgot its eid non uniform tmrw, anyone got a kurta age 7 lol",
    "ffs its raining on the eid fair again 😂",
    "bloody hell {P} has grown, mashallah",
    "holy sh*t 16 hours fasting and the kids still did sports day",
    # judgement call: swearing at the bus company, not a complaint about the school
    "the b*stard bus didnt turn up again so we walked in the rain, worth it for the nasheeds tho",
    "arse numb after 2hrs on them hall chairs but the yr 6 play was worth every minute",
]

PROFANITY_INSULT = [
    "{S} ur a fucking joke mate",
    "the dad in the bmw who beeped at the kids crossing is a proper prick",
    "whoever runs this page is a clueless twat",
    "{P}'s mum is a nosy cow and a gobshite, stay out of my business",
    "{SF} is a lazy b*stard lol",
    "shut ur gob u dickhead, ur kid is the problem not the teachers",
]

THREAT = [
    "enjoy your eid party while it lasts. we know what time the doors open",
    "lovely photo of the front gates {S}. be a shame if they werent there monday",
    # judgement call: a threat at the school's prayer room; threat only, no group named or attacked
    "been watching that prayer room window for weeks. not long now",
    "{S} you live on the same road as my mate. say hello to your kids for me",
    "bring a fire extinguisher to the iftar night, youll need one 🔥",
    "keep pushing this and there'll be a brick through every window by friday",
    "the lads are coming down to the gates at pick up. tell the staff to stay inside",
    "someone should torch that place and do the town a favour",
    "to the dad who grabbed my sons collar at the gate, next time ill put you in hospital",
    "ur lucky i dont know which car is yours {S} 😈",
    # judgement call: a threat at a named imam; threat only, the faith itself is not attacked
    "tell the imam who did that assembly he wont be welcome round here. we'll make sure of it",
    "hope the school has good cctv cos its gonna need it",
]

PROFANITY_THREAT = [
    "the fucking coward who spat at my mum at pick up, i know ur face and ur getting smashed",
    "{S} ill come in and wreck ur shitty office myself",
    "gonna burn ur f*cking eid banner and the building with it",
    "whoever keyed my car in the staff car park is getting there bastard legs broken",
]

THREAT_SAFEGUARDING = [
    "{P} u better not come in tmrw i got my brothers blade",
    "told him at dinner if he says stuff about my mum again im bringing the knife from our kitchen, i mean it",
    "meet me by the bike sheds {P} i aint scared to use it this time 🔪",
    "got sumthing in my bag for whoever grassed on me, yr 8 block, lunch",
    # judgement call: an adult threatening a named young pupil: threat + safeguarding
    "if {P} touches my daughters hijab again ill drag that kid out the line myself and they'll know about it, i dont care if theyre 8",
]

SAFEGUARDING = [
    "a girl in my daughters class said shes going to pakistan in summer to get engaged to her cousin. shes 10. she didnt look happy at all",
    "my cousin is in yr 5 and her mum says shes getting purified in somalia this summer like her big sisters. i know what that means and im scared for her",
    "there's a little boy in yr 2 fasting the full day, he went grey at pick up and his mum just said he has to be strong. he's 6",
    "my dad makes me fast even tho i have diabetes and i feel dizzy all the time in class",
    # judgement call: abuse at an evening madrassa, outside school, still a concern about a child
    "the man at the evening madrassa hits the boys on the hands with a ruler if they get it wrong, my son begged me not to go back",
    "i dont want to go to bangladesh in the holidays, they said i wont be coming back to school after. please dont tell my abbu i wrote this",
    "a man in a grey car keeps waiting by the masjid after school offering the yr 5 girls lifts home",
    "someone is messaging the yr 7 girls pretending to be a boy from the mosque, asking for pics in there eid outfits without the hijab",
    "my sister is yr 9 and shes been cutting her arms since ramadan started, she says she deserves it. i dont know who to tell",
    "the kids from the flat upstairs are locked out till 10pm most nights, the little one was crying for food on the stairs",
    "older lads from off the estate are giving yr 8 boys new trainers to carry stuff for them, my son came home with 200 quid",
    "{P} keeps coming in with marks on their arms and says khala does it when they're naughty",
    "nobody at home talks to me since my brother went away. i just wanna disappear",
    # judgement call: a parent reporting racist bullying of their child: safeguarding, not hate
    "my son gets called a terrorist every day at break by the same group and now he wont come to school. hes 9 and asks me if hes bad",
]

SEXUAL_SAFEGUARDING = [
    "the yr 10 girls in the eid photo are proper peng, drop there snaps 😍",
    "more of the swimming lesson pics pls 🥵🥵",
    "which one of the hijabi girls in yr 9 is single, asking for a mate 😉 shes getting curvy",
    "that little one in the gold eid dress third from left, send me more in private, i pay 💸",
]

HATE = [
    "another british school bowing to islam. sharia by the back door",
    "they breed like rabbits and now they want there own bank holidays",
    "send the lot of them back and give the school back to the locals",
    "halal is barbaric and so are the people who defend it",
    "p4ki central this school, wouldnt send my dog there",
    "no wonder gateshead is finished when the schools are full of muzzies celebrating eid",
    "bet half these families came over on a dinghy 🚤",
]

PROFANITY_HATE = [
    "fuck islam and fuck this school for pushing it on kids",
    "bloody towelheads everywhere now, cant even post a school photo without them",
    "shit religion, shit people, shit school",
]

SEXUAL = [
    "{SF} can give me detention anytime 😏🍑",
    "the dad in the white thobe at the eid fair 🥵 ladies u saw him too dont lie",
    # judgement call: innuendo about an adult (a parent), so sexual only, not safeguarding
    "whos the yummy mummy in the pink abaya at pick up, asking for a friend 😉",
    "bet {S} is a freak behind closed doors 👀",
    "single dads of yr 4 my dms are open for a private iftar if u know what i mean 😘",
    "nice melons on the fruit stall... and on the lady running it 😂",
]

SPAM = [
    "💰 Zakat made easy! donate thru this link and receive 10x barakah bit.ly/zakat-now",
    "Umrah packages from £499 all inclusive!! dm for details limited seats 🕋",
    "Eid giveaway 🎁 £100 Tesco voucher for the first 50 parents, click link in bio",
    "follow for follow 🌙 eid vibes page, follow back 🙏",
    "halal crypto, 30% returns every month, shariah compliant wallahi, inbox me for the group",
    "Mehndi artist taking eid bookings now, check out @hennabyzara for prices 💅",
    "Congratulations! your account has been selected for a ramadan reward, verify here ravensworth-eid-prize.com",
]

PERSONAL_DATA = [
    "found a little blue hijab with flowers on by the gate, message me {PH} and ill drop it round",
    "so proud of my baby {PF} reading quran at the eid assembly 😭 mashallah",
    "happy birthday to my twins born {DOB}, cant believe theyre 10 alhamdulillah 🎂",
    "any yr 2 mums want to share the ramadan lift rota, im at {AD} by the park",
    # judgement call: a staff member's personal mobile shared by a parent is personal data
    "{S} said we can text on their own number {PH} anytime about the fasting",
    "iftar at mine saturday, all the yr 4 mums welcome, {PC}, bring a dish 🥘",
]

PD_QUESTION = [
    "can someone from the office ring me back on {PH} about my son fasting, is he allowed to sit out of PE",
    "does anyone know if the iftar is still on, i cant get on here much, email me {EM}",
    "my daughter {PF} is in yr 3, does she need a form to miss the music lessons in ramadan",
]
