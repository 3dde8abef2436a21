"""Round 7, writer A (session 8): written before reading Steward's lexicons or classifier; labelled per testdata/dev/README.md."""

# Voice: a primary and lower-secondary parents' community (mams' and dads' Facebook group regulars,
# grandparents, the PTFA, local shop owners) plus a few anonymous trolls.

OK = [
    "Our {P} absolutely smashed it at the cross country, came in puffing like a steam train but never stopped once 🏃 thank you {S} for cheering them all round",
    "That cake stall was the bomb!! PTFA ladies you've outdone yourselves, £412 for the new reading shed 🎉",
    "Nana here 👵 the Nativity slayed me, {PW} as the donkey with the ears falling off, I was crying laughing in the back row",
    "Mine came home telling me {SF} shot her out first in dodgeball and it was still the best day of her life apparently 😂",
    # judgement: a parent selling their own child's used uniform is a genuine sale, not advertising spam
    "Selling 2 pairs of grey school trousers age 7-8 and a book bag, hardly worn, £3 the lot, collect from Low Fell, inbox me",
    "Run the paper shop on the corner, the bairns from the academy are always polite coming in for their penny sweets on a morning, credit to {S} and the staff",
    "Absolute angel is {SF}, my lad would walk through fire for her ❤️",
    "Who needs a lie in when you've got a five year old who knows every word of the Christmas play 🙃",
    "Is there anything better than a Friday certificate assembly? Didn't think so ⭐ {H}",
    # judgement: gypsy tart is a pudding, no group is mentioned
    "Gypsy tart on the bake sale table went in ten minutes flat, grandma's recipe never fails",
    "Blue tits have moved into the bird box Year 2 made, the kids are desperate to see the chicks 🐦",
    "Spotted dick and custard on the menu Thursday, my lad's made up, says it's better than mine 😂",
    # judgement: insult word aimed at the writer herself
    "I'm such a numpty, sent him in full uniform on non uniform day 🤦‍♀️ poor lad",
    "My daughter came home with a graze on her knee off the trim trail, {SF} had already rung me and cleaned it up, thank you for keeping me in the loop",
    "Found a little coat with {P} sewn in the collar at the bus stop on Kells Lane, handed it in at the office this morning",
    "The dads got absolutely destroyed in the parents' race 😂 grandad's pulled a hamstring and he's blaming the grass",
    "I could murder a cuppa after standing at that sports day for three hours, worth every minute though",
    # judgement: the PTFA advertising its own fundraiser at a listed venue is not spam
    "PTFA quiz night at {V} Friday 7pm, £5 a head, teams of six, every penny goes to the Year 6 leavers' trip 🧠",
    "Lie in on the inset day? Chance would be a fine thing with these two 😴",
    "What a blessing this place has been for our family since we moved up from Leeds, thank you all",
    "The river was right up to the bank on the walk home, the kids were fascinated watching the ducks 🦆",
    "Storm coming in tonight so get the wellies by the door, it'll be a muddy one tomorrow",
    "Gratulacje dla wszystkich dzieci z klasy 4, piękny występ! 👏",
    "Howay the bairns!! Proper canny show the day, me and wor lass were welling up at the back",
    "Thank you {S} for everything this year, you've been a star to our {P} and we'll miss you loads",
    "{S} was on that gate in the sideways rain again this morning smiling at every single child. Give them a medal",
    "The Year 5 Viking day was brutal apparently, {P} came home covered in face paint waving a cardboard axe 😂",
    "The dance troupe killed it at the Gateshead dance festival, never heard a crowd roar like it 💃",
    "My two are in a right state about the disco, mad for it since Monday, that DJ had better be ready",
    "Watching the little ones dressed as nurses and firefighters for people who help us day, I'm not crying you're crying 🥹",
    "Black and white stripes for the Toon on Friday for charity, £1 donation, don't forget!",
    "Nothing like a Reception phonics video to cheer you up on a grey Tuesday ☀️ got a stupid big grin on my face now",
    "Our little pest has finally learnt to tie his laces, only took {SF} and the patience of a saint 🙏",
]

COMPLAINT = [
    "Third time this half term she's come home in someone else's jumper and hers is nowhere to be seen. Labels in everything. Not good enough",
    # judgement: sarcastic, so complaint only
    "Lovely that the disco got moved to a Thursday with two days' notice, those of us on shifts really appreciate it 🙄",
    "Been waiting since October for the EHCP review with {S}. My son is struggling every single day while the paperwork sits on a desk",
    "Grandma here. Stood in the rain twenty minutes at the Reception gate because it opened late AGAIN, the little ones were drenched",
    "The new one way system at pick up is a shambles, cars up on the kerb all down Coalway Lane and not one member of staff outside",
    "£14 for a class photo where half of them have their eyes shut. Won't be buying this year",
    "Nice to find out about the trip cost from another mam on Facebook rather than from the school",
    "my lad has had 4 different supply teachers for year 8 maths since christmas and its showing, hes gone backwards",
    # judgement: a shop owner's legitimate grievance about pupils' behaviour, no insult
    "Shop owner on Kells Lane. Every day at 3.20 we get groups of your older pupils blocking the doorway and leaving litter everywhere, mentioned it twice and nothing's changed",
    "Sorry but a wellbeing week where the homework doubled is not what I'd call wellbeing",
    "Dinner money app has charged me twice for February and the office keeps saying it'll sort itself out. It hasn't.",
    "So the Christmas fair is on a weekday at 2pm. Working parents just don't count then",
]

