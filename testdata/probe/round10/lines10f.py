"""Round 10, writer F (session 9): written before reading Steward's lexicons or classifier; labelled per testdata/dev/README.md."""

# Voices: a mixed community round the school - parents of primary siblings following the
# secondary's page, dads who mostly comment on sport, shift workers, parents whose first
# language is not English, older residents, and a few trolls and scammers.

OK = [
    "Our {P} came home saying {PW} absolutely killed it in the cross country today, proud of the whole team 👏 {H}",
    "the year 8 lads SMASHED it at the tournament on saturday, shouted meself hoarse on the touchline 😂",
    "Bake sale went down a bomb, sold out by 11. Thank you to everyone who sent stuff in x",
    # judgement call: "spotted dick" is the pudding, not a swear word, so ok
    "Wor lass says the spotted dick at the pensioners christmas dinner was the best she's had since 1968. Lovely touch having the bairns serve it",
    # judgement call: "blue tits" are birds, ok
    "The blue tits have moved into the nest box the year 3s made for us, we watch them from the kitchen window every morning 🐦 thank you {S}",
    "I could murder a cuppa after that parents evening, six teachers in forty minutes 😅 all lovely mind",
    "She cried the whole way home... the class hamster passed away 😢 {SF} handled it so gently, thank you",
    # judgement call: sounds like a welfare worry, the punchline makes it harmless
    "He's locked himself in his room for a week, barely eats, won't talk to anyone... revising for his mocks. Who is this child 😂",
    "Selling our lad's old blazer age 13-14 and two pairs of grey trousers, good nick, £10 the lot, message me if you want them",
    "PTFA raffle tickets on sale at the office now or email {SEM}. First prize is a hamper 🎁",
    "Knife skills lesson in food tech and he came home and made us all tea. Chopped the onions like a proper chef",
    "Photo shoot for the leavers book looked amazing, proper glam 📸",
    "Black History Month assembly was really moving, my son hasn't stopped talking about it",
    "Thank you for celebrate Eid with the small children. My daughter so happy to explain her friends. Very kind school",
    "I am such a muppet, sent him in full uniform on non uniform day 🙈 sorry son",
    "Where has this year gone?? Feels like yesterday she started reception and now she's in year 6 😭",
    "{SF} is the reason my shy little one skips into school every morning now. Can't thank you enough x",
    "Shout out to {S} who stopped to help me carry my shopping up Kells Lane in the rain. What a lovely thing to do",
    "Under 15s fought like lions in the second half, never gave up, get in 💪",
    "the river was right up over the path at saltwell this morning, take care walking the little ones in",
    "Storm warning for Thursday, fingers crossed it's not too bad, I'm on earlies 🤞",
    # judgement call: the Gay Gordons is a ceilidh dance, ok
    "The Gay Gordons at the ceilidh had the grandparents in stitches, what a night",
    "night shift here, just catching up on all the sports day pics at 4am. Tears seeing the little one in the sack race ❤️",
    "Proper sick goal from {PW} in the last minute 🔥🔥",
    "Went as a zombie to the halloween disco and scared his own nana half to death 😂 brains everywhere (jelly ones)",
    "Dinner lady for 30 year at the old Low Fell juniors and I can tell you these bairns are a credit. Well done all",
    "Wee man has been sick all night so he's off today, rang {SPH} and left a message for the office",
    "Lovely to see the photos of the trip to the mosque and the church, learning about each other's faiths. We never did anything like it in my day",
    "Who else's kid came home covered head to toe in mud from forest school? 😂 washing machine on overtime",
    "Shooting practice after school was rammed, thanks {S} for giving up your evenings",
    "Thank you teachers. My son now read English book alone. Very proud family 🙏",
    "Smashed it {PW}!!",
]

COMPLAINT = [
    # judgement call: "would it kill you" is a rhetorical jab, complaint only
    "Parents evening 3:30 till 6 AGAIN. Some of us work shifts and can't just walk off the line at Nissan. Would it kill you to do one evening online",
    "Oh brilliant, another letter at 9pm on a Sunday about something needed for Monday morning. Fantastic planning as always 👍",
    "Cars parked across my drive at home time every single day. I am 78 and I missed a hospital appointment on Tuesday because I couldn't get out. I have asked nicely three times.",
    "Sorry but my son was promise extra English help at the meeting in September. Now it is February and nothing happen. I ask in office two times already.",
    "Under 14s stood in the rain at Saltwell for an hour waiting on a ref nobody had booked. Not good enough, the lads deserve better than that",
    "Third time this half term the little one has come home with somebody else's coat and hers has vanished. £35 coat with her name in it. Not happy",
    "Homework on an app we have to pay for, on a laptop we haven't got, and a detention if it's not done. Not every family can do this.",
    "Told about the trip on the Friday, £120 due the Monday. Some of us get paid monthly you know",
    "Nice of the school to tell the whole of facebook about the win but not tell us parents the bus was coming back two hours late. Stood at the gates in the dark till 9",
    # judgement call: SEN provision complaint, not a welfare concern, so complaint not safeguarding
    "My daughter has an EHCP and she has spent most of this week sat in a corridor. That isn't support, it's exclusion through the back door",
    "£2.60 for three chips and a spoon of beans. He comes home starving every day.",
    "Lovely that the new sports hall gets a ribbon cutting and a photographer while the primary corridor still has buckets catching the rain",
]

