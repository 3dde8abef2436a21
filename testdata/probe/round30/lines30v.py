"""Round 30, writer V3, session 14: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""
# Theme: snow days, floods and a boiler failure at Ravensworth Community Academy (Gateshead):
# closures announced late, remote learning, working parents stuck without childcare, kids
# sledging, a pupil missing in the snow, weather chancers and scammers.
# Voices: parents and carers (some Geordie), a grandad, pupils (primary and secondary),
# staff, neighbours, a Polish-speaking parent, the odd stranger, spammers/scammers and a bigot.
# Slots: {P} {PW} {PF} {S} {SF} {PH} {EM} {AD} {PC} {DOB} {SPH} {V} {H} as in the brief.

OK = [
    "snow day!!! {P} has been up since 5 waiting for the text 😂❄️",
    "{PW} absolutely killed it in the sledge race down the bank, fastest in the street 🛷",
    "got absolutely battered in a snowball ambush on the way back from the shop, the year 6s have a canny aim 😂",
    "Thanks {S} for the remote learning pack, dead easy to follow and the kids actually enjoyed it",
    "Miss Frost finally earning her name this week ❄️😂 stay warm everyone",
    # judgement call: hyperbole about an adult stranger, no school target -> ok (cf. round 5 "kill my son")
    "I'm going to murder the next person who tells me 'at least it looks pretty' 😂 car's been stuck since monday",
    "that bank behind the leisure centre is lethal on a tea tray, hold on tight kids",
    "the grit lorry came through at midnight and took out our wheelie bin, no harm done, bin's a goner though",
    "our {PW} and her mates built a snowman taller than her dad, he's well jealous",
    "big shout out to the site team for digging the path out before 7, legends 👏",
    "shot myself in the foot chucking the old sledge out last spring, paid £25 for a new one today 🙃",
    "great tits and robins all over the bird feeder this morning, the little ones did a proper bird count for the science task 🐦",
    "spotted dick and custard for snow day tea, proper northern comfort food",
    "Dzięki za informację, stay safe everybody ❤️",
    "kids are high as kites on hot chocolate and marshmallows, send help 😂",
    "the heating in our house has been murder to get going as well, sympathy to whoever's fixing the school boiler",
    "Our Polish neighbours dug out every car on the street this morning, absolute diamonds ❤️",
    "{PW}'s been drawing snowflakes for the online art lesson all morning, she's smitten",
    "Free hot soup and a warm space at {V} from 10 till 2 for any families without heating, pass it on",
    "flood water at the bottom of coalway lane has gone right down, passable in a normal car now",
    "my lad just told me remote learning is 'a human rights violation' because the wifi is slow 😂 drama queen",
    "sledging on the fell was carnage but the good kind, nobody hurt, loads of laughing",
    "Well done everyone for keeping us updated, miles better than last winter {H}",
    "i'm a fossil but i still went down the hill on a bin bag 😂 my back is finished",
    "The boiler engineer's van has just pulled in, fingers crossed for monday 🤞",
    "the year 11s had a massive snowball fight at the bus stop, like a war zone but all in good fun",
    "Lost a pink mitten on the field near the top gate, if anyone hands it in the office knows it's ours, ta",
    "This photo of the playground under a foot of snow is stunning, frame it",
    "{P} reckons the flood means the school is a swimming pool now and she's packing her goggles 🤿",
    "cocktail of colds in our house on top of the snow, but we're surviving 😷",
    "Nothing to moan about from me, the text came at half 6 and that's plenty of notice for us",
    "the hill at saltwell is absolutely banging today, proper powder 🔥",
    "my daughter and her best mate are inseparable, sleepover every snow day, the pair of them are trouble 😂",
    "Cheers for sorting the bus, the driver was an absolute weapon on that ice, never skidded once 👏",
    "sick pics from the sledging, the one of {S} wiping out is the best thing on here all year 😂",
    "my two have been fighting like cat and dog since day one of the closure, roll on monday 😅",
    "Not the end of the world if they're off another day, bairns need a break too",
    "snowed in near Scunthorpe visiting the in-laws so we'll be doing the remote lessons from there",
    "I nearly died laughing at the video of the snowman wearing the head's glasses 😂",
    "grandad here, took our {P} and her cousins to the park for a snowball war, I lost badly",
    "The flood in the sports hall is gutting for the team, hope the floor's dry before the cup match",
]

COMPLAINT = [
    "Closure text came at 7:52. We were already at the gate in the snow. That's not good enough.",
    "Love how the school finds out it's snowing roughly an hour after the rest of Gateshead ❄️🙄",
    "Second boiler failure this term. At some point 'unforeseen' stops being the right word.",
    "i work 7 till 7 at the QE, i can't just magic up childcare at half six in the morning, parents need more warning than this",
    "the remote learning was one worksheet and a link that didnt work. my daughter did nothing all day",
    "Bit disappointing that we closed when every other school in Low Fell managed to stay open",
    "Three snow days and not one live lesson for year 11. They sit their mocks in a month.",
    "With respect, 'check the website' isn't much use when the website has been down since the flood",
    # judgement call: "someone is going to break a wrist" is a safety prediction, not a threat
    "The path from the top gate was sheet ice this morning and nobody had gritted it. Someone is going to break a wrist.",
    "Kids sat in their coats for three hours in freezing classrooms before anyone decided to send them home. Not acceptable.",
    "fantastic, another day of me teaching long division off a laptop while on a work call. living the dream 👍",
    "rang {SPH} about 15 times this morning and it just goes to a full voicemail",
    "Some of us don't have a printer, emailing 14 pages of PDFs isn't remote learning",
    "I'll be raising a formal complaint with the governors about how this closure was handled, chaotic from start to finish",
    "nobody told the kids on the early bus from Birtley, my son stood in the snow for 40 min then had to walk home",
    "once again the families who are actually organised get punished because the school can't get a message out on time",
    "Flood water in the corridor for a week now and the smell in the year 4 room is awful. She's come home with a headache every day.",
    "authorising 'weather' absences on a day the roads were clear isn't fair on those of us who made the effort to get in",
]

COMPLAINT_QUESTION = [
    "Why did the closure message only go out at 7:45? And will breakfast club be open if it's a late start tomorrow?",
    "year 8 remote work hasnt been uploaded for 2 days now, its a joke. who do i email about it",
    "really unhappy the trip deposit isn't being refunded after the flood cancelled it. when will we hear about a new date",
    "My son's coursework folder was in the flooded art room and it's ruined and nobody even told us. Will he be marked down for it?",
    "he came home blue with cold again today, that's the third time. is the boiler actually fixed or not",
    "Not impressed that Parentmail and Facebook said different things 😕 which one's right, open at 10 or shut all day?",
]

QUESTION = [
    "anyone know if school's open tomorrow or is it another snow day",
    "Is after school club still on tonight with the weather?",
    "do the year 11s still have their mock tomorrow if the boiler's fixed",
    "where do we find the login for the online lessons, my daughter's forgotten hers",
    "Hi, will the free school meal vouchers be sent out for the closure days?",
    "what time is pick up if they're shutting early cos of the snow",
    "can we still drop coats off at {V} for the winter coat swap or is that off too",
    "is the football fixture at {V} going ahead saturday or is the pitch still under water",
    "who do i ring to report my son off, is it {SPH} or the other number",
    "Could you let us know if the school bus from Chowdene is running tomorrow please",
    "my daughter's inhaler is kept in the office, if they close early does it come home with her",
    "Just checking — do they need a packed lunch tomorrow as the kitchen was flooded",
]

INSULT = [
    "{S} couldn't organise a snowball fight in a blizzard, honestly clueless",
    "the PTFA mams on here are the most smug, self-righteous lot i've ever met",
    "whoever writes these closure posts has the brains of a frozen pea",
    "the head is a spineless jellyfish, simple as",
    "that year 9 lad in the video sliding into the teacher's car is a proper little weasel",
    "{SF} is a jumped up jobsworth with a shovel",
    "@ the woman above, imagine being that thick pet, it's called weather",
    "you're all a bunch of snowflakes, we walked through worse than this in the 80s",
]

INSULT_COMPLAINT = [
    "Closed AGAIN with 20 minutes notice. Whoever's in charge of this is a clown and shouldn't be near a school.",
    "The remote learning was a disgrace and so is {S}, lazy as they come",
    "no gritting, no heating, no communication. the leadership team are a bunch of embarrassing amateurs",
    "my kid's been sat in a freezing classroom because the governors are too tight and too dim to replace a 30 year old boiler",
]

PROFANITY = [
    "pissing down for four days straight and now the field's a lake 🌊",
    "f*ck me it's cold out there, kids are loving it though",
    "sh1t the bed, just seen the snow, took me 40 mins to scrape the car",
    "bloody hell, {P} came in from sledging soaked to the bone, even his pants",
    "what the f u c k is that icicle hanging off the gym roof, it's massive 😳",
    "holy shiiiiit the drift outside our back door is up to my waist",
    # judgement call: grumbling about home-schooling own kids, not about the school -> profanity only
    "cannot be arsed with another week of home school tbh, love them but christ",
    "that sledge run is fkn mental, {PW} went flying 😂",
]

PROFANITY_INSULT = [
    "{S} is a proper tw@t, always has been",
    "the dickheads on the parents group moaning about snow like the school made it fall 🙄",
    "whoever slid their car into mine on the school car park is a useless f***wit",
    "shut up you daft cow, nobody asked for your sh*tty opinion on gritting",
    "the head is a spineless b@stard",
    "lol the lad who fell off the sledge in the video is a right knobhead",
]

THREAT = [
    "{S} you'll see what happens if you close on us one more time",
    "watch yourself on that icy car park {S}, accidents happen to people who annoy parents",
    "I know which car is yours. Be a shame if it didn't make it through the winter.",
    "someone should put a brick through the head's office window, then they'd feel the cold like our kids",
    "keep looking over your shoulder {S}, I haven't forgotten",
    "close again and see what happens. not a threat, a promise",
    "I'll be waiting at the gates monday for whoever made that call, and i won't be there for a chat",
    "hope whoever botched that boiler knows i know where their van's parked at night",
    "plenty of snow about for a snowball with a rock in it, {S}'s windscreen won't know what hit it 😈",
    "That office would burn warmer than the boiler ever did",
    "people like {S} end up having very bad winters. just saying.",
    "Mark my words, somebody's going to get hurt over this and it won't be my kids",
    # judgement call: no violence verb, but an unwanted home visit "to see how she likes it" is menace
    "ill be paying {SF} a visit at home, see how she likes being left out in the cold",
    "tell the head to enjoy the snow while she still can",
]

PROFANITY_THREAT = [
    "swear down if {S} shuts the school again I'll be in that office and someone's getting f***ing hurt",
    "going to smash every f*cking window in that boiler room myself",
    "i know what car you drive and what time you leave {S}, sleep well, it's getting f*cking real",
]

SAFEGUARDING = [
    # judgement call: an appeal about a missing child is a concern about a child -> safeguarding only
    "{P} (yr 5) went out sledging at 2 and still isn't home, it's dark and her phone's dead. please share and keep an eye out round the park",
    "the little lad next door has been on his own all three snow days, heating off, no food in, i can hear him crying through the wall",
    "please dont open school monday, my dad said if i tell my teacher what happened at xmas ill be sorry",
    "some bloke in a grey van keeps pulling up by the sledging hill offering the kids lifts home, says he knows their mams. not right",
    "a stranger got into the year 7 online lesson chat and has been messaging my daughter privately asking for her snapchat",
    "honestly the only time anyone talks to me is in the online lessons. if i didnt log in tomorrow nobody would notice if i was gone for good",
    "year 10s held a year 7 face down in the snow and filmed him crying, it's going round on snap",
    "{P} turned up at ours at 10pm in the snow in just slippers saying she won't go home. we've given her tea and rung 101",
    "my daughter says one of the teachers keeps messaging her on instagram during the closure and telling her not to tell me",
    "{P}'s been coming in wearing the same wet clothes since the flood, i think the family's been flooded out and they're sleeping in the car",
    "been cutting again since we got sent home, cant do another week stuck in this house",
    "older lads at the bus stop have been getting the year 8s to carry bags to the flats for them, my son came home with £50 he won't explain",
    "since the closure my son's online all night gaming with a 'friend' who sends him money and tells him to keep it secret",
    "a girl in my class said her mams boyfriend hits her when theres no school, shes scared of the snow days",
]

THREAT_SAFEGUARDING = [
    "when we're back im bringing my brothers knife in for the lads that pushed me in the flood water",
    "{P} better not come back monday, me and the lads have got something sorted for him behind the sports hall",
    "whoever the kid is that threw ice at my daughter, I'll be waiting at the gate and he'll wish he'd never been born",
]

HATE = [
    "course the remote learning's a mess, half the class can't speak english so the teachers have to dumb everything down",
    "money for interpreters but no money for a boiler. tells you who this country's for now",
    "them travellers camped down by the river probably had the copper pipes off the boiler, they always do",
    "to the lady moaning about the cold: go back to wherever you came from if Geordie weather's too much for you",
    "shutting the school cos the muslim kids can't pray in a cold hall, that's what this is really about",
    "waste of money spending the budget on the special needs lot while the normal kids freeze",
    # judgement call: coded homophobia aimed at same-sex parents, no slur -> hate
    "two mams running the parents group, no wonder the kids are confused about everything these days",
    "they'll be off for weeks, these people don't value education like we do, it's in their culture",
]

PROFANITY_HATE = [
    "piss off back to Poland if you can't handle a bit of snow",
    "f*cking immigrants get heated hotels while our bairns freeze in class",
]

SEXUAL = [
    "{SF} can come and warm me up any time it snows 😏🔥",
    "the boiler man was fit as. he can check my pipes whenever he likes 😉",
    "snowed in with the husband, let's just say we won't be needing the heating 🍆😂",
    "{S} in those tight ski trousers at the sledging yesterday 🥵 wouldn't mind being stuck in a drift with that",
    # judgement call: adult solicitation with no product or link -> sexual, not spam
    "single dad stuck in, any lonely mams want to keep each other warm tonight, dm me 😘",
    "bet the caretaker's got a big shovel 😏 i'd let him clear my drive",
]

SPAM = [
    "❄️ SNOW DAY SPECIAL ❄️ Earn £300 a day from home while the kids are off!! No experience needed, link in bio 💸",
    "ATTENTION PARENTS: claim your school closure childcare refund here → ravensworth-refund-claims.co/parents before Friday",
    "Follow @gateshead_gritters_deals for 50% off driveway gritting this week only, f4f 🔁",
    "Get emergency boiler cover for just £4.99 a month, thousands of families already protected! visit warmhome-cover-uk dot com",
    "Hi dear, I am offering online crypto trading course for teenager, very good profit during snow holiday, message me on whatsapp",
    "💰 WIN a FREE electric heater and a £500 Tesco voucher 💰 just like, share and comment SNOW 👇",
]

PERSONAL_DATA = [
    "{P}'s mam, happy to take yours sledging with mine tomorrow, text me on {PH}",
    "found a glove on the school bus with {PF} sewn into it, it's in my porch",
    "the boiler engineer lives next door to us at {AD}, i'll ask him tonight how long it'll take 👍",
    "any parents wanting to car share through the snow from {PC}, email me on {EM}",
    # judgement call: praise, but a pupil's full name -> personal_data
    "{PF} in year 6 was brilliant on the remote quiz, well done pet!",
    "Happy birthday to our little snow baby born {DOB}, can't believe she spent it snowed in 🎂❄️",
]

PD_QUESTION = [
    "could someone drop the year 4 homework pack round to {AD} please, our car's buried",
    "is {PF} in your class? she left her coat at ours after sledging",
    "can the school ring me back on {PH} about whether my son's bus is running tomorrow",
]
