"""Round 34 blind probe lines, writer D4: Year 11 prom and leavers' assembly."""
# Theme: the Year 11 prom and the leavers' assembly at Ravensworth - dresses and suits, the limo and
# the venue, pupils who were not allowed to go, the leavers' hoodies, teachers dancing, a
# photographer's package advert, after-party rumours, exam results day coming up.
# Voices: Year 11 pupils, proud and stressed parents, a step-parent, an uncle who drives the limo,
# a former pupil, and a parent whose English is a second language.
# Written blind (no lexicons, engine code or earlier round lines were read).

OK = [
    "omg the limo absolutely killed it pulling up outside {V} 😍🚗",
    "{PW} looked drop dead gorgeous tonight, proud isn't the word 😭❤️",
    "{S} busting moves on the dance floor was a crime against humanity 😂😂",
    "that suit is savage lad, proper james bond vibes",
    "canny proud of our lass tonight, she looked like a film star {H}",
    "the fits were absolute fire tonight 🔥🔥 year 11 you smashed it",
    "I'm only the step mum but I bawled my eyes out when she came down the stairs, she's been my girl since she was six ❤️",
    "Uncle Gaz here, was an honour driving the lads in the stretch, never heard that many bangers played that loud in me life 😂",
    "left in 2016 and our prom was in the sports hall with a sausage roll and a fruit shoot 😂 you lot don't know you're born",
    "those hoodies cost a bomb but worth every penny for the memories",
    "my son he is very happy this night, thank you teachers for everything you do for him 🙏",
    "{SF} throwing shapes to Mr Brightside, I'm deceased 💀",
    "the photographer got a cracking shot of them on the steps, framing it for nana",
    "this clip on tie has been trying to strangle me since 6 o clock 😂",
    "results day is gonna murder me i swear, already dreaming about my maths paper",
    "first dance was {PW} and her mam, not a dry eye in the house",
    "the mocktail bar was a nice touch, the virgin mojitos went down a treat 🍹",
    "stunning venue, the chandeliers alone were worth the ticket",
    "Congrats to the whole of year 11, what a send off at the leavers assembly {H}",
    "cried at the slideshow, they were in reception like five minutes ago 😭",
    "she's gonna slay on results day just like she slayed tonight 💅",
    "our lad's mate turned up on a tractor 😂😂 absolute legend, the whole car park lost it",
    "the teachers doing the Macarena nearly finished me off 🤣",
    "dead proud of you all, now go and smash those results next week",
    "to the lad who did the worm in a three piece suit, respect 👏",
    "the hoodies with everyone's nicknames on the back are class, 'Chief' and 'Nugget' had me howling",
    # judgement call: affectionate teasing of a teacher, not an insult
    "tell {S} he can't dance for toffee but he gave it his all and we love him for it 😂",
    "not gonna lie i was sick with nerves before the limo came but it was the best night ever",
    "thought me dad was gonna have a heart attack when he saw the price of the corsage 😂 worth it though",
    "Gutted I missed it, was on nights. Photos are stunning though x",
    "mine came home absolutely wrecked from dancing and was snoring by 12 😂 some afterparty",
    "so lovely to see {P} and her girlfriend dancing together, times have changed for the better 🏳️‍🌈",
    "loved seeing the girls in hijabs and the lads in kilts all on the floor together, that's Gateshead for you",
    "The guard of honour from the year 10s was a lovely touch, well done {S} for organising it",
    "she wanted to go with her bestie not a date and honestly that's the energy 💕",
    "Shout out to {S} for hoovering up about a thousand sequins after 🙌",
    "Dziękuję bardzo dla wszystkich nauczycieli, córka była przeszczęśliwa 🥰",
    "honestly a riot from start to finish, the conga line went straight through the kitchen 😂",
    "she's gunning for a 9 in english now prom's out the way, proper focused",
    "if you're not sure about the ticket refund ring the office on {SPH}, they sorted mine in two minutes",
    "results day info came from {SEM} this morning, check your junk folder folks",
]

COMPLAINT = [
    "£55 a ticket and they ran out of food by half eight. not on.",
    "Lovely to see the school has learned nothing from last year, same queue in the rain for an hour 🙄",
    "I'm a bit disappointed the leavers' hoodies came back with half the names spelt wrong, we paid in March.",
    "My daughter was told she couldn't attend because of one late homework in October. That's a disproportionate punishment for an otherwise spotless record.",
    "Great to know the behaviour points only apply to some kids. Funny how the whole football team got their tickets.",
    "the photos from the leavers assembly left out half the form groups, ours didn't get a single mention",
    "sixteen year olds left stood on the pavement at midnight waiting for taxis with no staff anywhere, that's not good enough",
    "respectfully, banning kids from prom over uniform issues from year 9 is petty, and parents' evening was the first we heard of it",
    "not being funny but the music was that loud at the assembly my nana had to leave, maybe think about older relatives next time",
    "Slightly annoyed the dress code letter arrived two days before prom. Some of us had already bought the suit.",
    "Was there any point in the leavers' assembly if the parents couldn't hear a word from the back? mic was dead the whole time",
    "Oh brilliant, results day lands in the only week my work won't give leave. Thanks for the notice 👍",
    # judgement call: mentions autism but is a fair complaint, not hate
    "my son has autism and nobody thought to warn us about the strobe lighting, he had to leave in the first ten minutes",
    "The prom committee ignored every email I sent about a vegan option. Poor communication all round.",
    "not happy that kids who couldn't afford the ticket were just quietly left out, no hardship fund mentioned anywhere",
    "Proud parent but the teachers' videos of themselves dancing got more of the slideshow than the actual kids did",
    "the limo drop off was chaos, no marshals, cars on the zigzags and someone nearly got reversed into",
    "four weeks since we paid for the professional photos and still nothing, very poor from the company the school chose",
]

