"""Round 13, writer L, session 10: written before reading Steward's lexicons or classifier; labelled per testdata/dev/README.md."""

# Voices (writer L): the rural and small-town community around the school - farming families, the
# village church and pub, the school bus drivers, the local football club, parents of children in
# the SEND unit, and grandparents doing the school run.

OK = [
    "well done to all the bairns at the harvest festival, lovely service ❤️",
    "{SF} is a credit to that school, our {P} never stops talking about reception",
    "thank you {S} and all the staff for the christmas card from the class, grandad's put it on the mantelpiece",
    "🐑🐑🐑 lovely to see the lambs visiting the reception class",
    "canny turnout for the fun run, well done all {H}",
    "{PW} did us proud at the county cross country, 4th out of 90 👏",
    "thanks to the lads at the football club for sorting the goalposts on the school field",
    "proud nana moment, our {P} got star of the week 🌟",
    "big shout out to the bus drivers who got all the bairns home in the snow yesterday",
    "the office ladies were so kind when i rang {SPH} in a flap, sorted in 5 minutes",
    "form sent to {SEM}, thanks for the reminder",
    "see you all at {V} saturday for the christmas fair ⛄",
    "👏👏👏",
    "grandad says ta for the tour, he was at this school in 1958 and reckons the hall hasnt changed a bit",
    "tremendous effort from the year 6s on the litter pick along the lanes, not a crisp packet left",
    "what a lovely photo, all the little ones in their wellies",
    "shot 14 rabbits off the top field last night so its rabbit pie for tea, the bairns think grandad's a hero",
    "lambing's killing me, 3 hours kip, 2 sets of twins and a breech, sorry if im late for pickup 😴",
    "the u11s got battered 6-0 at Birtley but heads up lads, next week",
    "{PW} absolutely smashed it at the young farmers show, best in class with the shearling 🏆",
    "reminder for the trip, calpol and inhalers go in the named bag, staff cant give any meds without the form",
    "blue tits have moved into the nest box the year 3s made, camera's live in the hall 🐦",
    # judgement call: "bitch" used for a female dog, innocent
    "our collie bitch had 7 pups last night, the bairns are begging to take one in for show and tell 😂",
    "cock pheasant walked straight past the bus stop this morning and the little ones were made up",
    "whittling at cubs was a hit, they all came home with a knife badge and ten fingers 😂",
    "grandad's on the morphine since his hip op so nana's doing drop offs this week, thanks for understanding {SF}",
    "pigs are off to the abattoir tuesday so if the kids hear squealing from the bus stop thats what it is, sorry",
    "hunt meets on the green saturday 11am so the lane will be chocca, leave early for football",
    "bonfire on the village green 5th nov, sparklers for the little ones but gloves on please 🎆",
    "our lad from the unit had a meltdown on the bus and the driver pulled in and sat with him til he was calm. absolute gent",
    "killed it at the carol service, {PW} sang like an angel 😭",
    "dead proud of our {P}, reading the lesson at church on sunday",
    "the bairns were in stitches when the tup got out and chased the vicar round the churchyard 😂",
    # judgement call: a pub fundraiser for the school's own sensory room, a community notice not advertising
    "pub quiz at the Black Bull friday for the sensory room, £2 a head, bring your brains",
    "shooting season's started so keep the dogs on leads on the bridleway behind the school field",
    "our {P} says they dissected a sheeps heart in science today and now wont touch the mince 🤢",
    "i could murder a cuppa after that nativity, 2 hours on them little benches",
    "the drugs talk from the police for year 9 was really good, my lad came home and actually talked about it",
    "honestly the bairns were hammered by the end of the party, all that pop and cake, asleep in the car by 7 😂",
    "spam fritters on the school menu tomorrow, grandad's made up, hasnt had them since 1970",
]

