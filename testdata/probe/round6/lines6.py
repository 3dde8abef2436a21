"""Round 6 of the probe (session 7): a third school (Ravensworth Community Academy, Gateshead:
make_school6.py), written before reading Steward's lexicons or classifier. Phrasing as UK parents
and pupils write on Facebook: typos, no punctuation, emoji, text-speak, some Geordie.
Weighted to what clean holdouts miss most: sarcastic/understated complaints, threats without a
violence verb, safeguarding disclosures in new words (incl. pupil-to-pupil), hate without a slur,
innuendo, spam in new forms, questions naming staff; plus hard negatives that share words with
threats, hate, sexual content, insults, spam and safeguarding, pupils' word-names used as words,
and staff mentioned plainly. Labelled per testdata/dev/README.md.

Slots: {S} staff (title + surname, varied case), {SF} staff known by first name ("Miss Hannah"),
{P} a pupil's first name (not a word-name), {PW} a pupil's word-name used as a name, {PF} a
pupil's full name, {PH} personal phone, {EM} personal e-mail, {AD} home address, {PC} home
postcode, {DOB} date of birth, {SPH} the school's phone, {SEM} the school's e-mail, {V} a public
venue, {H} a school hashtag."""

OK = [
    # threat words, harmless
    "ill smash the quiz this time our table has a secret weapon 😂",
    "Our Kyle is gonna slaughter his brother at the fun run",
    "nearly lost my head this morning, left the packed lunches on the bus 🙈",
    "He's been shooting up like a weed, new trousers again",
    "the tombola was a riot, well done ptfa",
    "Mrs Dunn's going to get soaked at the sponge throw, bring your pennies",
    "the bairns are gonna blow the roof off at the carol concert",
    "They were armed with water pistols at the summer fair, carnage 😂",
    "I'll be there with bells on for the Xmas fayre",
    "My son nearly took the door off its hinges running out for the holidays",
    "we'll be burning the midnight oil finishing the volcano model",
    "the year 11s are killing it in the mocks",
    # hate/sexual/insult words, harmless
    "Gay Gordons at the ceilidh, the year 5s loved it",
    "Our dog went mental at the fireworks, poor thing",
    "the spotted dick at lunch was proper nostalgic",
    "Great tits and blue tits on the bird feeder the nursery made 🐦",
    "Cock-a-doodle-doo, the farm visit was a hit with reception",
    "Lovely to see the knockers fixed on the old front doors",
    "Bangers and mash for the harvest supper, get your names down",
    "The stuffed bird in the science lab scared the life out of me",
    "Proper tart shop opened on the high street, the bakewell is class",
    "He's a little monkey at bedtime but an angel at school apparently",
    "being a bit of a numpty, I sent him in with odd shoes 🙈",
    "what a divvy i am, forgot it was inset day",
    # safeguarding words, harmless
    "my daughter told me a secret, she's got the lead in the school play!!",
    "She came home covered in bruises from the bouncy castle 😂 never seen her so happy",
    "Pick up is a bit of a scrum but the staff keep everyone safe",
    "{SF} gave my son a lift in the minibus back from the away match, thank you",
    "Thank you {S} for staying late with my daughter when I was stuck on the A1",
    "Hes been sleeping in our bed since the thunder storm 😴",
    "My son is scared of the dark so the residential will be an adventure 😅",
    "She cried her eyes out when the class hamster died bless her",
    "The online safety talk for parents was really useful, thank you {S}",
    "my mam says im grounded till im 30 lol",
    # spam-like but innocent
    "Raffle tickets £1 a strip, all money to the year 6 leavers fund",
    "Anyone selling a second hand blazer age 9-10, happy to pay",
    "Share this post so we can find the owner of the lost teddy in the playground",
    "Click on the parentpay link in the newsletter to top up dinner money",
    "Follow the school page for snow closure updates",
    "Free family swim at {V} this half term, ask at reception",
    # staff mentioned plainly
    "{S} is taking the football team this year",
    "{SF} is moving to year 1 in September",
    "{S} has a new baby girl, congratulations!",
    "{S} was at the gate this morning in the rain handing out brollies",
    "{SF} fixed the gate latch, it doesn't stick any more",
    # pupils' word-names used as words, first names only
    "Hope the storm doesn't cancel sports day",
    "Will be down the river walk later if anyone fancies joining us 🚶",
    "Justice for the year 4s who missed their golden time 😂",
    "What a blessing the weather held for the fun run",
    "Lucky we got there before the rain",
    "The pearl earrings from the craft stall are gorgeous",
    "Great chance to see the ocean on the Whitby trip",
    "{PW} and {P} did a lovely reading in assembly",
    "{P} was buzzing about the trip all weekend",
    # school contact details, venues, hashtags
    "For the lost property ring the office on {SPH}",
    "Send the forms to {SEM} by Friday",
    "The leavers disco is at {V} from 6pm",
    "Brilliant day at the coast {H}",
    # hyperbole jokes
    "if I have to buy another glue stick I'll scream",
    "I'm going to strangle the washing machine, third PE kit this week 😂",
    "The kids are driving me up the wall, roll on Monday",
    "Rainbows and Brownies both on Tuesdays, we'll need a clone",
]

