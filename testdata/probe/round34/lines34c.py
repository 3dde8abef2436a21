"""Round 34, writer C4: blind probe lines about the phone ban and bag searches at Ravensworth."""
# Theme: the school's new mobile-phone ban and the bag searches that enforce it - confiscated
# phones kept overnight, parents who need to reach their children, a pupil filmed during a
# search, rumours about what was found in lockers, a parent selling "phone pouches" in the
# comments, the head's letter.
# Voices: anxious and angry parents (some Geordie), a dad who is a police officer, older pupils
# (Year 10/11), a grandmother, a youth worker, a parent whose English is a second language, a
# pouch seller and the odd troll/spammer.

OK = [
    "Fully support this. My eldest's grades went up the term she ditched her phone {H}",
    "Thank you {S} for the clear letter, makes total sense to us",
    "Copper here. For what it's worth the bag checks I've seen at the gate were done calmly and properly. Happy to back the school on this one.",
    "my lad is absolutely fuming which means its probably working 😂",
    # judgement call: hyperbole, same family as the round 5 PE-kit joke
    "I'm going to kill our {PW}, she's lost the pouch on day one 🤦‍♀️",
    "the only thing theyd find in my son's locker is a PE kit that could strip paint and a banana from last year",
    "{PW} came home buzzing, said dinner time was loads better with nobody glued to a screen",
    "been smashing it at football since the ban, more time in the yard apparently ⚽",
    "yr 11 here, didnt think id ever say this but its quite nice not having snapchat pinging all day",
    "apparently the great locker raid turned up two odd trainers, a mouldy satsuma and someone's nana's reading glasses 😂",
    "Grandma here. We managed without mobiles for years, they will survive 💕",
    "ta for posting this, the email version went straight in my junk folder",
    "whey aye, best thing the school's done in years, the bairns were welded to them things",
    "Youth worker here. Phone-free time is something we see really help young people settle. Good on the school for giving it a go.",
    "house is a bomb site tonight after the great phone hunt... found it in the freezer 😂",
    "My daughter said her bag check took two minutes and the teacher was lovely about it. Storm in a teacup this.",
    "{PW} reckons he's going cold turkey. first time I've seen him pick up a book since year 4",
    "Dead proud of my girl, handed hers in at the gate without even being asked",
    "anyone else's kid suddenly discovered the landline? had three calls from mine asking whats for tea 😂",
    "The pouches are the same ones they use at gigs, you tap them open on the way out. Clever really.",
    "Thank you for letter, I read with translate app and now I understand. Good rule for children.",
    "free parking at {V} for the info evening if anyone's going tomorrow",
    "my son swears the worst thing found in the lockers was a tuna sandwich and honestly it nearly killed the whole corridor",
    "the cheek of my 11 year old telling ME im addicted to my phone. fair point tbf",
    "Our lad got handed the year 9 sex ed consent slip instead of the phone letter, very awkward tea time 😂",
    "Gutted I missed the coffee morning at {V}, sounds like there was a good turnout",
    "the year 10 lads have started playing cards at break. proper little card sharks the lot of them 🃏",
    "no phones = no tiktok dances in the corridor. staff must be thrilled 😂",
    "Honestly mine's been less of a nightmare since. Sleeps better too.",
    "He's been a little terror at home for years, maybe a phone-free day will tire him out",
    "{SF} you're a star, my daughter loved the stickers you did for the pouches",
    "used to hide my nokia in my sock in 2004, these kids have nothing on us 😂",
    "mine is hooked on crosswords now. who knew",
    "grass is greener without screens as my nan used to say 🌱",
    "Just so people know, the phones are kept in the safe in reception, not lying about. I asked when I collected my son's.",
    "screenshots of the letter going round the mams group are the same as the one on the website, no secret version",
    "battery on his was dead by 10am every day anyway so he's not missing much",
    "pouches, lockers, bag checks... sounds like airport security 😂 mine just laughed and handed it over",
    # judgement call: a quoted playground phrase reported by a parent, not a threat by anyone
    "my 12yo has started saying 'snitches get stitches', where does he get it from. grounded till he's 30 😂",
    "Well done {P} for being first in the queue with her pouch this morning 👏 {H}",
    "If anyone needs the office it's {SPH}, they were really helpful when I rang about the pouch",
]

