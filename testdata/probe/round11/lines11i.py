"""Round 11, writer I, session 10: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""
# Voices (writer I): teenagers and young adults replying on the school's TikTok, Instagram and YouTube
# posts - current Ravensworth pupils, ex-pupils, pupils from the rival school down the road - in UK youth
# slang (Geordie, roadman, Gen Alpha brainrot), abbreviations and filter-dodging misspellings, with
# group-chat drama spilling over and a few older relatives (nans, uncles, mams) joining in.

OK = [
    # hard negatives: words shared with violence, weapons, drugs, sex, spam or safeguarding
    "{P} absolutely killed it on the drums 🔥🔥 proper talent",
    "this edit is sick, lowkey ate and left no crumbs",
    "yr11 drama destroyed me, i was in bits by the end 😭",
    "the shooting stars bit in the science show was mint",
    "yr9 knife skills in food tech lookin dangerous 😂 proper little chefs",
    "{PW} smashed it at the county cross country, absolute beast",
    "my nan's gonna kill me when she sees im in the background of this 💀",
    "the chemistry lot nearly blew the lab up fr 😂 best lesson of the year",
    "giveaway?? nah its just the raffle at {V}, tickets a quid each for the food bank",
    "hockey girls were savage today, battered them 6-0 🏑",
    "the drugs talk in pshe was actually decent, the bloke was proper real with us",
    "shoutout the safeguarding team for the online safety assembly, it actually helped me",
    "{P} got shot in the face with a paintball on the yr10 trip n still won 😂",
    "ur dead to me for not telling me u were in this vid 😂😂",
    # judgement call: a child saying a parent will "batter" them over a lost blazer reads as hyperbole (as round 5's kit joke), not a disclosure
    "me mam's gonna batter me for losin me blazer again lol",
    # ordinary slang-heavy positive lines
    "howay ravensworth!! proud of yas 🖤",
    "mint video that, miss it there man",
    "aura +1000 for the dinner ladies fr",
    "canny proud of wor {P} 🥹",
    "wish i was still at school tbh, adulting is cooked",
    "the yr6 leavers song had me in bits ngl",
    "{H} 🖤🐦‍⬛",
    "skibidi ravensworth sigma rizz ohio 🚽🚽",
    "6 7 🤷‍♂️ 6 7",
    "who else is here from the assembly 😭",
    "{S}'s dance moves are actually elite",
    "no cap best teachers in gateshead",
    "thats my cousin in the second pic 😂 hiya {P}",
    "miss the fell days fr, class of 2019 stand up",
    "my lad loved the trip to beamish, thank u all so much 💙",
    "proud nana moment, well done {P} x",
    "chat is this real 😭 they actually fixed the clock in the hall",
    "lowkey want to come back for sixth form but yous dont have one 😔",
    "🐐🐐🐐",
    "bro really said pop off queen to the head in assembly 💀",
    "this song is stuck in me head now thanks a lot",
    "{SF} is the best, she taught me to read when i was tiny 🥹",
    "gan on the lads, cup final next 🏆",
    "im actually crying this is so wholesome",
    "wait the new library looks so nice, jealous of the yr7s",
]

COMPLAINT = [
    "3rd week no hot water in the boys toilets, love that for us 🙃",
    "canteen charged me £2.80 for a frozen panini again, actual robbery",
    "imagine cancelling the leavers trip 2 days before after we all paid, amazing organisation",
    "got a detention for a black coat that wasnt 'the right black' lol priorities",
    "my grandson's come home soaked again cos the buses dont wait, nobody at that school seems bothered",
    "wifi in the library hasnt worked since september and we've got coursework due",
    "yr10 trip got moved to the same day as half our mocks. class planning that",
    "been waiting 3 weeks for someone to get back to me about my sons laptop, still nothing",
    "they took our phones for the whole week for checking the time. make it make sense",
    # judgement call: rhetorical "why" - complaint only, no genuine information request
    "why do the yr11s get the new changing rooms n we get the ones with mould",
    "lunch queue is 25 mins and the bell goes after 30, half of us dont even get to eat",
    "sports day cancelled for 'light rain' but we still did outdoor pe in the hail next day lmao",
    "new toilet rules are embarrassing, having to ask a teacher n sign a sheet on ur period is not it",
    "my nephew's been in isolation 4 days for a haircut. a haircut. hes in yr8",
]

COMPLAINT_QUESTION = [
    "93 bus left without loads of us again tonight. who do we actually report it to, the school or nexus",
    "my daughter's still not had her report and everyone else in her form has. who do i contact about it?",
    "uniform shop wants £30 for a jumper now, is there a second hand scheme anywhere",
    "exam timetable on the website is different to the paper one we got, which one is right?? this is stressful enough",
    "paid for the trip on parentpay and it still says outstanding, now getting threatening letters. do i ring {SPH} or email",
]

QUESTION = [
    "wen is the yr11 prom n is it at {V}",
    "does anyone know if tmrw is non uniform or was that last week",
    "is {SPH} the number to ring in sick or is it the other one",
    "what time does the fireworks thing start at {V}?",
    "r results out on the 21st or the 22nd",
    "is {S} still doing revision sessions after school on tuesdays",
    "how do u sign up for duke of ed bronze",
    "can ex pupils come to the 10 year reunion or is it just current ones",
    "anyone know if the astro is open to the public on weekends",
    "what do we need to bring for the geography trip to the coast",
    "do we email {SEM} for the send stuff or go through the form tutor",
    "when's the next open evening, me little brother starts yr7 in sept",
]

INSULT = [
    "state of the ravensworth lot 💀 npc school",
    "{S} has the aura of a wet lettuce, minus 10000",
    "ratio + L + ur school fell off + ur head of year looks like a thumb",
    "{P} thinks he's him 😭 bro is NOT him, sit down",
    "whoever edited this should be sacked, a yr7 could do better, clown behaviour 🤡",
    "imagine goin to ravensworth 😂 couldnt be me, smells like wet dog in there",
    "{P} ur genuinely the most annoying person alive, nobody in the gc even likes u",
    "the whole staff team r a bunch of clowns fr, circus on the fell 🎪",
]

INSULT_COMPLAINT = [
    "detention for my shoes while the roof leaks on us in science. {S} is a power trippin joke",
    "my lad's been bullied for months and {S} couldnt care less, useless excuse for a head of year",
    "marked my coursework wrong cos she cant read her own mark scheme, {S} is thick as mince",
    "3 supply teachers in one term for maths and the head just grins on here like a clueless muppet",
    "they lost my daughters passport for the trip then blamed her. bunch of incompetent clowns in that office",
]

PROFANITY = [
    "this was f***ing class man, miss the place 🥹",
    "bloody hell i left 6 yrs ago n the canteen still looks the same",
    "sh1t forgot it was non uniform, sat here in me blazer like a melon",
    "pissin meself at the teachers doin the griddy 😭😭",
    "ffs the one day im off they do the water fight",
    "howay the lads, fookin buzzin for results day",
    "what the actual fuk is this edit 😭 im crying",
]

PROFANITY_INSULT = [
    "{S} is a proper d1ckhead",
    "ratio, ur school is sh*te n so r u",
    # judgement call: could be banter between mates, but it is name-calling a pupil on the school's page
    "{P} ya daft tw@t 😂",
    "whoever runs this acc is a fkn loser",
    "{SF} couldnt fix a kettle, useless bellend",
    "ravensworth = a shithole full of sad little pricks",
]

THREAT = [
    "see u at 3:15 {P} 🙂",
    "link up after school n see what happens, no phones out",
    "ravensworth lot come to our gates friday, we'll be waiting 🤫",
    # judgement call: vague, but aimed at a named teacher with menace
    "{S} better hope i dont see them at the metrocentre this weekend",
    "ur windows wont stay in long mate",
    "whoever grassed on us is getting found out and dealt with",
    # judgement call: an older relative; "not coming to talk" implies violence rather than a meeting
    "his dad's coming in tmrw and trust me he's not coming to talk",
    "keep chattin {P}, ur face wont look like that for long",
    # judgement call: arson threat against a venue with no weapon named - threat only
    "{V} would go up nice with a bit of petrol ngl 🔥",
    "countin down til friday, {P} knows what it is 🥊",
    "tell ur big brother we know where he parks 👀",
    "if my lass gets excluded again ill be in that office and nobody will stop me, consider yourselves warned",
]

PROFANITY_THREAT = [
    "im gonna f*ckin end u at 3:15 dont bother hidin",
    "say that outside the gates n see what f***in happens",
    "ur car's gettin done in {S}, f*ck around n find out",
    "ill batter the lot of yas, swear down on me mam, fkn try me",
]

THREAT_SAFEGUARDING = [
    "got me brothers blade in me bag monday, let them try it",
    "bringin a lil something in tmrw for the yr10s 🔪 dont come in if ur smart",
    "ill sh4nk {P} at dinner no joke",
    "anyone who snitches gets the knife, i carry it every day anyway",
    "gonna bring the hammer from me dads shed n sort {P} out after pe",
]

SAFEGUARDING = [
    "dont really wanna go home tonight ngl, he's back and its loud again",
    "no tea again tonight lol 3rd time this week, at least school does breakfast 🙃",
    "sleeves down in summer for a reason 🙂 nobody ever asks",
    # judgement call: an indirect self-harm hint, not said plainly
    "wont need to worry about mocks soon anyway, got it all sorted 🙂",
    "some lad in a black golf keeps waiting by the gates asking yr8 girls if they want a lift n free vapes",
    "any yr9s want a lift to the metrocentre saturday, older lad here, ill look after u, dm me dont tell ur mams x",
    "can someone dm me the full pics of the girls netball team, the ones u didnt put on here",
    "they made a gc just to post pics of {P} and rate him, he's stopped coming in",
    "my cousin in yr7 keeps gettin paid by older lads to carry bags about by the metro, he's 11 and has new trainers every week",
    "{S} added me on snap from their private acc n said not to tell anyone",
    "been sleepin at my mates all week cos my mam's not been back",
    "my dad would actually kill me if he saw this report, like properly, not a joke, last time i couldnt sit down for days",
    "if anyone's seen {P} tell her to message me, she's not been home since friday n her phone's off",
    # judgement call: a disclosure of ongoing bullying with a grievance about the school's response - safeguarding only
    "told {S} what the yr11s do to me in the toilets and nothing happened so whats the point",
]

SEXUAL_SAFEGUARDING = [
    "the yr10 girls in this dance vid 🥵🥵 someone tag them",
    "whos the blonde one on the front row, well developed for yr8 😏",
    "{PW} in the netball kit 🍑 rate her out of 10",
    # judgement call: offering to sell intimate images of pupils - sexual+safeguarding rather than spam
    "got vids from the girls changin rooms, £5 on cashapp n theyre urs",
]

HATE = [
    "not surprised, half ur school is p4k1s anyway",
    "the p1keys from the site by the fell always start it, send them back to their caravans",
    "thats def a tr@nny in the 2nd pic, look at the hands 💀",
    # judgement call: no slur, but an attack on a religious group and its pupils
    "why is there a prayer room now, this is england not saudi, they should pray at home",
    "the sen unit kids r all sp4stics bro 💀",
    "{P} and his mate holdin hands again, couple of b3nders",
    "polish lot should go back where they came from, taking all the places at our school",
]

PROFANITY_HATE = [
    "f*cking immigrants have taken over that school, cant hear a word of english in there",
    "all the gays in yr10 can piss off somewhere else",
    "ffs another sen unit, this place is just a home for r3tards now",
]

SEXUAL = [
    "{S} can get it ngl 🥵",
    "dinner ladies sausage was massive today 😏😏",
    # judgement call: "gyatt" about a teacher - sexual slang about a body, aimed at an adult
    "miss frost gyatt 😭😭",
    "whos the fit dad at sports day in the grey shorts 😏 he can take me behind the pavilion",
    # judgement call: a "your mum" sex joke - sexual rather than insult
    "ur mam was well up for it last night, tell her i said hi 😘",
    "deepthroatin a greggs steak bake at break 💀",
]

SPAM = [
    "🎁GIVEAWAY🎁 first 100 ravensworth students to follow @freeps5_uk_drop n comment DONE win a ps5!! legit 💯",
    "f4f? follow back n ill like all ur posts 🫶",
    "make £300 a day from ur phone no joke, my cousin did it, link in bio 💸💸",
    "free vbucks gen still workin 2day, search vbuckz fast on google b4 it gets patched",
    "⚠️ ur tiktok will be banned in 24hrs for copyright, verify ur account at tiktok-support-verify dot com",
    "check my page for cheap jordans n airpods, uk delivery, dm for prices 👟",
    "sub to my channel im doin a skibidi reaction every day 🙏🙏 road to 1k",
]

PERSONAL_DATA = [
    "{PF} in the 3rd pic 😂😂 icon",
    "add me on whatsapp {PH} for the yr11 leavers gc",
    "happy birthday to my girl born {DOB} 🎂🎉 love u",
    # judgement call: posting a pupil's home address - personal_data only, no threat made
    "{P} lives at {AD} lol everyone knows",
    "anyone found a black northface near {PC}, message me on {EM}",
    "shoutout {PF} for the goal 🔥⚽",
]

PD_QUESTION = [
    "is there still spaces on the ski trip? me mam's email is {EM} can someone send her the form",
    "how do i get the yearbook photos, can u post them to {AD} {PC} or do i have to collect",
    "does anyone know if lost property is still at reception, ring my nan on {PH} if u find a navy coat",
]