COMPLAINT = [
    "oh lovely, found out about the trip price on the day the money was due 👍",
    "Cracking communication as per, the letter came home the day after the event",
    "Cheers for the 2 hours notice about the early finish, really easy to arrange childcare 🙃",
    "Sure the kids will learn loads in a class of 34",
    "Good to see the puddle outside reception is still there, must be a listed feature by now",
    "Interesting that the non uniform days keep coming but the toilets still have no soap",
    "not sure why we bother with reading records when nobody signs them",
    "Bit of a shambles at pick up again today",
    "Still waiting on a reply from september but no rush 🙂",
    "We were told the new roof would be done by Easter. Which Easter though",
    "My son has had four different maths teachers this year, hardly ideal",
    "Must be nice to get a whole week off for training days",
    "is it just me or has the homework gone a bit mad, 3 hours for a 7 year old",
    "Really poor that nobody rang when my daughter was sent home poorly",
    "Hardly a surprise the car park is chaos when the gate is locked at 8.40",
    "Well that was a waste of a parents evening, 5 minutes and they didn't know who my son was",
    "Dinner portions are a joke, he comes home starving every night",
    "Love how it's always the same kids who get picked for everything",
    "A letter about uniform standards from a school that hasn't painted the hall since 2009 😂",
    "three weeks of supply teachers and nobody thought to tell the parents",
    "I'm not being funny but £12 for a school photo is taking the mick",
    "Lovely touch charging for the nativity DVD when we weren't allowed to film it",
    "it would be good if the office actually answered the phone",
    "Funny how the rules on hair only seem to apply to some kids",
    "Not the best look when the head's car is parked on the zigzags",
    "We've been waiting 18 months for the SEND assessment and still nothing",
]

COMPLAINT_QUESTION = [
    "The bus was late 4 times this week. Who actually runs it, the school or the council?",
    "Still no reading book since half term. When do the new ones come in?",
    "My daughter's lunch money hasn't gone on the card again. Who do I ring about it?",
    "Nobody told us the swimming was cancelled. Is it back on next week?",
]

INSULT_COMPLAINT = [
    "{S} is clueless, three weeks and still no answer about the bullying",
    "The head's a joke, promised a meeting and then just didn't turn up",
    "{SF} is a proper jobsworth, sent my son home for trainers with a tiny logo",
    "Useless office staff, lost our trip form twice now",
]

INSULT = [
    "{S} has the personality of a wet lettuce",
    "{SF} is about as much use as a chocolate teapot",
    "{S} wants her head checking",
    "the head is a total clown",
    "{S} is a snake, smiles at you then stitches you up",
    "{S} is thick as mince",
    "whoever runs that office is a right muppet",
    "{SF} is a proper busybody, mind your own",
    "{P}'s dad is a waste of space",
    "{S} is a two faced cow",
]

PROFANITY_INSULT = [
    "{S} is a f**king melt",
    "the head is a bellend pure and simple",
    "{S} is a useless twat",
    "{SF} is a right knob, tell him I said so",
]

PROFANITY = [
    "fookin freezing at the match today",
    "well that was a shit show of a sports day weather wise 😂",
    "ffs forgot it was world book day AGAIN",
    "bloody hell the year 6 play was amazing, cried my eyes out",
    "arse, missed the deadline for the trip form",
    "holy sh1t the choir was good",
]

PROFANITY_COMPLAINT = [
    "the car park is a fucking disgrace, someone will get run over",
    "pissed off that the after school club was cancelled with no notice again",
    "bloody ridiculous that we pay for the trip and then find out it's a walk to the park",
    "shite communication from the school yet again",
]

