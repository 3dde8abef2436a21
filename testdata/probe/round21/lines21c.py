"""Round 21, writer C2, session 12: written before reading Steward's lexicons or classifier; labelled per testdata/dev/README.md."""

# Voices (writer C2): the families with least at Ravensworth Community Academy, Gateshead - the
# food-bank, uniform-bank and warm-space posts, free school meal vouchers, the cost of trips, debt
# and loan sharks, heating off, a dad out of work, a mum who distrusts social services, hints of
# domestic abuse, children left minding siblings, a neighbour worried about neglect, "instant loan"
# and "free voucher" scams, people who sneer at families on benefits, and a lot of thanks.

OK = [
    "thank you so much to whoever left the bags at the uniform bank, our {P} finally has shoes that fit him ❤️",
    "skint but happy, the bairns had a canny time at the christmas fair, cheers to the ptfa x",
    "our lass came home starving after PE again, what are they making them do, marathons?? 😂",
    # judgement call: "feral" is a parent joking about their own kids, not an insult to pupils
    "the kids are proper feral this week lol roll on half term",
    # judgement call: "blooming" is a minced oath, not profanity; the cold hall is a passing remark, not a complaint
    "blooming freezing in that hall for the nativity but {PW} was the best sheep ive ever seen 🐑",
    "the food bank volunteers are absolute angels, went in embarassed and came out with a full bag and a cuppa. thank you",
    "free school meal vouchers came thru this morning, thanks {S} for chasing it up for us x",
    "wor {P} reckons the breakfast club toast is the best in gateshead 😂",
    "my mam would kill me if she knew how much i spent at the book fair 🙈",
    "armed with a flask, two blankets and a bag of crisps for sports day, see yous on the field",
    "reception are doing knife and fork skills this week apparently, {P} cut his own fish fingers and was buzzing",
    "charity shop bargains are like a drug to me now, 3 school jumpers for a quid!!",
    "not a loan shark in sight at the ptfa money talk, just {SF} with biscuits and a spreadsheet 😂 really helpful tho",
    "grand to see the uniform swap at {V} saturday, took two bags in and came home with a coat for the little one",
    # judgement call: reassures others that the school's own voucher scheme is genuine; shares words with voucher scams
    "the free vouchers thing is legit its on the school website, dont panic folks its not one of them scams",
    "cant believe how cheap the year 6 residential turned out with the hardship fund, {P} is made up, thank you",
    "that big lad in year 11 who carried all the food bank boxes to the cars is a credit to his mam",
    # judgement call: a parent joking about a prepayment meter, no concern about the child raised
    "{PW} came home saying the classroom is warmer than our house 😂 too right pet, we're on a meter like half the street",
    "our house is a bomb site after the science homework volcano 🌋",
    "dad's been out of work since march but he's been helping {SF} paint the reading corner, kids love it",
    "well done {S} and all the staff, the coat rail by the office has been a lifesaver for loads of us",
    # judgement call: "home alone" is a joke, the children are with their dad
    "left the bairns home alone... with their dad 😂 back for pick up dont worry",
    "my youngest was crying her eyes out at drop off and by home time shed forgot all about it, thanks {SF} for the cuddles",
    "brilliant turnout at the warm space at {V}, soup, board games and nobody judging anybody 👏",
    "{P} and her big sister did the sponsored walk for the food bank, raised £43 in coppers bless them",
    "that raffle was a steal, won a hamper and a massive tub of quality street 🎉",
    "hats off to the dinner ladies, always sneaking the bairns an extra bit of crumble",
    "thank you for letting us pay the trip in instalments, makes all the difference to families like ours",
    "moved up from essex last summer and honestly this is the friendliest school we've been at",
    "gutted i missed the uniform bank today, will try next week, lovely idea whoever started it",
    "cost of living is shocking at the minute, fair play to the school for doing the free breakfasts",
    "honey on toast at breakfast club is a big hit according to our {P}",
    "hadaway man {P} got star of the week?? proud mam moment ⭐",
    "had a power cut last night so the kids did their reading by torchlight, made it an adventure 🔦",
    "thank you {S}, you'll never know what that voucher meant to us this christmas 🙏",
    "my lot ate me out of house and home this half term, roll on school dinners 😂",
    "the little ones were fighting over who got to push the food bank trolley with the tins in 😂",
    "they made spam fritters in food tech and he said they were mint, times have changed",
    "found the free school meals form, its under parents then forms if anyone else is looking 👍",
    "not gonna lie asking for help with uniform was the hardest thing ive done but nobody made me feel small. thank you",
]

