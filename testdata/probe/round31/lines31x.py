"""Round 31 writer X3: homework, reading records and the school's new parent app."""
# Theme: homework, reading records, the new parent app (teachers messaging late at night, login
# failures, a "data incident" scare), screen time, and tutoring adverts on the school's page.
# Voices: working parents on shifts, a dad who writes in capitals, second-language parents,
# tutors/spammers advertising, pupils moaning about homework, Geordie mams, the odd troll.

OK = [
    "{PW} finally finished her reading book tonight, proper chuffed with herself 📚",
    "the volcano homework was a blast, our kitchen is now covered in bicarb 😂 {H}",
    "our lad absolutely smashed his spelling test, 20 out of 20!!",
    "me and the reading record are at war, i keep losing the pen 😂",
    "just signed the reading log, {P} read 4 chapters of Horrid Henry tonight, he's killing it",
    "I could murder a brew after doing year 4 fractions with two of them",
    "the app works a treat now after the update, cheers {S}",
    "Thank you {SF} for the lovely message about {P}, made my week ❤️",
    "screen time is a battle in our house but the maths game on the app is the one thing she begs to play",
    "he's dying to read The Witches now, thanks for the recommendation {S}",
    "The Hunger Games project was brilliant, {P} made a mockingjay out of tinfoil",
    "the crime scene science homework was class, fake blood everywhere 🩸🔍 well done to the science dept",
    "he bombed through his times tables tonight, 12s done!",
    "Naughty little elf has nicked the reading book again 🧝 found it in the fridge",
    "Crack on kids, only two weeks till half term 💪",
    "she's obsessed with the pirate book, made us all walk the plank off the sofa 🏴‍☠️",
    "Kids: 'homework is literally torture' also kids: spends 3 hours building a minecraft castle 🙄😂",
    "reading record translated into geordie: 'he read canny well, like' 😂",
    "Reading record signed, stamped and in the bag. Feel like I deserve a medal",
    "Year 6 revision pack is savage but {P} says she's up for the fight 🥊",
    "Dziękuję Ms Szymańska for the music homework, my son practise every evening now",
    "'Mam I need a cardboard box, glue and a toilet roll by tomorrow' at 9pm. Classic 😂",
    "Honestly the only leak in our house was me leaving the bath running while I checked the app 🙈",
    "For anyone locked out, ring the office on {SPH}, they reset mine straight away",
    "the password for the app is harder than the homework 😂 got there in the end though",
    "{PW} is the name and reading is her game 📖⭐",
    "so proud, {P} got star reader of the week {H}",
    "My kids think i'm the worst mam in the world for turning the ipad off at 7. Worth it",
    "Our wee one sobbed when the book ended, that's how good it was 😭",
    "Ta for the tips on screen time at parents evening, we've started a no phones at tea rule",
    "Tutoring not needed after all, {SF} sorted his phonics in a term. Magic 🪄",
    "Spent the night shooting hoops in the garden instead of spellings, don't tell {S}",
    "The kids were hooked on Stig of the Dump, what a killer ending",
    "sick homework this week, he actually enjoyed it for once",
    "{P} says the PE homework of 20 star jumps is the best homework ever, easiest win of his life",
    "We read Goodnight Mister Tom together and I was in bits 😢",
    "Brilliant that the app now translates messages into Urdu for my mum, thank you so much",
    "me trying to help with year 9 chemistry like 🤯 my brain has exploded",
    "Lost the reading book, found the reading book, lost it again. Send help 😂",
    "That dragon story she wrote had me in stitches, the whole family is fighting over who reads it next",
    "Good luck to everyone's kids with the reading challenge, go knock em dead 💥",
]

COMPLAINT = [
    "Getting app notifications from teachers at 10.40pm is not on. Some of us start shifts at 6.",
    "Love getting a message at midnight saying my kid hasn't done homework that was only set at 8pm. Great system 👍",
    "Three weeks and i still cant log in to the new app. Paper letters worked fine.",
    "Bit disappointed that the reading book hasn't been changed since October, he's read it 6 times now",
    "Homework that needs a laptop assumes every house has one. Ours doesn't.",
    "I DO NOT HAVE TIME TO SIGN A READING RECORD EVERY NIGHT WHEN I WORK 12 HOUR SHIFTS. SORT IT OUT.",
    "the school tells us to cut screen time then sets all the homework on a screen. make it make sense",
    "A vague email about parents' details 'possibly being visible' on the app is not good enough. We deserve proper answers.",
    "Sorry but 40 minutes of homework every night for a 6 year old is too much",
    "My english not so good and the app is only english. Very hard for me to know what is the homework.",
    "Not impressed that {P} got a negative point because the app didn't save his work",
    "the reading record comments are getting a bit judgy tbh, 'please read more at home' when we read every single night",
    "Why do we need three apps, a website and a paper planner. Just pick one.",
    "Fair play for trying something new but the app has been a shambles since september",
    "Homework set on a friday and due monday when half the year group are away at the tournament. Poor planning.",
    "KIDS ARE BEING SENT HOMEWORK THROUGH AN APP THAT CRASHES EVERY TIME YOU OPEN IT. BRILLIANT.",
    "Adverts for private tutors keep popping up on the school's page. Please moderate it, it makes parents feel like they're failing.",
    "I understand staff are busy but four days for a reply about his reading level is too long",
]