THREAT = [
    "{S} wants to be careful walking to her car tonight",
    "mark my words {S} will get what's coming to him",
    "if I see {S} outside school it won't end well for him",
    "Let's just say {S} won't be getting his car back in one piece",
    "I know what car {S} drives and where he parks it",
    "somebody should teach that head a lesson she won't forget",
    "you wont know what hit you {S}",
    "the school will burn for this",
    "{S} has got it coming",
    "I'm not going to say what I'll do but {S} will find out soon enough",
    "i've got friends who'd sort {S} out for a tenner",
    "I know where {SF} drinks on a friday, see how brave he is then",
    "Watch your back {S}",
    "Better hope I don't find out which teacher it was",
    "{S}'s house would go up a treat",
    "there'll be a brick through the staffroom window by monday",
    "one more phone call home and there will be consequences for {S}, not me",
    "Keep pushing me {S} and see where it gets you",
    "Tell {S} to sleep with one eye open",
    "Funny how accidents happen to people like {S}",
    "I'll be waiting for {S} in the car park after the meeting",
    "{S} is lucky I'm calm today, next time I won't be",
]

PROFANITY_THREAT = [
    "{S} is getting her fuckin windows put through",
    "that shitty school wants burning down with {S} in it",
    "ill be waiting at the gate for that prick {S}",
    "fuck with my kid again {S} and see what happens",
]

HATE_THREAT = [
    "Get them travellers off the field before we do it ourselves",
    "Any more of these migrants in the school and we'll sort it our own way",
]

THREAT_SAFEGUARDING = [
    "{P} better watch out at home time, the lads are waiting for him",
    "whole of year 9 knows {P} is getting done in at the park friday",
    "my cousin's bringing his blade in tomorrow for {P}",
    "{P} is dead meat after school",
    "say that again and ur getting stabbed {P}",
    "we're gonna get {P} on the way home and make sure she doesnt come back",
]

SAFEGUARDING = [
    # pupil-to-pupil
    "some of the year 8s keep taking my dinner money and say theyll batter me if i tell",
    "everyone in my form ignores me and they wrote stuff about me on the toilet wall",
    "my son comes home with his blazer ripped every day and won't say who's doing it",
    "the girls in my class keep saying im fat and should stop eating and now i dont eat lunch",
    "a lad in year 10 keeps touching my daughter on the bus and she's too scared to say",
    "they put my bag in the bin and spat on me at the bus stop",
    "someone keeps sending my son messages saying everyone would be happier if he was gone",
    "year 11 boys make my son hand over his vape money or they knock him about",
    # disclosures in new words
    "im not allowed home till my stepdad goes out cos he gets angry",
    "my mam's boyfriend grabbed me by the neck last night",
    "theres no food in the house again and mam hasnt been back since sunday",
    "i dont want to be here anymore i've had enough of everything",
    "i've been cutting again, nobody knows",
    "my dad said if i tell anyone about the bruises i'll be put in care",
    "my uncle comes in my room when everyone's asleep",
    "i've been sleeping on my mate's floor cos i cant go home",
    # adult reports
    "the little lad next door is always out in the street in his pyjamas till 10pm, nobody ever comes looking for him",
    "There's a girl in {P}'s class who always smells and is always hungry, I'm worried about her",
    "My daughter's friend told her that her dad hits her mam and her when he's had a drink",
    "a man in a grey van keeps hanging around the park asking the kids if they want to earn some money",
    # grooming / exploitation new words
    "some older lads are giving year 8s free vapes and new trainers and asking them to drop parcels off",
    "a guy on roblox keeps asking my son for pics and said he'll buy him robux",
    "{S} told my daughter she's his favourite and bought her a phone, said keep it between them",
    "my son has been getting taxis home at 2am and has loads of cash and won't say where from",
    "A man online has been telling my 12 year old he loves her and wants to meet up",
    "someone from the after school club keeps snapping my daughter and telling her to delete the messages",
    # image sharing
    "a boy in my year has a video of me in the changing room and says he'll send it round if i dont send more",
    "my daughter sent a photo to a lad and now the whole of year 9 has it",
]

SAFEGUARDING_QUESTION = [
    "My son says an older boy keeps following him home and taking his phone. Who is the safeguarding lead I should speak to?",
    "A girl in my daughter's class says she's being hit at home. What do I do, who do I tell at school?",
]

SEXUAL_SAFEGUARDING = [
    "Some of the year 10 girls are proper fit, shame they're jailbait 😏",
    "that {P} in year 9 could get it",
    "would love to see the year 11 girls in their netball skirts up close 😍",
    "send me more pics of the girls in their leotards from the gymnastics display",
]