COMPLAINT = [
    "£280 for the year 8 london trip with 3 weeks notice. some of us are choosing between that and the gas",
    "second time this month the free school meal vouchers have come late, bairns cant eat an apology email",
    "jumper has to have the logo and only one shop sells it at £18 a go. not fair on anybody whos skint",
    "love how the letter says 'voluntary contribution' and then {P} gets told in front of the class we havent paid. very voluntary that",
    "non uniform day is a quid a time nearly every other week, it adds up when youve got four at the school",
    "food bank post said open till 4, we got there half 3 and it was shut. two buses with a toddler for nowt",
    "my son was sent home for the wrong shoes. they're the only ones he's got till payday. feels like being punished for being poor",
    "oh great another dress as your favourite character day, because we've all got spare costumes lying round 🙄",
    "nobody has rang me back about the hardship fund form, handed it in at the office 3 weeks ago",
    "canteen ran out of hot dinners before the year 7s got in so the free meals kids got a dry sandwich. again",
    "prom tickets £45 plus dress plus hair, some of us are gonna have to say no and its heartbreaking",
    "paying trip money on that app only works if you've got a bank card, cash families are just left out",
    "the hall was that cold at parents evening folk kept their coats on, not acceptable for little ones sat in it all day",
    "breakfast club used to be free now its £2.50 a day, some of us only used it so the kids got something in them",
]

COMPLAINT_QUESTION = [
    "vouchers still havent arrived and its friday. who do i actually speak to about it, the office or {S}?",
    "£60 deposit for the residential due monday with two days notice is a joke tbh. can it be paid in bits?",
    "blazers been out of stock 6 weeks and the kids are getting detentions for not having one. is there a spare age 11-12 in the uniform bank?",
    "we were told the hardship fund covers trips then got a letter demanding the full amount. whats the actual rule please",
    "pantry was shut again when we turned up at 2, what are the proper opening times? it changes every week",
]

QUESTION = [
    "is the uniform bank open over half term or only in term time?",
    "do the free school meal vouchers cover the easter holidays this year",
    "where do we drop food bank donations, straight to the office or {V}?",
    "hiya does anyone know if you can get free school meals if your partner is on universal credit but works part time",
    "can the trip money be paid in cash at the office or is it online only now",
    "what number do i ring about the hardship fund, is it {SPH}?",
    "have you got any size 3 school shoes in the uniform swap? will pop in tomorrow if so",
    "is it {SEM} for the free breakfast club forms or a different email",
    "hiya {SF} does {P} need a packed lunch for the trip or are school doing them for free meals kids?",
    "when is the next warm space session at {V}? couldnt see it on the poster",
    "does the holiday activity club need booking or can we just turn up on the day",
    "whats the deadline for christmas hamper referrals please, need to get my name down",
]

INSULT = [
    "food bank for people with sky tv and iphones 😂 get a job you scroungers",
    # judgement call: sneering at parents on benefits, insult rather than an opinion
    "if you cant afford a school trip you shouldnt have had 5 kids, simple as",
    "funny how the same idle parents who 'cant afford' uniform are always stood outside the bookies",
    "{S} is about as much use as a chocolate teapot",
    "these freeloading families want everything handed to them on a plate, pathetic",
    "bet half the uniform bank lot are selling it straight on vinted, grubby lot",
    "imagine being a grown man queuing for free biscuits at a school, embarrasing",
    "whoever runs this page is a clueless clown",
]

INSULT_COMPLAINT = [
    "{S} turned my daughter away from the trip in front of her whole class over £15. heartless woman, should be ashamed",
    "asked at the office about the vouchers and got looked at like something on her shoe. stuck up madam needs to learn some manners",
    "the canteen manager is a jobsworth idiot, refused my son a dinner because his account was 40p short",
    "still no heating in the portakabins and {S} just shrugs. useless man, kids are sat there in their coats",
    "my lad's been on the hardship list since september and heard nowt. whoever is in charge of it is lazy and incompetant",
]