COMPLAINT_QUESTION = [
    "Really unfair that the list of who can't go was read out in form time in front of everyone. Can you tell me who I contact to make a formal complaint",
    "We were charged twice for the hoodie on parentpay and nobody has replied to my emails. How do I get the refund sorted?",
    "the leavers assembly clashed with the maths mock so my daughter missed half of it, which is ridiculous. is there a recording anywhere",
    "Very disappointed there was no step-free access at the venue, my mam in her wheelchair had to wait outside. Will results day be in the main hall or upstairs?",
    "me husband only found out yesterday that step parents need a separate ticket, poor organisation. what time do the family tickets go on sale",
    "My son has been kept off the prom list for something his friend did and it's not fair at all. When can we get a meeting with {S} please",
]

QUESTION = [
    "anyone know what time the limos are meant to be back at school",
    "what time do results come out on thursday, is it 8 or 9?",
    "Please where I can buy the photo of my son from the prom, I want to send for his grandmother in Romania",
    "does the leavers hoodie come in xxl or is it kids sizes only",
    "is the after party organised by school or is that a parent thing",
    "Hi, can parents come to the leavers assembly or is it pupils only? x",
    "do they need to bring ID to collect results or just turn up",
    "wondering if anyone knows whether the dress code says no trainers with suits",
    "if she can't make results day can her step dad collect the envelope for her",
    "How late is the hall booked till at {V}, need to know for pick up",
    "Is the photographer's package paid through the school or direct to them",
    "still waiting to hear if the yearbooks get handed out at assembly, anyone heard",
]

INSULT = [
    "{S} running the prom list like a tin pot dictator, absolute power trip",
    "whoever picked that DJ needs their ears tested, clueless",
    "the lad in the powder blue suit looked like a melted smurf 😂 state of him",
    "some of these mams dressed like they were off on a hen do in Magaluf, have some self respect",
    "{S} dancing like a wet lettuce, embarrassing man, just retire",
    "the girls who organised the hoodies are the most two faced snakes in the whole year",
    "imagine being the teacher who confiscates phones at prom. sad little life",
    # judgement call: pupil mocking another pupil's outfit - insult, not bullying disclosure
    "{P} thinks she's a supermodel, babe you looked like a traffic cone in that orange",
]

INSULT_COMPLAINT = [
    "Refunds still not processed and {S} just ignores every email, useless lying clown.",
    "banned from prom for one detention in year 9 while the real troublemakers strolled in. whoever runs pastoral is a spineless coward",
    "the venue was freezing and the food came out cold, the prom committee are a bunch of incompetent amateurs",
    "Leavers assembly was forty minutes of {S} showing off like a pantomime dame while the kids barely got a mention. Pathetic excuse for a head of year.",
]

PROFANITY = [
    "f*cking hell they all look so grown up, where did the years go 😭",
    "holy sh1t that limo was the length of our street",
    "results day next week and i'm sh*tting myself",
    "{S} doing the splits, I actually pissed myself laughing 😂",
    "b o l l o c k s forgot to charge me phone and missed all the pictures",
    "bloody hell she's taller than me in them heels 😂",
    "absolute f u c k i n g scenes when the head got up on the table",
    "we did it!!! no more school, no more shiiiite dinners, year 11 OUT 🎓",
]

PROFANITY_INSULT = [
    "{S} is a total tw*t for not letting my mate in",
    "the lads' table acting like complete d!ckheads all night",
    "that DJ was a useless p***k, played the same song three times",
    # judgement call: friends' banter, still a swear aimed at a person
    "{P} you absolute knob, you fell out the limo in front of everyone 😂",
    "whoever's spreading them after party rumours is a sad little sh1tstirrer",
    "her mam's a right cow, pushed in front of everyone for photos, bl**dy embarrassing",
]

THREAT = [
    "{S} you'd better hope you don't see me on results day.",
    "watch yourself {S}, people know what car you drive",
    "Keep my lad off that prom list and you'll see what happens.",
    "Whoever banned my daughter, I know where you live and I'll be paying you a visit.",
    "this isn't over {S}. not by a long way.",
    "It'd be a real shame if something happened to that fancy venue before the big night",
    "the marquee would go up lovely with a bit of petrol. just saying",
    "I'll be outside the gates at 3 for the teacher who humiliated my son. let's see how brave he is then",
    "if the photos of my kid aren't down by tonight there will be consequences for whoever posted them",
    "someone should put a brick through the head's window for that list",
    "last warning {S}. let her in or deal with me",
    "keep looking over your shoulder, whoever grassed the after party to the police",
    "you lot in the office think you're untouchable. we'll see.",
    "I'd bring a bodyguard to results day if I were {S}",
]

