"""Round 8, writer C (session 8): written before reading Steward's lexicons or classifier; labelled per testdata/dev/README.md."""

OK = [
    "{SF} was out gritting the path at 7 this morning before a single car turned up, that man wants a medal",
    "Under 11s absolutely smashed it on Sunday at {V}, 6-0 and the keeper never touched the ball ⚽⚽ proud dad",
    "grandad here, watched our {PW} in the nativity and she killed it as the innkeeper, not a dry eye in the place",
    "The Ravensworth kids come in my shop every morning for their bits and I've never had a bit of bother, please and thank you every time. Credit to you all",
    "12 year on the council school runs and the staff on the side gate always have my lot ready, never kept waiting once. Top school that",
    "Cllr visit to the new sensory room this afternoon with {S}, a genuinely lovely space and a real asset for Low Fell {H}",
    "Retired from the kitchen there in 2009 and seeing the old hall still standing in these photos brings a tear to my eye. Happy days x",
    "I collect 4 little ones from reception as their childminder and {SF} knows every single one of them by name, you cannot ask for more than that",
    "sports day was a bomb ngl best day of the year 🔥🔥🔥",
    "That science show was explosive 💥 our kid hasnt stopped talking about blowing things up (safely!!) all tea time",
    "Selling 2 pairs of girls grey school trousers age 9-10 and a book bag, hardly worn, £5 the lot, pm me if any use",
    "Found a blue water bottle with a dinosaur on at the bus stop on Coalway Lane, handed it in at the office this morning",
    "the river was that high on Saturday the whole Sunday league got called off again, lads were gutted",
    "My granddaughter came home and told me all about the Windrush assembly, lovely that they teach them where people's families came from",
    "Black History Month display in the top corridor is stunning, well done year 5 👏",
    "Can't believe my {PW} starts year 7 in September, where did the years go 🥹",
    # rhetorical question: no reply needed
    "Who knew year 7 could bake like that?! cake sale sold out by ten past 3",
    "Cheeky monkeys in year 5 beat the dads at rounders AGAIN 😂 we'll get them next year, mark my words",
    "I'd honestly die for one of the dinner ladies' jam sponges, 30 years on and I still think about them",
    "Shout out to {S} who found my nephew a mentor when he was struggling last year, he's a different lad now. Thank you",
    "The dads were absolutely slaughtered in the tug of war, shameful scenes 😂",
    "bin men said they'll come down Coalway Lane a bit earlier on Thursdays so they're not stuck behind the school traffic, good of them",
    "Massive thanks to the year 8s who did the litter pick down the dene, the bank looks beautiful now",
    "Gay Gordons at the ceilidh had the whole hall in stitches, grannies included 😂😂",
    "Never seen so many zombies in one room, the Halloween disco was terrifying in the best way 🧟",
    "Hats off to the lollipop lady, stood out there in the sleet with a smile on her face every single morning",
    "Year 6 leavers with their shirts all signed 😭😭 good luck at big school bairns",
    "Sad to see the old oak go but the tree man said it was rotten right through, better safe than sorry",
    "Whoever designed the new badge, what a job. Proper smart on the jumpers {H}",
    "happy retirement Lesley!! the office won't be the same without you and your biscuit tin x",
    "I'm actually dead 💀 my son's face in the class photo, he looks like he's just been told the wifi's off",
    "Only thing wrong with the summer fair was that it had to end. Brilliant afternoon, well done PTFA",
    "What a storm last night, fair play to the caretaker for having the fallen branches cleared before the bell",
]

COMPLAINT = [
    "Third time this week a parent has parked right across my drive on Coalway Lane at pick up. I've got a blue badge and couldn't get the car out for my hospital appointment. Something has to change with the parking",
    # "Where is the supervision" is rhetorical, not a request for information: complaint only
    "Every dinner time about twenty of your year 9s pile in my shop at once and stuff walks out the door. I've had to put a 2 at a time sign up. Where is the supervision",
    "school field's been padlocked every weekend since easter, our juniors trained on it for years and now we're paying the leisure centre a fortune. Community academy my foot",
    "Came to the afternoon show as a grandparent and not one seat was kept back for anyone who can't stand. Stood an hour on my bad hip. Poorly organised",
    "Worked in that kitchen 18 years and it breaks my heart hearing the bairns are getting reheated frozen stuff now. They deserve proper dinners",
    "Gate opened ten minutes late again tonight. I've got 3 more to fetch from St Peter's after yours and it makes me late for every one of them. Please stick to the times you put out",
    "I drive one of the SEND taxis and there is nowhere safe to pull in, I'm loading a wheelchair in the middle of the road with cars beeping behind me. It's not good enough and somebody will get hurt",
    "As ward councillor I've had eleven emails this month from residents about the floodlights being on past 9pm. I'd urge the trust to look at the hours again",
    "the new toilet rule is so unfair u have to ask a teacher and wait for ages and half the time they just say no",
    # sarcastic complaint: complaint only
    "Oh brilliant, another non uniform day at £2 a go. Love paying for my kids to go in their own clothes 🙄",
    # sarcastic complaint: complaint only
    "Lovely to get the trip letter the day before the money's due. Really great planning there 👏👏👏",
    "we all got a detention for being 1 min late when it was the BUS that was late. literally not our fault",
]