PROFANITY = [
    "skint as f*** this month but the kids are fed and warm thanks to this lot ❤️",
    "bloody hell the uniform bank had a winter coat in his size, nearly cried in the office",
    "sh!t week, boiler packed in, but {P} got her reading award so who cares 🙌",
    "absolutely pissing down at pick up, me and the bairns look like drowned rats 😂",
    "holy crap how did the food bank collect that much, well done everyone",
    "my kids eat like f*cking gannets, thank god for breakfast club 😂",
    "arse numb from sitting on that bench all sports day but worth every minute",
]

PROFANITY_INSULT = [
    "scrounging b*stards the lot of them, wouldnt give them a penny",
    "{S} is a smug prick and everyone knows it",
    "stop feeding lazy sods who sit on their arses all day",
    "the dad who's always moaning on here is a total knobhead, get a job mate",
    "them benefit mams in their pyjamas at the gate are a f***ing disgrace",
    "shut up you daft tw@t nobody asked",
]

THREAT = [
    "whoever reported us to the council better hope i never find out who they are. i know where most of yous live",
    "that loan shark comes near our door again he'll be leaving in an ambulance",
    "keep talking about my family on here and see what happens to your car",
    "next person who calls my kids tramps at that gate is getting dropped",
    "ill be at pick up tomorrow. {S} wants to hope theres a wall between us",
    "someone keeps nicking from the food bank box. catch you and you'll not walk straight for a month",
    # judgement call: incitement to damage the school is threat only; the voucher grievance is not a legitimate complaint as phrased
    "few bricks through them office windows might get the vouchers sorted quicker",
    "know which house you're in, know your reg, know your shifts. think on",
    "any more letters chasing trip money and im coming in with a petrol can",
    "whichever mam has been calling us dirty on the whatsapp group, watch your back, i will find you",
    "the bloke behind that instant loans page wants to keep his head down round low fell, the lads are looking for him",
    "carry on sneering at folk on benefits and you'll find your tyres flat every morning",
]

PROFANITY_THREAT = [
    "call my bairns scruffy again and ill knock your f***ing teeth out",
    "that sh*tbag loan shark is gonna get whats coming, we know his car",
    "any more crap from the office and i swear ill torch the bloody place",
    "come round my door about that debt one more time and ill f***in bury you 🔨",
]

THREAT_SAFEGUARDING = [
    "yr 9s who took the mick out of my free dinner card, bringing my brothers blade tomorrow see who laughs then",
    "got a knife in me bag for them lads who call me a tramp at the bus stop, not even joking",
    "if {P} says one more thing about my mam being on benefits im gonna stab him with my compass swear down",
    # judgement call: a parent threatening a partner who has taken the children to school/refuge; threat plus a risk to pupils
    "she thinks she can hide the kids at her mams. i know where the school is and ill be waiting at 3 with something for her",
    # judgement call: an adult threatening a pupil is threat and a safeguarding concern
    "the lad who keeps taking my daughters dinner, ill be waiting at the gate for you sunshine, you'll not see year 8",
]

SAFEGUARDING = [
    "little lad next door is out on the street till gone 10 every night in just a tshirt, nobody ever seems in. im worried sick about him",
    "we've had no heating or electric for 5 days and mam says not to tell school cos they'll take us off her",
    # judgement call: a parent's own admission that a 10 year old minds siblings every night is a concern about the child
    "my 10 year old looks after her 2 brothers every night while i do nights at the warehouse, i know its not right but what else can i do",
    "the girl in year 4 on our street picks her baby sister up from nursery every day on her own, shes only 8, someone should be looking into it",
    "dad shouts and throws stuff when mam asks for money for the trip, i hide in my room with my headphones on",
    "he's taken my bank card again and the kids heard everything last night. please dont ring me he checks my phone",
    # judgement call: a parent planning to keep children off school to avoid social services is a welfare concern
    "social services are not coming near my kids, they took my sisters and never gave them back. ill keep mine off school before that happens",
    "theres a man in a white van offering the year 8 lads £50 to drop parcels off after school, been there 3 days running",
    "havent eaten since dinner yesterday, theres nothing in and mam is sleeping all day again",
    "the loan man said my mam has to pay him back by friday or my brother has to work it off for him",
    "so tired of being the one who sorts the little ones out every night, been cutting again, dont tell my mam",
    "one of the kids in {P}'s class always has the same dirty uniform and is always starving, bruises on his arms last week too. ive told the office but im still worried",
    "someone has been messaging my 12 year old offering to clear our debts if she meets up with him. she only showed me tonight",
    "{PW} was at ours for tea, ate 3 plates and asked if she could stay cos their house is freezing and her mams boyfriend is scary. dont know what to do",
]