COMPLAINT_QUESTION = [
    "Second week running after school club has shut at 5:30 instead of 6 and nobody told us. I finish at half 5 in Team Valley and can't get there in time. Is it 5:30 from now on or was it a one off?",
    "His PE kit has gone from the changing room again and nobody seems that bothered. Is there a lost property box and when can I come and look through it",
    "Buses from Wrekenton late four days out of five this week and the kids got late marks for it every time. Who do I email about the bus, the school or Go North East?",
    "Asked for a meeting with {S} about my son's reading three weeks ago and still heard nothing back. Who else can I speak to please",
]

QUESTION = [
    "What time does the fun run start on saturday and do the little ones need to register beforehand",
    "Is breakfast club still on for the inset day or is that closed too",
    "Please which day is photo day for reception children. My son very excited, I want he wear nice shirt",
    "Is the field still open to the public at weekends? Used to walk the dog round it years ago",
    "Does anyone know if wraparound care runs on Fridays now, I've just gone onto nights and need cover",
    "Hi {S}, is the year 9 parents evening booking open yet, can't find the link anywhere",
    "When do the under 12s fixtures come out for next term, want to book the holiday round them 😂",
    "how do i apply for free school meals for my 2 kids one in year 2 one in year 8 do i fill the form once or twice",
    "Do the year 6s need a packed lunch for the Beamish trip or is school providing",
    "my son lose his tie, can i buy new one from office or only from shop in town",
    "What's the date of the Christmas concert? Grandma's coming up from Leeds and needs to book her train",
    "Inset day friday?",
]

INSULT = [
    "{S} couldn't organise a cake sale in a bakery",
    "Ravensworth? More like Ravens-worthless 😂 absolute clown school",
    "whoever writes these posts has the attention span of a goldfish and the spelling to match",
    "Look at the state of some of the mams on the school run, like a queue for a jumble sale",
    "{S} is a jumped up little nobody with a lanyard",
    "The PTFA lot think they're royalty. Stuck up snobs the whole lot of them",
]

INSULT_COMPLAINT = [
    "Three emails about his EHCP review and not one reply. {S} is clearly too busy posing for the school instagram to do the actual job. Useless.",
    "Sports day was a shambles, no seats, no water for the kids in that heat, and {S} barking through a megaphone like a jumped up sergeant major",
    "My daughter got a detention because her coat was the wrong shade of black. The clown in charge of behaviour needs a reality check",
    "Rang the office six times about the bus pass and got cut off every time. Whoever answers that phone is as thick as two short planks",
]

PROFANITY = [
    "Fucking buzzing for the lads, cup final here we come!!! {H}",
    "sh*t the bed forgot it was non uniform day, sorry kidda 😂",
    "Bloody hell {PW} can shift, left the whole field for dead 🏃💨",
    "Pissing it down all through sports day and the staff still had smiles on, fair play to every one of them",
    "Went arse over tit on the ice at the crossing this morning, lollipop man picked me up, what a gent 😂",
    "F**K ME what a goal from {P}, top bins 🔥",
]

PROFANITY_INSULT = [
    "{S} is a total knob, everyone knows it",
    "the lot of you running this page are f***ing clowns",
    # judgement call: name-calling a parent at a match, not feedback to the school, so no complaint
    "That dad in the white Audi at the under 13s, what a gobshite, screaming at 12 year olds for the full 60 minutes",
    "some of the mams in this group are thick as sh1t honestly 😂",
]

THREAT = [
    "I know what car {S} drives. Would be a shame if it wasn't in one piece Monday morning",
    "See you at the gates at 3:15 {S}. Don't bother hiding in the office this time",
    "Keep excluding my lad and see what happens to them nice new windows",
    "There's a little present in your boiler room set for eleven o'clock. Enjoy your fire drill",
    "Watch yourself {S}.",
    "If that ref gives another penalty like that on saturday he won't be making it back to his car",
    "Somebody wants to torch that place with the lot of them still inside",
    "I'm coming in tomorrow and it won't be to talk. Tell {S} to have security ready",
    # judgement call: no violence verb, but the message is that the minibus will be damaged
    "Funny how the new minibus is parked round the back where there's no cameras. Just saying.",
    "Put my son in isolation one more time and you'll be going through that staffroom window",
]

PROFANITY_THREAT = [
    "Take my daughter's phone off her again and I'll smash your fucking face in {S}",
    "Any c*nt from that school parks on my drive again and the tyres are getting slashed",
    "I'll be waiting in the car park for that ref, he's getting fuckin done",
]