COMPLAINT = [
    "Keeping a 12 year old's phone overnight isn't a sanction, it's a safety risk. I had no way of knowing she got home. Not good enough.",
    "Lovely letter from the head. Shame it arrived two days after the searches started 👏",
    "I support a ban but searches need a second adult present and a call home. Neither happened for my son.",
    "As a serving police officer: we would need grounds to go through someone's bag like that. School staff should meet at least the same standard.",
    "not impressed. son's bag emptied in front of the whole class and nobody rang us",
    "So a phone is 'dangerous' in a child's bag but perfectly fine in an unlocked drawer overnight. Makes sense.",
    "howay man, keepin the bairns phones owernight is ower the top, me lass walks yem in the dark",
    "I collect my grandson three days a week and couldn't reach him when his club was cancelled. Stood outside for 40 minutes in the cold. Please think of families like ours.",
    "whoever decided a full bag search the week before mocks was a good idea needs to have a rethink",
    "Third time this month the phone hasn't come back at 3.15 like the letter promised.",
    "the ban is fine. the way its being done is not.",
    "The head's letter says 'in partnership with parents'. Not one parent was asked.",
    "yr 11 here, we're 15 and 16 and getting treated like reception kids. the searches are humiliating and nobody explained the rules first",
    "my daughter's bag was searched in front of boys and they pulled out her period stuff. she's mortified. this isn't ok",
    "I am not happy. My son phone is taken and I cannot call him for 2 days. Please give back, this is too long.",
    "people spreading rumours on here about what was in kids' lockers isn't fair on anyone and the page should be moderated better",
    "Letter says phones returned 'at the end of the day'. Whose day? Ours was ten past six.",
    "lockers have been broken since september so the kids carry everything in their bags and now get punished for it. fix the lockers first",
]

COMPLAINT_QUESTION = [
    "Nobody told us phones would be kept overnight. What is the actual policy and where is it written down?",
    "My son's phone was taken on Tuesday and still isn't back. Who do I speak to about getting it returned?",
    "Searching bags without a parent being told is out of order. Is there a written search policy on the website",
    "the letter came out the same day the ban started which wasnt fair on anyone. when is the parents forum on this",
    "I'm 74 and don't use the app, so I had no idea about any of this. Could the office post me a paper copy of the rules please?",
    "very disappointed we're expected to buy a £30 pouch on top of everything else. are there free ones for families on FSM?",
]

QUESTION = [
    "anyone know what time they hand the phones back on a friday",
    "Is the ban the same for year 11 during mock week?",
    "Do they need a particular pouch or can it just be switched off at the bottom of the bag?",
    "where do we go to collect a confiscated phone, main reception or the side office",
    "What happens if the bus pass is on the phone app? Will there be paper passes?",
    "Hello, my son walk home alone, he can keep phone off in bag? I don't understand letter fully sorry",
    "will the head's letter go on the website as well, cant find it anywhere",
    "if a phone gets taken on friday afternoon does it stay in school all weekend",
    "is the info session about the ban at {V} or in the school hall",
    "can I ring {SPH} about my daughter's phone or do I have to email {SEM}",
    "what's the rule for smart watches, do they count as phones",
    "is it true they found vapes in the year 10 lockers or is that just facebook nonsense",
]

INSULT = [
    "{S} is a power-tripping jobsworth with nowt better to do",
    "whoever wrote that letter has the brains of a bag of spanners",
    "the head is a sad little control freak, always has been",
    "love you're a leech, flogging pouches to skint parents on a school page",
    "that teacher who does the searches looks like a thumb wearing a wig",
    "the parents moaning on here are embarrassing. absolute snowflakes the lot of yous",
    "mr robson stomps round the corridors like he's in the SAS. clown",
    "Pathetic little man, {S}. Always was, always will be.",
]

