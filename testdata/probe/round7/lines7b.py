"""Round 7, writer B (session 8): written before reading Steward's lexicons or classifier; labelled per testdata/dev/README.md."""

# Voice emphasis: the secondary years. Pupils and ex-pupils on Instagram/TikTok, older siblings,
# parents of teenagers on X, residents near the school, and a few anonymous trolls and scammers.

OK = [
    "year 11 leavers absolutely smashed it at prom last night, proud of every single one of them 🖤💛 {H}",
    "{P} killed it in the dance show tonight, my little sister is a LEGEND",
    "ngl the new chicken wraps in the canteen are the bomb, year 7 me would never believe it",
    "ex pupil here, {S} was the only reason i passed maths. honestly changed the way i saw myself",
    "left in 2019 and i still miss the friday chippy dinners 😭😭",
    "me n the lads got absolutely battered in the staff v pupils match, fair play {S} 😂",
    "storm last night has brought half the leaves down on Coalway Lane, the site team will be busy 🍂",
    "the year 9 river study down at the Team Valley looked freezing but he came home buzzing",
    "honey and lemon for the whole choir after that concert, their voices were shot by the end 😂 beautiful though",
    "dead proud of our lass, she's been up since 5 this morning panicking about results and she's done brilliant 💕",
    "Massive thank you to {S} for ringing me back personally after his wobble on Tuesday. Made all the difference x",
    "got two year 7 jumpers age 11-12 and a blazer size 34 free to a good home, inbox me x",
    "just watched the Y8 assembly on knife crime and it was powerful stuff, well done to whoever put it together",
    "all the hate online at the minute is exactly why lessons like this matter #BeKindBeBrave",
    "Who knew a bunch of fourteen year olds could put on a science fair this good 😮",
    "why has my son suddenly started doing his homework without being asked. whatever you're doing {S} keep doing it",
    "idiot me forgot it was non uniform day and sent him in full blazer and tie 🤦‍♀️ he'll never forgive me",
    "my nana cleaned this school in the 80s, she'd be made up seeing the new building",
    "the fireworks at {V} were a blast, thank you PTFA 🎆",
    "Ravens till i die 🖤🖤",
    "gonna murder this revision timetable tonight, 6 subjects lets gooo 📚",
    "the year 11 drama lot absolutely slayed Blood Brothers 🔥🔥 tears in the back row",
    "{PW} has come on so much since year 7, the SEN team have been amazing with her",
    "anyone else's teenager come in from school STARVING every single day or is it just mine 😂",
    "Lovely to see the pride flag up in reception for LGBT history month, my daughter was chuffed",
    "my lad came home and told me all about Ramadan from his best mate, love that they learn about each other",
    "The RSE letter was really clear, thanks for letting us see the sex ed materials first",
    # judgement call: recommending the school's own account is not follow-for-follow spam
    "follow the school insta for all the prom pics ⬇️ {H}",
    "sick trip to Kielder, the year 9s had an unreal time, nobody wants to come home",
    "his first crush and he's too embarrassed to even tell me her name 😂 year 8 is a whole new world",
    "Heads up Low Fell: there's scam calls going round pretending to be schools asking for card details. Ravensworth will never ring you for that, stay safe",
    "{PW} did the reading at the remembrance service and had half the hall in tears, what a kid",
]

COMPLAINT = [
    "third supply teacher for year 10 science since Easter and they sit their GCSEs next summer. Not good enough.",
    "Love how a missing tie gets a longer detention than vaping in the toilets. Great system that 👏",
    "Been emailing about my daughter's EHCP review since October and not one reply. Year 11 is not the year to leave a kid hanging",
    "£4.50 for a revision guide that's cheaper on Amazon, nice little earner for someone",
    "the 32 is rammed every morning and the school just says it's not their problem. kids stood in the aisle all the way up the A167",
    "Not being funny but a phone call would have been nice before I found out on TikTok that my son had been sent home",
    "as an ex pupil it's sad seeing the music department cut down to one teacher, it was the best thing about the place",
    "Year 9 options evening was 40 mins of powerpoint and no time to speak to a single teacher. Waste of a night tbh",
    "I live on Coalway Lane. Parents park across my drive every afternoon at 3 and it's been going on for two years. Nothing changes however many times it's raised",
    "locking the toilets during lessons means girls on their period have to ask in front of the whole class. sort it out",
    "Lovely photos of the new sports hall. Shame the science labs still have gas taps that don't work 🙃",
    "oh brilliant another non uniform day, that's the third £1 this month, some of us have three kids in that school x",
]