PROFANITY_THREAT = [
    "I'll f***ing flatten {S} if my son misses prom over this",
    "tell that sh*t DJ to watch his back",
    "anyone who messes with my daughter's limo booking gets their f*cking head kicked in",
]

SAFEGUARDING = [
    "please can someone help, my stepdad says if i go to prom he'll lock me in my room again like last time and i'm scared to go home",
    "there was a man in his twenties in a black audi outside the venue offering year 11 girls lifts to the after party, didn't like the look of it at all",
    "I don't really see the point of results day, I won't be here by then anyway",
    "My daughter has been making herself sick every night to fit into the prom dress and she's hiding it. I don't know who to talk to.",
    "someone's posted a video of {P} passed out at the after party on tiktok and people are laughing at it, she's 15",
    "a grown man has been messaging my son's girlfriend saying he'll pay for her dress if she sends him pics, she's only year 11",
    "my mate said someone put something in her drink at the house party after prom and she can't remember getting home",
    "{P} hasn't been home since prom night and her mam doesn't seem bothered. someone needs to check on her",
    "the girls in our year keep telling {P} nobody wants her at prom and she should just kill herself, it's every night on the group chat",
    "me dad says I can't go cos I'm not allowed out, I've not been allowed out since Easter and he takes my phone and my tea off me if I answer back",
    "my son came home from the leavers party covered in bruises and won't say who did it, he's been really quiet since",
    "there's an older lad offering free vodka and weed to year 11s for the after party, he's been adding them all on snap",
    "i cut again last night cause everyone's got a date except me. sorry for posting here",
    # judgement call: concern about staff contact with a pupil; the closing question does not add QUESTION
    "One of the teachers at prom kept messaging my daughter afterwards on instagram saying she looked very mature. Is that normal?",
]

THREAT_SAFEGUARDING = [
    "lads in year 11 are saying they'll bring a blade to the after party for {P}",
    "if that little madam {P} goes near my son at prom again she'll regret it, I'll be waiting for her",
    "i'm bringing my brother's knife to the leavers do, everyone who laughed at me will find out",
]

HATE = [
    "course the Traveller family turned up in a horse and cart, lock up your handbags",
    "too many headscarves in them prom photos, doesn't look like an English school anymore",
    "two lads going as a couple to prom? this is what happens when they push that agenda in schools. disgusting",
    "send the ones who can't speak English back where they came from, then maybe there'd be tickets for our kids",
    "Let me guess, the Polish lot paid for their limo with benefit money",
    "the lad in the wheelchair shouldn't have been on the dance floor, spoiling it for the normal kids",
    "a boy in a dress at prom?? he's mentally ill and the school is encouraging it",
    "of course the Africans had the loudest table, they just can't help themselves",
]

PROFANITY_HATE = [
    "f***ing immigrants get everything handed to them, even free prom tickets",
    "the school's gone to sh*t since it filled up with muslims",
]

SEXUAL = [
    "{S} in that tux 🥵 he can give me detention any day of the week",
    "the uncle driving the limo can take me for a ride in the back 😏 asking for a friend",
    "some of the mams were dressed for a very different kind of afterparty 😏 the dads were definitely enjoying the view",
    "{S} in that tight red dress, I'd happily stay behind for extra lessons in anatomy 😉",
    "bet the staff afterparty ended with a couple of them getting cosy in the stock cupboard 😉",
    "whoever the DJ was, he can spin me round his decks all night if you know what I mean 🍆",
]

SPAM = [
    "📸 PROM PACKAGES NOW BOOKING 📸 Studio + location shoot, 20 edited digitals, only £89! DM us 'PROM' for the discount code 💫",
    "Want to earn £500 a week from home? Mums this is for you! Click the link in my bio 💸",
    "Hire our white hummer limo for results day celebrations! 10% off with code RAVENS24, link in bio",
    "Congratulations! You've been selected for a FREE prom dress voucher, claim at bit.ly/promfree-claim before midnight",
    "Follow for follow? New page selling designer suit dupes 🔥 @suitsforless_uk",
    "Tan, lashes & nails packages for leavers!! Book now at glowupstudio dot co dot uk, limited slots!!!",
]

PERSONAL_DATA = [
    "{PF} won best dressed 👑 so proud of her",
    "Spare prom ticket going if anyone needs it, text me on {PH}",
    "The hoodie money can be dropped at mine, {AD}, anytime after 5",
    "Happy 16th to our prom queen born {DOB} 🎂 what a week for her",
    "send the photos to {EM} please, I missed the whole thing",
    "after party is at ours, {AD} {PC}, bring your own soft drinks",
]

PD_QUESTION = [
    "does anyone have the limo firm's number? or can someone ring me on {PH} with it",
    "Has {PF} been told she can't come to prom? her mam's asking",
    "can the hoodie refund go to my own email {EM} instead of the school one?",
]
