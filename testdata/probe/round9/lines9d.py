"""Round 9, writer D (session 9): written before reading Steward's lexicons or classifier; labelled per testdata/dev/README.md."""
# Voices: Ravensworth pupils (years 7-11) and recent ex-pupils under the school's TikTok and
# Instagram posts, with older siblings and parents replying. Slots as in round6/make_round6.py.

OK = [
    "{S} absolutely killed it at the talent show, didnt know they had it in them 😭🔥",
    "year 11 smashed the dance show last night, genuinely so proud of everyone involved",
    "the brownies {S} brought in for the last lesson were the bomb ngl 💣",
    "im dead 💀💀 {SF} doing the griddy at the summer fair",
    # word-name "storm" used as a word
    "storm last night took half the fence down by the back field, fair play to mr dave out there at 7am fixing it",
    # word-name "honey" used as an endearment, not a pupil
    "honey thats the cutest photo 🥹 our kid right at the front with his tie all skew whiff",
    "the rainbow bunting the lgbt club made for the library is lush 🌈 well done yous",
    "eid mubarak to everyone celebrating at ravensworth 🌙 the henna stall at dinner was class",
    "shoutout the traveller education lady who helped my little cousin learn to read, actual legend",
    "black history month assembly was unreal, the year 8 poems gave me chills",
    "sign language club learning the whole song for the deaf awareness assembly 🤟 so good",
    "staff beat us 5-1 in the charity match and {S} hasnt stopped going on about it 😭",
    "sat my last gcse today, that chem paper murdered me but WERE FREE 🥳",
    # insult word aimed at the writer herself
    "im such an idiot i wore full uniform on non uniform day 🤦‍♀️ never living it down",
    "the year 11 netball team are actual weapons 🔥 unbeaten all season #TeamRavens",
    "gonna batter this maths mock tomorrow 💪 three weeks of revision better pay off",
    "3:15 cannot come quick enough on a friday fr",
    "someone should give the dinner ladies a medal, 600 of us fed in 40 mins every single day",
    # safeguarding-shaped but past and resolved: thanks, no current concern
    "just want to say thank you to mrs kaur, got me through a really rough year 10 and im doing well at college now 💜",
    # secrecy phrase with no adult and no risk (shape of grooming "keep it between us")
    "dont tell mam but i actually miss school in the holidays 🤫",
    "cant wait to be back in september, summers so boring without everyone",
    # rhetorical question, needs no reply
    "who else is gonna miss the lollipop lady, 20 years stood in the rain for us 🥹",
    "id kill for them school dinners now, college food is grim",
    # spam-shaped but a genuine one-off sale between families
    "selling my old leavers hoodie size M, worn once, £5, message me if ur bairn wants it",
    "follow the school insta @ravensworth_academy for the match results, they post them before the website does",
    "peach crumble in the canteen today 🍑 ten outta ten no notes",
    "the year 7s grew actual aubergines 🍆 in the eco garden, who knew",
    "mr dave and his tool belt saving the day again, goalposts fixed in ten minutes 🛠️",
    "sports day in this heat 🥵🥵 well done everyone who did the 1500m",
    "theres a video going round of {S} doing the worm at the leavers do 😭 iconic",
    # word-name pupil used as a name, first name only
    "{PW} deserves every award going, hardest worker in the whole year",
    "my lad fell asleep on the bus home after the trip, they ran them ragged bless him 😂",
    "canny proud of our kid, first one in the family to get a 9 in maths 😭🙌",
    "{S} is a star for staying till 6 every night to get the show ready",
    "my little sister starts year 7 on monday and shes bricking it bless her 🥲 howay pet youll be fine",
]

COMPLAINT = [
    "love that the toilets in the maths block are locked every lesson so we have to hold it for 2 hours, really good for us 👍",
    "£15 for a prom ticket and its in the sports hall with one bluetooth speaker. living the dream",
    "3 different supply teachers for year 10 science since september and mocks are in january. nobody seems bothered",
    "mam's emailed twice about our kid's reading age and got the exact same copy and paste reply both times. cheers",
    "no heating in the drama studio again, whole lesson in our coats. nice to see where the money goes",
    # rhetorical question inside a complaint: complaint only
    "the new no bags on the floor rule is genuinely unreal, where do u want us to put them, on our heads",
    "wish the school cared half as much about the 53 being late every morning as it does about skirt lengths",
    "as a parent im just tired. homework on four different apps and not one of them shows the same due date",
    "my lad's been marked late 6 times this half term cos the gate shuts at 8:40 on the dot and the bus drops them at 8:42. fair play i guess",
    "left in 2019 and theres STILL no proper changing room for the girls. some things never change eh",
    "trophy cabinet looks lovely mind, shame the year 11 textbooks are older than the year 11s 🙂",
    "isolation for a hoodie under the blazer in january when the radiators dont work. you do the maths",
    "whole year group kept behind for 20 mins because two lads were talking, missed my bus and walked home in the dark. great system",
]