INSULT_COMPLAINT = [
    "Three nights now they've kept my son's phone and the office are clueless idiots every time I ring.",
    "Searches with no warning, a letter full of typos and a head who couldn't organise a raffle. Shocking.",
    "{S} took my daughter's phone then ignored my email for a week. Arrogant little man.",
    "the ban might work if the staff weren't a bunch of lazy clowns who cant even give them back on time",
]

PROFANITY = [
    "holy sh1t the queue at reception for phones at 3.15 was longer than the one at greggs 😂",
    "f*ck me I've just read the whole letter, it's longer than my mortgage agreement",
    "bloody hell, 40 phones in one morning?? 😳",
    "what the actual f u c k is a phone pouch, am I old",
    "my lad tried to hide his phone in his SOCK. little sh!t got caught in about four seconds 😂",
    "arsed tbh, mine's not had a phone since he dropped it down the netty",
    "ffffuck sake, forgot my OWN phone at home today of all days. the irony",
    "sh*te, just remembered our {PW}'s phone is still in his blazer pocket in the wash 🙈",
]

PROFANITY_INSULT = [
    "{S} is a complete and utter tw@t",
    "the pouch woman is a grifting cow, fuck off with your tat",
    "that deputy is a right knobhead, strutting about like he works customs at heathrow",
    "shut up you bellend, nobody asked a year 10 for his opinion",
    "the office staff are thick as sh1t, every last one",
    "a*sehole of a teacher. zero chill, zero brain.",
]

THREAT = [
    "touch my daughter's bag one more time and see what happens",
    "i know which car is {S}'s. shame if something happened to it",
    "watch yourself {S}, you've made a lot of enemies this week",
    "keep my son's phone overnight again and ill be waiting at that gate for whoever took it. you'll see",
    "next person who puts their hands in my lad's bag won't be walking out the way they walked in",
    "someone wants to put a brick through the office window, see how they like having their stuff taken",
    # judgement call: menace with no verb; the address hint makes it a threat, not a complaint
    "the head lives up by the park doesn't she. just saying.",
    "mark my words, that search teacher is going to get what's coming to him",
    "if that phone isnt back by 4 im coming in and i wont be leaving politely",
    "tell {S} to check under his car before he drives home tonight",
    "there's a few dads on our street who'd happily have a quiet word with whoever did that search. outside. no witnesses.",
    "burn the letter, burn the pouches, burn the whole place down while you're at it",
    "people round here have long memories {S}. I'd be looking over my shoulder if I were you",
    "keep pushing us parents and one day that office will get a visit it won't forget",
]

PROFANITY_THREAT = [
    "touch my kid again and ill f***ing end you",
    "any c*nt who films my daughter again is getting his head kicked in",
    "swear down ill smash that phone cupboard to bits and whoever's guarding it, piss-taking bastards",
]

SAFEGUARDING = [
    "My daughter's dad isn't allowed near her and her phone is how she reaches me if he turns up at the gate. With it locked in the office she has nothing. I'm scared for her.",
    "theres a video going round snapchat of a year 8 girl crying while her bag gets emptied out. she's humiliated, someone please get it taken down",
    "they took my phone and its the only way i talk to the person who helps me when i want to hurt myself",
    "any kids who need a spare phone for school just DM me, got loads, no need to tell mam and dad 😉",
    # judgement call: an allegation of physical harm by staff goes to the DSL, not just complaints
    "my lad came home with bruises on his arm from where they grabbed his bag off him",
    "there's a man been hanging about the bus stop on Coalway Lane offering kids cheap phones since the ban started",
    "older lads outside the gate are taking year 7s phones after school and saying they only get them back if they do jobs for them",
    "Youth worker here - we're hearing that some young people whose phones get confiscated are being handed 'burner' phones by older men. Please make sure this reaches your DSL.",
    "my granddaughter hasn't eaten properly in weeks, cries every night about the searches and told me she doesn't want to be here anymore",
    "i hide my phone cos its the only way my mam can tell me shes ok when her boyfriend kicks off at home",
    "heard one of the confiscated phones had messages from a grown man telling a year 9 girl to delete their chats. that needs to go to police not sit in a drawer",
    "{P} in my daughter's class told her she gets no tea and locked in her room if she loses her phone, and she was shaking when it got taken",
    "my boy says older kids made him keep their stuff in his locker before the search and said he'd regret it if he told anyone",
    "My daughter is 12, a man she not know is sending her messages on instagram and say to meet him. She tell me only because school take her phone and now she is scared he is angry",
]

