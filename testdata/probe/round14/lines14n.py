"""Round 14, writer N, session 11: written before reading Steward's lexicons or classifier; labelled per testdata/dev/README.md."""

# Voices (writer N): the parents' side of Ravensworth's primary Facebook page in the run-up to
# Christmas - nursery and reception mams and dads, the PTA (fair, raffle, tombola, grotto, cake
# sales, cocktail night), a nana or two, the dad who only ever comments to argue, a couple of
# pupils on a parent's account, and the scammers and strangers who turn up under the raffle post.

OK = [
    # hard negatives (violence, drugs, sex, weapons, spam, safeguarding and personal-data words)
    "the kids will murder those mince pies at the fair, make double 😂",
    "shepherds being beaten to the stable by a donkey in a tinsel crown, best nativity ever {H}",
    "that hamper is a killer raffle prize, bought 10 strips already",
    "PTA cocktail evening tickets are on the table by the office if anyones after them 🍸",
    "filled in the medicine form for his inhaler and handed it to {SF} this morning, all sorted",
    "tombola is going to be lethal this year, there's about 40 bottles of bubble bath in the hall already",
    "dropping the rocky road in for the cake sale at 8.45, hide it from the staff room 🤣",
    "my youngest was the angriest angel you've ever seen, wouldnt wear the halo, absolutely fuming 😂",
    "wrapped presents for the grotto till gone midnight, shot to bits today but worth it",
    "bombed round to the co-op for more paper plates, cake stall was heaving",
    "my husband says he's going to strangle that donkey costume, it's moulting glitter all over the house",
    "the year 2s absolutely smashed their carols at {V} 👏",
    "PTA crack team of mams sorted 300 selection boxes in an hour, respect",
    "the bairns were high as kites after the class party, all that haribo and squash",
    "spotted dick and custard on the christmas dinner menu, our lad is beside himself",
    "the bird feeders the kids made are a hit, two blue tits and a robin on ours this morning",
    "she was that scared of santa she hid behind my legs the whole time 😂 photo of the year",
    "home alone on the telly tonight with hot chocolate, perfect end to the term",
    "win a family ticket to the panto in the PTA raffle, £1 a strip from the office",
    "just ring the office on {SPH}, they sorted my dinner money out in two minutes",
    "for anyone asking, {SEM} is the one for PTA stuff not the main office one",
    # judgement call: reads like a question but the parent answers it herself
    "sorry im being thick, which app is the dinner money on now... found it ignore me",
    # everyday
    "bless them in the reception nativity, one of the sheep just lay down and went to sleep",
    "thank you {S} and all the staff, what a lovely term it's been",
    "found a navy coat with no name in it at the gates, handed in to the office",
    "fair play to the PTA, raised a fortune at the fair ❤️",
    "the nativity had me in bits, crying at a tea towel on a 4 year olds head",
    "raffle being drawn on the facebook live at 7 tonight, good luck all 🤞",
    "{P} came home saying they're the star in the nativity, been shining round the kitchen all night 🌟",
    "{PW} was made up with her certificate, thank you {SF} x",
    "nits letter home again... the joys. conditioner and the comb out tonight, everyone check your bairns",
    "pick-up was carnage with the rain but the lollipop man kept everyone safe bless him",
    "she's been practising her line in the bath every night, behold i bring you good tidings 😂",
    "well done to the year 6s who ran the stall, proper little salespeople",
    "anyone missing a glove with a unicorn on, it's on the railings by the nursery gate",
    "spent a fortune on the lucky dip, came home with a bar of soap and a keyring. 10/10 would do again",
    "elf on the shelf in our house has been naughty again, flour angels all over the kitchen table",
    "dads choir doing silent night at the fair was something else. in a good way. mostly",
    "first ever school nativity for us and i was blubbing like a baby in the second row",
    "{P}'s nana here, the trip to the panto was brilliant, thank you for organising pet x",
]