COMPLAINT_QUESTION = [
    "Still no sign of the year 10 reports that were due before half term, really poor communication. When are they actually going out?",
    "My son got a detention for being 2 mins late when the bus was late, which isn't on. Who do I speak to about getting it taken off",
    "Trip deposit has come out of my account twice, second time this has happened this year. Is there an email I can send the bank statement to",
    "prom tickets have gone up £15 from last year with no explanation, that's a lot for families round here. is there a payment plan",
]

QUESTION = [
    "what time can they collect the year 11 results on thursday",
    "does anyone know if {S} is still doing the after school revision sessions on wednesdays",
    "Is the school closed for the election tomorrow or is it a normal day",
    "hiya when is the year 7 transition evening for the september starters",
    "can ex pupils get a copy of their GCSE certificates from the office? left in 2012 and lost mine in a house move",
    "are year 10 work experience placements sorted by school or do we have to find our own",
    "Will the after school late bus still run once the clocks go back",
    "I'm a local resident, is the sports hall available to hire on a sunday and who would I ask",
    "what's the dress code for the year 11 prom, she says no trainers is that right",
    "Is breakfast club still open to the secondary kids or is it just the juniors now",
    "how do we pay for the Duke of Edinburgh bronze, is it on ParentPay yet",
    "Do the year 8 vaccination consent forms need to be back this week or next",
]

INSULT = [
    "{S} was the most useless teacher i ever had, couldn't teach a fish to swim",
    "the state of the year 11s on that prom post, look like they got dressed in the dark at a charity shop 😂",
    "{P} in year 9 thinks he's hard but he's a proper wet wipe lmaooo 💀",
    "Ravensworth Community Academy, where brain cells go to retire 💀",
    "{S} looks like a thumb wearing glasses, cant unsee it now",
    "imagine bragging about sending your kids there, embarrassing school full of clowns",
]

INSULT_COMPLAINT = [
    "three weeks waiting for a callback about my son's timetable and {S} still can't be bothered. Spineless, the lot of them.",
    "that clown {S} gave my daughter a detention for a HAIR CLIP. get a grip man, some of us have real jobs and can't keep coming in",
    "Mocks moved with one day's notice because the leadership team couldn't organise a raffle at a church fete. Clueless.",
    "office staff are rude and thick as mince. rang four times about his bus pass and got fobbed off every single time",
]

PROFANITY = [
    "fuckin hell year 11 results day already, where has the time gone 😭",
    "shit the bed i forgot it was parents evening tonight 🏃‍♀️",
    "holy sh*t the canteen does nachos now?? i was robbed",
    # judgement call: "bloody" is mild, but any strength of swear word is profanity
    "bloody proud of our kid getting into the county team 💪",
    "these b*stard wasps at pick up are on another level this year",
    "omg the leavers hoodies are f***ing gorgeous 😍 want one",
]

PROFANITY_INSULT = [
    # judgement call: "cow" is a gendered insult but not an attack on a protected group; no hate
    "{S} is a miserable fucking cow, no wonder nobody listens in that class",
    "the year 9s who hang round the metro station are a bunch of little shits",
    "ravensworth is a dump full of knobheads, always was always will be",
    "lmao {P} thinking she can sing 😂 sounded like a cat in a blender, absolute w@nker",
]

THREAT = [
    "{S} better not be in the Co-op car park when I finish work tonight. Just saying.",
    "keep giving my lad detentions and see what happens to your car {S}",
    "I know what time you lock up {S}, and I know which way you walk home",
    "someone should put a brick through every window in that place, I might be the one",
    "tell {S} his days are numbered, we know where he drinks on a friday",
    "You won't be smiling on the school website much longer {S}, trust me",
    "if they exclude my son i'll be down there and there'll be nobody left standing in that office",
    "I'd watch your back on Coalway Lane if I was you {S}",
    # judgement call: anonymous bomb hint; writer not shown to be a pupil, so threat only (no safeguarding)
    "going to be a big bang at Ravensworth on monday morning, wouldnt send your kids in",
    "parked up outside with a full can of petrol, lets see how they like their shiny new building tonight",
]

PROFANITY_THREAT = [
    "touch my daughter's phone again {S} and I'll break your fucking hands",
    "swear down if the lad on the gate gobs off at me again he's getting his head kicked in, no fuckin joke",
    "I'm gonna burn the fucking place down with all your precious reports inside",
]

THREAT_SAFEGUARDING = [
    "bringing my brothers blade in on monday for {P}, he knows what he did",
    "yr 10 here, whoever grassed me up to {S} best not be on the field tomorrow, got something in my bag for them",
    "me n the lads are waiting at the back gate after period 5 for {P} with a bat, pass it on",
]