THREAT_SAFEGUARDING = [
    "year 10 here on me mams fb. bringing me brothers blade in monday for the lad who jumped {P}, watch",
    "its not a threat its a promise, theres a knife in my bag and {P} knows what its for",
    "whoever grassed on me in 9H better stay off the yard tomorrow, got something from my dads shed ready for you 🔪",
]

SAFEGUARDING = [
    "Lad on a black moped keeps hanging round the primary gate at home time giving the little ones sweets and asking for their snapchats. Not right at all.",
    "dont tell me mam i wrote this but theres no food in again and she hasnt been home since friday",
    "{P} keeps wearing long sleeves in PE even when it's boiling and told my daughter she 'did it again last night'. Please can someone check on her",
    "The bairns next door, both at Ravensworth, are left on their own every night while she's at the club. Little one was stood crying at the window at 2am again last night.",
    "My 13 year old keeps coming home with new trainers and a second phone he says a mate gave him. A mate who drives a BMW apparently.",
    "A member of staff has been messaging my daughter on snapchat at 11 at night offering 'extra help'. She is 14. I have screenshots.",
    # judgement call: reports a threat made to a child (extortion), the comment itself threatens nobody: safeguarding only
    "My girl say big boy in year 11 take her dinner money every day and say he hurt her if she tell. Now she cry every morning, not want go to school.",
    "i dont want to go home tonight. his voice goes really loud when hes had a drink and mam says we dont tell anyone",
    "honestly dont see the point of being here anymore. nobody would even notice if i didnt come in monday",
    "Lads from the school are going into the old garages off Chowdene Bank with a grown man most dinner times. Doesn't look right to me and I've lived here 40 year.",
    "Someone's made a fake account with {P}'s school photo and is messaging the year 7s pretending to be her. She's in bits.",
    "help me please he hits us",
]

SEXUAL_SAFEGUARDING = [
    "the year 10 girls in that netball photo 👀🥵 wouldn't mind being their coach",
    "{PW} from the dance show, message me babe, you looked well grown up in that outfit 😘",
    "rate the year 11 lasses in the prom pics 1-10, the one on the left is a solid 9 😏 legs for days",
]

HATE = [
    "Half that class can't even speak English. Send them back and maybe our kids would learn something",
    "Lock your sheds, the travellers' kids have started at Ravensworth",
    "Put the special needs lot in their own building, they drag the normal kids down",
    "Don't want my lad getting changed next to a lad who thinks he's a girl. Mental illness being pushed on children",
    "Halal on the dinner menu now? Ravensworth Mosque Academy more like. This country is finished",
    "Pride flags in a primary school 🤮 keep your lifestyle away from our kids",
]

PROFANITY_HATE = [
    "Another bloody mosque trip. Bunch of f***ing immigrants getting everything handed to them while our kids get nowt",
    "Pride week AGAIN. Keep your shitty rainbow nonsense and your f*ggot agenda away from my kids",
]

SEXUAL = [
    "{S} can give me a detention any day 😏 I'll be very very naughty",
    "Mr Dave's got a lovely big tool hasn't he ladies 😉 knows exactly how to handle it",
    "Mams at sports day were NOT watching the egg and spoon race when Mr Bell did the teachers' sprint in them little shorts 🥵🍆",
    "Single dad here, any of the yummy mummies fancy a private parents evening at mine 😏 bring the wine, leave the knickers",
    # judgement call: sexual remark about an adult member of staff, sexual only (as the probe's earlier call)
    "Would bend that new music teacher over the piano and give her something to conduct",
]

SPAM = [
    "💰 Mums are earning £450 a DAY from their phones while the kids are at school!! No experience needed, tap the link in my bio 👉",
    "Congratulations Ravensworth parents 🎉 you have been chosen for a FREE £100 Asda voucher for back to school. Claim at asda-rewards-uk.co/claim before midnight",
    "Follow for follow 🔁 all Low Fell mams welcome {H}",
    "Meta Support: This page has been reported for copyright violation and will be disabled in 24 hours. Verify ownership here: meta-page-review.help/verify",
    "I was drowning in bills until Mrs Angela Whitmore taught me forex trading, now I make £3000 a week. DM her on Instagram @angela_fx_wealth she is a blessing 🙏",
    "Embroidered school uniform with the logo at HALF the shop price 😍 all sizes, crest copied perfect, DM to order",
]

PERSONAL_DATA = [
    "Massive congratulations to {PF} on getting star of the week, so proud of you x",
    "Found a little girl's purple scooter outside the gates, give me a ring on {PH} and describe it and it's yours",
    "Lift share to the away game from {PC}, 3 seats spare, text me {PH}",
    "Happy 11th birthday to our {P}, born {DOB} and been trouble ever since 🎂",
    "If anyone finds his bike he's got our address on it, {AD}, just drop it round please",
    "Send the kit money to me direct at {EM}, I'm collecting for the under 11s this year",
]

PD_QUESTION = [
    "Can someone from the office ring me back on {PH} about free school meals please, what documents do i need to bring",
    "Has anyone found a navy school bag with a dinosaur keyring? We're at {AD}. Is lost property open on Saturday morning",
]
