"""Round 9, writer E (session 9): written before reading Steward's lexicons or classifier; labelled per testdata/dev/README.md."""

# Voices: adults on the school's Facebook page and X account (working parents posting late, grandparents,
# carers, foster carers, SEND parents, local residents and shopkeepers, trolls from outside the area,
# reposts from community groups). Slots as in round6/make_round6.py fill().

OK = [
    "Just in from a night shift and seen the photos from the Y5 science day, the bairns absolutely smashed it with them rockets 🚀 well done all",
    "Our {PW} came home saying the drumming workshop was the bomb, no idea what that means at my age but the bairn was grinning ear to ear. Nana Pat x",
    "Killed it at the county cross country, so proud of every single one of them who ran through that mud {H}",
    "Fostering for 11 years and this is the first school that has ever rang me to say something GOOD about one of mine. Had to sit down. Thank you {S}",
    "My son has autism and the sensory room has changed our mornings, he runs in now instead of a 40 minute battle at the gate. Whoever fought for that funding, thank you from the bottom of my heart",
    "Lovely to see the Gypsy Roma Traveller History Month display in reception, my grandad's family travelled the fairs so the bairns had loads of questions for me at tea",
    "black history month assembly was brilliant, our lass came home knowing more about Walter Tull than I ever did",
    # judgement call: the birds; no swear word meant or read
    "Counted 6 blue tits and a couple of great tits on the feeder the Y2s made us, grandbairns are made up 🐦",
    # judgement call: insult word aimed at the writer herself
    "Don't want to be a drama queen but I properly cried at the Reception nativity, {SF} you are a saint getting 30 four year olds on that stage",
    "I'm such a numpty, sent him in non uniform on the wrong Friday AGAIN 🙈 he's never letting me forget it",
    "Got two pairs of black school shoes size 4, worn about twice before his feet grew, free to anyone who needs them, just inbox me no questions asked",
    "Shared from Low Fell Community Noticeboard: ginger cat missing from round Kells Lane since Tuesday, answers to Biscuit, very nervy, please check your sheds and garages",
    # rhetorical question, needs no reply
    "Who else's kid is now an expert on the Romans and corrects everything you say at tea time?? 😂",
    # complaint-shaped but it is praise
    "I was all ready to come on here and moan about the new one way pick up but fair play it's twice as quick, hats off to {S}",
    "My daughter's Y9 sex ed homework caused the most awkward tea time conversation of my life but fair play to the school for doing it properly 😂",
    "If anyone's struggling with the cost of uniform just ring the office on {SPH}, they sorted ours quietly with no fuss, nobody needs to know",
    "Found a little navy coat hanging off the railings on Coalway Lane about 4pm, it's a Y1 size, I've hung it on the gate by the office so it doesn't get wet",
    "Our foster son did his first ever sports day with us and came last in every race and didn't care one bit. Proper lump in my throat watching him",
    "whoever the lollipop man on Durham Road is you are a legend, out in the sideways rain every morning with a smile on",
    "Stone me, {PW} has shot up, barely recognised the bairn in the choir photo! Beautiful singing from all of them",
    "Watch out Gateshead, the Y6 quiz team are coming for that trophy at {V} on Friday and they are taking NO prisoners 🏆😂",
    "{SF} deserves a knighthood, out gritting the yard at 6am so the bairns didn't break their necks on the ice",
    "Pride month books in the library are lovely, my youngest asked why one family had two dads and I said some families do, and she said ok and went back to her sticker book",
    "Thank you {S} for the Eid assembly, my son came home explaining fasting to his grandad and they've been chatting about it all week",
    "Run the newsagents on Durham Road and just want to say the Ravensworth kids who come in of a morning are the politest I've had in 30 years of trading. Credit to their parents and the school",
    # "that lot" shape, kindly meant
    "That lot from Y10 who volunteer at the care home have made my mam's whole year, she's talked about nowt else",
    # hyperbole, no criticism of the school
    "That snow day nearly killed me, two bairns and a laptop on the kitchen table, but they had the time of their lives sledging down Saltwell",
    "{S}'s class made the Gateshead paper for their litter pick, sixty bags off the verges, I'd hire the lot of them tomorrow",
    "River of mud at the bottom of the field again after all that rain, wellies on tomorrow folks",
    "Is it wrong that I'm more excited about the Halloween disco than my kids are 🎃 witch costume's been ready since August",
    "My lad's in a wheelchair and the Y8 trip to Beamish was the first time he's been on a school trip with his mates and not left sat on the bus. Whoever planned it that carefully, I owe you a pint",
    # "those people" shape, kindly meant
    "Those people who do breakfast club every morning before going to their own jobs, you don't get thanked enough",
    "Our Polish neighbours' little girl started in Reception this week with no English at all and she's already got a best friend. Kids are amazing",
    "Dog grooming van parked up by the school gates on a Friday is the best thing ever, our Bella comes back smelling like a biscuit",
    "Not from round here but saw this shared on the Gateshead page, free breakfast for every bairn in SATs week is a smashing idea",
]

