"""Round 29, writer T3, session 14: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""
# Theme: the walk and the drive to Ravensworth Community Academy (Coalway Lane, Low Fell) -
# parking wars at the gates, the lollipop lady / crossing patrol, a near miss, e-scooters and
# teen cyclists, a stranger seen near the route (the cut, the bus stop), the school bus and its
# driver, the walking bus, Bikeability, park-and-stride, snow and grit.
# Voices: parents (Geordie mams and dads), neighbours on the lane, drivers, pupils (primary and
# secondary), a Polish-speaking parent, a second-language parent, the odd stranger, spammers and
# bigots.
# No literal braces except the slots ({P}, {PW}, {PF}, {S}, {SF}, {PH}, {EM}, {AD}, {PC}, {DOB},
# {SPH}, {SEM}, {V}, {H}). {PF} and {DOB} appear only in the personal-data sets.

OK = [
    "the lollipop lady absolutely killed it with the tinsel on her stick this morning 😂",
    "{PW} smashed the walking bus challenge, 20 days out of 20 🏅",
    "I could murder a bacon butty after dragging myself up that hill in the rain",
    "year 6 came back from the road safety show high as kites, buzzing about reflective strips all tea time",
    "near miss with a seagull and my sausage roll on the way in, the beast nearly had it 😂",
    "bus driver is a legend, got the whole top deck singing happy birthday to {P} 🎂",
    "crossing lady is the bomb, knows every single bairn by name and asks after the dog",
    "my lad's a little terror on his balance bike, left me for dust halfway down Coalway Lane",
    "the walking bus in their hi-vis looked like a gang of tiny road workers 🦺",
    "hats off to the lollipop lady, stood out in that storm this morning like it was nowt",
    "got absolutely hammered by hailstones between the Spar and the gate, soaked through",
    "Bikeability lot were lethal on the cones today, in the best way, proper little pros",
    "he's dying to get his cycling badge, been practising hand signals at the dinner table",
    # judgement call: ok - hyperbole about the school run in general, not feedback aimed at the school
    "the school run is a warzone some days but we survived another week 💪 {H}",
    "Grandad drove up from Scunthorpe special to walk her in on her first day 🥹",
    "sick bunny hop off the kerb from one of the year 8 lads, even the lollipop lady clapped",
    "the bike chain was filthy so {PW} scrubbed it with MY toothbrush 🙃 new toothbrush needed",
    "Mr Dave out gritting the path at 7am like his life depended on it. hero",
    "bus was rammed this morning, had to squash in with the year 11s and their massive bags",
    "honk if you love #FellFriday 🚗📯 the whole lane sounded like a carnival at 8.45",
    "haway man, canny frosty walk in this mornin, the bairns were skatin on every puddle",
    "{PW} wants to be a lollipop lady when she grows up, she's been stopping the cat at the back door all week",
    "the dads at the gate were knocking lumps out of each other over the fantasy football table (verbally 😂)",
    "dead proud of {P}, walked in on her own for the first time and didn't look back once 😭",
    "free hugs from the lollipop lady on her last day, there wasn't a dry eye at the crossing 🥲",
    "thank you to the man on the bike who stopped and fixed {P}'s chain on the way in, proper good egg",
    "cheers to the neighbour on the corner who puts a water bowl out for the dogs at drop off 🐶",
    "Dziękuję pani z przejścia za uśmiech każdego ranka 😊",
    "that hill up to the gate is a killer, my calves are still screaming 😂",
    "I'm going to strangle the sat nav, it sent us round Saltwell twice before the bus stop",
    "the year 9s were fighting over who got to press the crossing button, simple pleasures",
    "what a shot out the bus window of the frost on the fell, gorgeous #TeamRavens",
    "our {PW} won most reflective coat at the road safety assembly, she's blinding in the headlights 😎",
    "spotted dick and custard on the menu today so he ran the whole way in 🤣",
    "big shout out to the walking bus volunteers who meet at {V}, out in all weathers",
    "no more lifts for this one, he's cycling in now. I've been made redundant as a taxi 😢",
    "the bus driver does a little toot toot when the nursery kids wave at him, made our morning",
    "roads were dead quiet over half term, you could actually hear the birds",
    "our dog pulled me the whole way to the gate, I've been dragged to school by a cockapoo",
    "new crossing lady has a mean whistle on her, stopped a bin lorry dead in its tracks 😂",
    "me and {P} play spot the yellow car on the drive in, she's ruthless, no mercy shown",
]

COMPLAINT = [
    "third morning this week I've not been able to get off my own drive because of parents parked across it. I'm a neighbour, not a car park.",
    "oh brilliant, cones out on the zigzags... for the photo for the newsletter. gone by monday I bet 🙄",
    "the school bus was 25 mins late again today and no text went out. not good enough when kids are stood at the stop in the rain",
    "bit disappointing that nobody from school is out on the gate at 3.15 to stop the double parking",
    "Respectfully, the one-way system on Coalway Lane isn't working. Somebody is going to get hurt before it's changed.",
    "nearly got clipped by a reversing 4x4 on the yellow lines with my two in the double buggy. I've raised this before. Nothing changes.",
    "teenagers on e-scooters weaving through the reception kids at the gate is an accident waiting to happen, school needs to say something to them",
    "love how we get a newsletter about walking to school when there's not one working streetlight down the cut",
    "those of us who live on the lane have had engines idling outside our windows for years. a bit of consideration from the academy wouldn't go amiss",
    "we were told a second crossing patrol was starting in September. it is now November.",
    "the driver pulled away while my daughter was running for it, waving, and she ended up late for her mock. not on.",
    "gates opened ten minutes late again this morning, queue of kids right out onto the road",
    "great job on the new bike racks... room for eight bikes. for 1,200 pupils. genius",
    # judgement call: complaint only - the question is rhetorical, not a request for information
    "why are staff allowed to park on the pavement outside the front gate when parents get a letter home for doing exactly the same",
    "no warning at all that the lane was shut for roadworks, half of us were late and the kids got marked late for it",
    "Kind of shocked that half the seatbelts on the back row of the school bus don't work. Please sort it.",
    "park and stride from the leisure centre sounds lovely till you're doing it in sideways rain with a toddler. a shelter or something would help",
    "the bus company have changed the route twice this term and the school told us neither time. communication is shocking",
]

COMPLAINT_QUESTION = [
    "bus was late AGAIN today. who do we actually contact about the bus contract, the school or the council?",
    "cars are still on the zigzags every single afternoon. are the council doing any enforcement visits this term?",
    "nobody on the Durham Road crossing since the lollipop lady retired and it's scary getting the little ones over. is anyone replacing her?",
    "my son's bike was taken from the racks during school hours and the camera obviously doesn't cover them. can the office give me anything for the police or do I go direct?",
    "walking bus cancelled with no notice for the second time this half term, not fair on working parents. what time is it meeting friday, if at all",
    "Gates were locked when we got there at 8.40 and we had to walk all the way round with a pram. Has the morning opening time changed?",
]

QUESTION = [
    "anyone know what time the school bus gets to the top of Kells Lane",
    "is the crossing patrol on at the back gate as well or just the front?",
    "can year 6 walk home on their own or do we need to sign a form first",
    "what number do we ring if the bus doesn't turn up, the office or the bus company",
    "are e-scooters allowed in the bike shed or do they have to stay at home?",
    "does the walking bus still leave from {V} on fridays or has that changed",
    "where's the drop-off point going to be while the builders are in over summer?",
    "Hello, my daughter start in September in year 7, there is school bus from Saltwell side? Thank you",
    "will the bus be running tomorrow with the snow forecast, trying to work out if we set off early",
    "is there a Bikeability course for year 5 this term, {P} is desperate to do it",
    "can parents use the staff car park for the christmas fair or should we walk",
    "who do I email about a coat left on the bus, is {SEM} the right one or do I ring {SPH}",
]

INSULT = [
    "the clown in the white range rover who parks on the zigzags every day thinks the rules don't apply to her. entitled doesn't cover it",
    "bus driver is a miserable old troll, never once said good morning to the bairns",
    "those year 10s on their scooters are feral. absolute gremlins the lot of them",
    "the lollipop lady's little power trip is embarrassing. jumped-up traffic warden in a hi-vis with a stick",
    "half the parents at this school couldn't park a shopping trolley. brain cells between them: three",
    "the neighbour at the corner house who films us all from behind the nets is a sad little curtain-twitcher with no life",
    "the gobby mam with the extensions who screams at the crossing lady every morning is a walking embarrassment",
    "whoever drives the 7.40 bus looks like he was put together from spare parts at a scrapyard lmao",
]

INSULT_COMPLAINT = [
    "the bus driver drove off with half the kids still at the stop AGAIN. the man's a total halfwit and the bus company need to deal with him",
    "{S} promised action on the parking back in September and has done nothing since. spineless. we need leadership that actually does something",
    "side gate locked at 3.20 so every parent had to trek round the long way in the rain. whoever decided that is a clueless jobsworth",
    "cones left in the middle of the lane overnight and a car nearly piled into them. whoever runs the site is thick as mince",
]

PROFANITY = [
    "f*ck me it's cold at the gate this morning 🥶",
    "sh1t the bed, forgot it was non uniform day, halfway down the lane before I noticed",
    "holy s h i t a fox just legged it across the crossing 😂 lollipop lady didn't even flinch",
    "bloody hell {P} pedalled up that hill like he was in the tour de france, proud mam",
    "pissing down again, we all looked like drowned rats by the gate 🌧️",
    "fooookin loved the road safety show, the kids haven't stopped talking about it",
    "went arse over tit on the ice by the gates, don't worry only my pride's hurt 🤣",
    "b0ll0cks, missed the bus by ten seconds, looks like it's shanks's pony today",
]

PROFANITY_INSULT = [
    "the tw@t in the black golf who reverses down the lane at 3pm is a complete d*ckhead",
    "bus driver's a miserable f*cking goblin",
    "parents who dump their cars on the zigzags are selfish pr*cks, every one of them",
    "the scooter lads are little sh1ts, gobbing off at the lollipop lady like big men",
    "that lollipop lady is a power-mad old cow, bloody hell",
    "absolute w a n k e r in the white van doing 40 past the gates",
]

THREAT = [
    "to whoever keeps parking across my drive on Coalway Lane: I've got your reg and I know which house. you'll see.",
    "lollipop lady stepped out in front of me again. tomorrow I'm not stopping, she can move or not",
    "lad on the e-scooter who clipped my wing mirror, I've got your face on my dashcam. watch yourself.",
    "keep blocking me in, mate, and your car won't look so shiny by friday",
    "the bus driver who shouted at my son had better hope I never find out which depot he works from",
    "dad in the black golf, rev at the kids one more time and I'll be waiting at the gate for you. we'll see how brave you are then",
    "someone should torch them e-scooters while they're chained up to the school railings, I've got a lighter",
    "funny how accidents happen to cars left on the zigzags. just saying 🙂",
    "neighbour who keeps ringing the council about our cars - you've got lovely big front windows. be a shame.",
    "tell the school if the gates are locked on us again tomorrow there'll be more than words exchanged",
    "I've told him once. next time he swears at my daughter on the crossing he won't be getting back in his van",
    "cyclists on the pavement need a broom handle through the front wheel. I've got one by the door ready",
    "if that bus nearly takes out my kid again someone's running it off the road. not a joke.",
    "whoever reported my car to the police, careful walking home tonight. lots of dark corners down the cut",
]

PROFANITY_THREAT = [
    "park on my f*cking drive one more time and there'll be a brick through your windscreen",
    "nearly hit my lad on the crossing and drove off. I'll find you, and you'll f***ing regret it",
    "any more of your b*llocks at the gates and you're getting dragged out of that car",
]

SAFEGUARDING = [
    "man in a grey van parked by the cut every afternoon asking the year 7s if they want a lift. he's not a parent. please can someone from school look into it",
    "{P} says a man at the bus stop gave her sweets and asked which street she lives on. she's 8.",
    "there's older lads on e-scooters paying the year 8s to carry bags across to the estate after school. that's not a paper round.",
    "i walk the long way so i dont have to get home early. its loud at home and mams boyfriend gets angry when im there",
    "little boy walks past ours at 7am every day on his own, no coat, looks like he hasn't eaten. can't be more than 6.",
    "some of the year 10s are making the little ones on the bus hand over their dinner money every morning",
    "someone on snapchat keeps messaging my daughter saying he's 'the lad from the bus' and wants to meet her at the park on her own, told her not to tell us",
    "honestly i keep thinking about stepping out in front of the bus. nobody would even notice",
    # judgement call: safeguarding only - an adult reporting what they saw happen to a child
    "watched a dad drag a little girl by the arm at the gates and smack her across the head. she was sobbing",
    "the bus driver lets one year 9 girl sit up front every day, gave her his number and calls her his 'favourite'. not right",
    "wee lad in reception left at the gate at half 4 again, nobody came for him. third time this month",
    "my son came home with marks on his arms, says the big boys on the walk home did it and it'll be worse if he grasses",
    "girl on the walking bus told me she's scared to go home because her dad's been drinking since monday",
    "been cutting again. i take the back way in so i dont have to walk past the gates and see them",
]

THREAT_SAFEGUARDING = [
    "got my brothers blade in my bag for the lad who keeps shoving me off the bus. tomorrow hes done",
    "bringin a hammer tmrw for the year 10s who jump us at the crossing, swear down",
    # judgement call: threat + safeguarding - an adult menacing a named child on the route home
    "{P}, the one on the scooter who keeps kicking my car - I know what time you walk home, son. on your own down the cut.",
]

HATE = [
    "funny how the parking only got bad when the new families moved in. you know the ones. they drive like they do back home",
    "crossing patrol should be someone who can actually speak English, not another one of them",
    "friday afternoons the whole lane's blocked by the mosque lot. this is Gateshead not Islamabad",
    "lock your bikes up, the Travellers are back on the field by the bus stop",
    "two mams holding hands at the gate in front of the bairns. not what I send my kids to school to see",
    "go back to Romania and park like that there",
    "bus is full of special needs kids screeching, give them their own bus and keep them away from normal children",
    "bloke in a dress at the crossing yesterday, what message is that for the kids. men are men.",
]

PROFANITY_HATE = [
    "f*cking immigrants parking wherever they like, bet none of them have even got a licence",
    "another shite driver in a headscarf blocking the whole lane, typical of that lot",
]

SEXUAL = [
    "the dad who does drop off in his cycling lycra... not complaining 👀🍑",
    "lollipop lady can make me stop any time, she can hold my pole 😏",
    "bus driver's got a lovely big gearstick if you know what I mean 😉",
    "any single mams fancy a 'lift' after drop off? back seat's very roomy 😘",
    "the new PE teacher jogging past the gates in them shorts, I've had impure thoughts before 9am",
    "car in front at the gates had a 'honk if you're horny' sticker, so obviously I did 🥵",
]

# judgement call: advertising spam carries no phone numbers, so no personal_data
SPAM = [
    "🛴 E-SCOOTERS HALF PRICE this week only - no licence needed, ride to school in style! DM me for the link 🔥",
    "Tired of the school run? Earn £450 a day from your phone while you wait at the gates 💰 link in bio",
    "Intensive driving lessons Gateshead!! pass in 2 weeks GUARANTEED, book now at the link below 🚗",
    "Follow 4 follow 🚗🚗 all school mams welcome, I follow back instantly!!",
    "CONGRATULATIONS! Your number plate was selected for a FREE dashcam. Claim now at parking-refund-uk dot co before midnight",
    "Parking ticket outside school? Don't pay it! Our app beats 98% of fines, code SCHOOLRUN for 20% off",
]

PERSONAL_DATA = [
    "the silver corsa that parks across the dropped kerb lives at {AD}, go knock on and tell him yourselves",
    "if anyone's found a blue scooter covered in stickers it's my son's, text me on {PH} x",
    "{PF} left his lunchbox on the school bus, his mam's on here somewhere",
    "the lady who organises the lift share is on {EM} if you want adding to the list",
    "walking bus sign up sheet: my lad starts reception, born {DOB}, we're just off the lane",
    "lift share anyone? I'm at {AD}, {PC}, leaving 8.20 sharp, message me",
]

PD_QUESTION = [
    "does the school bus stop anywhere near {AD}? we've just moved",
    "can the office ring me on {PH} about whether {P} can walk home alone from monday?",
    "is {PF} in the walking bus group this term? her nana's doing pick up",
]
