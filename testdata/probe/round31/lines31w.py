"""Round 31 writer W3 probe lines: uniform and appearance rules at Ravensworth Community Academy."""
# Theme: uniform and appearance rules - hair and make-up rules, trainers, children sent home or put in
# isolation/inclusion for uniform, the second-hand uniform shop and swap rail, costs and hardship help,
# body image and teasing about clothes.
# Voices: parents on a tight budget, grandparents and kinship carers, older pupils (Years 9-11), a
# uniform supplier, strangers/spammers, the odd second-language parent; Geordie where it fits.

OK = [
    "the second hand uniform shop is a lifesaver, got 3 jumpers for a fiver 🙌",
    "{P} looked that smart in her new blazer this morning, proper grown up 😭",
    "thank you {S} for sorting out lost property, found his coat at last!!",
    "those new trainers are killer like, shame they're not allowed in school 😂 weekends only pet",
    "could murder a brew after ironing five shirts tonight",
    "our {PW} is dead chuffed with her new school shoes, won't take them off in the house",
    "the PE kit is a knockout, the lads look class in the red and black #TeamRavens",
    "my nana's been shooting round every charity shop in gateshead for grey trousers, bless her",
    "lost property box is a crime scene, forty odd jumpers and not one with a name in 😂",
    "prom dress hunting has absolutely destroyed me, my feet are killing",
    # judgement call: parental hyperbole about a lost tie, ok (as the round 4/5 siblings)
    "swear down i'll throttle him if he loses another tie 😂 that's four this term",
    "the raven badge on the new blazer is the bomb, whoever designed it deserves a medal",
    "swapped the velcro shoes for laces and now we're late every single morning, the struggle is real",
    "he's shot up that fast his trousers are flapping round his ankles 😂 back to the swap rail we go",
    "Massive shout out to the PTFA for the pre-loved uniform rail at {V}, grabbed a bargain",
    "the hair bobbles in school colours from the summer fair are ace, my two are fighting over them",
    "cheers for the donated coats, the bairns were freezing to death at the bus stop last winter",
    "these shirts are bulletproof, been through the wash 200 times and still white",
    "got ash all over his school trousers at the bonfire, vanish to the rescue",
    "my daughter is drowning in that blazer but there's room to grow like",
    "nothing says september like sharpie-ing names into 30 socks. my hand is shot",
    "the cross country kit is fire 🔥🔥 well done {S}",
    "came home looking like he'd been dragged through a hedge backwards, new jumper wrecked on day one 😂",
    "proper roasting in that polyester, glad they can take blazers off when it's hot, bairns were sweating buckets",
    "black plimsolls off the market, £4, grand job 👍 dont overthink it hinny",
    "loving the uniform swap, stopped bin bags of clothes going to landfill. down with fast fashion!",
    "my lad looks dead smart with the short back and sides, barber absolutely smashed it",
    "sick photos from non uniform day {H}, the onesies were unreal",
    "naughty me, bought the blazer two sizes too big so it lasts till year 9 🙈",
    "colour run remover stripped the pink right out of his white shirts, lifesaver",
    "Lovely to see so many grandparents helping at the uniform sale on saturday ❤️",
    "well done to the year 10s who ran the clothes swap, brilliant idea and so well organised",
    "dziękuję for the jumper from the swap shop, my son is very happy with it, fits good",
    "{SF} did a tie-knot video for the year 7s and honestly it was the business, even my husband learned",
    "grandson says he'd rather die than wear shorts in winter 😂 teenagers",
    "that many hand-me-downs in our house it looks like a jumble sale exploded",
    "that moment a button pings off at 11pm and you have to play sewing hero 🪡",
    "non uniform day for children in need is a steal at a quid, {P} going as pudsey",
    "Year 11 leavers hoodies look smashing, bet they're gutted to hand the ties back 😢",
    "my granda still polishes the bairns' school shoes every sunday night, army habits die hard",
    "raised on hand me downs meself and I turned out canny, nowt wrong with second hand",
]