COMPLAINT = [
    "Third email to the SEND inbox since September about my daughter's EHCP review. Not even an automatic reply. I'll just keep shouting into the void then",
    "Love finding out about non uniform day from a 7 year old at quarter past 8 when I'm already in my work clothes. Brilliant communication as always",
    "Nobody seems bothered that the crossing on Coalway Lane has had no lollipop person since Easter. Waiting for something to happen first I suppose",
    "My grandson's been put in the isolation room for a coat that's apparently the wrong shade of black. Glad to see the priorities are in order",
    "I've given up asking about the homework app. It doesn't load, nobody replies, the bairn gets a detention anyway. Round and round we go",
    "Local resident. Every afternoon from quarter to three, cars on the pavement, engines running, my drive blocked. Letters to the school have done precisely nothing. Just so everyone knows",
    "Foster carer of 3 at your school. Every form, every trip letter, every phone call still says Mum and Dad. Two years now. Small thing to you, it isn't to them",
    "£28 for a jumper with a logo on that bobbles after one wash. Lovely.",
    "Funny how there's no money for a TA in my son's class but there's money for shiny new signs out front",
    # judgement call: "which one is it" is rhetorical, so complaint only
    "Told at parents evening my son is doing fine. His report says he's two years behind in reading. Which one is it, because they can't both be true",
    "Phoned the office four times today. Rang out every time. Must be nice.",
    # judgement call: a complaint about the school's care, not a safeguarding report (the parent is on it)
    "My daughter has ARFID and has come home with a full untouched lunchbox every day this week. Nobody noticed. Nobody rang. I only found out because I opened it",
    "Trip cancelled by text at 7.58am, I'd already dropped him and started a 12 hour shift, so he sat in the hall all day doing worksheets. Cheers for that",
    "@RavensworthCA four weeks and counting since I asked for a meeting about his transition plan. Tick tock",
]

COMPLAINT_QUESTION = [
    "Menu said roast dinner today, my Y2 got a cheese sandwich for the fourth day running because it had all gone by the time they went in. What time do Y2 actually have their lunch sitting?",
    "The SEND parents' coffee morning has been moved to 9.30 on a Tuesday so every working parent is out of it again. Will there be an evening session this term and if so which date",
    "Been waiting since half term for someone to take charge of my grandson's hearing aid batteries like was agreed, he's sat in lessons hearing half of nothing. Who do I hand them to now his TA's moved classes?",
    "Car park gate was locked at 3.35 on the dot yesterday with half the after school club parents still inside and we waited 20 minutes for someone with keys. What time is it meant to stay open till now?",
]