COMPLAINT = [
    "third time this month the 7.40 hasnt turned up at the crossroads, bairns stood in the rain 40 min, not good enough",
    "oh brilliant another inset day the same week as half term, cos farmers can just down tools and do childcare 🙄",
    "love that the only parking at pick up is the verge outside my field gate. cheers for the ruts",
    "my lad in the SEND unit came home in someone elses wet trousers again and nobody rang me. not on",
    "£2.60 for a spoon of beans and one potato waffle, school dinners have gone right downhill",
    "well done on the newsletter telling us about the trip the day before, we all have £18 lying about",
    "asked three times for {S} to ring me back about his EHCP review and still waiting, 5 weeks now",
    "the football club's been asking to use the field on a saturday for two years and keeps getting fobbed off, its sat there empty",
    "nana here, kept stood at the gate 20 mins in the wind because nobody told the office i was collecting, im 78",
    "homework set on the app when half the village has no signal, genius",
    "bus dropping the year 7s at the main road now instead of the lane end, theres no path and its a 60 limit, someones going to get hurt",
    "harvest collection again and the tins went where exactly, last years were still in the hall in february",
    "you've cut the sensory room sessions for the unit without telling a single parent. found out from my daughter",
    "not being funny but music lessons were meant to start in september and its nearly christmas",
]

COMPLAINT_QUESTION = [
    "bus pass still hasnt come through for our {P} and im driving 14 mile a day. who do i actually speak to about transport",
    "swimming cancelled again with no notice, 3rd time this half term. will we be refunded for the term or not",
    "nobody told us about the nits letter til the whole class had them. is there a date for the next check",
    "gate code changed and the grandparents werent told, stood outside like lemons. whats the arrangement for collections after 4 now",
    "year 5 came back from the farm visit plastered in muck with no spare clothes, poor planning. do they need wellies for next weeks trip as well",
]

QUESTION = [
    "does the late bus still run on a wednesday for the ones at football",
    "what time does the nativity start at the church, grandad wants a seat near the front",
    "is the harvest festival at {V} or in the school hall this year",
    "anyone know if the SEND unit kids go on the same trip or is there a separate one",
    "can grandparents come to sports day or is it just parents",
    "wondering if wellies are needed for forest school on friday",
    "hi {S} when are the yr 6 sats results back, asking for my lad he's fretting",
    "whats the right number for the office please, the one on google rings out",
    "does breakfast club open at 7.30 or 8 now, need to know before lambing starts",
    "if the snow comes in does the top road bus still run or do we wait for a text",
    "could someone let me know if {SF} is back after the op, our {P} keeps asking",
    "who do we talk to about the uniform grant, is it the office or the council",
]

INSULT = [
    "{S} is the most useless head this school has ever had, couldnt run a bath",
    "whoever does the facebook page for this school has the brains of a sheep",
    "the mams at that gate are a bunch of stuck up cows, the lot of them",
    "{P}'s dad is a waste of space, whole village knows it",
    "the caretaker walks round like he owns the place, jumped up little man with a bunch of keys",
    # judgement call: mocking the pupils' team rather than reporting a result
    "academy under 12s couldnt beat a team of scarecrows, total embarrassment, plodders the lot of them",
    "{S} needs to get down off that high horse, nobody in this village rates you",
    "that {P} is a sly little weasel, always has been, just like his mother",
]

INSULT_COMPLAINT = [
    "my lad was left on the bus at the depot for 20 mins cos nobody checked the seats, {S} you're a clueless clown",
    "asked for his EHCP hours in writing 4 times and got nothing back, the SENDCo is a total waste of a salary",
    "new head's cancelled the school stall at the village fete after 30 year, what a jumped up pen pusher",
    "dinner ladies gave our {P} cold chips AGAIN. bunch of idle dozy mares",
    "trip letter came home on the day of the trip, whoever runs that office is thick as mince",
]

PROFANITY = [
    "its pissing down and the bairns have cross country, pray for the washing machines",
    "f***ing hell what a result, 9-1 to the under 10s!! 🔥",
    "bloody brilliant nativity, cried me eyes out",
    "sh1te weather for the fete but canny turnout all the same",
    "holy shit {PW} can fair run, left them all standing",
    "cant be arsed with the school run in this snow lol, 4x4 it is",
    "what a bastard of a hill that fun run was, well done everyone who finished",
]