COMPLAINT = [
    "nativity tickets sold out in 20 mins while working parents were at work, not fair at all",
    "third nits letter this term and still no head checks, it just keeps going round and round the class",
    "£14 for the panto trip and they were sat right at the back of the balcony, not great value tbh",
    "oh great another non uniform day announced the night before, love that for us",
    "the dinner money app took my payment twice and nobody from the office has got back to me in a week",
    "parents evening slots all gone by 9am, some of us work shifts and cant sit on the booking site at midnight",
    "daughters coat has been missing 2 weeks with her name in it, lost property is a joke",
    "grotto queue was over an hour in the cold with toddlers, needs a ticket system next year",
    "really disappointed the nursery kids didnt get a part this year, they just sat at the side and watched",
    "asked three times now for the trip refund since she was off poorly. still waiting",
    "gates opened 10 mins late again tonight, little ones stood freezing in the dark",
    "cake sale every friday this month, some of us are skint at christmas, its a bit much",
    "told us photos were fine at the nativity then got told off for filming, make your minds up",
    # judgement call: "somebody will get hurt" is a safety warning inside a complaint, not a threat
    "cars parked on the zigzags again at drop off and no one from school says owt. somebody will get hurt",
]

COMPLAINT_QUESTION = [
    "the trip letter came home after the payment deadline. is it still ok to pay on the app today",
    "not impressed the christmas dinner got moved to party day without telling anyone. what time do we collect them now?",
    "been charged twice for the christmas jumper donation, not happy. who do i speak to for a refund?",
    "lost property is a state and half of it has no names in. when is it being put out before we break up?",
    "nobody told reception parents the nativity moved to the church hall, we turned up at school like lemons. is the friday one still at {V}",
]

QUESTION = [
    "what time does the christmas fair finish on saturday",
    "do they need a packed lunch for the panto trip or are they having dinner in school",
    "is the tombola still taking bottles or have you got enough now?",
    "can i pay for the trip in cash at the office, the app wont let me log in",
    "does anyone know if nursery's nativity is the tuesday or the wednesday",
    "where do we drop the cakes off for the sale, front office or the hall",
    "are siblings allowed at the nativity? i've a baby who might be noisy",
    "wondering if the reception parents evening slots are open yet",
    "just checking whether the last day of term is a half day or not",
    "{S} is the grotto open to younger brothers and sisters as well",
    "has anyone handed in a grey puffer coat age 5-6 from m&s",
    "need to know what the shepherds are wearing, tea towel and dressing gown or something else",
]

INSULT = [
    "{S} couldnt organise a raffle in a raffle factory, absolutely clueless",
    "the PTA are a bunch of stuck up cliquey mams who think they run the place",
    "the dad in the front row filming the whole thing on an ipad is a complete weapon",
    # judgement call: naming another family's child as the biter and calling him feral is insult, not safeguarding
    "{P} bit my son again, that kid is feral and so is the mother",
    "lollipop man is a miserable old goat, shouted at my kids for nowt",
    "some of the mams at pick up are thick as mince honestly",
    "that reception teacher looks about 12 and has the brains to match",
    "kev you comment on every single post to argue, get a life you sad little man",
]

INSULT_COMPLAINT = [
    "paid for the trip in october and the office STILL says it isnt paid, useless the lot of them",
    "{S} cancelled the whole christmas party cos a few kids messed about, punishing all of them. spineless head who cant manage behaviour",
    "my son's been sent home with nits four times and the school does nothing, lazy staff who cant be bothered",
    "parents evening ran 40 mins late and {S} hadnt even read the report, incompetent doesnt cover it",
    "£5 for the grotto for an aldi selection box and a teenage santa with no beard. whoever runs the PTA is a clown",
]

PROFANITY = [
    # judgement call: "bloody" is a swear of any strength under the rules, even about the weather
    "bloody freezing at pick-up tonight, wrap them up",
    "just realised the costume has to be in tomorrow, shit shit shit 😩",
    "sat on them tiny nativity chairs for an hour and my arse has gone numb 😂",
    "f*cking love a school fair me, won a bottle of baileys and a tin of quality street",
    "cake sale sold out in 10 mins, bugger, was coming down for a brownie",
    "pissing it down at the fair, tombola's moved under the gazebo",
    "sh1te photo of me in the background of the nativity video but the kids look grand",
]