COMPLAINT_QUESTION = [
    "The app logged me out again and now says my email isn't recognised. Third time. Who do I speak to to get it reset?",
    "Really unhappy that homework is being marked late when the app was down all weekend. Will those marks be changed",
    "We got an email saying there was a 'data incident' and nothing else. Not acceptable. Which information was actually shared?",
    "Teachers messaging after 9pm is stressing my daughter out. Is there a policy on what time staff can send messages?",
    "Reading books keep coming home torn and scribbled in which is grim. can we get new ones or do we have to buy our own",
    "MY WIFE AND I HAVE BEEN LOCKED OUT FOR A MONTH AND NOBODY RINGS BACK. WHAT IS THE NUMBER FOR THE IT PERSON",
]

QUESTION = [
    "anyone know if the spellings are on the app or in the book this week",
    "Is there a paper copy of the homework for families without internet?",
    "what's the code for the parent app, lost the letter",
    "Does the reading record need signing at weekends too",
    "Hello, I am mother of {P} in year 2. How I can change the language in the app to Polish please",
    "Should I email {SEM} about the app login or wait for the teacher to reply?",
    "when is the deadline for the year 8 history project",
    "hi where do i find the homework for reception, my little one only started last week",
    "Is homework club still on Thursdays after school",
    "anyone got a link to the screen time talk from last week, couldn't make it",
    "Will there be a session at {V} for parents who need help setting up the app?",
    "do we log reading minutes or pages on the new record",
]

INSULT = [
    "{S} couldn't teach a fish to swim, no wonder the homework makes no sense",
    "the teachers on this page are a bunch of jumped up clowns 🤡",
    "Some of the parents on here are thick as mince, the login is printed on the letter",
    "{S} is a power tripping busybody, nobody asked for her opinion on my kid's bedtime",
    "{P}'s mam is the nosiest woman in Low Fell, stop screenshotting the class chat",
    "year 10 staff are lazy useless lumps who sit on their phones all lesson",
    "imagine being this sad and pathetic that you message kids about homework at 11pm, get a life {SF}",
    "the kid who sits next to mine is a snivelling little snitch",
]

INSULT_COMPLAINT = [
    "Homework wasn't marked for the third week running. {S} is frankly a waste of a salary.",
    "The app showed our addresses to other parents and the idiots running this school think a sorry email covers it",
    "reading books haven't been changed since before christmas, the Year 3 team are clueless",
    "Got told off by the office for asking about my login. Rude, smug woman, and I still have no login.",
]

PROFANITY = [
    "f*cking app logged me out again 🙃",
    "homework due at 9am monday, sh1t i forgot",
    "bloody hell, 40 spellings this week",
    "what a load of b0ll0cks this screen time chart is, ours is on 6 hours a day and i'm not even ashamed",
    "f u c k i n g reading records man",
    "pissing it down and i've left the reading book in the car",
    "crap, forgot to sign the log AGAIN",
    "what the fuuuuck is a 'learning platform' and why does it want my mothers maiden name 😂",
]

PROFANITY_INSULT = [
    "{S} is a proper knob for messaging my lad at half ten about one missing worksheet",
    "the parents moaning about logins are thick as sh*t honestly",
    "whoever built this app is a useless tw@t",
    "that tutor bloke spamming the page is a sleazy d1ckhead",
    "{P} is a little sh!te who copies my daughter's homework every week",
    "shut up you absolute c u n t, nobody cares about your kid's reading age",
]

THREAT = [
    "Message my kid at 11pm again {S} and you'll see what happens",
    "I know where the head lives. Sort this data leak or else.",
    "watch yourself {SF}, folk round here don't forget",
    "whoever leaked our addresses better hope i never find out who they are",
    "keep giving my son detentions over homework and see how long your car tyres last",
    "I'll be waiting at the gate at 3:15 for {S}. Tell them to come out on their own.",
    "There'll be a surprise in the staff car park for whoever runs this app. Not a nice one.",
    "if my daughter's details are out there someone in that office is going to pay for it, properly",
    "gonna burn that reading record and the school along with it",
    "One more night message and I'm coming in. Not to talk.",
    "you lot want to be careful, my brothers are nowhere near as patient as me",
    "someone should put a brick through the IT room window, see how they like being hacked",
    "tell the tutor advertising on here that i know his van and where he parks it 👀",
    "{S} won't be smiling much longer, mark my words",
]