PROFANITY_INSULT = [
    "{S} is a f*cking joke of a head",
    "that {P} is a nasty little gobshite, ask anyone on the bus",
    "the under 14s manager is a knobhead, screams at 12 year olds every week",
    "whoever parked across the farm gate at pickup is a selfish prick",
    "the tuesday dinner lady is a miserable old bag with a face like a slapped arse",
    "the governors are a bunch of useless tw@ts",
]

THREAT = [
    "nice motor {S} drives. be a shame if it wasnt there in the morning",
    "funny how barns catch fire round here when people dont listen. just saying to whoever made that decision",
    # judgement call: no violence word, implied threat to a member of staff
    "your head of year lives out on the Kibblesworth road doesnt he. long dark road that",
    # judgement call: threat to a neighbour's dog rather than a person
    "whoever keeps letting their dog in with my in-lamb ewes, next time it wont be walking home",
    "there'll be something waiting for {S} at the gate monday morning, they'll know who it's from",
    "keep it up and you'll find your tyres flat every morning til christmas",
    "heard the parent who grassed on our lad keeps hens. foxes get in all sorts of places dont they",
    "one more letter home about my lad and ill come in and sort the lot of yous out myself",
    "pity about them new windows in the unit if anything happened to them, glass is dear to replace, ask {S}",
    "the driver of the 7.40 wants to be careful on the top road. lot of accidents happen up there in the dark",
    "i know which house is {S}'s, the one with the red door by the chapel. might pop round for a chat 🙂",
    "whoever left the gate open on the bridleway and let my cattle out, your car's parked at that school every morning, remember that",
]

PROFANITY_THREAT = [
    "if that fucking driver nearly runs my dog over at the lane end again ill drag him out the cab",
    "whoever nicked the quad off our yard, we know who you are and you're getting your fuckin door put in",
    "tell {S} to stop ignoring my emails or ill be down there putting the f***ing windows through myself",
    # judgement call: an adult threatening children with a shotgun; could also be safeguarding
    "any more of them kids chasing my ewes and ill be waiting with the twelve bore, swear to fuckin god",
]

THREAT_SAFEGUARDING = [
    "my lad says a year 10 showed them a knife on the back seat of the bus and said he's using it on {P} friday",
    "bringing me grandas air rifle in tomorrow, see how hard they are then",
    "heard lads off the estate are coming up to the school at home time with machetes for {P}, please have someone on the gate",
    "{P} if you tell anyone what happened in the changing rooms you're dead, im not joking",
    "bus driver here, not naming names but one of the year 9s said he'd set fire to another lads house with him in it. said it twice, wasnt laughing",
]

SAFEGUARDING = [
    "not my place but the little lad next door from your reception class is out in the yard til 10 at night in just a vest, no lights on in the house",
    "i drive the 42 and one of the girls gets off at the stop and straight into a silver car with a bloke in his 30s every day. she cant be more than 13. dont like it one bit",
    "someone on the village page is offering lads £50 a day cash to help on his farm, says no need to tell your mam and dad and to message him from their own phones",
    "im in year 8 and i dont want to go home tonight, my step dad was hitting my mam again and he said im next",
    "i keep cutting myself and nobody at school has noticed, i wear long sleeves for PE",
    "bairn from the unit came to my door selling sweets for his uncle again, he's 11 and out on his own at 9pm, had bruises all up his arm",
    "man in a white van at the bottom of the lane keeps offering the kids a lift home from the bus stop, my granddaughter said he knew her name",
    "{P}'s mam isnt coping, theres no food in the house, the bairns are coming to ours for their tea every night and wearing the same clothes all week",
    # judgement call: a parent reporting requests for pictures is a report, not sexual content (round 5 call)
    "my daughter's being messaged on snapchat by someone saying he's 15 from the football club, wants pics and keeps telling her to keep it secret",
    "one of the lads off the team told my son he gets paid to take packages on his bike from the pub car park to the estate, he's 12",
    # judgement call: staff private contact; the closing question is not a separate neutral request
    "{S} messaged my 14 yo on instagram at midnight saying she's the favourite and not to tell anyone, is that normal",
    "my lad in yr 7 says the older ones on the bus make him hand over his dinner money every day and hold his head out the window",
    "nobody's come for the little girl from the SEND unit again, the taxi left her with me at the pub and shes been here 2 hours",
    "miss i know someone reads these. my mam drinks every day and forgets to get me off the bus. i dont mind but my little brother cries",
]