PROFANITY_INSULT = [
    "the mam who parked in the disabled bay at the fair is a selfish cow and a twat",
    "that santa was a miserable sod, tell him to get a personality",
    "the dad who argues on every post on here is a bellend, give it a rest mate",
    "shut up kev nobody cares what you think about the nit policy you pr*ck",
    "the PTA chair is a stuck up b!tch",
    "{S} is a total knobhead, ask any kid in that class",
]

THREAT = [
    # judgement call: no violence word, but "sort it out properly" with the dad at the nativity is a threat
    "the dad who pushed in front of my mam at the nativity, i know who you are. see you at the friday show, we'll sort it out properly then",
    "if that woman has a go at my daughter at the gates again she'll be picking her teeth up off the yard",
    "nativity dad in the green coat better be there on thursday. me and my brothers will be waiting in the car park",
    "keep parking across my drive at pick up and your tyres will be flat by the time you're back",
    "whoever nicked the PTA cash box, we know who you are and we're coming round yours",
    "tell {S} to watch their back after what was said to my lad",
    "gonna burn that grotto down with the fake santa still in it lol",
    "one more letter hinting my lad brought the nits in and a brick goes through the office window",
    "the next person who says owt about my kid at pick up is going home in an ambulance",
    "i'll be outside the gates at 3.15 for the mam who's been spreading rumours. bring your husband, you'll need him",
    "that dad from the fair wants to count himself lucky the kids were there. next time they won't be",
    "carry on deleting my comments and see what happens to your car {S}",
]

PROFANITY_THREAT = [
    "if that f***ing dad gets in my face at the nativity again i'll knock him spark out",
    "gonna smash his fucking windscreen in if he blocks the school gate one more time",
    "next time that crap santa has my lad in tears i'll be round the grotto and he's getting a slap",
    "whoever keeps nicking coats off the pegs, when i catch you i'll break your bloody fingers",
]

THREAT_SAFEGUARDING = [
    "that {P} who keeps biting my daughter, if i see that kid at the fair they'll get a slap they won't forget",
    "the little lad in year 2 who pushed my son off the stage, his mam better keep him away from me or i'll drag him out by his ear",
    "gonna bring a blade to the christmas disco and do {P}, watch",
    "i'll be waiting for that kid {P} after school, nobody hits my daughter and gets away with it",
    "if that year 6 lad picks on my son at the disco again i'll batter him myself, i dont care how old he is",
]

SAFEGUARDING = [
    # judgement call: a disclosure slipped into a thank-you; the rest of the comment is warm, the middle is the DSL's business
    "thanks so much {SF} for the lovely card, {P} adores you. keeps asking if they can stay at yours for christmas, says they're scared to go home when daddy's been drinking. anyway merry christmas x",
    "the little girl in my son's class never has a coat and she's starving at dinner, eats everyone's leftovers. someone needs to look into it",
    "there's a man been stood by the nursery railings at pick up every day this week watching the kids, he's not a parent. told the office and he was there again today",
    "my daughter says a man at the fair gave her his snapchat and told her to message him and not tell her mam",
    "santa at the grotto told my 6 year old to keep a secret and pulled the curtain shut when she sat on his knee. didnt like it one bit",
    "{P} told my lad their mam hits them with a belt for wetting the bed. i dont know who to tell",
    "can someone check on the kids in the end house by the school, they've been on their own since friday and the little one was crying at the window",
    "my year 5 has been getting messages off an older lad saying she's mature for her age and to delete the chats",
    "not saying which one is the biter in reception but it's {P} and that bairn comes in every monday with bruises up their arms",
    "my 10 year old has been scratching her arms till they bleed since the girls at school started leaving her out",
    "my lad says one of the teachers added him on snapchat and messages him at night",
    "older kids at the park after the fair were giving the year 6s vapes and getting them to carry bags about for them",
    "i dont want to go home for christmas my mams boyfriend shouts and throws stuff at us",
    # judgement call: "am i overreacting" is not a separate information request, so no question
    "{PW} said her stepdad locks her in her room with no tea when she's naughty and she's only 5, am i overreacting",
    # judgement call: a parent reporting a pupil's knife threat is a report (safeguarding), not a threat by the writer
    "someone's big brother put on snapchat he's bringing a knife to the school fair for a year 6 lad, please tell {S}",
]