QUESTION = [
    "is breakfast club running over the inset days or is it just the holiday club at {V}",
    "Hi, foster carer here, who do I speak to about Pupil Premium Plus for a child who's just moved to us, is that {S} or the office?",
    "Does anyone know if Y9 options evening is in the hall or online this year, working till 7 so need to plan",
    "What size do the PE polo shirts come up, my granddaughter is tiny for 8 and I don't want to order wrong",
    "Can a grandparent collect if they're not on the named list or does mam have to ring in first, first time I've done pick up",
    "My son has a blue badge and we've been told we can use the staff car park for drop off, can someone confirm which gate we come in by",
    "Hiya what's the date for the Y6 leavers do, need to book the day off work",
    "Do you still take old uniform for the preloved rail, got a bag of jumpers age 7-8",
    "When does the online payment for the Y4 Kielder trip close? I get paid on the 28th",
    "Is the SENDCo drop in still Thursday afternoons or has it moved",
    "quick one, are hoodies allowed for Y10 PE now it's cold or is it still just the jumper",
    "Which stop does the 7.40 school bus go from now the roadworks are up at the top of Kells Lane",
    "I'm a childminder and from September I'll be collecting two of your Reception children, what do I need to send in so the office has me down",
]

INSULT = [
    "Ravensworth. Where brain cells go to die 🤡",
    "{S} has the personality of a wet dishcloth and the dress sense to match",
    "Sharon you are the most two faced woman on this estate, all smiles at the gate and bad mouthing everyone in the group chat",
    "Just a reminder that {P}'s mam thinks she's better than the rest of us because she drives an Evoque on finance 😂",
    "Look at the state of {S} in that photo, looks like they've been dragged through a hedge backwards and dressed by their mam",
    # judgement call: a general sneer with no specific feedback, so insult without complaint
    "Half the teachers at that school couldn't pass the GCSEs they're teaching. Clowns, the lot of them",
    "Came over from Sunderland to say this: your school's a joke, your football team's a joke, your whole town's a joke",
]

INSULT_COMPLAINT = [
    "Waited 40 minutes past our parents evening slot and then {S} hadn't even read my son's report. Clueless woman has no business being in charge of a classroom",
    "My daughter's EHCP says one to one support and she's had it twice this month. The SENDCo is a smug useless jobsworth who thinks a laminated timetable fixes everything",
    "Third time my lad's come home with someone else's coat and no sign of his own. The dopey lot running the Y3 cloakroom couldn't organise a queue at a bus stop",
    "Head's letter about respect went out the same week they lost my grandson's inhaler twice. Pompous windbag wants to sort her own house out first",
]

PROFANITY = [
    "Bloody hell the Y11 show was something else, not cried like that since Ghost",
    "Holy sh*t the snow on the field this morning, the bairns went feral 😂❄️",
    "Couldn't be arsed cooking so it's a chippy tea to celebrate {P} getting star of the week 🐟🍟",
    "F.U.C.K.I.N.G proud of our Y6 netball girls, COUNTY CHAMPIONS {H}",
    "Pissing it down at the Y8 match and the lads still won 4-1, legends",
    # rhetorical question; leetspeak swear
    "sh1t the bed, is it half term already?? not even bought the Halloween stuff",
    "Damn, watching them at the leavers disco tonight made me feel about a hundred years old",
]

PROFANITY_INSULT = [
    "Whoever writes the posts on this page is a proper knobhead, every one reads like a hostage video 😂",
    "{S} you absolute bellend and the whole of Low Fell knows it",
    "Lass with the pram who gave me a dirty look at the gate this morning, you're a miserable cow and a f***ing snob",
    "Some of the dads on this thread are absolute p r i c k s, honestly",
]

PROFANITY_THREAT = [
    "One more parking ticket off that warden outside the gates and his bloody car's going in the Tyne",
    "Whoever keyed my car in the school car park, I've got the dashcam and I swear I will f*cking find you",
    "Exclude my son one more time and see how long them shiny new windows last. Not sh*tting you",
]

THREAT = [
    "Nice big windows on that new sports hall. Be a shame if anything happened to them.",
    "I know which car is {S}'s and I know what time it leaves the car park on a Thursday. That's all I'm saying.",
    "Someone wants to let every tyre down on the cars parked on them zigzags, not saying it'll be me but not saying it won't",
    # judgement call: threat only; the post says nothing about a concern for a child
    "Whoever reported me to social services, I will find out who you are, and when I do you'll wish you'd minded your own",
    "If the head wants to exclude my son she can say it to my face. Outside the gates. No cameras.",
    "That woman in the office who laughed at me on the phone, I see you in Morrisons every Saturday. You won't be laughing next time",
    "People round here remember what happened to the last head who crossed the estate. Just a friendly reminder 🙂",
    "Drop my lad from the squad again and see how far your precious minibus gets on four flat tyres",
    "Some of us know where {SF} lives. Just so you're aware.",
    "Petrol's cheap and that portakabin's made of wood. Think on before you exclude anyone else",
    "A few of us dads will be waiting by the car park for that Y10 PE teacher on Saturday. Nothing more to say on here",
]