PROFANITY_THREAT = [
    "send one more f***ing message at midnight and i'll smash your face in",
    "I swear to god if that shitty app leaks my address again I'm coming down there with a bat",
    "the teacher who humiliated my son over his homework better watch his f'in back",
]

SAFEGUARDING = [
    "my daughter says a man messaged her on the homework app offering to help with maths if she sends a photo",
    "{P} has come in without breakfast every day this week and his mam never answers the app, i'm worried about him",
    "im in year 9 and i cant do my homework because my dad takes my phone and hurts me if i ask for it back",
    "my son says someone in his class told him to kill himself because he topped the reading challenge",
    "i dont see the point of doing homework anymore, i dont think ill be here much longer",
    "there's an adult in the reading app chat who keeps telling the kids to add him on snapchat",
    # judgement call: "is it normal" follows a concern report, so safeguarding only (as "is that allowed??")
    "Is it normal for a tutor to tell my 11 year old to keep their lessons secret from me? He's been messaging her late at night",
    "the little girl across the road is always left home alone doing her homework til gone 10 at night",
    "my daughter cuts her arms when she gets homework wrong, i found the marks tonight and don't know what to do",
    "a year 11 lad keeps giving the year 7s vapes to do his homework for him",
    "{PW} told me her brother's mate films her on his phone when she's getting changed after school",
    "im scared to go home with my report, last time my stepmam locked me out all night",
    "some older boys are making the younger ones carry packages round the estate after homework club for money",
    "the year 8 group chat is sharing a list rating the girls and one of them is crying herself to sleep over it",
]

THREAT_SAFEGUARDING = [
    "im bringing my dads knife in tomorrow if they dont stop ripping my homework up",
    "a lad in year 10 is saying he'll stab {P} after school over copied homework, my son is terrified",
    "if anyone else laughs at my reading age i'm bringing something in to school and they'll all be sorry",
]

HATE = [
    "Homework standards have gone downhill since they let all these foreign teachers in",
    "the app's in 12 languages now, english not good enough anymore? if you can't read it go back where you came from",
    "Bet it was the travellers who leaked the data, it's always that lot",
    "that SENDCo wants to go back home where she belongs and take her nonsense with her",
    "don't put my lad in a reading group with the muslim kids, they'll turn him",
    "boys reading romance books will all turn out gay, that's what this school teaches now",
    "homework help for the special needs lot is a waste of money, they'll never amount to owt",
    "women in headscarves shouldn't be let near the school app, who knows what they're sending",
]

PROFANITY_HATE = [
    "the f***ing polish kids get extra reading help while ours get nowt, send them all home",
    "that tutor's a bloody queer, keep him away from our boys",
]

SEXUAL = [
    "{S} can give me detention any night, phwoar 😏",
    "the new deputy can check my homework anytime if you know what i mean 😉",
    "{S} in those shorts on the PE homework video... I'm not complaining 🍑",
    "only thing i'm reading tonight is something very naughty under the covers with the husband 😈",
    "that dad at pick up with the forearms can sign my reading record any day, sorry not sorry 🥵",
    "the teachers' profile pics on the app are fit as, id let the blonde one mark me all night",
]

SPAM = [
    "📚 Struggling with homework? Qualified tutors from £12 an hour, DM us for a FREE trial lesson!!",
    "Earn £500 a week from home while the kids do their homework 💸 link in bio",
    "Your school app account has been suspended, verify your details here: ravensworth-parentlogin-secure.com",
    "follow for follow? proud mam of 3 sharing our reading journey 📖 #booktok",
    "11+ and SATs prep - guaranteed results or your money back! Book now at our Low Fell centre, spaces limited",
    "Congratulations! You've been selected for a free kids tablet 🎁 just pay £1.99 postage, click the link",
]

PERSONAL_DATA = [
    "for anyone struggling with the app text me on {PH}, i've figured it out",
    "{PF} left their reading book on the bus, I've got it, come and get it",
    "after the app leak everyone knows {S} lives at {AD} apparently, not hard to find",
    "parents wanting to set up a homework swap group email me {EM}",
    "Happy birthday to our gorgeous girl {P}, born {DOB}, she wanted her reading record signed as a present 😂",
    "anyone lost a lunchbox and reading folder? it's at my house, {AD} {PC}, knock anytime",
]

PD_QUESTION = [
    "still can't log in, can someone from the office ring me back on {PH} please",
    "Is there a way to get my son {PF} moved to a different reading group",
    "Could you resend the login code to {EM} as the other one never arrived?",
]
