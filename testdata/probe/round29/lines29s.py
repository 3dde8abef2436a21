"""Round 29, writer S3, session 14: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""
# Theme: school meals at Ravensworth Community Academy, Gateshead - the canteen and the dinner hall,
# packed-lunch rules (nut ban, confiscated treats), an allergy scare and the EpiPen training, the
# catering staff and the cook who knows every child, dinner-money debt letters and the payment app,
# free school meals (stigma, applications), fussy eaters, themed menu days (Eid, Black History Month,
# pierogi day), the veg patch and the community lunch club.
# Voices: parents and mams on Facebook (Geordie: bait, bairn, howay, canny, gannet, stottie), grandparents
# who do pick-up, dinner staff, older pupils writing in slang, a second-language parent, strangers, a
# lewd man or two, spammers and phishing bots, and a handful of bigots about halal food, migrants,
# Travellers and disabled children.
# Slots: {P} {PW} {PF} {S} {SF} {PH} {EM} {AD} {PC} {DOB} {SPH} {SEM} {V} {H} as in make_round6.py.

OK = [
    "the chips on a friday are to die for, {SF} you're a legend 🍟",
    "my lad's a proper gannet, he'd eat the tray if they let him 😂",
    "Spotted dick and custard on the menu today!! takes me right back to 1986",
    "Howay, roast dinner thursday, our {P} has been counting down the sleeps",
    "me bairn's bait box came home empty for once, whatever yous said to him it worked",
    "Tip from the EpiPen training: jab it firmly into the outer thigh, straight through trousers is fine, and hold it there while you count to ten",
    "I could murder a bowl of that tomato soup they did at the winter fayre",
    "{PW} absolutely smashed the bake off, that lemon drizzle was lethal 🍋",
    "she's completely hooked on the cheese twists now, I'm blaming the canteen 😅",
    "Year 4 have been weeding the veg patch all week and the courgettes are going into friday's pasta bake",
    "Saw the year 6s serving at the community lunch at {V}, proper little stars, made my nana's day",
    "honestly the dinner ladies deserve a medal, 300 kids in 40 minutes and not one of them loses their rag",
    "the kitchen killed it with the jollof rice for Black History Month, my neighbour from Lagos said it beat hers 😂",
    "Loved the Eid lunch, the lamb was melting. lovely seeing every table tucking in together",
    "gluten free brownies sold out in ten minutes at the cake sale, whoever baked them you're a menace 😂",
    "Our {P} went from only eating beige food to trying broccoli. I nearly cried. thank you {S}",
    "Reminder for new families: nuts are banned in packed lunches because some of our children have severe allergies, it isn't the school being awkward",
    "Free school meals applications are open on the council website, don't be shy, it's there for a reason {H}",
    # judgement call: "buns" is literal (the kitchen's iced buns), not innuendo -> ok
    "the iced buns from the school kitchen are the best in Gateshead and I will not be taking questions",
    # judgement call: faggots are the traditional meatball dish, not a slur here -> ok
    "faggots, mash and mushy peas at the over 60s lunch club, proper old school grub 👌",
    "bangers and mash wednesday, my son reckons he'd fight anyone for the last sausage 😂",
    "cook's gravy is wicked, no word of a lie",
    "dinner money paid up for the whole term, feels canny to be ahead for once",
    "my youngest is the fussiest eater alive, picks every pea out of the shepherd's pie, so thank you for never forcing her",
    "Dead proud of the Year 11s running the breakfast bar, beans on toast for a quid",
    "our old cook retired last summer and she knew every single bairn by name and exactly what they'd turn their nose up at. end of an era ❤️",
    "coconut isn't a nut apparently, learned that from the allergy leaflet today 🥥",
    "the fish finger sarnie was a knockout, he hasn't stopped going on about it",
    "these new plastic trays are bombproof, ours got dropped twice at the open evening and not a crack",
    "school council asked for more pasta and they actually listened. democracy in action 🙌",
    "Grandad here. Never thought I'd live to see kids queueing for salad. wonders never cease",
    "brilliant allergy talk from the school nurse, my 7 year old now tells everyone at tea what anaphylaxis means",
    "mam of a coeliac kid here, first school that's ever got it right first time, cannot thank the kitchen enough",
    "pizza day is sacred in our house, don't even think about moving it 🍕",
    "Dziękuję to kitchen ladies for the pierogi day, my son was so proud they use his babcia recipe",
    "proper stottie cakes for the sandwiches today, the new teacher from Surrey didn't know what hit him 😂",
    "the apple crumble was criminal. criminally good. someone arrest the cook 🚔",
    "{P} came home and said she got a sticker for a clean plate. best day of her life apparently",
    "Thank you {S} for ringing straight away when {P} felt a bit off after dinner, turned out to be nothing but it put my mind at rest",
    "shout out to the lady on the till who always has a smile for the little ones, you make their day 💛",
    "gutted I missed the parents' taster lunch, heard the veggie lasagne was banging",
]

COMPLAINT = [
    "Lovely to pay £2.60 for a meal my son describes as 'warm sponge with gravy on'. great value 👏",
    "Third time this half term the hot option ran out before year 7 got in. the last sitting pays the same as the first",
    "i'm not one to moan but the portions for the older ones are tiny, my 15 year old is starving by the time he walks in",
    "Great to see the healthy eating poster up in the hall, shame it's right next to the cookie counter",
    "With respect, sending a child out of the hall with a 'you owe money' sticker on their jumper is humiliating and needs to stop",
    "We've told the school four times she's dairy free. four. and she still came home saying she had the cheesy pasta",
    "confiscating a kitkat in front of a whole table of six year olds was way over the top, the packed lunch policy needs a rethink",
    "twenty minutes for lunch including the queue isn't enough for a reception child, they just come out hungry and grumpy",
    "ahh yes the 'fruit pot', three grapes and a sad cube of melon. inspiring stuff",
    "my son's on free meals and has to show a different coloured card at the till. every kid in the line knows. please sort it",
    "Not impressed the allergen info on the online menu hasn't been updated since September",
    "the dinner money app fell over again last night and now I've got a late payment warning for something that wasn't my fault",
    "so glad the school banned crisps, now my lad just buys two bags from the Spar on the way home instead 👍",
    "the dining hall is freezing, kids are eating in their coats and it's been like that since half term",
    "Grandma here. I pick the children up three days a week and every single day they tell me they didn't have time to finish. that's not fussiness, that's the system",
    "Allergy scare at lunch yesterday and not one text or letter to the rest of the parents. we heard it from our kids. communication please",
    "calling a six year old 'greedy' in front of her friends for asking for seconds isn't on, whoever it was",
    "the halal option has been 'unavailable' three weeks running, my two are living on jacket potatoes",
]

COMPLAINT_QUESTION = [
    "My son was charged twice for lunch on Monday. Who do I speak to about getting the money back?",
    "Why were parents not told about the allergic reaction at lunch? And can we have a copy of the school's anaphylaxis plan please",
    "The menu says there's always a vegetarian choice but my daughter says there wasn't one today, is there any way to pre-order it",
    "not happy that packed lunch kids are sat on a separate table away from their mates. when did this come in and who decided it?",
    "KS3 portion sizes are shocking tbh. does anyone know which company has the catering contract, I want to write to them",
    "debt letter says I owe £48 but I've paid every week without fail, can someone in the office actually check the account",
]

QUESTION = [
    "anyone know if the kitchen does jacket potatoes every day or just fridays",
    "What time does the dinner money payment window close on a Sunday?",
    "Do we need to fill in a new allergy form every year or does last year's carry over",
    "is there a direct number for the kitchen or do I just ring {SPH}",
    "how do i apply for free school meals, we've just moved up from Sunderland",
    "Are yoghurt tubes allowed in packed lunches or are they on the banned list now",
    "{S} is the spare epipen kept in the office or in the classroom",
    "can we still send a birthday cake in for the class if it's nut free",
    "who do we email about special diets, is it {SEM}",
    "do reception still get the universal free meals or has that stopped",
    "does breakfast club do toast for the ones that won't touch cereal",
    "me lass starts in september and only eats about five things, will the dinner ladies help her or am i better sending a packed lunch",
]

INSULT = [
    "the head dinner lady is a miserable old witch, always has been",
    "some of the parents on here are clueless about what goes in food, get a grip the lot of you",
    "whoever's running that kitchen couldn't boil an egg, thick as mince the lot of them",
    "imagine being a grown woman and getting your kicks telling seven year olds off for dropping peas. sad little life",
    "@ the mam who posted about the sticker: you're a drama queen and nobody cares",
    "{S} looks like they've personally eaten every leftover pudding since 2009 🐷",
    "the year 9 lads who flick food at the dinner staff are feral little toerags",
    "kitchen staff are a bunch of lazy jobsworths who couldn't care less if the kids ate or not",
]

INSULT_COMPLAINT = [
    "My daughter's allergy plan was ignored AGAIN. the catering manager is an incompetent clown who shouldn't be allowed near children's food",
    "a debt letter stuffed in my 6 year old's book bag, how classy. whoever dreamt that up is a heartless muppet",
    "cold chips and a lecture from that stuck up cow on the till about my son's 'attitude'. pathetic service from a pathetic woman",
    "the packed lunch police took a cereal bar off a five year old today. {S} you're an absolute jobsworth and the rule is ridiculous",
]

PROFANITY = [
    "f*ck me the roast potatoes today were unreal 🔥",
    "holy sh1t the mac and cheese is back on the menu",
    "bloody hell it's pissing down and it's meant to be picnic lunch day",
    "my kid ate a vegetable without being asked. what the actual f u c k is happening",
    "went flat on me arse on the dining hall floor at the parents' lunch, mortified 😂",
    "shiiiiit forgot to top up the dinner money again, worst mam ever 🙈",
    "bollocks, left his lunchbox on the kitchen side again 😭",
    "chocolate concrete with pink custard was the dog's b0ll0cks back in my day",
]

PROFANITY_INSULT = [
    "that cook has a face like a smacked arse every single morning",
    "the dinner ladies are a bunch of miserable tw*ts",
    "{S} is a spineless p r i c k hiding behind the office hatch",
    "shut up karen nobody gives a sh!t about your son's gluten",
    "whoever runs this page is a proper fuckwit",
    "the parents crying about nuts are a bunch of precious b@stards",
]

THREAT = [
    "If my daughter ends up in A&E again because of your kitchen I'm coming down there and someone will regret it",
    "I know what time the cook finishes and which car is hers. just saying",
    "tell the dinner lady who shouted at my son she wants to watch herself on the way home",
    "you'll see what happens if one more debt letter comes home. you'll all see",
    "keep sending my kid home hungry and see how long your windows last",
    "someone should put a match to that kitchen, be doing everyone a favour",
    "the catering manager better hope she doesn't bump into me in Asda, that's all I'm saying",
    "I'll be at the gates at 3 for the man who took my son's packed lunch off him. he knows who he is",
    "one more allergy mistake and nobody in that kitchen will feel safe walking to their car, that's a promise",
    "dinner lady with the red glasses, enjoy your last week of peace",
    "if anyone touches my lad's food again there'll be blood on that canteen floor",
    "tell {S} I know where they live now. their choice what happens next",
    "be a shame if the catering vans all had four flat tyres on Monday morning wouldn't it",
    "accidents happen in kitchens all the time, hot oil, sharp knives. something for the cook to think about",
]

PROFANITY_THREAT = [
    "take my lass's lunchbox off her again and I'll f***ing flatten you, I mean it",
    "the woman on the till is getting her head kicked in if she shows my son up one more time, swear to f*ck",
    "I'll put every window in that sh*tty canteen through, watch me",
]

SAFEGUARDING = [
    "my friend hasn't eaten lunch in weeks, she says she's not hungry then goes straight to the toilets after. im scared for her",
    "A little lad in my daughter's class takes food out of the bins at lunch. he told her there's nothing in at home. please someone check on him",
    "im in year 8 and i have to give my dinner to the older lads every day or they get me after school",
    "there's a bloke who parks by the canteen fence every lunchtime and calls the kids over with sweets. third day running now",
    "the new lad on the serving counter keeps asking the year 9 girls for their snapchat and telling them to keep it between them",
    "not being funny but {P} in reception always has the same dirty clothes on and wolfs his dinner like he's not seen food since friday",
    "i only eat an apple a day now so i can look like the girls on tiktok. my mam thinks i eat at school",
    "My granddaughter came home in tears, some girls pinned her down and made her eat something with egg in because they think her allergy is fake",
    "pls help, my stepdad says if i tell anyone at school about the bruises he'll stop my dinner money",
    "A boy told my son he doesn't get any tea at home, the school lunch is all he eats, and weekends are the worst. He's 7",
    "some of the year 10s film the free meals kids at the till and post it in a group chat calling them tramps, one girl won't come in anymore",
    "{SF} is the only one i can talk to, things are really bad at home and i dont want to go back there tonight",
    "my best mate cuts her arms in the toilets after lunch and made me promise not to tell, I don't know what to do",
    "one of the dinner staff has been giving my son lifts home and buying him energy drinks and told him not to mention it to me",
]

THREAT_SAFEGUARDING = [
    "a lad in year 9 says he's bringing his knife in tomorrow and whoever sits at his table at dinner gets it",
    "some kids in year 7 keep saying they'll sneak peanut butter into {P}'s sandwich to see if her throat really closes up. she's properly allergic",
    "me and the lads are jumping the year 7 who grassed on us at lunch, bring whatever you've got",
]

HATE = [
    "halal meat in every meal now, can't even get a pork sausage in an English school. we know whose country it is these days",
    "funny how the families who've just got off the boat get free dinners and working English families pay full whack",
    "if they don't like our food they can go back where they came from and eat theirs",
    "I don't want my kids eating anything made by that foreign woman in the kitchen, who knows what she puts in it",
    "special needs kids should eat in a separate room, mine shouldn't have to watch them slobber everywhere",
    "Traveller kids stuffing their pockets with the free fruit again, no surprise, it's in their blood",
    "rainbow cupcakes at lunch for pride? keep that disease away from my children's food",
    "check the surnames on the dinner debt list, all the -skis and -escus. funny that isn't it",
]

PROFANITY_HATE = [
    "f*cking immigrants getting free meals while our own go without",
    "ban the halal sh1te and send the lot of them home",
]

SEXUAL = [
    "the new dinner lady can stuff my sausage any day 😏",
    "{SF} can butter my buns anytime 😉",
    "I'd let the cook spank me with that ladle, no complaints from me 🥵",
    "mams, the lad who delivers the veg is FIT, i'd ride him round the car park",
    "bet the head chef's handy with his meat in more ways than one if you know what I mean 😏",
    "saw the PE teacher at the staff lunch in them shorts, wouldn't mind him for dessert 🍑",
]

SPAM = [
    "🍱 Tired of packed lunch battles? My fussy-eater lunchbox plans are 50% off this week only, link in bio!",
    "CONGRATULATIONS! Ravensworth parents have been selected for a FREE £250 Tesco voucher. Claim at the link before midnight",
    "Notice: your school meals account is overdue. Pay now to avoid suspension of your child's lunches: ravensworth-meals-pay.co/login",
    "Mums!! I made £1,200 last week from my kitchen table, no experience needed, DM me LUNCH for details 💸",
    "follow for follow 🍕 foodie mams of Gateshead unite, I follow back everyone",
    "Best halal catering in the North East, weddings, parties and school events, book now for 10% off with code RAVENS",
]

PERSONAL_DATA = [
    "{PF} left her purple lunch bag in my car, tell her mam to text me on {PH}",
    "if anyone wants to swap allergy-safe recipes drop me a line at {EM}, I've got loads",
    "{PF} in year 4 has a severe sesame allergy so please keep it out of party bags everyone",
    "got four spare lunchboxes free to a good home, collect from {AD}",
    "Happy birthday to our gorgeous boy, born {DOB}, he's asked for pizza from the school kitchen as his treat 🎂",
    "the cake sale leftovers are at mine, {AD}, {PC}, come grab some before the dog does",
]

PD_QUESTION = [
    "Can someone from the kitchen call me on {PH} about {P}'s gluten free meals please?",
    "Is this where I send {PF}'s updated allergy plan, or should I email it over from {EM}",
    "does anyone have the catering manager's mobile? mine's {PH} if someone could pass it on",
]