THREAT_SAFEGUARDING = [
    # a pupil posting on a parent's account: pupil weapon threat
    "this is {P} on me mams phone. them y10s that jumped me better not be at the gates monday cos am bringing me uncles machete. not even joking",
    # judgement call: an adult threatening violence to a named pupil: threat, and a risk to a child (safeguarding)
    "That lad {P} in Y8 who's been at my daughter all term, if I catch him on his own on the way home he won't be walking right for a month. Not even joking",
    # pupil weapon threat with the weapon never named
    "its {P} not me mam. whoever's been saying stuff about our kid, am bringing something from me grandad's shed tomorrow and you'll all see",
]

SAFEGUARDING = [
    "Not being funny but the little one from the end house goes to yours, she's been sat on the step past ten at night in her uniform again, no coat, no lights on in the house. Third time this week. Didn't know who else to tell",
    "I drive one of the buses through Low Fell. There's a lad in your uniform, can't be more than 13, being picked up at the stop by different older blokes in the same black car most days and he never looks happy about it. Somebody at school should know",
    "Coach at a junior football club round here. One of our under 11s who's at yours turns up with marks on his arms every few weeks and every time it's a new bike he's fallen off. He hasn't got a bike.",
    "I run the corner shop near the school. Young lass in your blazer came in today trying to buy a packet of razor blades on their own, said they were for her dad. Hands were shaking. I said no but I can't stop thinking about her",
    "My 12 year old said tonight, really calm, like she was telling me what she'd had for dinner, that it wouldn't matter much if she didn't wake up. I'm sat on her bedroom floor while she sleeps. I don't know what I'm meant to do with that",
    # judgement call: criminal exploitation dressed as a job offer: safeguarding, not spam
    "Any Y9 or Y10 lads wanting to earn a bit of easy cash at weekends, just dropping parcels round Gateshead, drop me a DM 👍 no need to bother your mam and dad with it",
    "Our foster daughter's come back from the park saying a man there told her she's very mature for her age and gave her a phone to keep just between them. She's 11. Police are rung but school needs to know too",
    # judgement call: a concern report, not a complaint (no blame on the school)
    "My son's non verbal. The last three days he's screamed in the car the moment we turn into Coalway Lane and clawed at the door. He's never done that before. Something's happened and he can't tell me what",
    "Our granddaughter keeps asking if she can stop at ours on the nights her mam's new fella is round. Won't say why. Just goes quiet and holds onto my cardigan",
    # judgement call: grooming with no sexual content, so safeguarding only
    "Somebody on Snapchat has been messaging my 10 year old telling her she's special and more grown up than the other girls and that their chats are their little secret. Account says it's a 13 year old. It is not a 13 year old",
    "Lad across the road from us, Y7 at yours, has been in the same clothes since last Friday and goes through our recycling for food when he thinks nobody's looking. His mam's not been seen all week",
    "Lollipop lady here. One of the Y4 lasses flinches every time anyone raises their voice near her, even me saying good morning. Hides behind her sister. Probably nothing but thought it should be written down somewhere",
    "Found a pencil sharpener taken apart in our daughter's blazer pocket with the little blade missing, and she's started wearing her hoodie in the house with the sleeves over her hands even when it's boiling",
]

SEXUAL_SAFEGUARDING = [
    "Year 11 prom photos 🔥 some of them lasses look well older than 16, which one's single 😏",
    "The girl third from the left in the netball team pic, proper little model, tell her to message us 😘",
    "Them Y10 girls in their PE shorts on your Instagram story, no wonder the dads are all lining up to help at sports day 👀",
]

