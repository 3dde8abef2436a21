"""Round 26, writer M2, session 13: written before reading Steward's lexicons or classifier; labelled per testdata/dev/README.md."""

# Voices (writer M2): the school's dance, cheer and gymnastics clubs on Facebook and Instagram --
# Gateshead mams, dads and nanas in the viewing gallery, rival competition parents, coaches, the
# girls and lads in the squads themselves, strangers (men) under the leotard and competition
# photos, "modelling agency" and "brand ambassador" accounts, and parents asking about training
# times without a question mark.

OK = [
    # hard negatives: share words with abuse, threats, sex, drugs, weapons, spam or safeguarding
    "she got her box splits first go at the showcase, 3 month ago she couldnt even touch her toes 😭❤️",
    "wor {P} is bendy as anything now, sits in the splits watchin telly like its normal 😂",
    "them under 12s are fit as butchers dogs after summer camp, ran rings round the lot",
    "absolutely killed that routine girls!! the judges faces when the pyramid went up 🔥🔥",
    "that round off back tuck was sick!!! {PW} you mad thing 😱",
    "any parents who can stay, please help strip the mats down after and stack them in the pe store, {SF} needs the hall back for 6",
    "shoot me now, 5am alarm for regionals AGAIN 😴😴 worth it tho",
    "the glitter bomb that went off in the changing room 🤣 ill be hoovering it out the car til christmas",
    "id literally kill for {P}'s flexibility, i cant even bend down to tie me laces",
    "reminder nude tights and slicked back buns for the showcase girls, no jewellery, see yous there 🩰",
    "the bases threw her that high i nearly passed out, she just landed it like it was nowt",
    "she came in starvin after 3 hours training and ate the whole fridge, growing girl 😂",
    "the photographer at {V} got some cracking shots of the girls, proper proud mam moment",
    "the gymnastics lot are savage on the rope climb, beat the year 11 lads easy",
    "hot mess express this morning, forgot the hair gel, forgot the bows, STILL came 2nd 😂🎀",
    "who knew pom poms were a lethal weapon, {P} nearly took me eye out practising in the garden",
    "they were on such a high after comp, like theyd had ten red bulls each, nobody slept in our house",
    "free leotard swap at {V} saturday morning, bring what's outgrown and take what fits, no money involved",
    "best club in Gateshead and i will die on this hill 💜",
    # ordinary
    "congratulations to all the dancers, what a night 👏👏 {H}",
    "thank you {S} for giving up your saturdays for these kids, we do see it ❤️",
    "{PW} you were a star out there, so proud of you pet",
    "massive well done to the cheer squad 📣 trophy night was unreal",
    "canny night, the juniors stole the show if yas ask me",
    "{SF} is the reason my daughter loves dance, cannot thank her enough",
    "aww look at their little faces 🥹🥹",
    "that last lift gave me goosebumps",
    "shes been practisin that routine in the kitchen for weeks, so glad it paid off",
    "go on the girls!!! 🤸‍♀️🤸‍♀️🤸‍♀️",
    "tears at the back from this grandad, beautiful stuff",
    "well deserved, {P} works so hard every single week",
    "cant believe how far the little ones have come since september 🥲",
    "proud of every one of them, medal or no medal",
    "{S} and the coaches deserve a medal themselfs for managing 40 kids in one changing room 😂",
    "howay the ravens!! 🖤🤍 {H}",
    "the lads doing the hip hop routine were class, more boys should give it a go",
    "lovely trophy night, thank you, the buffet was smashin an all 😋",
    "she cried happy tears the whole way home bless her",
    "{PW} and {P} in perfect sync on that last bit 👌",
    "second year running!! 🏆🏆",
]