COMPLAINT_QUESTION = [
    "Waited outside 45 mins for the Beamish coach with no update from anyone. Can someone tell me what time they're actually expected back",
    "Uniform shop has had no age 9-10 trousers since August, ridiculous when we're told it has to be the logo ones. Is there a date for new stock?",
    "Homework on an app that crashes every night isn't homework it's a punishment for parents. Who do I email to get a paper copy",
    "Third letter this term with the wrong date on it. Which is right for parents' evening, the 12th or the 19th?",
]

QUESTION = [
    "Does anyone know if after school club is running on the inset day or is that closed as well",
    "what time do the Year 6 get back from Kingswood on Friday x",
    "Hi, is {SF} back after half term? {P} has been asking every day 😊",
    "Can grandparents come to the harvest assembly or is it just mams and dads",
    "Where do we hand in the PTFA raffle money, office or class teacher",
    "Is it PE kit Tuesday and Thursday for Year 3 now or has that changed",
    "Quick one, is the flu spray for every year group or just primary? Form says return by Friday",
    "Could someone send me the link for booking parents evening please, I've deleted the email",
    "anyone know if the school takes uniform donations for the swap rail, got a bin bag full",
    "Is the swimming gala at {V} this year? Need to sort lifts",
    "Shop owner here, happy to donate a hamper for the summer fair raffle. Who's the best person to speak to",
    "Do Reception need a packed lunch for the farm trip or is school providing",
]

INSULT = [
    # judgement: a personal attack with no actual grievance, so insult only
    "{S} couldn't organise a raffle in a bucket of raffle tickets, waste of a salary",
    "That lass who runs the PTFA page thinks she's the queen of Low Fell, nobody can stand her",
    "The Year 9s in that photo look like a bunch of gormless muppets",
    "imagine being {S} and thinking anyone respects you 😂😂 clown",
    "Half the parents on this page have the brains of a wet lettuce honestly",
    "{SF} has a face like a slapped haddock on that door every morning, miserable old trout",
]

INSULT_COMPLAINT = [
    "My son's report had another child's name on it. {S} is too thick to even copy and paste. Shocking standard",
    "Told the office three times about the wrong dinner money and the dopey woman on the phone just talks over you. Sort it out",
    "Detention for a missing tie when the uniform shop had none in stock. {S} is a jumped up little power tripper and the policy is a joke",
    "Parents' evening was five minutes of {S} reading grades off a screen, lazy useless article, we learned nothing about how she's actually doing",
]

PROFANITY = [
    "bloody hell {P} has grown a foot over the summer, new school shoes AGAIN 😩",
    "Holy sh*t that Year 6 production was class, goosebumps start to finish",
    "Absolutely pissing down at sports day and they still gave it everything, legends the lot of them",
    "f***ing love this school, best thing we ever did moving them here ❤️",
    "Went flat on my arse on the ice by the gate this morning, the Year 2s thought it was the best thing they'd ever seen 😂",
    # judgement: "damn" is a mild swear, profanity of any strength counts
    "Grandad shouted that's a damn fine choir loud enough for the whole hall to hear 🙈 I'll never live it down",
]

PROFANITY_INSULT = [
    "{S} is a f*cking joke and every parent at that gate knows it",
    "whoever runs this page is a useless tw@t",
    "the smug lad front row of the choir video looks a right little sh1tbag",
    "Shelley off the PTFA is a stuck up cow and a proper pain in the arse",
]

THREAT = [
    # judgement: threat with no violence verb
    "{S} wants to be careful walking to their car on a night. Just saying.",
    "I know which house is {S}'s. Keep excluding my lad and see what happens",
    "If that PE teacher lays one finger on my son again he'll be leaving in an ambulance",
    "There'll be a brick through the office window by Monday if I don't get an answer",
    "Be a shame if that new portakabin caught fire over the holidays wouldn't it",
    "Tell {S} I'll be waiting at the gate at 3.15 and I won't be there for a chat",
    "there's a bomb in the sports hall, enjoy your assembly 👋",
    "My brother did six years for less. One more word about my kids and {S} will find out what our family's like",
    "I'll be in tomorrow and someone's getting hurt, mark my words",
    "That dad who shoved my daughter at the fair had better stay indoors this weekend",
]

PROFANITY_THREAT = [
    "Touch my kid again and I'll f***ing end you {S}",
    "gonna put every bloody window in at that school tonight",
    "I swear down if that bus driver leaves my bairn at the stop again I'll drag him out his cab by his bloody ears",
]

