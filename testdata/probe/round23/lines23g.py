"""Round 23, writer G2, session 12: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""
# Voices (writer G2): a coastal town's secondary school - fishing and caravan-park families, seasonal
# workers, tourists and holidaymakers, the arcades and the pier, drugs in the seaside town, a drowning
# scare at the beach, lifeguard training, pupils working illegally at the chippy, pier fights between
# the town's two estates (the Headland and Seaview), a teacher who lives on the same street as pupils,
# a holidaymaker's sexual remarks under a beach-clean photo, and ferry and trip-time questions that
# often carry no question mark. Geordie/North East dialect, typos, no capitals, emoji, run-ons.

OK = [
    # hard negatives: share words with abuse, threats, sex, drugs, weapons, spam or safeguarding
    "them waves on the beach clean were proper savage lol the bairns came back soaked n buzzing 🌊",
    "nowt beats battered haddock n chips on the front after a week like that {H}",
    "our {P} hooked a whopper off the end of the pier sat, hasnt shut up about it since 🎣",
    "tide came in that fast at the bay it nearly had all our wellies, mint day tho",
    "absolutely wrecked after the regatta, the whole minibus was asleep before the roundabout 😴",
    "the lifeguard lot were killin it at the pool, them rescue drills look brutal",
    "y9 smashed the sandcastle comp, knocked the other schools dead 😂",
    "our lass says the fishermens mission talk was cracking, now she wants to gut fish for a living 🐟",
    "the smugglers caves trip sounds class, they got shown where the gangs used to hide the contraband",
    "the drug awareness assembly was really good, {P} came home asking loads of sensible questions",
    "water safety week is so important round here after what happened at the bay last summer, glad theyre teaching it",
    "gulls mugged {SF} for their chips on the trip 😂 absolute thieves them birds",
    "massive thank you to the holiday park for donating the raffle prizes, free family weekend for the winner!!",
    "{PW} was made up with the rock pool finds, brought a crab home in a tub n everything 🦀",
    # judgement call: "rip off" and the arcades read like a complaint, but it is not about the school
    "them 2p machines on the front are a right rip off but the bairns love em",
    "the crab pots stank like death apparently but he wants to go again next year",
    # judgement call: "I could kill him" is hyperbole about the writer's own son, as round 4's sibling joke
    "could kill him, left his wetsuit on the bus AGAIN 🙄😂",
    # ordinary OK lines
    "well done everyone who came out for the beach clean 👏👏 {H}",
    "lovely photos, looks like a canny day out",
    "proud of wor {P}, passed the lifeguard level 2 🥹",
    "thank you {S} for sorting the minibus back from the harbour, very much appreciated",
    "🌊🌊❤️",
    "congrats to the rowing team!! howay the ravens",
    "what a great idea taking them down the RNLI station, our lad wants to volunteer now",
    "that sunset in the last pic tho 😍",
    "thanks {SF} for looking after {P} on the ferry, gets that seasick n you were a star",
    "brill to see the school collecting for the fishermens fund",
    "dziekuje for photos, my son very happy on the boat trip",
    "the tide times poster the kids made is brilliant, should be up on the prom for the tourists",
    "lovely to see {P} and the gang doing the sea swim, brave souls in april",
    "canny proud of the lot of them",
    "the art display of the old cobles is beautiful, my grandad was on one of them",
    "sound, cheers for letting us know",
    "y11 leavers looking smart, good luck all x",
    "nice one {S}, they were buzzing after that talk",
    "my nana cried at the video of the choir singing on the pier, so lovely",
    "stunning. just stunning",
    "that seal popping its head up in pic 3 🦭😍",
    "letter says ring the office on {SPH} if theyre poorly for the trip, noted ta",
    "{V} was packed for the presentation evening, smashing night",
]

COMPLAINT = [
    "third time this term the coach back from the ferry has been late and nobody rang the parents. not good enough",
    "kids stood on the harbour an hour in the rain waiting for the bus in pe shorts. poor planning",
    # judgement call: sarcastic throughout, but a legitimate grievance about cost, so complaint only
    "oh great another non uniform day at £2 a go when half of us are on zero hours till the season starts. cheers for that",
    "lifeguard course was advertised as free now theres £40 for the certificate, should of said at the start",
    "my son was sent home for his hair again, its bleached from the sea not dyed. please actually ask before punishing kids",
    "beach clean letter came out the day before, some of us work shifts at the park and cant sort wellies n packed lunches overnight",
    "lovely that the summer trip is the same week as peak season so none of the caravan park kids can go. thanks for thinking of us 👍",
    "rang the office 4 times about the bus from the bay, not one call back. really poor",
    "toilets in the new block have been broken since easter, my daughter wont drink all day so she doesnt have to use them",
    "homework on the website never loads on a phone and not all of us have laptops, please sort it",
    # judgement call: "who decides these" is rhetorical, not a separate information request
    "half term set the week after the cheap holidays end and before the season work starts again. who decides these honestly",
    "island trip came back 2 hours late and every teachers phone was off. i was frantic stood on that quay",
    "disappointed the newsletter gave the lads football a full page and didnt even mention the girls rowing",
    "staff parking on the slipway road again so the boats cant get down, been mentioned loads of times",
]

COMPLAINT_QUESTION = [
    "ferry trip money has come out of parentpay twice. can someone tell me who to contact to get it back",
    "nobody told us the coach was leaving from the harbour not school so we missed it. what time does it get back tonight",
    "really unhappy the lifeguard session was cancelled again with no notice. is it on next week or not",
    "third letter home this fortnight with the wrong date on. is the regatta the 14th or the 15th",
    "my lad got a late mark cos the school bus from the caravan park never turned up. who do i speak to about getting it taken off",
]

QUESTION = [
    "what time does the ferry get back for pick up friday",
    "do they need a packed lunch for the island trip or is food provided",
    "is the lifeguard training still on if the sea is choppy",
    "anyone know if y8 need their swim kit tmrw",
    "what time is the coach leaving the harbour car park",
    "can {S} let us know if the trip money is due friday or monday",
    "is the beach clean open to younger siblings as well or just the school",
    "where do we collect them after the regatta, {V} or down the front",
    "how much is the ferry per child the letter didnt say",
    "will there be a bus from the caravan parks for summer school like last year",
    "does the sea safety session count towards dofe for y10",
    "hiya is the office open over half term need to drop a form in",
]

INSULT = [
    "{S} is an absolute clown, how they ever got a teaching job is beyond me",
    "the kids off the Headland are feral, every last one of them",
    "look at the state of the lad on the left 😂 never seen a vegetable in his life",
    "{SF} looks like a drowned rat in that pic, walking embarrassment",
    "that school is a joke run by muppets",
    "the parents moaning on here are thick as mince, just read the letter",
    # judgement call: name-calling of a pupil by first name is harassment (insult), not safeguarding
    "{P} is a smelly little rat and everyone in y9 knows it",
    "state of the staff in that photo, bunch of washed up has beens who couldnt get jobs anywhere else",
]

INSULT_COMPLAINT = [
    "trip was a shambles, kids stranded at the port 2 hours and {S} is too thick to run a bath never mind a school trip",
    "my daughter said she felt sick on the boat and got ignored. {SF} is a heartless cow who shouldnt be near kids",
    "reported the bullying 3 times and nothing done, the head of year is a spineless waste of space",
    "£60 for a day on a beach we live next to?? whoever came up with that is an idiot and a crook",
    "office staff are rude lazy and clueless, 20 mins on hold just to get hung up on",
]

PROFANITY = [
    "fuckin freezing on that beach today, proud of em for stickin it out tho 🥶",
    "shite weather for the regatta but the kids were class",
    "holy sh*t that wave in pic 4 😳",
    "bloody hell the size of that crab",
    "f u c k i n g love this school sometimes ❤️",
    "pissin down all day and still smiling, legends",
    "what the fook is that seagull doing in the canteen 😂😂",
]

PROFANITY_INSULT = [
    "{S} is a fucking joke",
    "lad in the blue hat is a right little shit, ask anyone on the front",
    "whoever runs this page is a t0sser",
    # judgement call: an attack on caravan-park / seasonal-work families is class-based, not a protected group
    "mams from the caravan park are a bunch of scroungin twats",
    "{SF} ya dozy bellend",
    "smug pr*cks the lot of yous",
]

THREAT = [
    "the Seaview lot want to come down the pier sat night, well be waiting for them",
    "{S} better hope i dont see them on the front this weekend",
    "keep talking about my kid and see what happens when youre walking home past the harbour",
    "that minibus wont be going anywhere next week if the tyres happen to get done 😉",
    "someones gonna end up in the harbour if this carries on and it wont be my son",
    # judgement call: the teacher lives on the writer's street; "pay them a visit" is menace, so threat
    "know where that teacher lives, same street as us. might pay them a visit",
    "if it was my kid id put that head through the office window",
    "school wants to be careful, theres a lot of petrol about in a fishing town",
    "tell the Headland dads were coming down mob handed, 8pm by the amusements",
    "anyone touches my daughter on that pier again theyll be getting fished out the water",
    "one more detention and im up there and someones getting hurt",
    "shame if that new sports hall went up in smoke eh",
]

PROFANITY_THREAT = [
    "ill fucking drown whoever pushed my lad off the jetty, swear down",
    "any of them Headland c*nts come near the pier again theyre getting glassed",
    "tell {S} to watch their fucking back",
    "bring the whole shitty estate, well batter the lot of yous",
]

THREAT_SAFEGUARDING = [
    "bringing my brothers blade in tmrw, that lad in 9 is done",
    "im not scared of them lot anymore ive got a knife in my bag for the walk home past the arcades",
    "meet us under the pier after school n bring what youve got, someones getting stabbed",
    "if they jump me on the prom again im using the flare gun off my dads boat",
    # judgement call: a pupil relaying others' plan to bring a machete; a pupil weapon threat, so threat+safeguarding
    "y10 lads saying theyre bringing a machete to the beach party sat, everyones on about it",
]

SAFEGUARDING = [
    "theres kids from this school working the chippy fryers till midnight on school nights, one cant be more than 13. someone needs to look into it",
    "my mate in y8 gets paid cash to stand outside the arcades and pass little bags on for older lads",
    "the little one in the caravan next to ours is left on their own every night while mam does late shifts at the club, theyre 6",
    "sir messages me on snap n says not to tell anyone cos he lives on our street and its just being neighbourly",
    "dont want to go home tonight, dad was drinking again and he punched the wall right by my head",
    "been cutting again since the thing at the beach. nobody notices",
    "saw a girl in your uniform getting into a car with a much older bloke by the amusements three nights running, really worried",
    # judgement call: a young child swimming alone at night is a neglect/water-safety concern about a child, so safeguarding
    "there was a y7 lad swimming out past the buoys on his own after dark last night, no adult anywhere. could of drowned",
    "my neighbours kids havent had a proper meal all week, they keep turning up at mine starving. they go to your school",
    "one of your teachers has the y9 lads round his house every weekend for fifa, lives on our road. doesnt sit right with me",
    "pls dont tell anyone but i sleep in the car some nights cos theres no room in the static since mams new fella moved in",
    "some older fella off the boats keeps giving the y8 girls free vapes and lifts, my daughter says he keeps asking for her number",
    "so tired of everything. if the sea took me nobody would even notice",
    "kids as young as 12 selling weed round the back of the bandstand after school, some in your blazers",
]

SEXUAL_SAFEGUARDING = [
    "the girls in the wetsuits on the beach clean 😍🔥 where abouts are they staying",
    "phwoar the one in the pink top at the back can clean my beach any time",
    "shame the y11 lasses are all covered up, more pics like that first one please 😉",
    "dm me the blonde girl in pic 2, ill show her a good time while im down for the week",
]

SEXUAL = [
    "mams on the beach clean were better than the view 😏 any of them single",
    "{S} can give me mouth to mouth any day 💦",
    "lifeguard training eh, bet the staff practise the hands on bits after hours 😉",
    "nice rack on the lass running the tombola 🍈🍈",
    "fancy a ride on my rod down the harbour ladies 🎣😏",
    "that pe teacher in shorts... id happily take a detention 🥵",
]

HATE = [
    "town was fine before the caravan site filled up with travellers, lock up your bikes when their kids start",
    # judgement call: religious/xenophobic exclusion without a slur
    "why are we doing a ramadan display, this is england not the middle east",
    "them eastern europeans at the fish factory should go back where they came from and take their kids with them",
    "a lesbian teaching pe to our girls in the changing rooms?? no chance",
    "the special needs lot shouldnt be on the trip, they slow everyone down and scare the tourists",
    "gyppo kids from the site nicking off the stalls again",
    "no wonder results are down, half the class cant speak english and the other half are off the site",
]

PROFANITY_HATE = [
    "fucking pikeys at it again down the pier",
    "send the f***in boat people back, we dont want their kids in our schools",
    # judgement call: "over my dead body" is an idiom, not a threat; transphobic with a swear word
    "trans kids in the girls toilets? over my dead body, this woke shite has to stop",
]

SPAM = [
    "🔥 earn £500 a week from your phone this summer, no experience needed, DM me BEACH 🔥",
    "follow4follow 🌊 check my page for caravan deals",
    "Congratulations! You have been selected for a FREE family break at a Northumberland holiday park, claim now at bit.ly/sunsetbay-claim",
    "cheap static caravans for sale, 2 yrs old, bargain prices, link in bio",
    "Your parcel could not be delivered. Reschedule at royalmail-redeliver-uk.info",
    "best crypto signals in the north east, 10x your money by september, join our telegram",
    "jet ski hire at the bay 20% off this weekend with code RAVENS, book at wavejetz.co.uk 🚤",
]

PERSONAL_DATA = [
    "{P}s mam if you see this ring me on {PH} about the lift to the harbour",
    "for anyone doing the lift share from the bay im at {AD}, just beep",
    "{PF} left their goggles at the pool, message me and ill drop them round",
    "email me at {EM} if anyone has spare wetsuits for the lifeguard course",
    "wor {P}s birthday is {DOB}, same day as the regatta lol",
    "were at {PC}, happy for the rowing lot to park on our drive",
]

PD_QUESTION = [
    "can someone from the office ring me back on {PH}, need to know if the ferry trip is still on",
    "what time is the lifeguard assessment pls email me at {EM} as i cant get on facebook much",
    "does anyone know if {PF} is doing the beach clean sat, want to sort a lift",
]