SAFEGUARDING = [
    "dont want to go home tonight, mams boyfriend is back and he was bad last time. im in year 8",
    # judgement call: phrased as a question but it is a report of grooming signs; no separate info request
    "is it normal for a teacher to add you on snapchat and say not to tell anyone? asking for my little sister who's in year 9",
    "there's a man in a grey van who keeps offering year 7s lifts at the bottom of Coalway Lane, I've seen it three times this week",
    "havent eaten since dinner at school on friday, theres nothing in the house and mam hasnt been back",
    "my mate in yr 10 has started cutting again and showed me her arm in the toilets, i dont know who to tell",
    "Older brother here. My sister is getting sent messages on TikTok every night from a group in her year telling her to kill herself. She won't tell school herself",
    "some older lads off the estate are giving year 9s free vapes and getting them to carry bags to the metro for them. happens outside the chippy every night",
    # judgement call: indirect self-harm hint from a pupil account, no harm word; safeguarding
    "no one would even notice if i wasnt here tomorrow tbh",
    # judgement call: report of an adult with a minor, no sexual content in the words; safeguarding only
    "my 14 year old has a 'boyfriend' who's 22 and picks her up from the gates. other mams have seen it too",
    "ex pupil. {P} in year 11 keeps messaging me saying their dad hits them when he's had a drink, please someone do something",
    "the lad in year 8 who's always in the same dirty uniform and falling asleep in class, he told my son there's no heating or food at his house. someone needs to check on him",
    "a group of year 10s filmed {P} getting her head pushed down the toilet and it's all over insta now",
]

SEXUAL_SAFEGUARDING = [
    # judgement call: "which one is single" is not a genuine information request; no question
    "the year 11 girls in that netball pic 🥵🥵 which one is single",
    "someone send me {PW}'s nudes from yr 10 i know they're going round 😏",
    "wouldnt mind a go on the head girl in that prom photo 👀",
]

HATE = [
    "shame the school's full of kids who can't speak a word of English now, not the Low Fell I grew up in",
    # judgement call: rhetorical "why", no question label
    "Why is a school in Gateshead celebrating Eid. Send them all back where they came from",
    "a man in a dress reading to children at book week? these people are sick and parents should pull their kids out",
    "you need to stop taking the travellers' kids, bikes started going missing the week they turned up",
    "putting the 'special' kids in with mainstream drags everyone down, they belong in their own place",
    "pride assembly for 11 year olds. keep your lifestyle away from our bairns, it's unnatural",
]

PROFANITY_HATE = [
    "fucking foreigners taking all the school places round here, my nephew couldn't get in",
    "shite like that pride flag is why i pulled my kids out, gay agenda shoved down their throats",
]

SEXUAL = [
    "{S} can give me a detention any day 😏 I'd happily stay behind",
    "the new PE teacher is a MILF and a half, no wonder all the dads do pick up now 🔥",
    "{SF} can come and fix my boiler anytime 😉 if you know what I mean",
    "parents evening with {S} had me feeling some type of way, those arms 🥵",
    "send me ur feet pics {S} 🦶😩",
]

SPAM = [
    "🔥Earn £500 a day from your phone🔥 mams in Gateshead are already doing it, DM me 'INFO' 📩",
    "Congratulations! You have been selected for a free Ravensworth Academy uniform voucher worth £150, claim here: bit.ly/rca-uniform",
    "f4f? follow back and ill like all ur posts 💯💯",
    "Tired of your kids failing maths? Top GCSE tutor, 100% pass guaranteed, link in my bio 📚",
    "Your ParentPay account has been suspended due to unpaid meals. Verify your details at parentpay-secure-login.co to stop your child losing lunch access",
    "want more followers for your school page? we grow accounts 10k in a week, cheapest rates on insta 💯",
]

PERSONAL_DATA = [
    "{PF} in year 10 you left your PE bag on the 32 bus this morning, the driver's handed it in at the depot",
    "anyone who found a black iphone near the leisure centre ring me on {PH} pls its my daughters",
    "Happy 16th to {PF}!! cannot believe my little sister is nearly finished at Ravensworth 🎂🎉",
    "if any yr 11 parents want to car share to the exam centre message me {EM}",
    "lost cat near {AD}, she's ginger and very friendly, give me a knock if you see her",
    "happy birthday to my boy, {DOB} feels like yesterday, have a good day in year 9 x",
]

PD_QUESTION = [
    "my son's left his coat in the sports hall, can someone from the office ring me back on {PH} to say if it's been found",
    "Applying for a year 7 place for {PF}, born {DOB}. Does she still count as a sibling link if her brother left last summer?",
]