COMPLAINT = [
    "£45 for a competition leotard they'll wear twice, on top of the £30 entry fee. some of us have more than one bairn doing it",
    "third comp in a row the same six girls are on the front row. funny that. the rest pay the same subs to stand at the back",
    "lovely how the squad list went up on instagram before anyone told the kids who didnt get in. my daughter found out off a screenshot",
    "trophy night finished at twenty to ten on a school night with year 2s there, far too late",
    "trophy night tickets £8 each and only 2 per family, so either her dad or her nana has to miss it. not on",
    "theres nowhere to get changed at {V} so the girls are doing quick changes squashed in the toilets, surely we can sort something better",
    # judgement call: insinuates favouritism but attacks nobody by name -- rhetorical complaint, not insult
    "we were told selection would be on ability. turns out its on whose mam sits on the committee",
    "still no refund for the cancelled regionals trip, its been 7 weeks and 3 emails",
    "training cancelled with an hours notice for the third time this half term, some of us drive over from birtley",
    "oh brilliant, another fundraiser. weve already paid for the kit, the coach AND the hotel",
    "the gymnasts photo on the website is lovely but nobody asked if we wanted our daughter on it, please take it down",
    "gymnastics club is 'for everyone' apart from anyone who cant find £120 for grading fees apparently",
    "only the competition squad got a mention in the newsletter again, the rec group train just as hard and never get a word",
    # judgement call: a coach shouting until 8 year olds cry -- complaint about conduct, not labelled safeguarding
    "the cheer coach shouting at 8 year olds till they cry isnt 'motivation'. my daughter doesnt want to go back",
]

COMPLAINT_QUESTION = [
    "we paid £60 for the trophy night photo package in june and still havent had them. who do i chase, the office or the photographer",
    "the costume price went up from £25 to £40 with no notice. can someone explain what the extra is for and whether theres help for families on free school meals",
    "squad trials were on the same day as the y6 trip so loads of kids never got a chance. is there a second trial date",
    "paid the full term for tumbling and 4 sessions got cancelled. will that be refunded or taken off next term",
    "my lad was told dance isnt on the options for boys in year 9, which feels really old fashioned. who do i speak to about getting that changed",
]

QUESTION = [
    "what time is cheer on a tuesday now its moved to the sports hall",
    "does anyone know if gymnastics is still on over half term",
    "hiya is there still space in the year 3 dance club, {P} is desperate to join",
    "missed it with work, is there a video of the showcase anywhere",
    "when do trophy night tickets go on sale and is it cash or online",
    "what colour tights do they need for the comp at {V}, letter just says tights",
    "do the girls need to take their own food on the regionals coach or is it provided",
    "can parents watch training or is it closed doors",
    "is the £15 costume deposit on parentpay or cash to {SF}",
    "what time does the coach leave for nationals saturday and whats the pick up time back at school",
    "is it the red cheer uniform for the festival or the new black set now",
    "do i send the gymnastics medical form back to {SEM} or hand it in at the office",
]

INSULT = [
    # judgement call: an adult body-shaming a pupil in a photo -- insult (harassment), not safeguarding
    "whats the one on the end doing in a leotard, shes built like a fridge freezer 🤭",
    "{PW} should stick to the back row, nobody needs to see that belly hangin over her costume",
    "that coach couldnt choreograph a conga at a wedding",
    "some of the mams in that viewing gallery are the most jumped up snobs ive ever met, sat there like they own the place",
    "the girl in the middle looks like a baby elephant doing a cartwheel 😂😂",
    # judgement call: a bare verdict on a staff member with no grievance given -- insult only, no complaint
    "{S} is a useless waste of space, the club was miles better before she took over",
    "your daughter isnt talented pet shes just loud. stop tagging the club in every video",
    "tragic routine, tragic costumes, tragic parents screaming like its the olympics 🥱",
]

INSULT_COMPLAINT = [
    "squad picks were a joke. {S} picks her favourites every single year and she's a spineless clueless woman for it",
    "£40 for a plain t shirt with a logo on. whoever runs the club money is a con artist",
    "my daughter sat on the bench the whole comp after paying the same as everyone else. the coach is a clueless muppet",
    "no spotters on the trampoline and a kid went straight off the side. the pe department are a bunch of clowns",
    "trophy night was shambolic, 2 hours late and no seats for half the families. whoever organised it is thick as mince",
]

