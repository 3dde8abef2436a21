"""Round 27, writer O2, session 13: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""
# Voices (writer O2): forest school, the eco club and outdoor learning at Ravensworth Community Academy -
# parents of muddy bairns (some in Geordie dialect), parent helpers and volunteers, the pupils themselves,
# allotment neighbours, litter-pickers, a parent who thinks it is all a waste of time, strangers by the
# woods, garden-spam bots and advertisers.

OK = [
    "{PW} came home absolutely clarty and buzzing, best forest school day yet 🌳",
    "our {P} wont stop talking about the pond dipping, found a newt apparently!!",
    "love this, kids need more time outside and less screens",
    "well done eco club, the litter pick at the park looked canny 👏 {H}",
    "wey aye the bairns look like theyre having the time of their lives",
    "thank you {SF} for drying his socks on the radiator, you're a saint x",
    "that den is better built than my extension 😂",
    "the sunflowers from the plant sale are taller than me now 🌻🌻",
    "proud of {P} for getting her eco badge, she's been on about it all week",
    "Beautiful photos. Brings back memories of building dens down saltwell park as a lad",
    "is that {S} up to the knees in the pond 😂 legend",
    "mine came home with a pocket full of acorns and a slug. living the dream",
    "hedgehog house looks amazing, hope something moves in over winter 🦔",
    "💚🌱💚",
    "great to see the allotment producing again, well done all",
    "{PW} made a bird feeder out of a pine cone and lard, its hanging off our washing line now",
    "the wormery is the only thing my son talks about at tea time now",
    "thanks for the kit list in the newsletter, really helpful",
    "Super, mój syn uwielbia leśną szkołę 🌲 dziękujemy",
    "our lass says the pumpkins are nearly ready for halloween, cannot wait to see them",
    "spotted the eco club's bug hotel on the way past, proper five star job 🐞",
    "he's asleep on the sofa at half 6, whatever you did to him today keep doing it 😴",
    "the bat walk was magical, thank you {S}",
    # hard negatives: words shared with weapons, fire, violence, drugs, sex, spam and safeguarding
    "never seen kids so happy wielding knives 😂 (whittling, before anyone panics) the spoons are gorgeous",
    "they set fire to the kindling first go with a flint and steel, proper little survivalists 🔥",
    "{P} hacked the brambles back like he was getting paid for it",
    "got absolutely plastered in mud and loved every second",
    "the lot of them shot out of the den when the fox walked past 🦊😂",
    "my daughter killed it at the fire lighting, mr dave reckons she's a natural",
    "pulled up every weed on the allotment then came home high as a kite on hot chocolate",
    "bruised knees, scratched hands and the biggest grin, that's a proper day in the woods",
    "the blue tits have moved into the box the year 4s made!! 🐦",
    "stranger danger session in the woods was spot on, our {P} can tell us exactly what to do now",
    "sawing logs with a bow saw at 7 years old, she's more use than her dad 😂",
    "the kids bombed down the muddy bank on their bums screaming their heads off 😂",
    "eco club's seed bombs have gone off all along the verge by ours, wildflowers everywhere",
    "kids stripping off muddy layers at the door, cloakroom looked like a bomb hit it 😂",
    "axe work today?? no, log splitting with {SF}, all supervised, all fingers still attached 👍",
    "did the tick check like the letter said, all clear, thanks for the reminder",
    # judgement call: a free offer from the school's own eco club is a community notice, not spam
    "free compost at the allotment gate saturday morning, bring your own bag, courtesy of eco club",
]

COMPLAINT = [
    "third pair of school trousers ruined this term. forest school is lovely in theory but some of us cant keep replacing uniform",
    "so we get a letter about ticks AFTER half the class have been bitten. great timing",
    # judgement call: rhetorical question, complaint only
    "not being funny but he's had forest school every tuesday since september and still cant do his times tables. priorities?",
    "whole afternoon a week in a field making mud pies while they're behind in reading. waste of time imo",
    "was told kit would be provided, turns out 'kit' means a bin bag with holes cut in it",
    "nobody told us they'd be using knives. im not against it but a heads up would have been nice",
    "he came home soaked to the skin and frozen, no spare clothes offered. not good enough",
    "love how the plant sale money goes to the eco club and yet the allotment still looks like a jungle 🙃",
    # judgement call: a general site-safety complaint, not a concern about a particular child (not safeguarding)
    "pond area has no fence at all and there are reception kids down there. someone needs to look at that properly",
    "my daughter has eczema and the mud has made her hands crack and bleed, i did ask for gloves twice",
    "forest school clashes with swimming AGAIN so mine misses out on both. sort the timetable out please",
    "eco club only takes 12 kids and its the same 12 every year. some of us have been on the waiting list since year 3",
    "pickup from the woods gate is a nightmare, no lighting, cars everywhere, kids running between them",
    "the bairn came hyem clarty from heed to toe and his coat's ripped again, bit of care with kids stuff wouldnt go amiss",
]

COMPLAINT_QUESTION = [
    "third time his coat has come back ripped from the woods. who do i speak to about getting it replaced?",
    "really not happy the kids were near an open fire without us being told first. is there a risk assessment we can see",
    "fed up of washing mud out of everything every tuesday. what day is forest school moving to next term?",
    "the allotment veg was meant to go home with the kids and none ever has, disappointing. when is the next harvest day",
    "she was bitten by a tick and we only found out from her, not from school. can someone confirm what the procedure is",
]

QUESTION = [
    "does he need waterproof trousers for forest school or just wellies",
    "what time do they get back from the woods on a thursday, trying to sort pickup",
    "{SF} is there still space in eco club for year 2?",
    "can parents volunteer at forest school? happy to help with the fire",
    "is the plant sale cash only or can i pay by card",
    "where do we drop off old pots and seed trays for the allotment",
    "hiya what should she wear if its below zero, thermals?",
    "is forest school still on if its chucking it down tomorrow",
    "would {S} be able to email the kit list out again, cant find the letter anywhere",
    "do they need a packed lunch on the woodland day or will they come back in for dinner",
    "whats the latest date to sign up for the litter pick on saturday",
    "are the bairns allowed to bring their own whittling knife or does school provide them",
]

INSULT = [
    "{SF} couldnt put up a tarp if their life depended on it 🤡",
    "the eco club kids are the most smug little know it alls going",
    "whoever runs forest school is a complete waste of oxygen",
    "{P} is feral, no wonder they send him off into the woods, out of sight out of mind",
    "the mams moaning about a bit of mud are the wettest snowflakes in gateshead",
    # judgement call: could be read as banter, but it mocks a named staff member publicly
    "{S} always looks like they've been dragged through a hedge backwards, not just on forest school days 😂",
    "imagine being paid to stand in a puddle all day. parasites the lot of them",
    "nice den. shame the kid who built it is as thick as the planks",
]

INSULT_COMPLAINT = [
    "my son's had a splinter in his hand since tuesday that nobody took out, {S} is clueless and shouldnt be let near kids",
    "second jacket ruined, the idiot running forest school clearly doesnt care whose money it is",
    "asked three times about the tick bite and got fobbed off by the office, useless bunch of jobsworths",
    "reported the broken fence by the pond weeks ago. {SF} is too lazy to lift a hammer apparently",
    "kid comes home with no coat after forest school, again. whoever's supervising is a brainless clown",
]

PROFANITY = [
    "bloody hell the state of him when he got out the car 😂😂",
    "its pissing down and theyre still out there, hardcore 🌧️",
    "holy sh1t that den is massive",
    "f***ing love this, wish we had forest school when i was at school",
    "ahh crap i forgot his wellies again",
    # judgement call: "the dog's bollocks" is praise, but it is still a swear word
    "them tomatoes are the dog's bollocks 🍅",
    "shiiiiite, got all the mud out of his trousers for nowt, forest school again tomorrow 😭",
]

PROFANITY_INSULT = [
    "{SF} is a f*cking joke, cant even light a fire with a lighter",
    "eco club full of smug little shits handing out leaflets about plastic straws",
    "the dickhead who parks on the woods path every morning needs a word",
    "whoever thought mud kitchens were education is a prize bellend",
    "{P} is a right little twat, kicked the den down on purpose",
    "the teachers in them woods are a bunch of lazy b@stards sat round a fire drinking tea",
]

THREAT = [
    "if my lad comes home with one more tick im coming up there and they wont like what happens",
    "keep lighting fires by my fence and that shed of yours will go up too, ill make sure of it",
    "i know which car is {S}'s. they want to think hard before they let my daughter near that pond again",
    "whoever wrecked the allotment, ive got your face on my doorbell cam and im coming for you",
    "that den wont be standing by monday, me and the lads will see to it",
    "next time {SF} puts a knife in my sons hand ill put one in theirs",
    "one more letter about muddy kit and ill be waiting at the woods gate for whoever wrote it",
    # judgement call: "hippies" is not a protected group, so threat only (no hate)
    "someone should put a match to that eco garden while the hippies are in it",
    "theres a petrol can in my boot with that forest school's name on it",
    "tell the bloke who runs the woods thing to watch his back walking to his car",
    "polytunnel will be slashed to ribbons tonight, enjoy your tomatoes",
    "theres a device in the allotment shed, better get them kids out before 2",
]

PROFANITY_THREAT = [
    "touch my kids stuff again and ill burn your fucking shed down",
    "swear down if he comes home burnt again im gonna smash every window in that fuckin school",
    # judgement call: no named target, but bringing a weapon to pick-up reads as a threat
    "bringing a bat to pick up tmrw, sh*t's getting sorted one way or another",
    "f*** around with my allotment plot one more time and you'll be the one in the compost heap",
]

THREAT_SAFEGUARDING = [
    "nicked one of the whittling knives from forest school, {P} better not walk home past the woods tonight",
    "bringing my uncles hunting knife to eco club tmrw, watch what happens to the kid who grassed",
    "gonna stab him with the fire poker next session swear down",
    "meet me at the den after school {P}, bring ur mates, ive got a blade",
    # judgement call: a pupil with no named target; weapon threat plus a child in distress
    "if they make me go forest school again im bringing dads axe and no one will laugh at me then",
]

SAFEGUARDING = [
    "{P} came to forest school with bruises up both arms again and just said dont tell, im one of the parent helpers and im worried",
    "there was a man stood by the woods fence at lunch watching the kids with his phone out, third time this week",
    "bloke in a grey van asked my daughter if she wanted to see the puppies in the back, right by the forest school gate. she ran. please warn everyone",
    "i dont wanna go home after eco club, mams boyfriend gets angry when im muddy",
    "little lad in year 2 has no coat or wellies every forest school and eats the raw veg off the allotment, i think hes hungry",
    # judgement call: "lol" but a pupil's self-harm disclosure
    "used the whittling knife on my arm not the stick lol nobody even noticed",
    "some older lads have been in the den at night leaving needles and cans, and my son says they offered him a go",
    "someone keeps messaging eco club kids on snapchat saying hes a volunteer from the woodland trust and asking where they live",
    "my daughter says a teenage lad at the allotments gives the year 5s vapes if they run errands for him",
    "im always in the den at playtime cos no one will play with me and they throw mud at me every day, sometimes i dont want to be here anymore",
    "{PW} turns up to forest school in the same clothes all week and has a nasty cut on her leg nobody's cleaned",
    "not being dramatic but the new volunteer at the pond keeps taking the boys off on their own to look at frogs, it doesnt sit right with me",
    "a kid at eco club told my son his dad locks him in the shed when hes bad, i really think someone should check on him",
    "theres a fella, not staff, keeps offering forest school kids lifts home and sweets in his car. ours said no but i think others have got in",
]

SEXUAL_SAFEGUARDING = [
    "the year 10 girls in the wet pond photos 😍😍 more of them please",
    "that lass with the plaits at the litter pick is proper fit, how old is she, dm me",
    "nice legs on the girls in the shorts, forest school has its perks 😏",
    # judgement call: no explicit sexual words, but asking to buy photos of children changing is sexualised
    "send me the ones of the kids getting changed out of their muddy stuff, ill pay",
]

HATE = [
    "watch the tools at forest school, the traveller kids will have them away by dinner time",
    # judgement call: transphobic mockery without a slur
    "eco club's been taken over by the woke brigade, next they'll be telling the bairns in the den that men can have babies",
    "dont see why the muslim kids get to skip forest school in ramadan, if they dont like our ways they can go back home",
    "they let the wheelchair kids on the woodland walk now so everyone's held back, its cruel to the normal ones",
    "half the allotments in low fell handed to polish and romanians, locals cant get a look in. send them back",
    "a lesbian running the eco club? no wonder its all rainbows and nature is for everyone rubbish. keep her away from my kids",
    "the black kids never turn up to the litter pick, says it all really",
]

PROFANITY_HATE = [
    "fucking pikeys camped on the field by the woods again, lock the allotment shed",
    "eco club is full of bloody immigrants kids now, time we shut the borders",
    "no way is my son sharing a tent with some trans freak on the residential, this shit has gone too far",
]

SEXUAL = [
    "{SF} can take me for a roll in the mud anytime 😏😏",
    "massive wood on show in that photo 🍆😂",
    "id let that forest school instructor light my fire all night 🔥😉",
    # judgement call: innuendo about an adult at the plant sale, not about a pupil
    "the hot dad in the green fleece at the plant sale can plough my allotment any time 😍",
    "them cucumbers from the allotment are giving me ideas 🥒😏",
    "bet the staff get up to all sorts in that den after the kids gan hyem 😉 bit of how's your father",
]

SPAM = [
    "🌱 GROW YOUR OWN MADE EASY 🌱 raised bed kits 60% off today only at www.greenfingersdirect-uk.shop",
    "follow 4 follow 🌻 gardening page, follow back guaranteed @allotment.life.x",
    "Congratulations! Your school allotment has been selected for a FREE £500 garden centre voucher. claim at bit.ly/gardengrant-uk before midnight",
    "i made £3,200 last month working from my garden shed 🙌 message me SEEDS to find out how",
    "best prices on artificial grass in the north east, no more mud!! check our page 👉 NE Turf Solutions",
    "want to get rich with crypto? my mentor changed my life, dm @wealth_with_jess_ on insta 💸",
    "Eco friendly bamboo toothbrushes for kids 🌍 use code SCHOOL20 at checkout, link in bio",
]

PERSONAL_DATA = [
    "{PF} left her wellies in the den, theyre in my car if anyone knows her mam",
    # judgement call: kind intent, but a phone number posted publicly is personal data
    "found a green fleece at the litter pick with no name in, ring me on {PH} and ill drop it round",
    "anyone wanting cuttings from the plant sale leftovers, im at {AD}, just knock",
    "email me at {EM} for the allotment watering rota, not the school one",
    "well done {PF} on the eco award!! so proud of you 🏆",
    "happy birthday to our little gardener, born {DOB} and already growing her own spuds 🌻",
]

PD_QUESTION = [
    "does anyone know if forest school is on this friday? text me on {PH} cant get through to the office",
    "can i still sign {PF} up for eco club this term?",
    "where do we send the seed money to, can someone email me at {EM}",
]
