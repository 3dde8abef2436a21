"""Round 28, writer R2, session 13: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""

# Voices (writer R2): the boxing club and the local gym that run Ravensworth's after-school
# fitness. Mams, dads and grandads at ringside, the kids who box (Gateshead dialect, slang,
# no capitals), coaches and gym regulars, rival-estate lads, a stranger "coach" who trains kids
# for free, steroid and supplement sellers, and people asking about sessions without a "?".

OK = [
    # hard negatives: words shared with violence, weapons, drugs, spam, safeguarding, personal data
    "{PW} put the lad from birtley on the canvas in the second round of sparring, coach stopped it straight away and they were hugging after 👏",
    "lethal jab on {P} now, been drilling it all summer at the {V} sessions",
    "that circuit was a killer, legs are absolutely dead 😂 cheers {S}",
    "our {PW} is a different lass once the gloves go on, fights like shes possessed then cries at the end of bambi 😂",
    "lost on a split decision to the sunderland lad, gutted but he boxed his heart out and shook the ref's hand",
    "knife crime talk tonight was powerful, the mam who lost her son spoke and you could hear a pin drop. every parent should hear it",
    "{P} came home and said never carrying anything, not even 'for protection', after that talk. proper hit home",
    "punching the bag for 20 mins is the best therapy going, wish they did a mams class",
    "the boxers were smashing the pads tonight, absolute animals 💪💪",
    "told him no protein shakes till hes older, he can have a banana and a glass of milk like the rest of us 😂",
    "proper blood and thunder in the last bout but both lads shook hands at the end, thats boxing",
    "my lad got absolutely destroyed in sparring by a girl half his size and hes never been more impressed with anyone 😂",
    "the gyms new 'hit and run' class is just intervals and a jog round the park lol, mams welcome",
    "big shout to the lads who did 100 rounds on the bags for the knife crime charity, over 2 grand raised 👊",
    "{PW} is a little weapon on the pads 🥊 mint to watch",
    "stabbing stitch in me side after that run but worth it, {S} you're a machine",
    "kids took the fight to the durham club all night, absolute war in there, 3 wins 2 losses and heads held high",
    "office number is {SPH} if anyone needs to cancel their place at fitness club this week",
    "the paramedic who did the bleed kit demo was brilliant, {P} wants to be one now",
    # judgement call: "beat him" and "battered" as sport; ok, not a threat or insult
    "beat him on points in the end but he battered the body all three rounds, so proud",
    # everyday praise and chat
    "well done to every boxer from {H} tonight, every one of them climbed through those ropes and thats the hard bit",
    "brilliant to see the girls club growing, 14 of them now, mint",
    "thank you {SF} for waiting with the ones whose lifts were late, didnt go unnoticed",
    "howay the ravens!!! 🥊🥊🥊",
    "first medal for {P} and its been slept with every night since 😂😂",
    "cannot believe the confidence since starting the fitness club, used to hide behind me at the gate",
    "lovely photos, the one of the coach wrapping the little ones hands is gorgeous",
    "{S} thanks for sorting the kit donations, the new gloves havent been off since",
    "proud mam tonight ❤️",
    "circuits at the {V} are the highlight of her week honestly",
    "gutted we missed it, nana had covid, fingers crossed theres another before summer",
    "what a night!! the atmosphere in that hall was unreal",
    "my two are proper competitive now, whole house is doing press ups before tea 😂",
    "aye he was nervous but he got in there and did it, thats all that matters pet",
    "fair play to the older lads helping the little ones with their skipping",
    "🥊💪❤️",
    "big love to the dinner ladies who kept the boxers fed at the weigh in",
    "you could tell who'd done the skipping homework and who hadnt 😂 {SF} clocked it straight away",
    "canny turnout the night, bring on the next one {H}",
    "grandad's been to every session since september, reckons he could still go three rounds at 74",
]

COMPLAINT = [
    "third week running the after school boxing's been cancelled with no notice, stood outside the {V} in the rain with two bairns again",
    # judgement call: sarcastic, so complaint only (not insult)
    "great, another session where half of them sat on the bench cos theres only 6 pairs of gloves. really worth the £3 a week",
    "not happy, my son came home with a burst lip from sparring and we were told it was non contact till year 9",
    "fitness club is meant to be for all years but the year 7s never get a look in, same lads every week",
    "love how fight night got a full post with 40 photos but the girls club hasnt had one mention all year",
    "changing rooms at the gym are a disgrace, mould on the ceiling and no hot water, kids shouldnt be getting changed in there",
    "nobody told us the session moved to 5, she waited an hour on her own outside the gym in the dark",
    "couldnt see a first aider anywhere at saturdays fight night, thats not on with kids in the ring",
    "I paid for 10 weeks and we've had 4. not asking for much, just the sessions I paid for",
    "sorry but graphic pictures of stab wounds for year 7s with no warning to parents was too much, mine hasnt slept properly since",
    "shame the club only seems to care about the ones who win medals, mine trains just as hard and gets ignored",
    "the minibus to the away bout left without two of the kids because it was 'full'. they were stood there in their kit",
    "signed up in september. still no kit, still no medical form back, still waiting on a reply to my email",
    # judgement call: sarcastic about the school's priorities, complaint only
    "so the gym gets new mats and a new sign but the sports hall heating still doesnt work. lovely priorities",
]

COMPLAINT_QUESTION = [
    "sessions keep finishing 20 mins late and ive a little one sat in the car. what time is it actually supposed to end",
    "price has gone up to £5 without a letter or anything which isnt fair on families with three kids doing it. is there a sibling discount",
    "my daughter keeps being told she cant spar because theres no other girls her weight, thats the third time. are you getting a female coach in",
    "medical forms went in in october and nothing back, hes missed two bouts because of it. who do I actually send them to now",
    "nobody checked the hand wraps before sparring and {P} has come home with a swollen knuckle. which coach was on tonight so I can speak to them",
]

QUESTION = [
    "what age do they take them from for the boxing club",
    "is it the {V} or the school sports hall on thursdays now",
    "does he need his own gloves or do they lend them out",
    "hiya is the girls only session still on over half term",
    "how much are fight night tickets and can you pay on the door",
    "{S} is there space on the tuesday fitness club for year 5 or is it full",
    "anyone know if the little ones wear headguards for sparring",
    "what time do doors open saturday, my dad wants to come and watch his grandson",
    "can my son bring his mate who goes to a different school or is it ravensworth kids only",
    "is the knife crime evening for parents as well or just the kids",
    "where do we get the medical form from for bouts",
    "should they eat before the session or is it better to train on an empty stomach",
]

INSULT = [
    "that coach couldnt punch his way out of a wet paper bag, no wonder the kids keep losing",
    "{P} thinks hes tyson lol got dropped by a year 7 in the first round, clown 🤡",
    "the state of the ravensworth lot at fight night, gobby mams and kids with no manners, absolute scruffs",
    "imagine letting {S} run a fitness club, man gets out of breath walking to the car park",
    "{PW} boxes like a wet lettuce and mouths off like shes a world champion, embarrassing",
    "the whole staff at that school are clueless muppets",
    # judgement call: "banter" about a rival school's boxers; the dig is personal, so insult
    "ravensworth lads are all mouth, soft as butter the minute someone hits back 😂 cry babies",
    "whoever runs this page is a joke, just like the club",
]

INSULT_COMPLAINT = [
    "my lad came home with a black eye after sparring a lad twice his weight and the coach just laughed it off. clueless idiot shouldnt be in charge of kids",
    "third cancellation this month. {S} is useless, cant organise a session never mind a fight night",
    "nobody answered when I rang about the minibus leaving without her. the office staff are rude and lazy, the lot of them",
    "changing rooms are filthy and the caretaker is too idle to even open a window, pathetic man",
    "charged us £40 for a club hoodie that fell apart in a week. whoever picked that supplier is thick as mince",
]

PROFANITY = [
    "fucking hell that last round was unreal, the whole hall was on its feet",
    "bloody freezing in that sports hall tonight, bring a coat if youre watching",
    "{P} won!!!! get in ya beauty, fuckin buzzing",
    "shite weather but the kids still turned up for the outdoor circuits, fair play to them",
    "me legs are f*cked after that bootcamp 😂😂",
    "holy sh1t that kid can punch",
    "arse is in bits after all them squats, {SF} you're cruel 😂",
]

PROFANITY_INSULT = [
    "that ref was a blind fucking idiot, robbed the lad in the third",
    "{P} you soft shite, got dropped by a year 7 and ran crying to the coach 😂",
    "the coaches at that club are a bunch of useless pricks",
    "imagine being a grown man screaming at kids from ringside, get a life ya sad twat",
    "whoever keeps posting these cringe fight videos is a proper knob",
    "{S} is a smug tosser, always has been",
]

THREAT = [
    "tell the ref from saturday he wants to watch himself walking to his car next time",
    "if that coach puts my lad in with a heavier kid again he'll be the one needing a gumshield",
    "the leam lane lot know where the gym is and what time it shuts. just saying",
    "next fight night there'll be more than boxing going on outside, bring your lads",
    "i know where {S} parks. thats all im saying",
    "hope the gyms insured, would be a shame if something happened to it overnight",
    "whoever filmed my son getting knocked out, delete it or ill find you and sort you out myself",
    "keep putting posts up slagging our estate and see what happens to your windows",
    "the dad who was mouthing at ringside, you'll get yours, ive got your reg",
    "be waiting at the gates tomorrow for that coach, see how brave he is without a ring between us",
    # judgement call: incitement to damage, labelled threat
    "someone wants to put a brick through that gym window the way they treat kids",
    "one more word about my daughters weight and ill rearrange your face coach",
]

PROFANITY_THREAT = [
    "that fucking coach is getting his head kicked in when i see him",
    "any of them wankers from the teams estate come near the club again and theyre leaving in an ambulance",
    "tell that ref hes a dead man, fuckin robbed us",
    "im gonna smash his shit in in the car park after, dont care whos watching",
]

THREAT_SAFEGUARDING = [
    "bringing my blade to the gym tmrw if {P} starts again, not even joking",
    "if them year 10s jump me again after boxing im shanking one of them, its in my bag already",
    "i carry for protection and if anyone off the estate tries it theyll find out 🔪",
    # judgement call: no weapon named, but pupil-to-pupil and "bringing something" reads as a weapon
    "{P} you better not come to fitness club thursday, me and my cousin are bringing something for you",
    "got my brothers machete in the shed, see whos laughing at me in the changing rooms then",
]

SAFEGUARDING = [
    "theres a lad in year 9 who brings a blade to boxing 'for protection', my son has seen it in his bag twice. someone needs to look into this",
    # judgement call: "is that normal" is part of the report, not a separate question
    "the coach at the gym has been messaging my 12 yr old on snapchat late at night and told her not to tell me, is that normal",
    "the fella who runs the free sessions keeps asking the kids for their numbers 'to send them the timetable', mine gave hers before i knew",
    "my son has stopped eating to make weight for his bout, hes 11 and making himself sick after tea, i dont know what to do",
    "older lads at the gym are selling jabs to the year 10s, steroids, my nephew told me",
    "i dont want to go boxing anymore cos the older ones make me carry stuff home for them and say ill get hurt if i tell",
    "{P} turned up to fitness club with bruises all up both arms and said it was from sparring but they dont spar on tuesdays",
    # judgement call: a child's disclosure made as a joke is still a disclosure
    "my dad hits harder than anyone at boxing, thats why im good at taking a punch lol",
    "some of the older lads filmed the year 7s fighting in the park after club and its going round on tiktok, kids bleeding",
    "not being funny but the new coach gave my daughter a lift home without asking me and bought her a mcdonalds. shes 13",
    "nobody picks me up after club so i just walk home through the park in the dark, mams never in anyway",
    # judgement call: indirect disclosure
    "i only go to the gym every night so im not at home, its easier there",
    "after i lost on saturday i went home and did my arm again, please dont tell my mam",
    "man in a black car waiting outside the gym offering the lads £50 to 'run an errand', keep your kids close",
]

SEXUAL_SAFEGUARDING = [
    "the girl in the pink gloves in photo 3 is looking well developed for her age 😍 dm me",
    # judgement call: "how old is she" is grooming, not a genuine information request
    "{PW} looks fit in them shorts, how old is she",
    "lovely toned little bodies on the under 14s, keep the photos coming 👀",
    "which ones the lass in the sports bra, she can spar with me anytime 😏",
]

HATE = [
    "club was better before it filled up with polish lads, they dont even speak english in the changing room",
    "keep the gypsy kids away from fight night, they'll only rob the raffle",
    "no wonder the muslim lads never come on a friday, too busy at the mosque plotting",
    "a girl boxing against lads? next they'll have the trannies in the ring",
    "the lad with downs shouldnt be at fitness club slowing everyone down, send him to a special school where he belongs",
    # judgement call: coded racist insinuation, no slur
    "funny how the knife crime talk was done by a black fella, says it all really",
    "that coach is a poof, wouldnt let him near my son",
]

PROFANITY_HATE = [
    "fucking pikeys from the site turned up to fight night and started on everyone",
    "bunch of foreign shits taking over the gym, go back where you came from",
    "the gay coach can fuck off, not having my lad getting changed near him",
]

SEXUAL = [
    "the new coach at the gym can wrap my hands anytime 😏🥵",
    "mams at the back were more interested in the coachs shorts than the boxing 😂 id go a few rounds with him",
    "not gonna lie the dad in the grey joggers at ringside made my whole night 🍆",
    # judgement call: innuendo about a staff member, sexual only
    "{S} in boxing gloves, be still my beating heart, he can pin me on the ropes any day",
    "bootcamp tomorrow, hope we do the one where youre on your back with your legs in the air again 😉",
    "the things id do to that heavyweight coach, hes 30 odd before anyone starts",
]

SPAM = [
    "🔥 GET SHREDDED IN 4 WEEKS 🔥 tren, test, dbol all in stock, discreet delivery UK wide, dm for menu 💉",
    "PAID SPARRING PARTNERS WANTED 18+ 🥊 earn £££ while you train, link in bio",
    "mass gainer 5kg only £19.99 this week, use code RAVENS10 at checkout 💪 link in bio",
    "f4f boxing page 🥊 follow back guaranteed",
    "CONGRATULATIONS you have been selected for a free Everlast glove set! claim at gloves-giveaway-uk.co before midnight",
    "lean muscle fast with sarms, no needles, legit results guaranteed, message for prices",
    "want to earn £500 a week from your phone? my coach showed me how 💸 message me 'BOX'",
]

PERSONAL_DATA = [
    "coach ring me on {PH} about the kit, cheers",
    "congrats {PF} on your first win, proud of you kidda 🥊",
    "the kid who left his gumshield and trainers at the gym lives at {AD}, ill drop them round",
    "anyone going to the weigh in want to share lifts, im at {AD} {PC}",
    "{PF} boxing tomorrow in the under 12s, born {DOB} so only just eligible 😂",
    "email me on {EM} if you want adding to the mams bootcamp whatsapp",
]

PD_QUESTION = [
    "can someone from the club ring me on {PH}, can he still do the bout with a cut eye",
    "whats the weight limit for the under 12s, {PF} is weighing in at 41kg and we dont know if he qualifies",
    "does anyone have the spring fixtures list, send it over to {EM} please",
]