THREAT_SAFEGUARDING = [
    "if they search me again im bringing my blade in tmrw, let them find that",
    "whoever grassed about my locker is getting stabbed monday, everyone knows who u are",
    "the little rat who filmed my daughter being searched better stay indoors, I know which bus he gets",
]

HATE = [
    "bet the phones they found were all in the lockers of the ones whose parents can't speak a word of english",
    "funny how the searches started the same term all the new families from abroad turned up. coincidence 🤔",
    "search the traveller kids first and you'll save yourselves a lot of time",
    "should be checking the bags of the ones who pray five times a day, that's where the real danger is",
    "the letter went out in six languages. if you can't read english go back to where you came from",
    "the lad crying in that video needs to man up, bet he's one of them trans ones",
    "send the special needs kids somewhere else and there'd be no need for searches, they don't belong in a normal school",
    "typical eastern europeans, nicking phones and selling them on. that's your locker mystery solved",
]

PROFANITY_HATE = [
    "get the f*cking p*kis out of the school and we won't need searches",
    "bloody gyppos nicking everyone's phones, search their caravans instead",
]

SEXUAL = [
    "mr bell can pat me down any day of the week 😏😏",
    "if {S} fancies a search she can start in my trousers",
    "strip search the mams at pick up, I'll volunteer for the job 👀",
    "the only thing I want confiscated is {SF}'s bra 😂",
    "bet {S} goes home and handcuffs her husband to the bed after a long day of searches 🔥",
    "phone pouches? I've got a pouch for you love, it's in my boxers",
]

SPAM = [
    "✨LOCKABLE PHONE POUCHES✨ magnetic seal, school-approved style, £6.99 or 3 for £18. DM me on here, free postage to NE9! 💜",
    "Don't let them take your kid's phone! Our slim undetectable pouch slides inside any blazer lining. Link in bio 🔗",
    "Earn £500 a week from home, no experience needed, just message me 'INFO' 💰💰",
    "Follow @gatesheadmamdeals for daily bargains, follow back guaranteed 🙌",
    "CONGRATULATIONS! You've been chosen for a FREE iPhone 15. Claim within 24hrs at bit.ly/freephone-claim",
    "Ravensworth parents 📣 my bestie's small business does personalised phone sleeves with your child's name on, 20% off with code RAVENS20 🛍️",
]

PERSONAL_DATA = [
    # judgement call: naming the child is personal data; the line itself raises no welfare concern
    "it was {PF}'s bag they emptied, not my son's, stop messaging me about it",
    "Any parents wanting to club together for a solicitor over the searches text me on {PH} x",
    "if your child has medical needs and needs their phone, email me at {EM} and I'll add you to the parents group",
    "if anyone finds a blue phone case covered in stickers it's my daughter's, please drop it at {AD} {PC}",
    "{P}'s nana here, she was born {DOB} so she's 11 not 14, she doesn't need a smartphone anyway",
    "For the parent reps meeting contact me directly on {EM} or {PH}, not through the school page",
]

PD_QUESTION = [
    "does anyone have the year 7 whatsapp group link? my number's {PH} if someone can add me",
    "can someone from the office ring me back on {PH}? what time can I pick up my daughter's phone tonight",
    "Is {PF} in Mr Hussain's tutor group? she left her pouch in my daughter's bag and I want to give it back",
]
