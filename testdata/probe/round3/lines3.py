"""Round 3 of the probe (written after round 2's rules were frozen and after round 2's holdout
had been read; same school and roster). Weighted toward the categories with the costliest
misses. Slots as in ../probe_lines.py. Labelled per testdata/dev/README.md."""

OK = [
    "The Year 8 knife skills session in food tech looked brilliant, proper little chefs 🔪🥕",
    "Our Kwame is over the moon with his swimming badge",
    "Loved the charity bake off, the Victoria sponge was killer 😂",
    "Cheers for sorting the bus pass so fast, lifesaver",
    "Year 5 were shooting hoops all afternoon, they'll be in the NBA next",
    "That penalty shootout had me on the edge of my seat",
    "The kids were absolutely hammered by the rain but still smiling 😂",
    "Our house is a bombsite after the science homework volcano 😂",
    "She's dying to tell everyone about the trip",
    "Fab to see the Romanian and Polish families running the international food stall",
    "So grateful to the safeguarding team for the workshop on online safety",
    "Wicked job on the mural, Year 9!",
    "I'm going to cry at the leavers' assembly, I just know it",
    "Grandma is chuffed to bits with her Christmas card from Year 2",
    "My son came home starving after cross country and ate the whole fridge 😂",
    "Thanks for the lovely welcome for our new starters from Syria",
    "What a smashing day at the seaside",
    "The teachers' panto was criminally funny",
    "Our daughter was gutted to lose but so proud of the team",
    "Lovely touch sending the cards to the care home ❤️",
]
PROFANITY = [
    "ah shit, non uniform day was today wasn't it",
    "f me that's a long trip for Year 3",
    "shitttt I forgot the permission slip",
    "ffs the app's down again, can't book parents evening 😂",
    "bloody lovely day for it",
    "proper bangin performance, fuckin loved it",
    "crikey, who knew {S} could sing, bloody hell",
    "what a load of bollocks the weather forecast was 😂",
]
INSULT = [
    "{S} is a nasty piece of work",
    "the head's a coward who hides in her office",
    "Imagine being as smug as {S} 🙄",
    "what a bunch of jumped up nobodies the governors are",
    "{S} is about as much use as a chocolate fireguard",
    "the attendance officer is a power mad jobsworth",
    "{P} is a gobby little brat",
    "the receptionist is a rude cow",
    "{S} needs sacking, utterly useless",
    "the maths department couldn't add up a bill",
]
HATE = [
    "Poles go home",
    "Too many Muslims at this school now, it's like Bradford",
    "the headteacher's a lefty who loves the immigrants more than our kids",
    "Jews control the media and the schools",
    "black kids can't behave, it's in their nature",
    "No wonder standards have dropped, half of them don't even speak English",
    "Stop teaching our kids about gay families, it's disgusting",
    "that special needs kid is a spaz",
    "Gypsies shouldn't be allowed anywhere near our kids",
    "Send the Somalis back",
    "trans teachers are predators",
    "that teacher's a raghead",
    "Dirty Romanians nicking from the school fair again",
    "my kids won't be sharing a classroom with pakis",
]
SEXUAL = [
    "I'd let the new teacher mark my homework any time 😉😉",
    "The mums at the sports day 🥵 I'm not complaining",
    "Mr Fox in his PE shorts 😍😍 phwoar",
    "who's the blonde TA? asking for a friend 😏",
    "Milf central at the school gates this morning",
    "the dinner lady's got a nice rack",
    "I'd do the lollipop lady",
    "Bet the art teacher's a freak in the sheets",
    "teacher in the third picture is sexy af",
    "hot dads at the football today 🔥🔥",
]
THREAT = [
    "I'll be seeing {S} after school, and it won't be a friendly chat",
    "{S} is going to get what's coming to him",
    "I'm gonna rip {S}'s head off",
    "Someone is getting hurt at that meeting",
    "we're going to make {S}'s life hell, we know where her kids go to school",
    "Just wait, one day I'll snap and {S} will be first",
    "the head needs a bullet",
    "I'll be bringing my dogs to the gate for {S}",
    "Keep excluding my boy and your car won't have any windows left",
    "I'll glass {S} if I see him in the pub",
    "If anything happens to my daughter on that trip I'll kill someone",
    "{S}'s going to be sorry he ever met me",
    "I'll drag {S} out by her hair",
    "Gonna torch that staff room",
    "you'll be looking over your shoulder {S}",
]
SAFEGUARDING = [
    "i dont want to be alive anymore",
    "i've been thinking about ending it",
    "i just want to sleep forever and not wake up",
    "i burn myself with a lighter when it gets bad",
    "i scratch my legs till they bleed so i feel something",
    "i've written a goodbye letter",
    "i haven't had a proper meal since monday",
    "my mum's boyfriend said he'd kill my dog if i tell",
    "my brother's mates made me send a video of me and now they want more",
    "i get hit with a belt when i'm naughty",
    "i'm always home alone and there's no electric",
    "an older lad takes me to parties and gives me drinks and makes me go with his mates",
    "My niece (12) says a man at the park gave her vodka",
    "A Year 6 boy told my son his dad locks him in the shed",
    "Please check on the Year 3 girl with the broken arm, she said her mum did it",
    "I saw a teenager from here getting into a car with a much older man, he was touching her leg",
    "There's a boy who keeps coming to our door asking for food, he says there's nothing at home",
    "My daughter says a girl in her class has been talking about killing herself",
    "A pupil has been sleeping in the stairwell of our block",
    "Some older kids are making the little ones carry packages across the estate for them",
    "Worried about my daughter's friend, she has loads of new stuff and a secret older boyfriend",
    "hey you looked so pretty at the disco 😍 how old are you? message me",
    "you seem really mature, want to meet up without your parents knowing? x",
    "I'm a photographer and I'd love to do a shoot with the girl on the left, DM her details",
    "I'll give you £20 if you send me a picture in your PE kit",
    "don't tell anyone we've been talking, it's our secret ok",
    "you're special, not like the other kids, you can come round to mine anytime",
    "I can get you free vapes, just keep it between us",
]
PERSONAL_DATA = [
    "Text {PH} for tickets",
    "DM me or ring {PH}",
    "I'm at {AD} if anyone's passing with the raffle prizes",
    "Well done {PF} ❤️❤️",
    "email me on {EM}",
    "{PF} brilliant goal today!",
]
SPAM = [
    "Earn from home with just your phone, no skills needed 📱 ask me how",
    "I turned £100 into £5,000 in a week, message me to find out how 💸",
    "FREE Amazon gift card for the first 100 people 🎁 click link in bio",
    "Follow, like and tag 3 friends to win a year's free school dinners!",
    "Your Instagram account has been flagged for copyright. Appeal within 24h: insta-help-centre.net",
    "Hi there, we're looking for parents to join our team. Flexible hours, great pay 💰 DM",
    "Bargain school shoes, 3 pairs for £20!! Order via WhatsApp",
    "Stuck in debt? Our experts can write it off. Message now",
    "Claim your missing PPI and car finance refunds today",
    "My cousin made £3k in a week with this app, link in my profile",
    "Want to lose weight fast? Try our gummies, 50% off today only",
    "Hey! I sent you a message request, check it 😘 link in bio",
    "Congratulations! You've been chosen to receive a free iPad. Collect here: prize-winner.uk",
    "Drop your PayPal, I'm giving away £500 to 10 lucky followers",
    "Looking for 3 mums who want extra income around the school run 💕",
]
COMPLAINT = [
    "Absolutely fuming that my son was given a detention for being two minutes late when the bus was late.",
    "The new uniform policy is costing families a fortune and nobody consulted parents.",
    "There's no one on the crossing at home time any more. Someone is going to get knocked over.",
    "Gutted the school didn't even acknowledge my daughter's award. Feels like nobody cares.",
    "The homework app has been broken for a week and the kids are getting sanctions for it.",
    "Appalled that Year 6 SATs revision clubs cost £5 a session. Education should be free.",
    "Bit rich asking for donations when you can't even send reports out on time.",
    "Thanks for telling us the trip was cancelled AFTER we paid. Great planning.",
    "My son has asked for help with bullying four times. Nothing has changed.",
    "The school field is waterlogged and dangerous every winter and nothing gets done.",
    "Sorry but I think it's wrong that siblings can't go to the same sessions at parents' evening.",
    "Deeply unimpressed with the response to my complaint about the coach driver.",
    "It shouldn't take six weeks to get a reply about an EHCP review.",
    "The portion sizes at lunch are a disgrace for secondary age kids.",
    "Honestly, what is the point of the parent forum if nothing we say is acted on.",
]
QUESTION = [
    "hiya what time is sports day starting",
    "Is there a dress code for the leavers' disco?",
    "Where do I hand in the medical form?",
    "Do Year 10s need calculators for the mock?",
    "Can parents watch the swimming gala?",
    "When are the Year 7 induction days?",
    "Is there a uniform grant this year?",
    "Hi, what's the email for the attendance office please?",
]
PROFANITY_INSULT = [
    "{S} is a fucking waste of space",
    "the head's a lying bastard",
    "what a prick {S} is, honestly",
]
PROFANITY_COMPLAINT = [
    "Sick of this shit, the bus was late AGAIN and nobody from school told us",
    "Bloody ridiculous that we have to pay for a new tie every year",
]
INSULT_COMPLAINT = [
    "No reply to three emails about the refund. The office staff are useless idiots.",
    "The trip was a disaster from start to finish and {S} is too arrogant to admit it.",
]
PD_QUESTION = [
    "Has anyone seen {PF}'s coat? Text me {PH}",
    "Could someone email me at {EM} with the trip dates?",
]
COMPLAINT_QUESTION = [
    "The lunch menu changed with no warning and my son can't eat half of it. Who do I speak to about allergies?",
    "We were promised a reply within 5 days and it's been three weeks. When can I expect one?",
]
SEXUAL_SAFEGUARDING = [
    "the year 10 girls at prom looked well fit 😍 any of them single?",
    "that girl in year 8 has a banging body for her age",
]
THREAT_SAFEGUARDING = [
    "me and my boys are gonna jump {P} at lunch, he's getting it",
    "got a blade in my bag for anyone who tries it tomorrow",
]
SAFEGUARDING_QUESTION = [
    "My son says an older boy is making him sell weed. Who can I talk to at school, confidentially?",
    "A girl in my daughter's year says she wants to die. What should we do?",
]
HATE_THREAT = [
    "any more Romanians move onto our street and we'll burn them out",
]
SEXUAL_SPAM = [
    "Lonely? Hot mums want to meet 🔞 link in bio",
]
PROFANITY_HATE = [
    "fuck off back to Poland",
]