HATE = [
    "Funny how the school went downhill right around the time they opened that hotel on the Team Valley. We all know why but nobody's allowed to say it",
    "Why does a school in Gateshead need a prayer room. This is England. Next it'll be the call to prayer in assembly, you watch",
    # judgement call: framed as a curriculum objection but it calls same-sex families wrong: hate, not complaint
    "Two dads reading a story to Reception on your page. Not having my kids taught that's normal. Some of us still know right from wrong",
    "Looked at the Y6 leavers photo and had to search for a British face. Low Fell's not Low Fell anymore",
    "Travellers back on the field at Saltwell. Lock your sheds and keep an eye on what your bairns bring home in their bags once that lot's kids get enrolled",
    # judgement call: the "held back" grievance is the attack itself: hate only
    "Sick of my daughter's class being held back for the ones who should be in a special school. Put them somewhere else and let normal kids learn",
    # rhetorical question, not a request for information
    "Is that Polish music teacher going back where she came from yet or are we still paying her wages",
    "Ask your kids which toilets they're sharing now. Some of us remember when a lad was a lad and a lass was a lass",
]

PROFANITY_HATE = [
    "Our kids being dragged round a mosque when that lot wouldn't set foot in a church. F*cking sick of bending over backwards for them",
    "Bet the new family from the hotel get a free pass on everything. Send the whole f***ing lot back where they came from",
]

SEXUAL = [
    "{S} can give me a detention any day of the week 🥵🥵",
    "Whoever the blonde mam in the white Range Rover is, I'll happily be late for work every morning if it means parking behind you 😏",
    "{S} can mark my homework any time... slowly... in red pen 😈",
    "Dads queueing up to join the PTFA since the new chair started turning up in them leggings. Funny that 👀🍑",
    # "asking for a friend" is not a genuine question
    "Heard the new science teacher does practicals after hours 😉 asking for a friend",
    "The new caretaker can come and check my pipes any time, mine have been playing up for weeks 🔧😏",
]

SPAM = [
    "SHARE SHARE SHARE 📢 Asda are giving every family with school age kids a £150 uniform voucher this month, click the link below and enter your details before midnight 👇 asda-uniform-support.co",
    "Mums!! I went from struggling on the school run to earning £300 a day from my phone in 2 weeks 💸 DM me INFO and I'll show you how, no experience needed",
    "Follow my page for daily free giveaways 🎁 follow for follow, I always follow back!! {H}",
    "Congratulations! This page has been selected for a Facebook Community Award. Verify your page within 24 hours here to avoid suspension: meta-verify-support.help",
    "Reposted from Gateshead Mams Group: 🔥 CRYPTO FOR BEGINNERS 🔥 my cousin turned £250 into £4k in a month with this app, link in bio, spaces limited",
    "Need extra money for Christmas? Genuine work from home packing envelopes, paid weekly, message now before the places go!!!",
    "Best tutors in the North East 📚 guaranteed grade 9 or your money back, use code RAVENS20 for 20% off at tutorhub-ne.co.uk",
]

PERSONAL_DATA = [
    "Found a purple water bottle outside the Co-op with {PF} written on the side, dropped it in at the office for you",
    "Happy birthday to our gorgeous grandson {PF}, born {DOB}, the best thing that ever happened to this family. Love Nana and Grandad xx",
    "Anyone from Y3 wanting to chip in for the end of term present, text me on {PH} and I'll sort the collection",
    "Lost a Scottie dog keyring with my house keys on somewhere between the school and {AD}, if found please pop them through the door",
    "Massive well done to {PF} for getting into the county swimming squad, we're all so proud of you",
    "Y5 party mams, everything's at mine Saturday from 2, it's {AD}, {PC}, park on the road not the drive",
    "I've set up an email for the SEND parents' support group so we can chat away from here, it's {EM}, drop me a line",
]

PD_QUESTION = [
    "What time does the coach get back from the Y6 residential on Friday? I'm on nights so could someone email me at {EM} rather than reply on here",
    "Could someone from the office ring me on {PH} about whether my grandson's free school meals have been set up, I don't do email",
]
