"""Round 19, writer Y, session 12: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""

# Voices (writer Y): the nursery, early years and wraparound care at Ravensworth - parents of two- to
# four-year-olds, grandparents, childminders who collect from the school, wraparound and holiday club
# families; funded hours, toileting, biting rows, bruises at pick-up, a frightened mum, a drunk dad at
# collection, a child's full name on a peg, parents' rivalry, prejudice, scams aimed at nursery parents,
# and questions with no question mark. Mostly Geordie, phone-typed, lower case, emoji.

OK = [
    # hard negatives (share words with abuse, threats, sex, drugs, weapons, spam, safeguarding)
    "he's been a proper little monster all week but came out of nursery today absolutely beaming 🥰",
    "the terrible twos have hit our house like a truck and she's not even two til june 😩",
    "{P} is a little terror at home but apparently an angel for {SF}, typical 🙄😂",
    "3 days into potty training and hes got a right potty mouth, shouted POO at the top of his voice in asda 😂",
    "look at {P}'s killer smile in the 2nd pic 😍",
    "could murder a coffee after settling in week honestly, well done all the little ones",
    # judgement call: hyperbole about the writer's own child, as round 4/5's sibling and PE kit jokes
    "swear ill throttle him if he wakes up at 5 again 😂 nursery wore him out a treat today tho",
    "mine came home covered head to toe in red paint, looked like a crime scene 🤣 best day ever he says",
    "the water pistol fight at holiday club looked class, {PW} came out soaked and buzzing",
    "we get through calpol like its going out of fashion with these back teeth coming",
    # judgement call: a parent's own toddler running naked after a bath; a family story, not sexual
    "he ran naked round the garden after his bath shouting im a dinosaur, nursery has a lot to answer for 😂",
    "proud mam moment, she only bit the nursery nurse's sandwich this time not the nursery nurse 😂 progress",
    # judgement call: an explained injury volunteered by the parent, no concern raised
    "the bruise on her head is off our coffee table not nursery before anyone panics, shes fine x",
    "sand and water play this morning, came home with half the sandpit in her knickers 🤦‍♀️😂",
    "the stay and play was a riot, thank you {SF} for putting up with us all",
    "{PW} was flying round the yard on them trikes like a bullet 😂",
    "crack of dawn drop off for breakfast club and the staff are all smiles, saints the lot of them",
    "the dressing up box has a pirate sword and a plastic gun in it and now he wont go to bed without either",
    "the free funded hours have been a lifesaver, couldnt have gone back to work without them",
    "wor lass is hooked on the tidy up song now, sings it while she wrecks the living room",
    # ordinary benign comments
    "settling in went so much better than i expected, thank you {SF} and {S} x",
    "{P} hasnt stopped talking about the bug hunt 🐛🐞",
    "massive congratulations to the nursery team on the ofsted, well deserved {H}",
    "ahh look at them all in their little wellies 😍",
    "best nursery in gateshead hands down",
    "canny photos, our bairn is made up shes in one",
    "thank you for the leaving card from the little ones, im in bits 😭",
    "{P}'s nana here, thank u for letting me come to the stay and play, loved it x",
    "the childminders at the gate all say the same, the wraparound staff are brilliant with them",
    "🥰🥰🥰",
    "first full week in nursery done, proper proud of my little man 💪",
    "shout out to {SF} for getting our lad dry in a week when weve been trying since christmas",
    "mashallah they all look so happy",
    "dziękujemy bardzo {SF} ❤️ za wszystko",
    "the nursery nativity was pure chaos and i loved every second",
    "for anyone asking the uniform swap is at {V} on saturday morning",
    "rang {SPH} this morning and they sorted our sessions in 2 mins, really helpful",
    "my 4 year old informed me today that {SF} is her best friend and im second 😂",
    "snack time fruit is the only reason mine eats a banana tbh",
    "emailed {SEM} about the funded hours code and got an answer same day, cheers",
]

COMPLAINT = [
    "third time this month hes come home in someone elses pants and his own are nowhere. not the end of the world but its getting a bit much",
    # judgement call: left in wet clothes for hours - a complaint about care, could be read as neglect
    "was told at pick up shed had an accident at 10am and she was still in the same wet leggings at 3. not good enough",
    # judgement call: rhetorical question inside a complaint, so complaint only
    "my son has come home with teeth marks on his arm two weeks running and all i get is a form to sign. what is actually being done",
    "love how the funded hours are free but theres a £6 a day consumables charge nobody mentioned. very free 👏",
    "wraparound shut early AGAIN with an hours notice, some of us have jobs we cant just walk out of",
    "settling in was 45 mins a day for 2 weeks. lovely for the kids im sure but ive used all my annual leave before shes even started",
    "nursery door at pick up is carnage, toddlers running into the car park while everyone's crammed in the gate. someone's kid is going to get knocked over",
    # judgement call: an unreported head bump is a communication complaint, not a safeguarding report
    "nobody told me she'd banged her head til i found the lump at bath time. a phone call would of been nice",
    "the new booking app for sessions is rubbish, keeps taking the money and not booking the place",
    "still waiting on the refund for the sessions cancelled in feb, 3 emails and nothing back",
    "why is it always the same kids in the photos on here, mine has been in nursery a year and not been in one",
    "sorry but 8 kids to 1 adult at holiday club with 3 year olds in the group doesnt sit right with me at all",
    "10/10 communication as usual, found out about the nursery closure off another mam at the gate",
    "fees gone up again and the hours have gone down. cheers for that",
]

COMPLAINT_QUESTION = [
    "nursery dinners were stone cold again today, he barely touched it. also what time does the christmas party finish on thursday",
    "really disappointed nobody told us about the biting til the next day. separate thing but is the 30 hours form going out this week or next",
    "pick up from wraparound was a joke last night, stood 20 mins outside in the rain with the baby. whats the number to ring if nobody answers the door",
    "his comforter went missing tuesday and nobody seems bothered, its the only thing that gets him to sleep. can u let me know when lost property gets cleared out",
    "holiday club prices are daylight robbery this year. do you still do the sibling discount or has that gone an all",
]

QUESTION = [
    "hiya do you take them in nursery the term after they turn 3 or do they have to wait til september",
    "whats the earliest drop off for breakfast club",
    "is there still spaces on tuesday thursday afternoons for after easter",
    "how many settling in days do they get before they stay the full session",
    "can my childminder pick up from nursery or does she have to be on the list first",
    "wondering if the 15 hours can be split over mornings only, cant find it anywhere on the website",
    "do i need to send nappies and wipes in or do yous provide them",
    "whats the fee for an extra hour after 3 if were not on the funded hours",
    "anyone know if nursery is open on the inset day on the 2nd",
    "hi {SF} will the farm trip photos go on the app or just on here",
    "need to know if wraparound is running over the holidays, got to sort work out x",
    "are the 2 year old places still going for september, we got the letter off the council",
]

INSULT = [
    "the woman on the wraparound door has a face like a wet weekend and the personality to match",
    "{P}'s mam is a nasty piece of work, everyone at the gate knows it",
    "{S} couldnt organise a sandpit, absolute clown",
    "the childminder in the silver zafira is a gobby nightmare, nobody can stand her",
    "half the parents in the nursery whatsapp are that thick they shouldnt be allowed kids",
    "maybe if you actually parented your feral kid he wouldnt go round biting other bairns. pathetic",
    "{SF} thinks she's it, stuck up cow",
    "imagine being that snotty at the gate when your own kid is the biter 🙄 get over yourself",
]

INSULT_COMPLAINT = [
    "{SF} sits on her phone while the little ones run riot in the yard, seen it 3 days running. lazy doesnt even cover it",
    "my daughter was left crying at the door 10 mins while {S} chatted to another parent. stone cold woman, shouldnt be working with under 5s",
    "the wraparound manager is clueless and rude, charged us a full session when we picked up at 4",
    "third biting incident and still the same useless excuses from a nursery lead who clearly doesnt know what shes doing",
    "the office lady is a right jobsworth, wouldnt take cash for the nursery top up and made me go home for my card",
]

PROFANITY = [
    "potty training is a fucking nightmare, 14 pairs of pants today and its only dinner time 😂",
    "bloody hell she looks so grown up in her uniform 😭",
    "3 kids under 5 and the washer's packed in. send wine. and sh*t loads of it",
    "fookin love this nursery, best decision we ever made",
    "holy shite the nursery sports day pics 😂😂 {PW} legging it the wrong way",
    "she told me to shut up today and i nearly pissed myself laughing, the terrible twos are no joke",
    "f u c k i forgot it was pyjama day AGAIN 🤦‍♀️",
]

PROFANITY_INSULT = [
    "your lad bit my daughter and you stood laughing at the gate, youre a proper c*nt",
    "breakfast club woman is a miserable old bitch, cant stand her",
    "the mams in the nursery group chat are a bunch of two faced twats",
    "{S} is a useless piece of shit",
    "whoever parks across the nursery gate every morning is a selfish prick",
    "stop moaning on here about biting you daft bastard, theyre 2",
]

THREAT = [
    "if your kid bites mine one more time ill be waiting for you at the gate and it wont be for a chat",
    "keep talking about my family in that group chat and see what happens to your car",
    "i know where you live now, your lass gave it away on the party invite. remember that",
    "tell the woman with the double pram whos been mouthing off about me shell get whats coming to her at pick up",
    "whoever reported me to the nursery, ill find out who you are and youll regret it",
    "if the nursery wont sort her out ill sort her myself, im not scared of a scrap",
    "one more snide comment from {P}'s mam and shell be picking her teeth up off the playground",
    "dont be surprised when your windows go in, you know what you did",
    "that childminder wants to watch herself, ive got mates who dont mind a bit of bother",
    "next time i see that dad at collection hes getting a slap, mark my words",
    # judgement call: veiled, no violence named
    "the staff who lied about my son wont be smiling for long. watch this space",
    # judgement call: could be read as hyperbole, kept as a threat of damage
    "ill burn that nursery to the ground before i let them put my son back in the baby room",
]

PROFANITY_THREAT = [
    "let your brat bite my daughter again and ill knock you the fuck out",
    "i swear down im gonna smash that fucking gobby childminder's face in",
    "keep fucking with me on the nursery group and ill be round yours with a bat",
    "whoever keyed my car in the nursery car park, ill find you and youre fucked",
]

THREAT_SAFEGUARDING = [
    # judgement call: an adult threatening violence to a toddler - threat plus risk to a child
    "that biter in the blue room wants a good hiding and if his mam wont give him one i will",
    "im taking my son out of nursery friday whether his mam likes it or not and anyone who gets in my way gets hurt",
    "if {P} pushes my daughter off the slide again ill shake the little brat til his teeth rattle",
    "im bringing a knife to after school club tomorrow and that kid who keeps hitting my sister is getting it",
    # judgement call: adult threatening a child at wraparound
    "the kid who keeps hitting mine at wraparound, ill be waiting for him after club and he wont do it again",
]

SAFEGUARDING = [
    "noticed finger shaped bruises on the top of a little ones arm at pick up today, not mine, didnt know who to tell",
    "the dad who collects the twins from nursery was swaying and slurring at the gate today and then drove off with them in the car",
    "im scared of my partner and hes the one on the list to collect our son. i dont know what to do",
    "the childminder who picks up from wraparound leaves 4 kids in her car with the engine running while she goes in the shop",
    "my daughter said a man at the fence by the nursery garden asked her name and gave her sweets through the railings",
    # judgement call: a request for someone to act, not for information - safeguarding only
    "little lad in nursery always seems starving and in the same clothes all week, his coats miles too small, can someone check on him",
    "my 4 year old said {P}'s uncle showed her a video on his phone she didnt like and told her it was their secret",
    # judgement call: asks to be rung but the point is the disclosure, as the 'is that allowed??' precedent
    "please can the safeguarding lady ring me, i cant say on here but things at home arent safe for my kids right now",
    "mam at the nursery gate had a black eye again today and her little girl clings to her like shes terrified, worried for them both",
    "some bloke has been taking photos of the nursery garden from the bus stop at dinner time, 2 days now",
    "he keeps saying daddy hurts mammy and hides under the table when anyone shouts. im his childminder and im really worried",
    "someone on marketplace is messaging nursery mams offering free babysitting and asking for photos of the kids first. be careful",
    # judgement call: criticises the nursery too; a moderator could add complaint
    "my sons dad turns up to collection off his face on something and the nursery still lets him take him",
    "one of the kids i mind says mammy goes out at night and leaves her and the baby on their own, shes 3",
]

SEXUAL_SAFEGUARDING = [
    "more pics of the paddling pool day please, the little girls in their swimsuits 😍😍",
    "anyone got the unedited ones from splash day, the little ones in just their pants 😏 inbox me",
    # judgement call: 'heartbreaker' alone is innocent; the legs and the emoji make it sexualised
    "shes only 4 but shes gonna be a heartbreaker with them legs 😏",
    "{PW} is a stunner, message me when shes 16 😘",
]

HATE = [
    # judgement call: framed as a language grievance, but it is hostility to a nationality
    "half the nursery dont speak a word of english, the kids jabber away in polish and the staff let them. this is england",
    "funded places going to families whove been in the country 5 minutes while locals wait, send them back",
    # judgement call: uses safeguarding words, but it is an attack on a religion, not a concern about a child
    "that muslim family make their little girl wear a headscarf at 4, its child abuse, they dont belong in a british nursery",
    "wont be letting mine play with the traveller kids, theyre all thieves",
    "the staff should only speak english to the kids not that foreign gibberish",
    "two mams picking up one kid, whats that teaching the rest of them. nursery should be ashamed",
    "no more sitting next to the romanian mams at stay and play, dirty lot",
]

PROFANITY_HATE = [
    "fucking foreigners taking all the nursery places",
    "the romanian lot at the gate can piss off back home",
    "sick of the bloody muslims at pick up blocking the path in their robes",
]

SEXUAL = [
    # judgement call: innuendo about a staff member, sexual rather than insult
    "{SF} can potty train me any day 😏",
    "the dad in the grey trackies at pick up 🥵🥵 asking for a friend",
    "bath time with my fella tonight once the bairns are down 😉🛁🍆",
    "bet the nursery staff night out got wild, what happens in the ball pit stays in the ball pit 😉😉",
    "only thing im getting funded this half term is a date night and a bottle of lube 😂",
    "{SF} in them leggings, nursery pick up just became my favourite part of the day 🍑",
]

SPAM = [
    "FREE FUNDED PLACES for 2 year olds!! register your child here before spaces go ➡️ bit.ly/fundedplaces-ne9",
    "mams!! earn £300 a week from home around nursery hours, message me INFO 💸💸",
    "tax free childcare top up bonus 💷 claim your £500 from HMRC now at gov-childcare-refund.co",
    "follow for follow mams 💕 toddler life account, i follow everyone back",
    "handmade name pegs and labels for nursery, 20% off this week only, check my page 🧵✨",
    "congratulations! youve been selected for a free family photoshoot, click the link in my bio to claim",
    "need a reliable childminder?? ofsted registered, cheap rates, dm now 👶✨",
]

PERSONAL_DATA = [
    # judgement call: a heads-up to the school, but it repeats the child's full name
    "you can read {PF} on the peg in the cloakroom photo btw, full name and all",
    "any mams wanting to swap outgrown nursery uniform text me {PH}",
    "happy 4th birthday {PF} from all your nursery pals, born {DOB} and what a year its been 🎂",
    "whoever lost the little pink scooter its at mine, {AD}, knock anytime",
    "sent the party pics {SF}, my email is {EM} if you want the rest",
    "weve moved so {P}'s new address is {AD}, {PC} for the nursery records",
]

PD_QUESTION = [
    "can someone from wraparound ring me on {PH} about extra sessions in half term",
    "what days are settling in for the new starters, my email is {EM} if its easier",
    "does {PF} need her red book on the first settling in day or just the forms",
]
