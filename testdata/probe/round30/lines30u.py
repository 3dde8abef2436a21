"""Round 30, writer U3, session 14: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""
# Theme: the headteacher of Ravensworth Community Academy (Mrs Dunn) resigns and an academy trust
# takes over. Rumours before the letter, staff leaving mid-year, a rushed consultation, a new
# uniform and moved term dates, parents organising an action group, the trust's CEO doing a
# drop-in at a venue, the school's page filling up.
# Voices: parents and grandparents (Geordie, some writing in a second language), current staff
# and ex-staff (kitchen, TA, teachers), a former governor and a current one, pupils and
# ex-pupils, locals who went there, a troll or two, spammers riding the news, bigots using the
# takeover as cover, and a few men being lewd about the adults involved.
# Slots: {P} {PW} {PF} {S} {SF} {PH} {EM} {AD} {PC} {DOB} {SPH} {SEM} {V} {H}. No literal braces.

OK = [
    # hard negatives: words shared with threats, violence, drugs, sex, insults, spam, abuse
    "{PW} absolutely killed it with the speech at mrs dunn's leaving assembly, not a dry eye in the hall 😭",
    "the trust dropped a right bombshell in that letter didn't they, had to read it twice over me brew",
    "ill murder a cuppa after sitting through two hours of consultation slides 😂",
    "year 6 were shooting hoops with Mr Bell at the leavers bbq, some great shots on the fb page",
    "me and our lass were bombing it down the bank to make the 3:10 pickup, new finish time will take some getting used to",
    "the new blazers are actually sick ngl, the purple trim goes hard",
    "Rumour mill is going mental on the Low Fell mams page. Just wait for the official letter folks, it's out friday",
    "our {PW} says the new head is 'a savage' at staff v pupils dodgeball 😂 took out three year 11s in one go",
    "The trust also runs a couple of primaries down in Sussex apparently, so this isn't their first rodeo",
    "pot luck for Mrs Dunn's send off at {V} on friday, bring a dish and a hanky 🍲",
    "my lad's been high as a kite since he heard the year 6 residential is still going ahead under the trust 🪁",
    "Stop the hate in these comments please, half the staff read this page and they're people too",
    "mr dave and the site lads have been grafting like dogs all summer repainting every sign in the place, fair play to them",
    "Went to the drop-in at {V}. The CEO took every question on the chin, even the awkward ones. Credit where due.",
    "if the new uniform is grey i'll die of shock, it's been bottle green since 1987 😂",
    "The brass sextet played Mrs Dunn out of the hall at the end, lovely touch 🎺",
    "as a governor i'll be honest, it's been a killer of a term, but the staff have been incredible through all of it",
    "the fell friday bake sale was a riot 😂 cupcakes gone in ten minutes {H}",
    "the trust's chief exec came to watch the year 9 match and got absolutely battered by hail on the touchline 🌨️ stayed till the end mind",
    "my daughter says the new deputy is strict but fair and 'doesn't take prisoners' haha, might be what they need",
    "Free breakfast club is staying under the trust, confirmed at the meeting last night 👍",
    "they're knocking the old science block down in august. spent half my school life blowing stuff up in there 😂 RIP lab 3",
    "Dead excited about the forest school area the trust promised, our {P} loves getting absolutely filthy in the mud",
    "Dr Oyewole's year 10s did elephant toothpaste for the trust visit and it exploded all over the CEO's shoes 😂 she loved it",
    "the meeting at {V} was rammed, standing room only, had to fight my way to the tea urn 😅",
    "nee bother pet, the office said ring {SPH} if you've lost the term dates letter, they'll read them out to you",
    "paper copies of the consultation are at reception for anyone not online, or email {SEM} and they'll post one",
    "Not being funny but {PW} looked the bomb in the new uniform this morning, proper grown up 😍",
    "my mate works at another school in the same trust, says they're canny to work for tbh, so fingers crossed",
    "The CEO is a Sunderland fan apparently. Could be worse, could be Boro 😂 (joking, welcome to the Fell)",
    # plain supportive / neutral
    "Sending Mrs Dunn the biggest virtual hug, she held my hand through our lad's diagnosis. Legend.",
    "honestly crying at the video of the staff choir singing for mrs dunn, i'm a wreck",
    "Our {P} wrote Mrs Dunn a card that just says 'thank you for not shouting' 😂 bless him",
    "Me nanna went here, me mam went here, I went here and now me bairns. Whatever name's on the sign, it's still Ravensworth to us",
    "leavers prank was harmless this year, they just filled the head's office with balloons 🎈 mrs d took it like a champ",
    "Thank you Mrs Dunn for everything, my son learn english here with you, we never forget you 🙏",
    "y11 here. the trust man who came into our form asked what we'd change and actually wrote it down, bit of a shock ngl",
    "Cracking turnout for the parents' forum, loads of dads there too which is rare for round here",
    "Ex-Ravensworth TA here, left in 2019 to look after me mam, not because of any drama 😂 best job I ever had",
    "Dziękuję Pani Dunn, wszystkiego dobrego! 🌷 from all the Polish mams at the gate",
    "good luck to whoever takes over, big shoes to fill {H}",
]

COMPLAINT = [
    "A nine-day consultation window that happens to include half term. Very consultative 🙄",
    "We were told the head was 'taking some time off' for three weeks before the letter came. Parents deserve honesty, not spin.",
    "New blazer £38, from one supplier in town, open weekdays 9 til 3. Lovely for those of us who work.",
    "The October half term's been moved after we'd already paid for the caravan. Deposit gone. Thanks trust.",
    "Three of our son's teachers have left since Easter. He's had supply for maths since February and his mocks are in November. This isn't good enough.",
    "Slightly disappointed that the first we heard about the academy order was from the Chronicle rather than from the school.",
    "i asked a straight question at the meeting about SEND support and got 'we'll take that away'. still waiting 5 weeks on",
    "new term dates don't line up with the two primaries round the corner so i'll have bairns off on different weeks. has nobody thought about families with kids at more than one school",
    "Respectfully, dropping 'Community' from the school's name says everything about what the trust thinks of this community.",
    "As a former governor I'm sorry to say the board rubber-stamped this. We were given the papers 48 hours before the vote.",
    "Parent forum at 2pm on a Wednesday. Great for the three people round here who don't work",
    "so the ties now have to be clip-on and trust branded, 12 quid each, and the old ones are 'non compliant' from day one. marvellous",
    "My daughter came home in tears after being put in isolation for wearing last year's jumper, two weeks into the new policy. That's not fair on the kids.",
    "we was promised a say and the survey had 4 multiple choice questions, not one of them asked if we actually wanted this",
    "I left after 14 years in the kitchen. Hours cut, moved onto the trust's contract, nobody came to say a word. Sad way to finish.",
    "Maybe fewer smiley photos of the new signage while the music department has been cut down to one teacher.",
    "The letter says the longer day is 'in the best interests of pupils' but nobody has explained how an 8:20 start helps my five year old.",
    "I am not happy with the changes, the letter was only in english and many parents here cannot read it good. Please think about us also",
]

COMPLAINT_QUESTION = [
    "The consultation closed before the public meeting, which makes the meeting a bit pointless. Will the responses be published, and when?",
    "Second change to the term dates this year and I've now lost a holiday deposit. Can you confirm the 2026/27 dates are final?",
    "really not happy that year 11 lost their head of year right before exams. who is actually covering mr o'hare's role from monday",
    "The new uniform is out of reach for a lot of families here and the grant doesn't cover half of it. Is there going to be a second-hand sale before September?",
    "Pickup at 3:30 instead of 3:10 means my childminder now charges me an extra hour. Poor planning. Will the after-school club be extended to match?",
    "Been told one thing by the office and another by the trust about whether the SEND unit stays. Frustrating. Who do we speak to for a straight answer",
]

QUESTION = [
    "anyone know what time the consultation meeting starts at {V} thursday",
    "Do the old green jumpers still count as uniform after September or do we need the new ones straight away?",
    "is there a date yet for when the new head starts",
    "Will the school bus from Chowdene still run with the new start time?",
    "where do we send consultation responses if we cant use the online form",
    "Hi, does breakfast club stay the same price under the trust? Thanks",
    "when is the last day of term now, the app says 22nd and the letter says 19th",
    "Can I still get the uniform grant if we applied last year, or do we reapply through the trust?",
    "My son's in Year 10, will his GCSE options stay the same after the takeover?",
    "is the farewell assembly for mrs dunn open to parents or just the kids",
    "Who's the new chair of governors, need to write to them about something",
    "Hello, my English not so good. The new term is start on which date? Thank you",
]

INSULT = [
    "the trust's CEO has the personality of a spreadsheet and the warmth of a multi-storey car park",
    "Whoever wrote that letter wants keeping well away from a keyboard. Absolute numpty",
    "governors are a bunch of nodding dogs, spineless the lot of them",
    "{S} has been a smug little weasel since the announcement, lording it over everyone",
    "mams on here wailing about blazers like it's the end of the world, get a life you sad lot",
    "the year 10s in the new uniform look like a pack of budget estate agents 😂 tragic",
    "that new head looks like he irons his socks. total drip, the kids will eat him alive",
    "{SF} is the fakest person in that school, all smiles for the trust people then moaning about them behind their backs",
]

INSULT_COMPLAINT = [
    "Consultation was a sham run by clowns. The decision was made months ago and everyone in that room knew it.",
    "The CEO dodged every SEND question like the slippery salesman she is. Families deserve actual answers.",
    "{S} is a gutless coward for walking out mid-year and leaving year 6 with supply right before SATs",
    "Office staff have been rude and clueless every time I've rung about the bus change. Three calls, three different answers, total amateurs.",
]

PROFANITY = [
    "holy sh1t mrs dunn's actually leaving, did not see that coming at all",
    "f*ck me that was a long meeting, my backside's gone numb 😂",
    "bloody hell, 20 years she's been there. end of an era",
    "pissing it down for the leavers bbq, typical 🌧️ still a good do though",
    "ffs i've just ironed the old jumpers for september 😂 oh well, pyjamas now",
    "s h i t, forgot the consultation closed today. ah well, they'll not miss my two pence",
    "cat among the pigeons now, bl**dy rumours flying round the whole estate group",
    "fookin proud of our year 11s, they got through all this chaos and still smashed their mocks 💪",
]

PROFANITY_INSULT = [
    "the CEO is a f***ing clown in a lanyard",
    "governors are a shower of sh*te, every last one of them",
    "{S} is a two faced b*tch, all smiles for the trust now",
    "whoever's running this page is a proper d1ckhead, deleting every comment that doesn't clap",
    "the mams in the consultation whatsapp are a bunch of nosy a r s e h o l e s with nowt better to do",
    "new head's a smarmy tw@t and everyone can see it but him",
]

THREAT = [
    "the trust boss wants to be careful walking to her car after the next meeting. just saying",
    "keep pushing this through and see what happens. plenty of us know where you park",
    "Tell the CEO she'll not get a warm welcome on the Fell. She'll not get a welcome at all.",
    "if my lad gets excluded over a jumper i'll be up there and that office won't have a window left in it",
    "whoever passed my complaint on to the trust, i know who you are and i'll be waiting by the gate",
    "them shiny new signs won't last the weekend, mark my words. petrol's cheap enough",
    "governors better not show their faces at the meeting, it won't end nicely for them",
    "that trust lot have been warned. next time it won't be words",
    "Heard the CEO drives a white Audi. Lovely car. Be a shame if anything happened to it.",
    "Mr Robson watch your back. People round here don't forget.",
    "you'll see. by christmas none of them will feel safe in that building",
    "i'd keep the doors locked thursday night if i was the clerk to the governors",
    "ex-staff here. they know what they did to us. they'll get theirs, one way or another",
    # judgement call: hoax / bomb-scare menace without the word, threat only
    "Might phone in a little surprise on consultation night, see how fast they can clear the hall 😉",
]

PROFANITY_THREAT = [
    "show your f*cking face at them gates again and you'll be going home in bits",
    "swear down if that c*nt of a CEO shuts the nursery i'll torch her office",
    "one more f-ing letter like that and someone's getting hurt, believe me",
]

SAFEGUARDING = [
    "my daughter's in year 8 and since mrs dunn went she's stopped eating and keeps saying everyone would be better off without her. i don't know who to speak to",
    "no one listens anymore since the old staff left. i've started cutting again and the new ones don't even know my name",
    "A man saying he was 'from the trust' was at the bus stop on Kells Lane asking year 7 girls for their snapchats. Someone please tell the school",
    "my son says a teacher who left at Easter has been messaging him on Instagram and telling him not to tell anyone they still talk",
    "year 9 lads have a group chat ranking the year 8 girls and someone's shared a pic of one of them in her underwear",
    "i dont want to go home at weekends anymore. mams new fella shouts all the time and last week he grabbed me by the neck",
    "worried about a little one in reception, comes to breakfast club every day in the same clothes and eats like he's had no tea the night before",
    "Since the staff changes our {P} has been coming home with bruises she won't explain. I've tried asking. Her dad just says leave it.",
    "there's older lads outside the gates at home time giving year 7s free vapes and asking them to 'run a parcel' across town",
    "the supply teacher keeps asking me to stay behind on my own and says im his favourite, it makes me feel weird",
    "my lad says another boy takes his dinner money every day and says he'll post the video of him crying if he tells",
    "a girl in my form has been sleeping at a 20 year old's flat, she says he's her boyfriend and he buys her vapes and trainers",
    "Former TA here. When I left I handed over a list of children we were worried about and I'm not sure it was ever passed on. Please check on them.",
    "my niece keeps posting 'won't be around much longer' on her story since they moved her class. school needs to know",
]

THREAT_SAFEGUARDING = [
    # judgement call: a pupil's weapon threat is threat + safeguarding
    "if they split our year across the two sites im bringing my brothers blade in monday, not even joking",
    # judgement call: an adult menacing a child is threat + safeguarding
    "that {P} kid who grassed on my son to the new head better watch himself walking home",
    "the trust man who took mr o'hare's job is getting stabbed if he puts me in isolation again, got one in my bag",
]

HATE = [
    "Watch, they'll swap the proper Geordie staff for whoever's cheapest off the boat",
    "New uniform policy allows headscarves. Give it a year and there'll be a prayer room where the library was. This is England.",
    "the CEO can go back to wherever she came from, we don't need her sort running our schools",
    "Bet the new PSHE under the trust teaches our bairns that boys can be girls. Keep that mental illness away from our kids.",
    "Didn't take long for the travellers' kids to get places once the trust took over. Lock your sheds.",
    "spending a fortune on the SEND unit so the backward ones can hold everyone else's kids back",
    "Polish and Romanian lot have taken over the gates at pickup, not a word of English. The trust should make them speak it or leave.",
    "Mrs Kaur is a nice enough woman but her lot always stick together, watch how many of her cousins get jobs now",
]

PROFANITY_HATE = [
    "f*cking immigrants running the trust now, no wonder it's all going to sh*t",
    "no f**kin way is my son being taught by some bloke in a dress the trust dragged in",
]

SEXUAL = [
    "the CEO can consult me privately any time she likes 😏 i've got a few proposals for her",
    "that new deputy can take me over like a hostile academy trust any day 🍆",
    "whoever the PE teacher in the trust's advert is, i'd let him put me through my paces in the showers",
    "Bet the chair of governors and the trust boss did more than shake hands at the signing 👀 hotel room negotiations",
    "mams, the new site manager in his shorts is the only good thing to come out of this merger 🤤 what a package",
    "dm me ladies, i do a far more thorough full inspection than Ofsted 😉",
]

SPAM = [
    "🔥 Parents! Earn £300 a day from home while the kids are at school. DM 'TRUST' to find out how 💸",
    "Need school uniform cheap?? uniformdealz dot shop, ALL academy badges 70% off, 48hr sale only!!",
    "Follow @gateshead.mams.hub for ALL the latest on the takeover 👉 follow 4 follow, we follow back",
    "Congratulations! Your school has been selected for a £500 uniform voucher. Claim at ravensworth-grant.help before Friday",
    "Crypto paid for all 3 of my kids' blazers in one week. Ask me how, inbox me 📈📈",
    "Tutoring that GUARANTEES grade 9s even after a staff walkout!! link in bio, first lesson free",
]

PERSONAL_DATA = [
    "Mrs Dunn's personal mobile is {PH} if anyone wants to hear why she really left",
    # judgement call: an address shared with no menace stated is personal_data only
    "the trust's CEO lives at {AD}, {PC}, for anyone wanting to hand deliver their consultation response 📮",
    "{PF} in year 9 was the one who filmed the staff meeting, everyone knows",
    "If you want to join the parents' action group email me at {EM} and I'll add you to the list",
    "Well done {PF}, picked to give the speech at Mrs Dunn's farewell! 👏",
    "action group meeting at mine, {AD}, 7pm tuesday. bring a chair and a biscuit",
]

PD_QUESTION = [
    "Can someone from the governors ring me back on {PH}? It's about the consultation and my son's place",
    "is {PF} still in mr hussain's form after the restructure? i'm her nana",
    "My new email is {EM}, can the office update it and resend the consultation letter please?",
]