COMPLAINT_QUESTION = [
    "paid £40 for the alton towers trip back in october and it got cancelled last week, when are we actually getting the money back",
    "second week running year 10 got no hot dinner cos the queue was that long. is there any plan to stagger lunch or do we just bring sandwiches from now on?",
    "my sister was off with a note from the gp and shes still showing as unauthorised on the app. who do we speak to to get that changed",
    "nobody ever picks up on {SPH} after 3 o clock. whats the actual best way to get hold of the head of year 11",
]

QUESTION = [
    "when do the year 11 mock results come out",
    "is prom still at {V} or has it moved",
    "do year 10s need a packed lunch for the work experience day or is it provided",
    "what time does the leavers assembly start? my mam wants to come",
    "is year 8 parents evening booking on the app yet cos i cant see it anywhere",
    "does the coach for the ski trip leave from the school gates or from {V}",
    "hi is {S} still doing the after school gcse art sessions on thursdays",
    "can ex pupils come to the summer fair or is it just current families",
    "where do we collect lost property from, left my hoodie in the sports hall friday 😭",
    "do we need our own calculator for the science mocks or do yous give us one",
    "how much are the year 11 leavers hoodies this year and whens the deadline",
    "is it true theres no school monday for a training day, our kid swears blind there is",
    "my mam says can she email {SEM} about the uniform grant or does she have to ring up",
]

INSULT = [
    "{S} really thinks that tan is fooling anyone 💀 looks like a wotsit",
    "{P}'s mam commenting on every single post like shes head of the ptfa, get a hobby pet",
    "the year 11 school council are the biggest bunch of neeks in gateshead 🤓",
    "who let {SF} pick the disco playlist, woman has the music taste of a wet weekend in whitley bay",
    # "karen" used as an insult to a commenting parent, not the headteacher
    "nobody asked u karen go back to facebook 😂",
    "ur a melt {P}, deleting ur comment wont save u",
    "state of the staff photo, looks like a line up off crimewatch",
]

INSULT_COMPLAINT = [
    "{S} is on a massive power trip. took my phone for checking the TIME and kept it a full week",
    "the woman on reception is the rudest person in gateshead, rang three times about my brothers bus pass and got put down on twice",
    "head of year 9 couldnt organise a party in a sweet shop, trip money paid in september and still no date",
    "absolute clowns running this place 🤡 my daughters EHCP review cancelled for the third time and not one reason given",
]

PROFANITY = [
    "holy shit is that {S} doing the renegade 💀💀",
    # self-directed swear, nobody insulted
    "crying like a little bitch at the leavers vid, class of 2022 we miss yous",
    "ffs i was off sick the day of the bake sale, story of my life",
    "sh1t i left 4 years ago and {SF} still remembers my name 🥹",
    "bloody hell the year 7s are tiny this year 😭 were we ever that small",
    "the food tech brownies were bangin as f*ck no lie",
    "ten year since we left, where the hell did that gan. bollocks im old now 😭 wor year were the best tho",
]

PROFANITY_INSULT = [
    "{P} ur actually such a dickhead 💀 why would u tag me in this",
    "{S} is a proper bellend and everyone in year 10 knows it",
    "the ptfa mams in these comments are a bunch of nosy tw@ts, gan and bake something",
    "imagine being 45 and arguing with year 9s under a school tiktok, get a life u sad prick",
]

THREAT = [
    "lovely new white range rover in the staff car park 🙂 be a shame if it got keyed wouldnt it",
    "i know what car {S} drives and i know where they park. just saying",
    "if they cancel prom again the windows in the main block wont last the weekend",
    "someone should give that head of year a proper hiding, would be doing the whole of low fell a favour",
    # pupil threat of violence, no weapon named: threat only (no safeguarding)
    "{P} 3:15 back field. dont bother bringing ur mates they cant help u",
    "whoever grassed on my little brother, we know ur face and we know what bus u get 🙂",
    "i wouldnt send ur bairns in on monday if i was yous. not saying owt else",
    "mess with my sister again n see what happens to ur mams car",
    "the old canteen's all wood innit, bet it would gan up dead quick 🔥🙂",
    "tell {S} their house looks lovely at night with all the lights on 👀",
    "ill be waiting at the gates for {S} on friday, lets see how brave they are without the office behind them",
]

PROFANITY_THREAT = [
    "swear down if he touches my stuff again im gonna fucking end him",
    "keep giving my lad detentions for nowt and see if ur car still has four tyres on it by home time, im f***ing serious",
    "any more of this bollocks and that gym window is coming in",
]

THREAT_SAFEGUARDING = [
    "got my brothers blade sorted for monday, {P} knows what he did",
    "he wants to act hard on the gc, lets see him act hard when i pull the shank out behind the sports hall",
    "me bro said i can borrow his baseball bat tomorrow, tell {P} to say his goodbyes",
]

