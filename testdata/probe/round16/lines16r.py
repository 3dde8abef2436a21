"""Round 16, writer R, session 12: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""

# Voices: writer R, the pupils themselves (ages 11 to 16) commenting on Ravensworth's Instagram and
# TikTok posts: sports day clips, prom, the Year 11 leavers' video, a teacher's dance at the talent
# show. Slang, emoji strings, in-jokes, friends tagging and roasting each other, banter that is
# friendly next to banter that is bullying, and questions about trips and deadlines with no "?".

OK = [
    # hard negatives: violent / sexual / drug / spam / safeguarding words used innocently
    "{S} murdered that dance at the talent show 💀💀 im actually crying",
    "{P} that goal was filthy bro top bins 🔥🔥",
    "ur dead funny {P} 😭😭 the way u fell over the hurdle and just kept going",
    "{P} is a beast on the 800m no cap he lapped half of them",
    "whoever edited the leavers vid ur a legend it absolutely killed it 😭",
    "{PW} was lowkey a weapon in the tug of war 😂 carried the whole team",
    "bro shot from the halfway line and it went IN 😱 {P} ur mad for that",
    "im deaddd 💀 {S} doing the worm on stage is the best thing ive ever seen",
    "the smoke machine at prom had everyone choking 😂 still peak tho",
    "drugs awareness assembly was actually kinda interesting ngl the police dog was so cute",
    "hot dog stand at sports day was elite 🌭🌭",
    "{P} battered them in the final 🏆 absolute scenes",
    "chem lesson where we blew up the gummy bear was the best day of my life 💥",
    "that slide tackle was criminal 😭😭 ref where were u",
    "{SF} has been weeding the garden all week and it looks mint now 🌷",
    "saw the vid of the staff v pupils match, {S} got their ankles broken so bad 💀",
    "sick sick SICK routine from the dance squad 🔥",
    # judgement call: friendly banter between mates (insult-shaped, no target harm)
    "lmaooo {P} ur so dumb i love u 😭😭",
    # judgement call: friendly roast of a mate who fell over, not bullying
    "{P} u absolute melt 😂 tripped over thin air",
    # judgement call: compliment on a prom photo, not sexualised
    "{P} u look so peng in ur prom dress 😍 the glow up is real",
    "the way 11B ate that routine and left no crumbs 💅",
    "wagwan ravens 🐦‍⬛ sports day tmrw lets gooo {H}",
    "say less {P} ur coming to mine after to watch the match",
    "{P} and {P} the duo of the year 😂❤️",
    "cant believe its our last ever sports day 😭😭 gonna miss this place fr",
    "its giving main character {P} 💅✨",
    "bare people in the background doing the griddy 😂😂",
    "peak that i wasnt in the photo 😔 next time innit",
    "miss my year 7 self fr look at us 🥹",
    "{S} is lowkey the best teacher in the school no cap",
    "the talent show was unreal, {P} on the piano gave me chills",
    "ravens on top 🖤🤍 {H}",
    "who let {S} cook 🔥🔥🔥 mandem was not ready for that",
    "w school w teachers w trip 🙌",
    "crying at how competitive the egg and spoon race is 😂",
    "{PW} is actually so fast bro its not fair 😂 gold every year",
    "gutted we lost the relay but we go again next year 💪",
    "yr 8 girls football on a madness rn 3 wins out of 3 🔥⚽",
    "that photo of us at {V} is going straight on my wall 🥹",
    "shoutout {SF} for sorting the sound at the talent show ur a real one",
]

COMPLAINT = [
    "£45 for prom tickets is mad not everyones parents can afford that 😐",
    "the leavers video didnt even have 11C in it like we didnt exist 😒",
    "canteen runs out of food by second sitting every single day, some of us are actually hungry",
    "toilets locked at break again so u have to ask a teacher to go, its not fair on the girls",
    "love how sports day got cancelled for a bit of drizzle but we still did cross country in a storm 🙃",
    "year 10 always gets the last lunch slot then gets told off for being late to period 5",
    "we waited 2 hours for the coach back from the trip and nobody told our parents",
    "they took my phone for the whole week for one notification going off thats a bit much",
    "{S} said mocks results would be back before half term and its nearly easter",
    "so the boys get the new astro and the girls team trains on the muddy field... ok 👍",
    "detention for the wrong colour socks but the heatings been broke in the science block since november",
    "half the year couldnt go on the trip cos the deposit was due same week as xmas, could of spread it out",
    "only ever posting the football team and never the dance squad is lowkey unfair we trained just as hard",
    "the new blazers are £38 each and the pockets rip in like a month",
]

COMPLAINT_QUESTION = [
    "the coach for the alton towers trip didnt turn up for half of us, are we getting the money back",
    "coursework got wiped when the computers crashed and its due friday, what are we meant to do now",
    "prom photos still arent up and its been 3 weeks when are they coming",
    "my mam paid for the ski trip and it got cancelled and weve heard nothing, who do we ask about a refund",
    "lockers in the year 9 corridor have been broke since september, when r they getting fixed",
]

QUESTION = [
    "when is the deadline for the berlin trip deposit",
    "is it non uniform on friday or is that next week",
    "do year 11s get leavers hoodies this year or nah",
    "what time does sports day finish cos my bus goes at 3",
    "can we bring our own food to {V} for sports day or is there a tuck shop",
    "where do we hand the history coursework in if {S} is off",
    "is the talent show going on youtube anywhere my nan wants to watch it",
    "how do u sign up for the lake district trip is it through the app",
    "do we need pe kit tmrw or is it off cos of the rain",
    "whens prom tickets going on sale",
    "who do i email to get my art back from last year",
    "is the uniform shop open after school this week for blazers",
]

INSULT = [
    "{P} ur actually so ugly no wonder nobody asked u to prom",
    "ratio + ur mid + nobody in ur form likes u {P}",
    "{P} looks like a thumb with a wig 😭😭 delete this",
    "{S} dancing like a dad at a wedding, embarrassing, retire pls",
    "{P} stop posting urself nobody cares ur a loser",
    "the whole of 9R are actual clowns 🤡🤡🤡",
    "{P} ur a snake and everyone knows it, fake as anything",
    # judgement call: non-sexual rating of a pupil's photo is insult, not sexual
    "2/10 for {P} and thats being generous, them teeth 😬",
]

INSULT_COMPLAINT = [
    "{S} gave the whole class a detention cos one person was talking, absolute power trip, worst teacher in the school",
    "banning phones at break wont stop the bullying {S}, ur actually clueless",
    "leavers video was made by someone with zero talent and half of us arent even in it",
    "{S} shouted at my mate for crying in class, heartless idiot, that shouldnt be allowed",
    "{SF} binned our art display without asking, what a jobsworth, weeks of work gone",
]

PROFANITY = [
    "that goal was fucking unreal {P} 🔥🔥",
    "holy shit the fireworks at the end of prom 😭",
    "mocks in 2 weeks ffs i aint revised nothing",
    "bloody hell {S} can actually dance who knew",
    "f*ck i miss this place already 😭",
    "sh1t i forgot it was non uniform today 💀",
    "fell flat on my arse in the relay 😂😂",
]

PROFANITY_INSULT = [
    "{P} ur a fucking weirdo stay away from me",
    "shut up {P} u little shit nobody asked",
    "{S} is a proper knobhead lol 🤡",
    "{P} ur such a d1ckhead omg",
    "ngl {P} is the biggest tw@t in year 10",
    "look at {P} at the back thinking hes him 💀 sit down u prick",
]

THREAT = [
    "ur dead after school {P} 🤫",
    # judgement call: a one-on-one fight arranged at the park is a threat of violence
    "{P} the park behind the leisure centre 3:30 fri, just u and me, no mates",
    "everyone meet at the park after school, {P} is getting it",
    "{P} keep talking and see what happens monday",
    # judgement call: probably a joke about mocks, still a threat of damage
    "someone should burn this school down before mocks 🔥🔥",
    "{S} better watch their car after giving me that isolation",
    "my brother will be waiting at the gates for u {P}",
    "{P} watch ur back at the bus stop thats all im saying",
    "im gonna smash {P}s face in when i see him",
    # judgement call: pupil joking about a hoax, still a bomb threat
    "gonna ring in a bomb threat on the day of the maths exam watch 😂",
    "snitches get stitches {P} remember that 🤐",
    "next time {P} pushes me in the dinner line im knocking him out on my mum",
]

PROFANITY_THREAT = [
    "{P} im gonna fucking batter u tmrw",
    "say that to my face {P} and ill knock ur f***ing teeth out",
    "whoever grassed on us is getting fucking jumped after school",
    "{P} ur getting ur head kicked in at the park, bet ur shitting it",
]

THREAT_SAFEGUARDING = [
    "bringing my blade in tmrw for {P} 🔪",
    "my cousin's got a shank he'll sort u out {P}",
    # judgement call: "the ting" is slang for a gun; pupil weapon threat
    "pull up to the gates monday with the ting and see whos laughing then",
    "{P} i know where u live and ive got my dads hammer 🔨",
    "if {P} says one more word im bringing a knife to school swear down",
]

SAFEGUARDING = [
    "lowkey dont wanna go home tonight its bad there again",
    "nobody would even notice if i wasnt here tbh",
    # judgement call: peer telling a pupil to kill themselves; safeguarding only (could also be insult)
    "{P} kys no one likes u",
    # judgement call: softer form of kys aimed at a pupil; safeguarding only (could also be insult)
    "{P} do everyone a favour and unalive urself 🙂",
    "{S} keeps messaging me on snap and says keep it between us 😬",
    "the coach from football added me on insta and keeps asking where i live and if my mams in at night",
    "cant stop doing the thing with the sharpener again 🙃",
    "older lads outside the chippy keep giving me free vapes and now they want me to hold stuff for them",
    "dad hasnt been home in 4 days and theres no food in, dont tell anyone",
    # judgement call: pupil dealing weed in school, a drugs concern for the DSL rather than spam
    "{P} selling weed in the year 9 toilets again 🍃 dm him",
    "mams boyfriend hit me again thats why i wasnt in",
    # judgement call: organised sharing of a pupil's crying video is peer bullying (safeguarding)
    "everyone screenshot {P}s crying vid and send it round 😂",
    "just want to go to sleep and not wake up tbh",
    "a man in a car keeps stopping and asking me and my mates if we want a lift home from {V}",
]

SEXUAL_SAFEGUARDING = [
    "{P} send nudes 😏 u know u want to",
    "rating the girls in this pic: {P} 10/10 would smash 🥵",
    "{P} bare thick in that netball skirt 🍑🍑",
    "{P} check ur snap sent u something 🍆 open it",
]

HATE = [
    "{P} go back to ur own country nobody wants u here",
    "why does {P} always smell of curry 🤢 proper paki behaviour",
    # judgement call: "gay" used as a put-down with a vomit emoji counts as homophobic
    "that dance was so gay 🏳️‍🌈🤮",
    "{P} walks like a spaz 😂",
    "lock up ur bikes the gyppos from the site are at sports day",
    "{P} is a tranny everyone knows, dont let them in the girls toilets",
    "not sitting next to the muslim kids on the trip theyll blow up the coach 😂",
]

PROFANITY_HATE = [
    "{P} is such a fucking retard lmao",
    "shut up u f*cking f*ggot {P}",
    "these polish kids are shit at english go back to poland",
]

SEXUAL = [
    "{S} hips at the talent show 🥵🥵 i need a cold shower",
    "{S} can get it fr 😩 after that dance",
    "the baguettes at the bake sale were massive... thats what she said 😏",
    # judgement call: crush on a staff member with heat emoji, innuendo about an adult
    "who else has a crush on the new pe teacher 🥵 them calves",
    "{S} doing body rolls on stage is giving onlyfans 😭",
    "bend over and ill show u a real dance move 😏",
]

SPAM = [
    "follow for follow 🔁 ravens only drop ur @",
    "FREE ROBUX 🤑 click the link in my bio before it runs out",
    "sub to my yt channel i post fortnite clips every day 🙏🙏",
    "dm me for cheap shoutouts 📢 £2 for a story post",
    "l4l f4f comment done when done ✅",
    "i won £500 off this giveaway page!! @win.cash.uk legit 100% go follow",
    "selling fortnite accounts with all the skins unlocked dm me 💯",
]

PERSONAL_DATA = [
    "happy 15th {PF} 🎉🎂 have the best day",
    "{P} text me {PH} i lost all my contacts",
    "everyone wish {P} happy birthday she was born {DOB} 🥳",
    # judgement call: a pupil's home address posted as a joke; personal data only (no threat stated)
    "{P} lives at {AD} if anyone wants to go round 😂",
    "{P}s mams email is {EM} lol",
    "{PF} best goal of the season 🔥",
]

PD_QUESTION = [
    "{P} is ur number still {PH} or did u change it",
    "is {PF} in the squad for saturday his mam wants to know",
    # judgement call: a personal e-mail posted beside the school's; personal data + question
    "is {EM} the right email to send the trip form to or is it {SEM}",
]