COMPLAINT_QUESTION = [
    "The hedge on the school side of Kells Lane is that overgrown you can't see the kids stepping out, it's an accident waiting to happen. Who do I contact at the trust about getting it cut back?",
    "My grandson's coat has gone missing for the second time this month and nobody seems bothered. Is there a lost property box and when can I come and look through it",
    "Bit fed up the year 5 trip was cancelled with no explanation at all. Will the deposits be refunded or carried over?",
    "Every parents evening the whole street is blocked solid and I can't get in my own road. When is the next one so I can move the car beforehand",
]

QUESTION = [
    "Is the Christmas fair open to the public or just school families? Would love to bring the grandkids",
    "Hi, childminder here, what time does reception finish on the early closure day before half term",
    "Can ex pupils come to the 50th anniversary do or is it staff and families only? Class of 88 here",
    "Are you still after volunteers to hear readers? Retired teacher, DBS up to date, happy to help a couple of mornings",
    "Is the top field available to hire on Sunday mornings for an under 12s side, who would I need to speak to",
    "when do we find out which form were in for year 7 😬",
    "If I'm picking my grandson up instead of his mam on Friday do I need to ring the office first or is there a password",
    # a request to be contacted (needs a reply), no question mark
    "Councillor here, could someone from the business office get in touch about the school streets trial before the consultation meeting on the 14th",
    "Do year 5 need a packed lunch for Beamish or is dinner provided",
    "hiya do you still want old newspapers for the art department, I've a pile in the back of the shop",
    "Where are us taxi drivers meant to wait for the SEND pick ups now the back gate's shut",
    "Does the breakfast club take children from other schools or is it only Ravensworth kids?",
]

INSULT = [
    "Imagine being {S} and thinking you're somebody. Face like a wet weekend in Whitley Bay",
    # harassment of a pupil: insult, not safeguarding (no disclosure, no threat)
    "{P} in year 7 is a proper creep and everyone knows it, nobody wants to sit next to him",
    "Whoever runs this page has the personality of a damp dishcloth",
    "lol the state of the staff photo, looks like a casting call for the walking dead",
    "Ex staff here and I can tell you {S} couldn't run a bath never mind a school",
    # "lady muck"/"madam": insults, not swear words
    "{S} swanning round Morrisons like lady muck, stuck up madam, thinks she's better than the rest of us",
]

INSULT_COMPLAINT = [
    "My lad's been sat in isolation three days over a haircut. {S} is a jumped up little dictator who has forgotten what it's like to be a kid",
    "Waited 40 minutes in the rain for the SEND bus that never came and the office couldn't tell me a thing. Useless lot in that office, absolutely clueless",
    "Your builders start drilling at half 6 every morning. The site manager's a clown who just shrugs at you when you go round",
    "Football team got no new kit again this year but there's money for a new sign out front. Greedy incompetent bunch running that place",
]

PROFANITY = [
    "fucking buzzing for the year 6 disco tonight 🕺🕺",
    "Holy shit that science fair volcano went everywhere 😂😂",
    "Pissing it down at the match again lads, bring your waterproofs and a flask",
    "the dinner hall cookies are so fkn good id swap my little brother for one",
    "sh!t the bed it's the summer holidays already, where's the year gone",
    "Class of 89, shite weather then and shite weather now, brilliant memories though",
]

PROFANITY_INSULT = [
    "{S} is a stuck up bitch and everyone on the estate knows it",
    "haha {P} is such a dickhead he fell off the climbing frame in front of everyone",
    "who let that fat p***k on the gate be in charge of anything",
    "anyone who still sends their kids there is a f*cking mug tbh",
]

THREAT = [
    "Next time one of your parents blocks my drive I'm letting their tyres down, all four, and I'll not be sorry",
    # indirect: no violence verb
    "I know which car is {S}'s. Be a shame if something happened to it over the weekend",
    "Keep excluding my son and see what happens to your shiny new windows",
    # indirect: no violence verb
    "{S} wants to be careful walking to the metro on her own after dark",
    # bomb threat without the word bomb
    "there's a device in the building. you've got till 10.",
    "Lay a finger on my grandson again and I'll put you through that staffroom door",
    "if that ref from your PE department shows his face at the pitch again he'll be going home in an ambulance",
    "I'll be stood at the gates at 3 for that teacher and he won't be walking away from it",
    "Mark my words, {S} will regret the day she crossed this family. We know where she lives",
    # incitement to damage by an adult: threat
    "Somebody should torch that mobile classroom before the kids go back in it",
]

PROFANITY_THREAT = [
    "Fucking try it {S}, I'll be waiting outside for you at half 3",
    "Swear to god if he shouts at my daughter again I'll smash his fucking face in",
    "whoever owns the blue Audi, your fucking windscreen will be in bits if you park on my grass again",
]