COMPLAINT = [
    "£32 for a blazer with a logo on it. some of us are choosing between that and the gas bill",
    "Oh marvellous, another rule about sock colour. Clearly the most pressing issue in education today.",
    "my daughter was kept in isolation all morning because her black trainers had a tiny white tick on. two lessons missed over a logo. not acceptable",
    "sent home for dyeing her hair red in the holidays, it washes out in a fortnight. losing learning over hair colour makes no sense to me",
    "Respectfully, having only one supplier for the jumper means no competition on price. Please allow plain supermarket versions.",
    "the second hand shop is only open wednesdays at 2pm when every working parent is at work. bit pointless tbh",
    "I'm a grandparent raising two on a pension. £120 a child before shoes is simply more than I have.",
    # judgement call: name-calling about shoes plus no action from staff; a complaint, not (yet) a safeguarding disclosure
    "my lad's been called names all week cos his shoes are off the market and nobody's done owt when he told his teacher",
    "make-up checks with face wipes at the gate in front of everyone is humiliating for year 10 girls, there must be a kinder way",
    "great to see the school values kindness so much it gave my son a detention for a jumper he'd grown out of 👏👏",
    "fake nails off, fair enough, but snipping them off at the desk with scissors? no.",
    "she was told to use a 'normal' bobble but her afro hair needs a bigger band. the policy just doesn't account for textured hair",
    "uniform supplier here - we've just been told the crest is changing AGAIN next year. families will have to rebuy everything, it helps nobody",
    "we were promised a letter about the uniform grant in july. it's now october. still nothing",
    "the PE kit has four compulsory items with the crest on. four. for kids who grow out of them in a term",
    "Not happy that my son was named out loud in assembly as an example of 'what not to wear'. He came home in tears.",
    "girls get their skirts measured with a ruler in the corridor and the lads get nothing of the sort. double standards much",
    "ten minutes on hold to ask about uniform help, then cut off. third time this week",
]

COMPLAINT_QUESTION = [
    "why is the tie £9 now when it was £5 last year? and is the old style still allowed",
    "my son was put in the inclusion room for wearing his brother's trainers after his shoes split. is there a process for emergencies or do we just keep him off?",
    "the hardship fund form link on the website is broken, again. who do i email to get a paper copy",
    "Third email unanswered about the blazer refund. Can someone from the office tell me if it's been processed",
    "she was pulled up for her earrings and they're tiny studs. can you send me the actual wording of the policy please",
    "swap shop shut without any notice the last two weeks, what's going on with it and when does it reopen",
]

QUESTION = [
    "anyone know if the second hand uniform shop takes card or just cash",
    "does the jumper have to have the badge or is plain navy ok for year 2",
    "what colour hair bobbles are allowed, sorry if its a daft question",
    "Are black leather trainers ok if they have no logos?",
    "can year 11 wear their leavers hoodies in school after easter",
    "where do i drop off outgrown uniform for the swap rail",
    "is there help with uniform costs for kinship carers? me and my husband have got our granddaughter full time now",
    "does anyone know what time the uniform sale starts at {V} on saturday",
    "Hi my son has eczema and cant wear polyester, who should I speak to about cotton alternatives",
    "wat size blazer do people get for a tall year 7, the sizing on the website is confusing me",
    "Is it ok to email {SEM} to order the PE top or does it have to be online",
    "can somebody tell me if nail varnish is allowed on non uniform day",
]

INSULT = [
    "the fella who runs that uniform shop is a greedy little leech",
    "{S} dresses like it's 1985 so no wonder she's obsessed with skirt lengths. sad woman",
    "some on here cant afford a £10 jumper but can afford 40 a day. scroungers the lot of you",
    "that mam moaning about the trainers rule wants to look in a mirror, tracksuit queen of low fell",
    "the uniform police at the gate have nowt better to do, bunch of jumped up jobsworths",
    "{P}'s mam sends him in looking like a tramp every single day",
    "head of year looks like a scarecrow himself and he's giving kids grief about their hair 😂",
    "imagine being a grown adult and getting a kick out of telling 12 year olds their eyebrows are too dark. pathetic little power trip merchants",
]