SEXUAL_SAFEGUARDING = [
    "the girls in the year 6 dance at the fair were well developed for their age if you know what i mean 😏",
    "that little angel in the nativity pic, {PW}, will be a stunner when she's older. inbox me more pics",
    "reception kids in their pyjamas for the pj day photo 🥵🥵",
    "any more of the gymnastics display? asking for a friend 😉 the blonde one in the leotard is fit",
]

HATE = [
    "half the nativity was muslim kids, why are they even in it, it's not their christmas",
    "school's too scared to call it christmas now cos of all the foreigners, send them home and we'll get it back",
    "you can tell which ones have traveller parents, they're the ones robbing the tombola",
    "no way is my son sharing a room with a gay dad on the residential, they shouldn't be let near kids",
    "the one in the wheelchair shouldnt have had the main part, nobody could see the stage past it",
    "polish lot at pick up never speak english, they should go back where they came from",
    "a man in a dress as the panto dame is one thing but letting trans people run the PTA stall is grooming",
]

PROFANITY_HATE = [
    "lock your cars at the fair, the gyppos off the site by the tip will be in, bloody thieving lot",
    "fucking immigrants get free dinners and their trips paid while the rest of us pay for everything",
    "they took the jesus bit out of the nativity so the muslims dont get offended. they can piss off back home",
]

SEXUAL = [
    "the PTA mams at cocktail night were gagging for it after three mojitos 😂",
    "i'd happily sit on that santa's knee, he can come down my chimney anytime 😏",
    "{SF} can give me a detention any day 😍🍆",
    "more of the dads calendar for the PTA please, the fireman one got me all hot and bothered",
    "strip raffle next year, winner gets a lap dance off the caretaker 😂",
    "my husband wants to know if the naughty elf costume from the grotto is for sale, for the bedroom 😉",
]

SPAM = [
    "🎄CONGRATULATIONS🎄 you've been selected as a PTA raffle winner! claim your £500 Tesco voucher at tinyurl.com/ravens-prize before midnight",
    "Amazon gift card giveaway for Ravensworth parents 🎁 just like, share and enter your card details on the link in my bio",
    "Christmas cash for busy mums 💷 earn £300 a day from home, message me XMAS to find out more",
    "personalised santa letters and nativity costumes, cheapest in Gateshead, dm for prices 🎅 link in bio",
    "follow my page for a follow back 🔁 all school mums welcome 🔁 #f4f #mumlife",
    "This page has been flagged for violating community standards. Verify your account within 24hrs or it will be deleted: fb-support-check.com",
    "won £2,000 in the school raffle thanks to Mr Steve's crypto tips!! message him on whatsapp he changed my life",
]

PERSONAL_DATA = [
    "the mam whose kid took my lad's coat home, her number's {PH} so she can sort it out",
    "if anyone's got the lost PE bag it belongs to {PF}, drop it round to {AD}",
    "lady who ordered 3 trays of brownies off me, email {EM} and ill sort delivery",
    # judgement call: naming and addressing the biter's family is personal_data; "if anyone wants a word" is not read as a threat
    "the biter is {PF} btw, her mam lives at {AD} if anyone wants a word",
    "party invites for {P}'s birthday: {AD}, {PC}, saturday 2-4, text {PH} to say if you're coming",
    # judgement call: naming a pupil in full as the nit carrier is personal_data; some would add insult
    "{PF} is the one who's given everyone nits, just so you all know",
]

PD_QUESTION = [
    "can someone from the PTA ring me about the tombola donations, {PH}, i'm in after 5",
    "does the office still have my old email, it's {EM} now, will i still get the trip letter",
    "where do i hand in the medicine form for {PF}, she's new in reception",
]