THREAT_SAFEGUARDING = [
    "{P} ur dead monday, im bringing my brothers blade in and everyone will see",
    "if them lads on the top field jump me again ive got something in my bag this time and im not scared to use it",
    "me and my mates are bringing bats in tmrw for {P} after what he done. dont tell no one",
]

SAFEGUARDING = [
    "I drive the little lad home on the SEND run and most days there's nobody in when we get there, he's been sat on the step till gone 5 a few times now. Told the office but it keeps happening",
    "There's a fella in a grey van parks up by my shop at home time handing the year 7 and 8 girls free vapes. I've told him to shift but he's back every day",
    "One of the little ones I mind has been coming back on a Monday with bruises on his arms and he flinches when I go to do his coat up. I've written it all down",
    "dont want to go home tonight my mams boyfriend gets really angry when hes been drinking and last time he hurt her and me",
    "i havent had anything to eat since school dinner yesterday theres nothing in the cupboards",
    "i keep cutting again and no one knows, i dont want to be here anymore",
    "My granddaughter's 12 and there's an older lad messaging her on snapchat, buying her things and telling her to keep it secret from her mam",
    "There's a young lad, can't be more than 10, out on our street every night till midnight in just a t shirt, no one ever comes looking for him",
    "one of the lads on my team turns up in the same unwashed kit every week, no boots, starving, says he makes his own tea every night. Worried sick about him",
    "Not my place anymore but a girl in year 8 keeps posting on tiktok about being kept off school to look after her little brothers. I've known the family years, somebody needs to check in on them",
    # disclosure of criminal exploitation; "hurt my mum" is reported, not a threat by the writer
    "some older boys make me take packages to the flats on the estate after school and say theyll hurt my mum if i stop",
    "{P} keeps saying he's going to kill himself and he showed me the marks on his arm, please dont tell him it was me",
]

SEXUAL_SAFEGUARDING = [
    "the year 10 girls in the netball pics 😍😍 legs for days, post more",
    "{PW} is looking very grown up for 13 in that photo if you know what I mean 😏",
    "dm me the swimming gala pics, the ones of the girls in their costumes, for my private collection",
]

HATE = [
    "Half the kids in that photo aren't even from here. Gateshead isn't Gateshead anymore",
    "Course the new head of science is an African woman, diversity hire if ever I saw one",
    "Stop teaching my grandkids that having two dads is normal. It isn't and it never will be",
    # no slur: implies Travellers are thieves/dangerous as a group -> hate
    "Travellers are on the leisure centre car park again, lock your bikes up and keep the kids in",
    "Why are we paying for a prayer room for them? This is a Christian country, if they want that they can go back where they came from",
    # disability attack, not legitimate feedback: hate only, not complaint
    "Kids with special needs belong in a special school, not dragging everyone else's back down",
]

PROFANITY_HATE = [
    "Fucking foreigners taking all the places at our school while local kids get sent to Felling",
    "Pride flag up at the gates again. Keep that gay shit away from primary kids",
]

SEXUAL = [
    "{S} can give me a detention any day of the week 😏🍑",
    "The PTA mams at the summer fair in them shorts... I'll be volunteering next year if you know what I mean 😉",
    "the PE teacher in his running shorts is the real reason all the mams turn up to sports day 🥵🥵",
    "Whoever the new dinner lady is, she can warm my pudding up anytime 😋",
    "Forget the bake sale, I'd pay a tenner for a dads calendar with nowt on but a football 🍆",
]

SPAM = [
    "🔥 I made £4,200 last month from my kitchen table while the kids were at school!! Comment INFO and I'll show you how 💰💰",
    "Congratulations! Ravensworth families have been selected for a FREE £500 Tesco voucher. Claim at tesco-rewards-uk.co before midnight",
    "follow my page for daily geordie memes, follow back guaranteed 🙏 f4f",
    "Low Fell Driveways - block paving, resin, tarmac, free quotes, mention this post for 10% off, see our page",
    "Your page has been reported for copyright violation. Verify your account here or it will be disabled within 24 hours: meta-support-check.com",
    "Ex teacher turned trader 📈 turned £200 into £9k in a fortnight, link in bio, spaces limited",
]

PERSONAL_DATA = [
    "Found a little purple purse outside my shop with a library card in, name on it is {PF}, come and collect it from behind the counter",
    "Taxi driver here, any SEND parents needing me on a weekend my number is {PH}",
    "Dads team fixtures this season, ring me on {PH} or email {EM}, cheers Gaz",
    # a child's full name in praise is still personal data
    "Our {PF} got star of the week!! So proud of her 🌟",
    "Happy 10th birthday to our gorgeous grandson, born {DOB} and the light of our lives, love nana and grandad",
    "Missing from {AD} {PC}, ginger tom with a white chin, the kids are heartbroken, keep an eye out",
]

PD_QUESTION = [
    "Can the office send the trip forms to my own email {EM} instead of my ex's? How long does that take to change",
    "Childminder here, I've moved to {AD}, do I need to fill in a new collection form or can you update it from this",
]