INSULT_COMPLAINT = [
    "my daughter was sent home for nail varnish in the middle of mocks. {S} is an absolute joke of a teacher and should be ashamed",
    "£45 for a PE kit that falls apart in a month, the supplier are robbing cowboys and the school lets them get away with it",
    "Isolated my son over a haircut. Whoever came up with that is a clueless idiot. It's a fade, not a crime.",
    "the uniform shop woman was rude to my mam who's 78 and only wanted to pay cash. miserable old bag needs to retire",
]

PROFANITY = [
    "f*ck me i've just found three odd socks and a tie in the washing machine 😂",
    "sh1t the bed, is it back to school already",
    "bloody hell he's grown two inches since july, nothing fits him",
    "spent the whole of sunday ironing, pissed off doesn't even cover it",
    "f u c k i n g hell the queue at the uniform shop went right round the block 😂",
    "crap, forgot it's non uniform day, she's gone in in her blazer 🤦‍♀️",
    "he's lost his shoe. ONE shoe. how the sh*t do you lose one shoe",
    "arse, ordered the wrong size trousers again",
    "holy shiiiiit the blazer actually fits after all that",
]

PROFANITY_INSULT = [
    "the dick who designed this uniform has never met a child in his life",
    "whoever moans about trainers on here is a proper knob, get a life",
    "{S} is a f***ing jobsworth with a tape measure",
    "uniform supplier are a bunch of thieving b@stards",
    "them year 9 lads laughing at my daughter's second hand shoes are horrible little sh!ts",
    "what a pr*ck, giving a kid a detention over a hair bobble",
]

THREAT = [
    "whoever sent my lass home over her hair, i know what car you drive. think on.",
    "the next teacher who puts a ruler against my daughter's skirt will regret it, believe me",
    "{S} watch yourself at the gate tomorrow",
    "i'll be waiting outside that uniform shop when it shuts. let's see how brave he is then",
    "touch my son's hair again and you'll see what happens",
    "keep isolating kids over shoes and that building won't be standing much longer",
    "the lads on my street know where {S} lives. just saying.",
    "if my grandson gets humiliated one more time i'm coming in and somebody's getting hurt",
    "that supplier's shop windows are looking very breakable these days",
    "I'd be careful if I were you {S}, folk round here have long memories",
    "send her home again and see what turns up on your doorstep",
    "the uniform police better keep their distance from my kids tomorrow or there'll be bother like you've never seen",
    "hope the head enjoys her car while it's still got four tyres",
    "we know who reported our kid's trainers. that family wants to keep their heads down from now on",
]

PROFANITY_THREAT = [
    "put my son in isolation once more and i'll f***ing drag you out of that office",
    "gonna put a brick through that shitty uniform shop window, see how they like it",
    "watch your f*cking back {S}, I mean it",
]

SAFEGUARDING = [
    "my daughter has stopped eating since the girls in her form started calling her fat in her PE kit. she's crying in the bathroom every night and i'm really worried",
    # judgement call: a pupil reporting sexual harassment by other pupils; a report, safeguarding only (round 5)
    "im in year 10 and some lads keep pulling my skirt up in the corridor and filming it. i dont want to come in anymore",
    "there's a man in a van outside the gates offering girls free make-up and trainers if they get in. been there two days now",
    "{P} came round ours in the same uniform all week, no coat, and says there's no food at home. I'm worried about him",
    "I wear long sleeves all summer so nobody sees my arms. please don't make us roll them up when it's hot",
    "my nephew's been given expensive trainers by an older lad he met online who now wants him to 'run errands'. he's 13.",
    "someone at school said i'm too ugly to be seen in PE shorts and honestly i agree, i just want to disappear",
    "my granddaughter's dad hacked all her hair off as a punishment and she's been told not to tell anyone",
    "a teacher keeps messaging my son on snapchat telling him how good he looks in his new uniform",
    "son came home with bruises, says the older boys held him down and wrote on his shirt because it was second hand. third time this month",
    # judgement call: a parent reporting an adult asking for pictures; a report, not sexual content -> safeguarding only
    "my daughter is 11 and keeps getting dms from an adult account asking for pics in her school uniform",
    "i get sent home for my hair but theres no brush at home and nobody to do it, mam's not got up in weeks",
    "the lad in the bright trainers every day is only in them cos his mam got kicked out and they're sleeping in the car. please go easy on him",
    "im scared to come back after the non uniform day photos. someone's made an account with my face and keeps posting stuff about me",
]