SEXUAL_SAFEGUARDING = [
    "the year 10 lass in the uniform bank photo is a bit of alright 😍 shame shes still at school",
    "them school skirts are getting shorter, not complaining mind 😏 {H}",
    # judgement call: a sexualised approach to a pupil with a reward on offer (grooming), sexual and safeguarding
    "send us a pic of you in your PE kit sweetheart and ill sort you a £20 voucher 😘",
    "the older girls helping out at the food bank can serve me anytime 😉",
]

HATE = [
    "food bank's just a free shop for immigrants now, british families get the scraps",
    "funny how the polish lot always get the vouchers first and locals go without",
    "this school bends over backwards for the asylum seeker families while our own kids freeze",
    "gypsy kids get their trips paid for and we pay full whack, always the same with travellers, thieving the lot",
    "why is the uniform bank helping people who arent even from this country. send them back",
    "the somali families never pay for anything but always have brand new trainers, funny that",
    "dont bother donating to the pantry, it all goes to the muslims at the other end of town",
]

PROFANITY_HATE = [
    "f*** off back where you came from and take your free dinners with you",
    "sick to death of paying for bloody foreigners to eat at our school",
    "the romanians scrounging off the food bank can piss off home",
]

SEXUAL = [
    "{SF} can come round and sort my boiler out anytime 😉🔥",
    "no heating till payday so me and the missus have been keeping each other warm the old fashioned way 😏🍆",
    "whichever dad was at the uniform swap in the grey trackies, you can swap with me anytime 🥵",
    "the food bank volunteer with the tattoos can fill my bag any day 😏",
    "ill pay the trip money in kind if {S} fancies it 😘",
    "skint so date night is an early night if you know what i mean 😉 cheers breakfast club for having the kids",
]

SPAM = [
    "INSTANT LOANS £100-£5000 no credit checks, bad credit ok, money in your account in 10 mins 💷 dm for details",
    "FREE £50 ASDA VOUCHERS for school families!! click here before they run out 👉 bit.ly/free-vouchr-uk",
    "struggling with bills? i made £1200 last week from home on my phone, inbox me to learn how 🙌",
    "follow for follow 💯 low fell mams supporting each other, follow back",
    "your household has an unclaimed £650 cost of living payment, verify now at gov-support-payments.co",
    "DEBT WRITTEN OFF!! new government scheme clears up to 80% of what you owe, link in bio",
    "school uniform 70% off all sizes today only, shop now www.cheapschooluniformz.shop",
]

PERSONAL_DATA = [
    "got a bag of age 9-10 grey trousers for the uniform bank, anyone who needs them text me on {PH}",
    "{PF} left her coat at the food bank, its in the office",
    "im doing free lifts to the food bank on tuesdays, pick up from {AD} at 10 if anyones stuck",
    "email me on {EM} if you need the year 3 jumper, ill drop it round",
    "for the hamper list, my lads birthday is {DOB} and we're at {PC} if that helps",
    "{PF} in year 5 needs size 2 shoes if anyones got spare, just leave them on the step at {AD}",
]

PD_QUESTION = [
    "can someone from the uniform bank ring me back on {PH}? need to know if you have age 5-6 polos",
    "is it ok to send the hardship form from my own email {EM} or does it have to go through the app?",
    "does {PF} still qualify for a free trip place? we've moved to {PC} since the form went in",
]