SAFEGUARDING = [
    "not being nosey but the little lad from the year 7 post is sat on his step most nights till gone 11 in just a tshirt and the house is in darkness. someone should check in on him",
    "i drive the 53 in the mornings. same two girls in ravensworth blazers get in a black golf at the durham road stop most days and the lad driving is 20 if hes a day",
    "coach at the junior club here, one of your year 8s has turned up starving three sessions running and says theres no tea at home this week. been feeding him but someone at school needs to know",
    "i work the tills at the shop near the school and the same year 9 lads keep coming in with wads of twenties and brand new phones, always an older lad waiting outside on a bike",
    # child hinting, never says abuse
    "half term is the worst bit of the year for me tbh, cant wait to be back. mams new fella is always there now",
    "my step dad reads all my messages and said if i tell school about the door thing we will all get taken off mam",
    # self-harm said sideways
    "everyone keeps asking why i wear long sleeves in pe in june. if u know u know 🙂",
    "wont have to worry about mocks soon anyway, got it all planned 🙂 tell {SF} thanks for trying",
    # grooming that sounds friendly: secrecy + flattery from an adult stranger
    "hey hun saw ur dance from the talent show, ur so mature for 13 honestly 💕 im a model scout, message me and keep it between us for now so its a surprise x",
    "people keep sending {P} messages on snap telling her to go and die and she hasnt been in all week",
    # report of image sharing: safeguarding only (round 5 convention)
    "theres photos of a year 9 girl from the changing rooms going round the year 10 gc, she doesnt even know yet",
    "my little brother came home with new jordans and 200 quid and wont say where from, just says a lad from the park is looking after him",
    # "is it normal" after a report: safeguarding only, as the earlier "is that allowed??" call
    "is it normal for a teacher to add u on snap and say dont tell anyone we talk 😬",
]

SEXUAL_SAFEGUARDING = [
    "some of them year 11 lasses in the prom pics look well older than 16 😏🍑 asking for a mate",
    "{PW} in the netball pics 🥵 hmu when ur legal",
    "whichever year 10 girl is second from the left in the dance pic, dm me some pics 😉",
]

HATE = [
    # refugees, by insinuation
    "not being funny but since the hotel on durham road filled up this school's gone right downhill, we all know why",
    # religion
    "imagine being in year 7 and needing a prayer room. theyll want the canteen changed next. this is england",
    # Travellers, no slur
    "the caravans are back on the field behind the leisure centre, get the bairns bikes inside this week 🙄 same every summer",
    # sexuality
    "why is my 12 year old being taught about families with two dads, keep that lifestyle away from our kids",
    # disability
    "them kids from the resource base shouldnt be on the same trip, they hold everyone back and its not fair on the normal ones",
    # race, coded (flag emoji + "looked like the area")
    "🇬🇧🇬🇧 remember when the school photo actually looked like the area it was in 🇬🇧🇬🇧",
    # gender identity, aimed at a group through one example
    "lad in a dress at the leavers do. wasnt allowed in my day and it shouldnt be now, whats next the girls toilets 🤡",
]

PROFANITY_HATE = [
    "another f**king ramadan assembly, when do british kids get one about easter. country's finished",
    "free uniforms and laptops for the ones straight off the boat while the rest of us pay for everything, absolute piss take",
]

SEXUAL = [
    "mr bell in them shorts on sports day had every mam on the field needing a lie down 🥵🍆",
    "ex pupil here, ms ferreira can give me a detention any day, id do the extra hours if ye know what i mean 😏",
    "tell {SF} to bring their big tool round to mine, me pipes need a proper seeing to 😉",
    "the year 7 mams at parents evening 😍🍑 id sign up for every ptfa meeting going ngl",
    "no wonder our dad always volunteers for the trips when miss frost is going 👀 bet he wants to share more than a coach seat",
    "new pe teacher?? our kid never said he looked like THAT 🥵 might start doing the school run in me nightie 😏",
]

SPAM = [
    "f4f?? follow me n ill follow back every ravensworth account 🫶 lets get to 1k",
    "FREE £500 shein voucher for the first 100 students 🎁 link in bio hurry before it goes",
    "make £200 a day from ur phone 📲 no experience needed, comment INFO and ill dm u 💸",
    "lash tech in low fell 💅 20% off prom lashes this week only, booking link in my bio",
    "gcse maths tutor, got a 9 myself, all topics foundation and higher, dm for rates 📚✨",
    "sub to my yt for the ravensworth school tour i built in minecraft!! 1k subs = face reveal 🔥",
    "⚠️ your account has been reported for copyright and will be disabled in 24h, verify here: meta-support-check.co/rav ⚠️",
]

PERSONAL_DATA = [
    "{PF} from 9B left her pe bag on the 53, its at mine",
    "if anyone finds my keys (pink lanyard) text me on {PH} pls 🙏",
    "happy birthday to our kid {PF}!! born {DOB} and already taller than me 🎂",
    "me and {PF} doing our prom entrance from {AD} in a horse and cart 🐴 come and watch",
    "drop ur snaps for the year 11 leavers gc, or email me on {EM}",
    "my mam does lifts from {PC} every morning if any year 7 parents want to share, saves the bus fare",
    # a child's full name alone is personal_data
    "{PF} got player of the match!!! 😭 so proud of u",
]

PD_QUESTION = [
    "is the prom dress collection still friday after school? my mam's number is {PH} if someone could ring her back",
    "whats the deadline for the year 11 trip deposit, can someone email me on {EM} cos my mam's locked out of the app",
]