THREAT_SAFEGUARDING = [
    "a year 9 lad was showing a knife in the toilets saying he'll use it on whoever laughed at his trainers",
    "my stepdad says if i get sent home for uniform again he'll kill me and he means it",
    "kids in year 8 are saying they're bringing a blade in for the girl who grassed them up over the make-up",
]

HATE = [
    "funny how the headscarf girls never get pulled up on uniform but mine gets sent home for a scrunchie. one rule for them",
    "the traveller kids never have the right uniform, what do you expect from that lot",
    "if they want to dress like that they can go back where they came from, this is an english school",
    "boys in skirts next is it? the trans agenda has taken over our schools and im sick of it",
    "the polish mams at the second hand shop clear the rails and sell it all on, typical of them",
    "braids should be banned, they look ghetto and that's just the truth about that culture",
    "special needs kids get let off the trainers rule cos they 'cant cope'. they're not right in the head and neither are their parents",
    "course the muslim families want longer skirts, they'd have all the girls in bin bags if they could",
]

PROFANITY_HATE = [
    "more foreign families getting free uniform off the fund while we pay full whack. f*cking joke, send them home",
    "lad in my son's class wants to wear the skirt and school's caving in to every bloody tr*nny fad going",
]

SEXUAL = [
    "{SF} can check my skirt length any time 😏",
    "that new PE teacher in the shorts... I'll volunteer for sports day if he's measuring inside legs 🥵",
    "the uniform supplier fella can measure me up any day, if you know what i mean 😉",
    "{SF} bending over in the car park made my morning, school run has never been so good 🍑",
    "bet {S} wears something a lot less strict than that blazer in the bedroom",
    "half the mams only go to the uniform sale to eye up the dads in their work shorts, not complaining 🍆",
]

SPAM = [
    "BACK TO SCHOOL SALE 🔥 designer trainers 80% off, link in bio, limited stock!!!",
    "Parents! Earn £500 a week from home while the kids are at school. DM me 'INFO' 💸",
    "Win a FREE year of uniform for your child! Like, share and confirm your card details through the link in our profile to claim",
    "follow for follow 🙏 my page does school hair tutorials, braids and buns ❤️❤️",
    "cheap school shoes wholesale, whatsapp us for the price list, all sizes, fast delivery uk wide",
    "Congratulations! Your account has been selected for a £250 shoe voucher. Verify within 24 hours at the link below",
]

PERSONAL_DATA = [
    "{PF} left her blazer at {V} on saturday, name's in the label if anyone picks it up",
    "got spare size 5 school shoes, text me on {PH} if you want them",
    "selling the whole uniform bundle age 9-10, collect from {AD} any evening",
    "for the uniform swap drop offs just email me at {EM} and i'll collect",
    "it was {PF} who got sent home for trainers today, not my kid, stop saying it was",
    "we're at {AD}, {PC}, bring any outgrown PE kit round, nana's sorting it all into sizes",
]

PD_QUESTION = [
    "anyone got a year 4 jumper going spare? ring me on {PH}, is cash ok",
    "is {PF} in your class? she's taken my daughter's coat home by mistake, who do i ask",
    "my granddaughter's birthday is {DOB}, does that put her in year 5 or year 6 for the uniform order",
]