THREAT_SAFEGUARDING = [
    "bringing my dads knife in on monday, {P} knows whats coming",
    "im going to stab the lot of them in 7B they all laugh at me every day and nobody does anything",
    # judgement: a parent reporting pupils planning to bring a blade: threat (weapon) + safeguarding
    "There's a group chat where older kids are saying they'll bring a blade to the park after school to sort {P} out. My son showed me, please do something",
]

SAFEGUARDING = [
    "my mams boyfriend locks me in my room when she's on nights and I dont get any tea",
    "Not sure who to tell but there's a little girl from Reception out at the park on her own till dark most nights this week in just a t shirt",
    "I dont want to be here anymore. nobody would even notice if I didnt come in",
    "Some man in a silver car has been parked by the juniors' gate offering kids sweets and asking which way they walk home",
    "{PW} keeps telling my son his dad hits him with the belt when he gets his spellings wrong. I'm his friend's mam and I don't feel right keeping it to myself",
    # judgement: a report of image-based coercion, not sexual content itself: safeguarding only (as round 5)
    "A Year 7 lass asked my son for pics with no top on and now says she'll share them round if he doesn't send more",
    # judgement: grooming report; the phrase is quoted, not the writer's own sexual comment
    "A man on TikTok who says he's a football coach keeps messaging my 11 year old telling her she's mature for her age and to keep it their secret",
    "{S} added my daughter on snapchat and messages her after midnight",
    "i cut again last night and my arms were stinging in pe, i dont want anyone to see",
    "Grandad here, my granddaughter's been turning up at mine with no dinner money saying there's no food in the house most days since her mam lost her job",
    "the older boys make {P} carry bags for them to the flats and give him money for it, he's only in year 6",
    # judgement: pupil disclosing bullying; the quoted 'do worse' is reported, not the writer's threat: safeguarding only
    "every day at break they take my dinner money and push me in the toilets and say they'll do worse if I tell",
]

SEXUAL_SAFEGUARDING = [
    "the lass in year 11 on the left of that netball photo is well fit 😍 someone dm me her snap",
    "Those girls in the dance club video are getting very grown up if you know what I mean 😏",
    "wouldnt mind getting {P} from year 10 on their own in the changing rooms 🥵",
]

HATE = [
    "Half the new starters can't even speak English, no wonder standards have dropped. Send them back where they came from",
    # judgement: rhetorical 'why', no information wanted, so no question
    "Why are we celebrating Eid at a school in Gateshead, this is a Christian country and they should fit in or go",
    "Don't want my son sharing a changing room with that lad who thinks he's a girl now. It's an illness not an identity",
    "The travellers are back on the field by the school, lock up your bikes, they're all thieves that lot",
    "The kids from the SEN unit should be in a special school not holding the normal ones back. They're a drain",
    "Two mams running the PTFA stall hand in hand, what are we teaching our kids. It's not natural and shouldn't be pushed at a primary",
]

PROFANITY_HATE = [
    "Bloody Polish lot taking every school place round here, they can go home",
    "another f***ing mosque trip for year 8, they're turning our kids muslim one school at a time",
]

SEXUAL = [
    # judgement: innuendo about an adult member of staff: sexual only
    "{S} can give me a detention anytime 😉🔥",
    "The dads' race has given me a few ideas for tonight 😏 those rugby thighs",
    "{SF} can come round and check my plumbing whenever they like 😘",
    "the PTFA mam in the leopard print at quiz night, I'd let her mark my homework all night long 💦",
    "that new PE teacher in them tight shorts 🥵 he can take me for a private warm up",
]

SPAM = [
    "💰 Mams! Earn £500 a week from your phone in school hours, no experience needed, message me INFO 💰",
    "Follow for follow? 😍 new local mams page, like and share 👉 @lowfellmumsdeals",
    "CONGRATULATIONS you've been selected for a free Asda voucher worth £250, claim before midnight bit.ly/asda-parent-rewards",
    "Lash tech in Low Fell 💅 20% off for school mams this week only, book through my page",
    "Crypto changed my life, used to struggle with uniform costs now I drive a Range Rover, ask me how 🚀📈",
    "Your page has violated community standards and will be disabled in 24h. Verify your account at meta-page-support-centre.com",
]

PERSONAL_DATA = [
    "{P}'s mam if you see this ring me on {PH} about the party Saturday x",
    # judgement: praise, but a pupil's full name is personal_data
    "Well done {PF} for winning the Gateshead poetry prize, so proud of you pet",
    "Anyone wanting the spare panto tickets drop me an email {EM} first come first served",
    "Lost rabbit 🐰 answers to Biscuit, if found please bring to {AD} {PC}, the kids are heartbroken",
    "Happy 9th birthday to our {P}, born {DOB}, where did the time go 🎂",
    "Lift share for the Year 5 swimming at {V}, I'm at {AD} and can fit two more, text {PH}",
]

PD_QUESTION = [
    "Can somebody from the office ring me back on {PH}, I need to know if the uniform grant forms have gone out",
    "What time does breakfast club open on Monday? Please email me back at {EM} as I'm not on here much",
]