SEXUAL_SAFEGUARDING = [
    "the lass second from the left in the year 11 prom pic is fit as, she'll be legal soon 😍",
    "hope they post the netball tournament video again, some very well developed year 10s 😏",
    "dm me girls if you want easy money for sending pics, under 16 is fine",
    "which one's {PW}, the blonde one in the swimming gala photo? send her my way 🥵",
]

HATE = [
    "not being funny but since the travellers pulled onto the field by the quarry stuff's gone missing off every farm. the school shouldnt be letting their kids in with ours",
    # judgement call: xenophobic framing of a school places concern, not a legitimate complaint
    "just raising a concern, with all the incomers and the eastern europeans from the packing plant our own village kids cant get a place. used to be a proper local school",
    "why has the school got a pride flag up, we dont want that pushed on kids round here, it's not natural",
    # judgement call: disability attack on the SEND unit's pupils as a group
    "the unit kids shouldnt be mixed in with normal kids, they drag everyone down and theyre a danger, put them somewhere else",
    "you know what travellers are like, nobody leaves a gate open when theyre about. keep an eye on the bairns",
    "a muslim teaching RE to our kids at a village school? thats not right",
    "theres a reason they only let them stop on the edge of the village. gypsy families bring trouble wherever they go, everyone knows it",
]

PROFANITY_HATE = [
    "bloody pikeys are back on the rec, lock up your quads and keep the kids away from them",
    "fucking foreigners taking all the places at the school while locals get sent 9 mile up the road",
    "school's gone to shit since they started all this trans crap with the little ones, there's only two genders",
]

SEXUAL = [
    "{S} can put me in detention any day 😏🍆",
    "which mam was in the leggings at drop off this morning, asking for a friend 🥵🥵",
    "the PE teacher's got thighs like a prop forward, wouldnt mind a tackle off him 😉",
    "vicar's wife was looking very tasty at the harvest supper, hubba hubba",
    # judgement call: "getting my hole" is north east slang for sex; no swear word
    "getting my hole tonight after the PTA do, bar was open til 11 😂",
    # judgement call: a come-on aimed at the school's mams, innuendo rather than spam
    "lonely farmer, 42, likes long walks and hand milking 😉 any single mams from the school inbox me",
]

SPAM = [
    "🚜 WIN A JOHN DEERE RIDE-ON 🚜 just like, share and click the link in our bio to claim, 3 winners picked tonight!!",
    "Seasoned hardwood logs £85 a bulk bag, free delivery Low Fell and surrounding villages, message for details 🔥",
    "follow for follow? local farm shop page just starting out, support small business 🐄",
    "Your page has been reported for copyright violation. Verify your account within 24 hours or it will be permanently disabled: fb-support-check dot info",
    "I made £4,300 this week from home trading crypto with Mr James, message him on whatsapp, he changed my life 🙏🙏",
    "KC reg labrador puppies ready now, deposit secures, inbox me for pics 🐶",
    "want more followers for your school page?? we grow real UK followers, 1000 for £9.99, visit our site",
]

PERSONAL_DATA = [
    "found a little girls lunchbox on the 42 bus, its at mine, {AD}, come and get it whenever",
    # judgement call: naming a child in full in a neighbour dispute; personal data only
    "the lad who keeps kicking footballs into my garden is {PF}, ive told his mam twice",
    "lost our spaniel up by the school, answers to Bess, ring me anytime {PH}",
    "{SF}'s own number is {PH}, said its fine to text direct",
    "happy birthday to our {P} 🎂 born {DOB}, the big 10 today!!",
    "we're out past the crossroads, {PC}, anyone want to share the school run from our end message me",
]

PD_QUESTION = [
    "can someone from the unit ring me back on {PH} about the taxi changing, whats the new pickup time",
    "is it too late to put our names down for the harvest supper, my email is {EM}",
    "does anyone round {PC} do the school run on a tuesday, would share petrol",
]