PROFANITY = [
    "bloody hell {PW} that vault 😱😱",
    "holy shit the height on that basket toss",
    "f*cking love this club, best thing she ever did ❤️",
    "crying me bloody eyes out at the back, so proud",
    "its pissin it down and theyre still doing the outdoor showcase, absolute legends",
    "sh1t the bed she LANDED it!!!!",
    "that tumble pass, i said fuuuuck out loud right next to her nana 😂",
]

PROFANITY_INSULT = [
    "who let the fat little sh*te on the front row wear a crop top 🤮",
    "the coach is a f***ing joke, cant even count to eight",
    "sum of these cheer mams are proper bitches, stood slagging 10 year olds off in the stands",
    "ur daughter dances like a pissed giraffe 😂😂",
    "{S} is a complete arsehole and everyone at that club knows it",
    "what a shite routine, who choreographed that, a toddler",
]

THREAT = [
    "if that woman pushes in front of my kid at trophy night again shes going home in an ambulance",
    "keep tagging me in your daughters videos and see what happens when i see you at the next comp",
    "whoever took my daughters medal out the changing room, i know your car. it wont be pretty when i find it",
    "that coach wants to watch her back after squad picks, thats all im saying",
    "one more word about my girls weight and youll be picking your teeth up off the floor at {V}",
    "i know where the committee chair lives and ill be paying her a visit, she wont enjoy it",
    "carry on picking favourites {S}, your car tyres wont last the week",
    "mark my words if my daughter doesnt get her spot back theres gonna be serious bother at the gates monday",
    "ill be waiting outside the sports hall for that mother after training. she knows what she said",
    "someone wants to torch that changing hut with the fees they charge, honestly",
    "keep it up and that trophy cabinet goes through the window",
    "tell the mam in the pink coat to stay away from my daughter or i swear down shell regret ever joining this club",
]

PROFANITY_THREAT = [
    "say one more fucking word about my kid and ill drag you out that gallery by your hair",
    "whoever keyed my car at {V} during comp ill find you and batter the shit out of you",
    "that coach is getting her f*cking windows put in if my lass isnt on the team sheet",
    "any more bitchy comments from the front row mams and im coming down there to sort yous out, dead serious 🤬",
]

THREAT_SAFEGUARDING = [
    "if {P} takes my flyer spot again im bringing my brothers knife to training not even joking",
    "that lass in year 8 who keeps laughing at my routine, got summat in my bag for her friday 🔪",
    # judgement call: a pupil's "stab" could be hyperbole, but a pupil weapon threat is labelled threat+safeguarding
    "gonna stab whoever keeps hiding my grips before comp",
    # judgement call: an adult reporting a man filming the girls (safeguarding) while threatening him (threat)
    "that fella filming the under 10s at every comp will be going home without his phone AND his face next time, someone tell the club",
    # judgement call: an adult threatening a child -- threat plus a concern for that child's safety
    "the kid who pushed my daughter off the beam wants to watch herself walking home, i know which way she goes",
]

SAFEGUARDING = [
    "{P} has barely eaten since one of the coaches told her to tone up before the costume fitting. shes 11 and counting calories on her phone, im really worried",
    # judgement call: "is this normal??" after a report stays safeguarding only (as the probe README's "is that allowed??" call)
    "my daughter says the cheer coach has been messaging her on snapchat late at night and told her not to tell me. is this normal??",
    "why is a grown man commenting 'which one is the brunette in blue' on every photo of the girls. please check who follows this page",
    "theres a man who comes to every comp and sits filming the under 10s, hes nobodys dad. someone needs to tell the club",
    "i dont eat before training anymore so i look thinner in my leo, its fine everyone does it",
    "coach said if i tell anyone about the extra lifts after practice ill be off the team",
    "she keeps coming home from gymnastics with bruises on the tops of her arms and wont say how. been going on weeks",
    "some girls in the squad made a group chat rating everyones bodies off the comp photos and my daughter wont come out her room",
    "pls can you take the photo of the girls in leos down, someones screenshotted it and its on some weird account with loads of men following",
    "i keep making myself sick after tea so i make weight for squad, dont tell my mam",
    "the assistant coach offered my 13 year old a lift home and a 'private lesson' at his flat. she said no thank god but who is this man",
    "an account called dance_scout_ne has been messaging girls from the squad asking for full length pics for a portfolio. please warn parents",
    "{PW} told my daughter her dad hits her when she loses at comp. i dont know who to tell so im putting it here",
    "sometimes i cut where the leotard covers so noone sees",
]

