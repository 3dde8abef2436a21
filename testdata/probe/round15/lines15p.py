"""Round 15, writer P, session 11: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""

# Voices (writer P, the school's sport and clubs page): pupils in the teams and clubs, parents on
# the touchline and at the gala, rival schools' pupils and parents, coaches and a referee, the
# minibus and kit crowd, men commenting on girls' sport and dance photos, and pupils who only talk
# about games (Fortnite, Roblox, FIFA, CoD). Geordie dialect, typos, emoji, run-ons; many
# questions have no question mark.

OK = [
    "well done to the u12 netball girls, canny performance in that wind 👏",
    "howay the ravens!!! {H}",
    "thank you {S} for giving up yet another saturday for the lads, they think the world of you",
    "cracking afternoon at the gala, big shout out to the parent volunteers on the stopwatches",
    "{P} was buzzing when she got in with her medal, thank you all ❤️",
    "sounds like the yr8 rugby boys had the time of their lives on tour, thanks to the staff who gave up their half term",
    "proud mam moment 🥹🥹",
    "congrats to everyone nominated for the sports awards, every one of them deserves it",
    "loved the cheer routine at the comp, actual goosebumps",
    "referee here. cracking sportsmanship from both teams this morning, shook every hand at the end, a credit to the school",
    "our coach said your lot were the most respectful side we played all season, fair play ravensworth",
    "gutted for the lads but they left everything out there",
    "gg to everyone in the lunchtime fifa tournament, {P} the undisputed champ 🏆",
    "roblox obby club was the best club this term no cap",
    "⚽🏐🏉🔥🔥🔥",
    "brilliant photos whoever took them, can see the mud on their faces from here 😂",
    "thanks {SF} for doing the orange slices at half time 🍊",
    "well played ravensworth, proper good game, see you in the league next year",
    "bravo les filles 👏👏 magnifique",
    "wor lass cried at the dance show, i didnt, i had something in my eye",
    "the new kit looks class on the girls team, very smart",
    "first gala for our little one and she didnt need the float once 🐟💙",
    # hard negatives from here down
    "we absolutely smashed them 6-0 get in 🔥",
    "{P} killed it in the 200 fly, so so proud of her",
    "filthy goal from {P}, top bins, keeper never even moved 😮‍💨",
    "u13s destroyed them today, beasts the lot of them 💪",
    "{PW} went in hard on every tackle and the ref never blew once 😂 thats how its done",
    # judgement call: game slang between pupils about Fortnite tonight, not a real threat
    "im going to end you in fortnite tonight {P} prepare to get clapped 😂😂",
    "absolute weapon up front is {P}, nobody could get near him all game",
    "gonna kill my daughter, left her gum shield on the kitchen table AGAIN 🙄",
    "legs dead, lungs dead, cross country in that mud was murder 😂 never again (until next week)",
    # judgement call: rugby knocks reported with pride, not an injury disclosure
    "my lad came home black and blue from rugby with the biggest grin on his face, best sport going",
    "starving after the cross country, chippy on the way home was well earned 🍟",
    # judgement call: hard training as a boast, no one made to train till ill
    "trained till we nearly dropped all season and it paid off, COUNTY CHAMPIONS!!!",
    "found the bag of balls, it was under the back seat of the minibus all along 😂 that minibus is a black hole",
    "the cheer team are the bomb 💣 that pyramid at the end!!",
    "shooting practice moved inside cos of the rain, bring indoor trainers not studs",
    "bleep test results are in and the yr10 girls are fitter than the boys 😂 level 12 from {P}",
    "got hammered 7-1 but never dropped their heads once, proud of every one of them",
    "my daughter came home trying the splits on the landing after the dance comp, nearly put her foot through the wall 😂",
    "them whickham lads are big units but ours bullied them off the ball in the second half",
    "headshot after headshot on cod last night im actually lethal",
    "free swim for all gala entrants at {V} sunday morning, just show your lanyard at the desk",
]

COMPLAINT = [
    "found out the netball was cancelled when we were already parked up at {V}. a text would of been nice",
    "girls football gets the muddy bottom pitch every single week while the boys get the 3G. not on",
    "3rd away match this term where the minibus got back over an hour late with no message to parents. not good enough",
    "£38 for a training top on top of the full kit we already bought in september, its getting silly now",
    "awards night tickets went in 10 mins and some parents of actual winners couldnt get one. poor planning",
    "great to see the same kids in every team photo again 👏 the rest may as well not bother turning up to training",
    "no water at the cross country finish line and kids were being sick in the hedge. who signed that off",
    "my son has asked to join after school football 4 times now and its always full. really disappointing",
    "the gala ran 2 hours over, the little ones were shattered and still had school the next day",
    "nothing on here about the yr8 rugby results but a full album of the yr10s again. the younger ones matter too",
    "love how the dance team raised £600 and still have to pay for their own costumes 🙃",
    "changing rooms at {V} were freezing and half the showers were broken, kids came home caked in mud",
    "some of our own parents on the touchline were worse than the other team tbh, screaming at 11 year olds. school needs a code of conduct",
    "rugby tour letter came home on the friday with £200 due the monday. not everyone has that spare over a weekend",
]

COMPLAINT_QUESTION = [
    "paid the rugby tour deposit twice by mistake on parentpay and nobodys got back to me in 2 weeks. who do i actually contact about a refund",
    "kit order from september still hasnt arrived and the season is half over. is there an actual date for it",
    "third fixture cancelled this month with no notice, absolute shambles. which page are cancellations meant to go on so we can check before we set off",
    "minibus dropped the girls at the leisure centre instead of school and we were all stood at the gates like lemons. where is pick up for the next away game",
    "my daughter got dropped from the dance comp for missing one practice for a hospital appointment, thats harsh. when is the next comp she can enter",
]

QUESTION = [
    "what time is the minibus back from the away game at consett tonight",
    "is netball club still on tomorrow or is it off with the snow",
    "does the gala at {V} need tickets for spectators or do we just turn up",
    "where do we hand the rugby tour medical forms in",
    "how much is the sports awards night this year",
    "{S} are the yr7 football trials open to girls as well",
    "do the cheer girls need their own bows for the competition or does school sort them",
    "anyone know if the cross country on saturday is spikes or trainers",
    "what kit does he need for the rugby tour, just the usual or thermals as well x",
    "when do the u13 fixtures for next term go up",
    "can parents travel on the minibus to the county final or do we make our own way?",
    "which number do we ring on the night if we're late for collection, is it still {SPH}",
]

INSULT = [
    "{P} is the worst goalie in the league, might as well stick a cone in the net 😂",
    "{PW} runs like a fridge on wheels how is she even in the relay",
    "{P} everyone knows u only got picked cos ur mam does the tuck shop, ur garbage",
    "look at {P}'s face when he missed the pen 😂😂 pathetic cry baby",
    "that ref is a clown and so is the man in the tracksuit pretending to coach",
    "dance team look like a herd of baby elephants stomping about",
    "nobody likes {P}, even his own team wont pass to him, do everyone a favour and leave the club",
    # judgement call: rival pupils' trash talk aimed at the whole school's team
    "ravensworth lot are soft as butter, half of them were crying at full time lmaooo",
]

INSULT_COMPLAINT = [
    "{S} has left my daughter on the bench 6 games in a row while his little pets play every minute. useless excuse for a coach",
    "third time this term the minibus hasnt turned up for an away game, whoever runs transport is a total clown",
    "awards night was a fix, same 5 kids every year, and {S} is a spineless yes man who wont stand up to the pushy parents",
    "the new netball coach bawls at 11 year olds like a sergeant major, nasty piece of work, my daughter wants to quit",
    "£450 for a rugby tour and still no itinerary 3 weeks before, whoever organised this is thick as mince",
]

PROFANITY = [
    "fucking GET IN lads!!! what a win 🔥🔥",
    "pissing down the whole cross country but every one of them finished, legends",
    "that goal from {P} was fuckin filthy 😍",
    "sh1t the bed 8-0 at half time 😂",
    "bloody freezing on that touchline, 3 pairs of socks and still cant feel my toes",
    "holy sh*t that last lap from {P}, came from nowhere",
    "arse frozen to the bench at the gala for 4 hours, worth every second",
]

PROFANITY_INSULT = [
    "ref was a blind twat all game",
    "{P} u absolute melt, shite at netball and shite at life",
    "their keeper is a fat useless prick 😂",
    "ravensworth fans are the biggest bunch of c*nts ive ever played against",
    "{S} couldnt coach his way out of a paper bag, useless tosser",
    "stfu {P} u got dropped for a reason u knobhead",
]

THREAT = [
    "that ref wants to be careful walking back to his car tonight, just saying",
    "dad in the black puffer gobbing off at our girls. we know what you drive. see you at the return fixture",
    "if that lad goes in on my son like that again ill be on the pitch myself and i wont be going for the ball",
    "ref better have his insurance sorted cos hell be in a cast by next week if he pulls that again",
    "that minibus will have no windows left if our lot get dropped for the final",
    "tell {S} hes got one more season of picking favourites before someone sorts him out properly",
    "theres a bomb under the stand at awards night, enjoy your evening",
    "the linesman knows who i am. he knows what happens if he flags our lad offside one more time",
    "{S} ill be waiting at the gates after the match for a word, and it wont be words",
    "the mam who filmed my daughter crying at the gala, delete it or ill come round and delete your face",
    # judgement call: pupil-on-pupil threat with no weapon, threat only (not a weapon threat)
    "{P} ur getting battered after school friday, whole of yr9 knows so dont bother hiding",
    # judgement call: rival parent, no violence verb but a fist and a warning
    "your lot are coming to ours in march. bring more than a minibus 👊",
]

PROFANITY_THREAT = [
    "that fucking ref is getting chinned at full time mark my words",
    "touch my lad again and ill put you through the fucking fence",
    "any of them shite whickham dads come near me saturday theyre going home in an ambulance",
    "ill torch that bastard minibus if my kid gets left behind one more time",
]

THREAT_SAFEGUARDING = [
    "if them whickham lads start on us again at the match im bringing my brothers blade, on my life",
    "got something in my kit bag for {P} if he tackles me like that again 🔪",
    "bringing a bat to the cup final and its not for rounders",
    "whoever nicked my boots from the changing room, i know where u live and my uncle has an airgun",
    "stop laughing {P} or ill stab u with my compass in maths tomorrow not even joking",
]

SAFEGUARDING = [
    "got this massive bruise on my arm, not from netball tho lol dont ask",
    "havent really eaten since monday so i make weight for the comp, coach says its normal",
    "my dad makes me do laps of the estate till im sick if we lose so yeah i really need to win saturday",
    "cant come to awards night, mams boyfriend said if i go out again ill get what i got last time",
    "a man stood at the fence at {V} filming the u11 girls on his phone the whole match and nobody said owt",
    "someone has put a video from the girls changing room at the gala in the yr9 snap group, my daughter is in bits",
    # judgement call: grooming approach to a pupil (safeguarding); a moderator might add sexual for the 😘
    "number 10 in the netball pic, message me hun, i scout for a proper academy and can get u free boots 😘",
    "the coach at the saturday club keeps adding the girls on snap and telling them not to tell their parents",
    "dont think ill be at training, been doing the thing again and my arms are a mess, cant wear short sleeves",
    "mam never comes for me after the late games, im sat outside school til 9 sometimes and theres nothing in when i get home",
    "the older lads on the rugby tour made us do stuff in the hotel we didnt want to and said if we tell were off the team",
    "the little lad in the yr7 football photo is always covered in marks and he eats like hes never been fed when hes at ours after training",
    # judgement call: child disclosing an image request in a game, kept safeguarding only (a report, not sexual content)
    "bloke on roblox said hed give me 10k robux for a pic in my gala costume lol might do it",
    "the running club man screamed at {P} till she was sick on the field and then made her carry on",
    # judgement call: asking after a young girl's social media, grooming sign rather than sexualised comment
    "which one is the little blonde one in the dance pic, does she have insta",
]

SEXUAL_SAFEGUARDING = [
    "the cheer girls look so grown up in them little outfits 😍😍 gorgeous",
    "that netball one in the second row has legs for days, how old is she now",
    "beautiful young ladies, love watching them bend and stretch 👌 more videos please",
    "number 7 in the swimming pics 🥵 give it a few years lads",
]

HATE = [
    "no wonder their team was rubbish, half of them cant even speak english",
    "lads doing dance now, gayest thing ive ever seen, says it all about this school",
    # judgement call: attack on trans pupils without a slur
    "letting a lad in a wig swim in the girls races now is it, sick in the head the lot of them",
    "always the travellers kids kicking off at away games, they should be banned from the league",
    "cheer team wearing headscarves now, thought this was england",
    "the special needs lot shouldnt be in the proper team, they drag everyone down",
    # judgement call: a disability slur aimed at a rival pupil, hate rather than insult
    "their keeper is a proper sp@stic 😂",
]

PROFANITY_HATE = [
    "fucking p*kies from that school nicked our kit bags again, lock the minibus",
    "shite team full of f@gs 🏳️‍🌈🤮",
    "send them back where they came from the whole bloody lot, not one of that team is from gateshead",
]

SEXUAL = [
    "the PE teacher from the other school can give me a rub down any time 😏",
    "mams on the touchline in their leggings, best part of the match 🍑😍",
    "them rugby dads in their shorts tho... ill be cheering for more than the kids 🥵",
    # judgement call: innuendo joke about an adult coach, counted as sexual innuendo
    "coach asked who wants to hold his balls after training and ive never seen the mams move so fast 😉",
    "any netball mams fancy some private stretching after the match 😘 dm me",
    "single dad here, the gala mams are the only reason i go 👀 the ones on the front row especially if ya know what i mean",
]

SPAM = [
    "FREE VBUCKS 💰 13,500 vbucks no verification just go to the link in my bio 🔥🔥",
    "robux generator still working ✅ type ur username on my profile link, got 40k yesterday",
    "FIFA coins cheapest on the market 💸 dm for prices, instant delivery 100% safe",
    "follow for follow?? grassroots football page here, will follow back every ravensworth fan 🙏",
    "30% off replica football kits all teams all sizes, message our page to order",
    "earn £500 a day from your phone like i did, busy mams this is for you 👇 comment INFO",
    "i won a free PS5 off this fortnite giveaway!! just enter your epic login on their page and they post it out 😍",
]

PERSONAL_DATA = [
    "{PF} with the hat trick!!! so proud of you 💙",
    "lift share for saturdays fixture, text me on {PH} if your kid needs a seat",
    "whoever took the wrong kit bag home, mine has my number on the tag {PH}, please drop it back to {AD}",
    "happy birthday to our star striker {P}, born {DOB} and still the fastest on the pitch ⚽🎂",
    "cheer squad parents, add yourselves to the group chat, mine is {EM} send me yours",
    "the away coach left his coat in the stand, its at mine, {AD} {PC}, come grab it whenever",
]

PD_QUESTION = [
    "can someone from school ring me back about the rugby tour payment plan, my mobile is {PH}",
    "is there still room on the minibus for {PF}, shes yr8 and would love to go to the county final",
    "{S} could you send the gala timings to my own email {EM} as the parentmail ones arent coming through",
]