HATE = [
    "Funny how all the trouble at pick up comes from the same lot off the estate, and I don't mean the white ones",
    "They come over here, get free everything and their kids take our school places",
    "A school is no place for a bloke in a wig pretending to be a woman",
    "Can't understand a word the new teacher says, go back where you came from",
    "Those people should have their own schools, keep them away from normal kids",
    "the Polish kids stick together and cause all the bother, always have",
    "All them Muslims want is to take over, look at the dinner menu",
    "Kids in wheelchairs slow the whole class down, they should be in special schools",
    "Two dads on the PTA, whatever next, it's not natural",
    "Gypsies round here are all thieves, lock your bikes up",
    "Jews run the banks and now the school trips too apparently",
    "Typical Asian driver at drop off, nearly took my wing mirror off",
    "Another foreigner in charge, English kids come last in this country",
    "kids like that should be kept in separate classrooms, the down syndrome ones",
]

PROFANITY_HATE = [
    "Fuckin immigrants taking over the school gates every morning",
    "bloody travellers parked on the school field again, scum the lot of them",
]

SEXUAL = [
    "{S} can teach me biology any day 😉",
    "Phwoar the new PE teacher in them shorts 🥵",
    "I'd let {S} mark my homework, if you know what I mean",
    "Bet {SF} gives a good rub down after the match 😏",
    "ooh {S} can inspect my equipment",
    "fancy a bit of how's your father in the staff car park",
    "{S} is a proper dilf 🤤",
    "{S} has lovely big melons 🍈🍈",
    "Spank me {S} I've been a naughty parent",
    "the things I'd do to the new music teacher 🍆💦",
]

SEXUAL_SPAM = [
    "Lonely mums in Gateshead want to chat 💋 click my profile",
    "Hot singles near Low Fell tonight, see my bio 🔥",
]

SPAM = [
    "Hiya hun, I'm looking for 3 mummies who want to work from their phone 💕 drop a heart if interested",
    "DHL: your package is held at customs, pay £1.99 release fee dhl-uk-release.com",
    "Vinted seller here, 50% off all kids clothes this weekend, check my page!!",
    "Win a family holiday to Florida!! Just like and share and comment DONE ✈️",
    "Best bouncy castle hire in the north east 🎈 bookings now open, msg for prices",
    "I made £2k last month with this free app, no joke, link in comments",
    "Cheap driveways and patios, free quotes, cash discount",
    "Your Netflix account has been suspended, update your payment details at netflix-billing-help.net",
    "New to Avon? Join my team today and get your starter kit free 💄",
    "HMRC tax rebate of £348.22 owed to you, claim here gov-refund-uk.co",
    "Psychic readings £5, 100% accurate, inbox me",
    "Add me on Snap for free airpods giveaway 🎧",
    "Need extra cash before xmas? I can help, pm me x",
    "Lose a stone in 3 weeks with my shakes, DM me for details 🥤",
]

QUESTION = [
    "Is {S} back after half term?",
    "Does anyone know if {SF} is doing the reception stay and play this week?",
    "What time does {S}'s after school club finish on a Thursday?",
    "Has {S} sent the spelling list out yet",
    "who do i speak to about changing my sons dinners to packed lunch",
    "is it non uniform tmrw or next week",
    "Can {S} ring me back about the trip money please",
    "Where's the parents evening being held, main hall or {V}?",
    "Is there a uniform sale on this term?",
    "does {SF} still run the breakfast club",
    "When do the year 7 place offers come out?",
    "Do we need to send a packed lunch for the trip to Beamish",
]

INSULT_QUESTION = [
    "Is {S} actually qualified or did they find her in a cracker? When are the reports out?",
    "Who thought hiring {S} was a good idea, seriously? And what time is the concert?",
]

PD_QUESTION = [
    "Who's doing the lift share for the away match? Text me on {PH}",
    "Can someone send the party details to {EM} please, {P}'s invite got lost",
]

PERSONAL_DATA = [
    "{PF} left her coat at ours, she can collect it from {AD}",
    "{S}'s mobile is {PH} if you want to ring her at home",
    "Happy birthday {PF}!! 11 today 🎂",
    "Lost dog found near {PC}, ring me on {PH}",
    "{PF}, born {DOB}, is missing her PE bag",
    "my email is {EM} if anyone wants to swap uniform",
    "Party for {P} this Saturday at {AD}, {PC}",
    "{S} lives at {AD}, saw her moving in",
]