SEXUAL_SAFEGUARDING = [
    "mmm those leotards on the older girls 🥵 more pics please",
    "the blonde one on the end is gonna be a heartbreaker, sexy little thing in that outfit",
    "dm me the uncropped ones from the splits photo ;)",
    "the year 10s are looking very grown up in them costumes if you know what i mean 😉😉",
]

HATE = [
    "boys doing ballet? no wonder this country's gone soft, theyll all come out gay",
    "funny how the traveller girl got a place, wonder whats gone missing from the changing rooms since",
    "the foreign girls always get the front spots, this is supposed to be an english school",
    # judgement call: an attack on a trans pupil's place on the team -- hate (transphobic), not opinion
    "why is there a lad in a skirt on the cheer team, its a girls squad, stop letting men into girls spaces",
    "the girl in the wheelchair shouldnt be in the showcase, drags the whole standard down and its embarrassing to watch",
    "black girls only get picked cos they can jump, built different innit 🐒",
    "muslim girls in them long sleeve leotards look ridiculous, if you want to cover up stay at home",
]

PROFANITY_HATE = [
    "get the f***ing p*kis off the front row",
    "no wonder the dance club is full of poofs, fucking embarrassing for the school",
    # judgement call: also accuses a child (insult), kept as profanity+hate for the slur
    "the pikey kid nicked my daughters grips, typical shit from that lot",
]

SEXUAL = [
    "the new dance coach can stretch me out any day 😏",
    "all these mams in leggings at the comp, the dads werent watching the gymnastics put it that way 👀",
    "{S} can spot me on the bars any time 😏💦",
    "forget the gymnastics, whoever the fit coach with the beard is can come and tumble in my bed 🔥",
    "bet the cheer coach is just as flexible in the bedroom 😏😏",
    "the after party was wild, the dads were doing more pole work than the girls ever have 🍑😂",
]

SPAM = [
    # judgement call: a "modelling agency" fishing under children's photos -- spam only, not safeguarding
    "Hey gorgeous 💕 were scouting new faces for our kids modelling agency! DM us for a FREE portfolio review 📸",
    "Love this energy!! 🔥 were looking for BRAND AMBASSADORS for our activewear line, 50% off code + commission, check our bio 💃",
    "follow for follow 💃🩰 new dance page on the gram!! @lowfell_dancewear",
    "WIN a FREE leotard bundle 🎁 like, share and click the link in bio to claim before midnight",
    "Congrats to the winners! Claim your trophy night prize voucher here bit.ly/ravens-prize 🏆 enter card details to verify",
    "make £500 a week from home promoting dancewear, no experience needed, message me DANCE 💸",
    "Elite Star Models NE 🌟 open auditions this weekend, £99 registration guarantees a place in our catalogue shoot, link in bio",
]

PERSONAL_DATA = [
    # judgement call: a child's full name is personal_data even in a proud congratulation
    "{PF} absolutely smashed it on the beam, so proud of our girl 🥇",
    "lift share for regionals, text me on {PH} if your daughter needs a seat",
    "the spare costumes are at mine, {AD}, pop round whenever",
    "lost a black kit bag at {V} with a purple leotard in, if found please ring {PH}",
    # judgement call: a coach's personal mobile is staff personal data
    "coaches own number is {PH} if anyone needs it, she doesnt mind",
    "send the routine music to me at {EM} and ill put it on a usb for the car",
]

PD_QUESTION = [
    "what time is pick up from {V} after nationals, can the coach text me on {PH} when theyre 20 mins away",
    "is there a waiting list for junior gymnastics, my email is {EM} if someone can send the form",
    "has the medal for {PF} been posted out yet, she missed trophy night with covid",
]
