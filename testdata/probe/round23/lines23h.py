"""Round 23, writer H2, session 12: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""

# Voices (writer H2): the comment section of the school's music, drama and panto page - parents,
# grandparents and pupils after the Christmas panto (dame jokes, Dick Whittington, Widow Twankey),
# the spring musical, costume fittings and instrument lessons; a visiting music teacher who offers
# private lessons at his house; stage-parent rivalry and cruel reviews of a pupil's solo; a row over
# saved seats that turns into threats; a casting complaint; innuendo about the panto (about adults
# and about pupils); ticket touts, fake copyright notices and "promote your video" accounts; and
# Geordie parents asking about rehearsal times without a question mark.

OK = [
    "she absolutely killed it as the genie 😭😭 {PW} you star",
    "break a leg tonight to all the cast!! front row with the grandparents, we'll be the loud ones",
    # judgement call: describes the panto's own innuendo (a standard dame song), not the commenter's
    # innuendo; kept ok, a strict moderator might say sexual
    "the knockers and nuts bit in the panto song had my dad crying laughing, the bairns didnt have a clue thank god 😂",
    "booked 6 for dick whittington on the saturday matinee cant wait",
    "{S} in widow twankey's big bloomers is something i will never unsee 😂😂 good sport",
    "the drummer absolutely murdered that solo, year 10 lad i think, someone sign him up",
    "the baddie threatened to chop everyone's heads off in the front row and our {P} hid under the seat 😂",
    "that dagger prop looked that real i nearly grabbed it off him lol, great effects",
    "the bang when the genie came up through the trapdoor nearly gave my nan a heart attack 🤣 brilliant tho",
    "they smashed it, whole cast, sick performance honestly",
    "crack team of costume mams deserve a medal, 40 sheep outfits sewn by hand",
    "poisoned apple scene was so well done, the little ones were properly scared of the witch 🍎",
    "ugly sisters were hilarious give them an oscar",
    "got let in on the door even tho our tickets went missing in the post, lovely gesture from the staff x",
    "the sword fight between the pirates was better choreographed than half the stuff on telly ⚔️",
    "hung drawn and quartered by the sheriff in act 2 and still came out for the bows, robin hood never dies",
    # judgement call: drug-sounding slang for a sugar rush; ok
    "my lad was off his head after, far too many haribo at the interval 😂",
    "she was hanging from the ceiling as peter pan and i couldnt breathe, harness n all, amazing",
    "honestly blew the roof off {V} tonight 🔥🔥",
    "the costume fitting was chaos but {SF} sorted every single bairn, legend",
    "{P} came home singing the panto songs at the top of his lungs, send help 😂",
    "canny proud of wor {P} tonight, first time on a stage and didnt freeze",
    "Fantastic show. Congratulations to everyone involved. {H}",
    "dziękujemy za piękny koncert, {P} był bardzo dumny ❤️",
    # judgement call: affectionate teasing of a whole group including the writer's own child; ok not insult
    "the recorder group 😂❤️ ear plugs recommended but my heart is full, my lot included",
    "👏👏👏",
    "well done {S} and all the team, the musical was class",
    "lovely to see the year 3s in the nativity, the donkey stole the show",
    "oh no it isnt!!! 😂 best panto yet",
    "that ghost bit had the whole hall screaming, nearly wet myself 😂",
    "hes behind youuuu!! {P} never fails, legend",
    "whoever groomed that donkey for the nativity deserves a pay rise 🫏",
    "Lovely evening. Could hear every word from the back, the mics were much better than last year.",
    # judgement call: slapstick costume gag from the show (coconut bra), not innuendo by the commenter
    "the dame's coconut bra falling off mid song 😂 i'm crying",
    "the kid who was the back legs of the cow deserves a bafta, legs everywhere",
    "that spotted dick they were selling at the interval was lovely actually",
    "{PW} on the drums, absolute beast 🥁",
    "shes practised her clarinet every night since september til the neighbours begged for mercy 😂 so proud",
    "singing lessons are really paying off, that high note gave me goosebumps",
    "for anyone who missed it the carol concert at {V} is free entry, bucket for the hospice on the door x",
]

COMPLAINT = [
    "same three kids get the leads every single year and the rest are just scenery. funny that 🤔",
    "£18 for a costume we have to buy ourselves for a 5 minute dance, on top of the tickets. not all of us are made of money",
    "tickets sold out in 4 mins online and them of us on nights couldnt get a look in. a paper list would of been fairer",
    "rehearsals til 6 three nights a week and nobody told us til the letter came home tuesday. not on",
    "couldnt hear a word from the back, mics kept cutting out. bit disappointing after paying",
    "my daughter was told she was a tree. a tree. after 3 auditions. great confidence boost thanks",
    "lovely that the panto clashed with year 5 parents evening. really well planned that 👏",
    "still waiting on the refund from the cancelled summer show and that was july",
    "instrument lessons gone up again and now its 25 mins instead of 30, paying more for less",
    "the governors reserved seats took the whole front two rows and parents of the cast were stood at the back",
    "been told my son cant be in the musical cos he missed 2 rehearsals when he had the flu. really harsh on a 9 year old",
    "no wheelchair space left on the night even tho i booked it in november. very upset",
    "Disappointed with how the photos were done, my child was cropped out of every single one on the page.",
    "the kids were sat in a freezing hall in their costumes for 2 hours before they went on, mine came home shivering",
]

COMPLAINT_QUESTION = [
    "my son hasnt had a part in any show for 3 years now, fine, but can someone explain how the casting actually works",
    "the violin hire fee has come out of my account twice. who do i speak to about getting it back",
    "really unhappy the dvd is £15 when we werent allowed to film ourselves. is there a way to just buy my childs bit",
    "panto tickets went on sale when most of us were at work, not fair at all. will there be any returns released",
    "nobody said costumes had to be back by friday and now weve been charged for it. whats the email for the office",
]

QUESTION = [
    "what time does the dress rehearsal finish thursday",
    "do the kids need their own black leggings for the musical or is it provided",
    "is the panto at {V} this year or back in the school hall",
    "anyone know if guitar lessons are still on during mock week",
    "hiya can we pay for tickets by card on the door or is it cash only",
    "when is the costume fitting for the year 4 sheep",
    "is it ok to bring a toddler to the evening show or better the matinee",
    "do they do the grade exams through school for piano or do we have to go private",
    "what time do we drop them off for the saturday matinee",
    "can i ring {SPH} about the wheelchair space or is it best to email {SEM}",
    "{S} is there choir this week with the concert being moved",
    "where do we collect them from after the show front doors or the side gate",
]

INSULT = [
    "{P}'s solo 😬😬 sounded like someone standing on a cat. who let that happen",
    "no offence but the lad playing the prince has the acting range of a fridge",
    "some of these stage mams need to get a life, its a school panto not the west end, youre embarrassing your own kids",
    "{S} couldnt conduct a bus never mind an orchestra 🙄",
    "the girl in the red dress was flat the whole way through, painful. stick to the chorus pet",
    "watching {P} try to dance is the funniest thing ive seen all year 🤣🤣 like a newborn giraffe",
    "ur just jealous cos ur kid is a sheep again 😂 stay bitter hun",
    "imagine being 14 and still thinking youre the next adele. {P} babe no",
]

INSULT_COMPLAINT = [
    "casting was a stitch up again, {S} has her favourites and is frankly clueless and shouldnt be running it",
    "been promised a speaking part for my daughter twice now and {S} just lies to your face, spineless",
    "£12 a ticket to watch a shambles. whoever organised the seating is thick as mince",
    "the music lessons are a joke and the new guitar teacher is a lazy waste of space who turns up 10 mins late every week",
    "my sons costume has gone missing for the second time, {SF} is hopeless, cant organise a bag of clothes",
]

PROFANITY = [
    "bloody hell that set was class, {SF} outdid themselves",
    "holy sh*t the kids were amazing tonight 😭",
    "pissing it down and we queued outside for 40 mins but worth every second",
    "fuuuuck me that high note, goosebumps",
    "cant believe how good the band were, f*cking unreal",
    "the dame fell off the end of the stage and went 'oh sh1te' and the whole hall lost it 😂",
    "arse of a night for parking but the show was mint",
]

PROFANITY_INSULT = [
    # judgement call: the rhetorical "why is she getting every solo" is not a separate question
    "{P} cannot sing for shit, why is she getting every solo",
    "whoever wrote that review of the musical is a sad bitter c*nt, the kids were brilliant",
    "the stage mam on the second row filming her precious darling the whole way through, sit the f down you selfish cow",
    "the woman on the ticket desk was a right arsehole to my dad, fuming",
    "get a grip ya absolute bellend its a school panto not britains got talent",
    "{SF} is a useless twat, couldnt run a bath never mind a rehearsal",
]

THREAT = [
    "the fella in the grey coat who took my mams seat, i know who you are and i know where you park. enjoy the rest of the panto",
    "save seats with your coats again next year and see what happens to the coats. and you",
    "whoever shoved my dad at the door tonight, you'll get yours, just wait til the saturday show",
    "if that woman says one more word about my daughter at pick up she'll be leaving in an ambulance",
    "im coming to the next rehearsal to have words with that music teacher, he wont be walking out the way he walked in",
    "keep filming my kid without asking and that phone is going through your windscreen pal",
    "next time someone puts their feet on my lads seat theres gonna be blood on that hall floor",
    "tell the family in row C they better not turn up saturday. im not asking twice",
    # judgement call: "someone should" arson of the school's prop shed; threat of damage, not venting
    "someone should torch that prop shed with all the schools tat in it, would do everyone a favour",
    "got your reg off the car park, wouldnt leave it on kells lane overnight if i was you",
    "see you at the gates monday mate, bring your mates cos you'll need them",
    # judgement call: bomb threat with "lol"; README counts bombs as threat regardless of tone
    "therell be a bomb under that stage if they cast that kid again lol",
]

PROFANITY_THREAT = [
    "that prick who barged my mam in the queue, ill find you and smash your fucking face in",
    "keep saving seats ya cheeky bastard and ill drag you out by your hair",
    "honest to god if she touches my daughters costume again im gonna knock her f***ing block off",
    "sh1t talk my kids solo again and see what happens to your car, ill slash every tyre",
]

THREAT_SAFEGUARDING = [
    "if {P} gets my part in the musical im bringing my brothers knife in, swear down",
    # judgement call: an adult threatening a named child (a rival's daughter); threat plus safeguarding
    "that little madam who got the lead over my daughter wants a slap and if i see her on her own ill give her one",
    "bringing a blade to the dress rehearsal, the year 10s wont be laughing at me then",
    "{P} ur dead after school, everyone knows u wrecked my costume. got something in my bag for u",
    "if {P} laughs at my solo again im stabbing them with my compass not even joking",
]

SAFEGUARDING = [
    # judgement call: public grooming signs (secrecy, lessons at home); safeguarding, not spam
    "{P} you've got a proper gift. I teach privately at home on sundays, no charge for you, just message me on here and no need to bother your mam with it yet 😉",
    # judgement call: the "is it normal" is part of the report, no separate question (as README's "is that allowed??")
    "is it normal for the visiting guitar teacher to be messaging my 12 yr old on snapchat?? says hes offering her free lessons at his house, not said owt to her yet",
    "i dont want to do the panto anymore cos i cant eat anything before the costume fitting or i wont fit the dress and mam will go mad",
    "the little one in the back row of the choir always has the same dirty shirt on and asked my lad for his sandwiches again, someone needs to look into it",
    # judgement call: a child reporting an adult's threat against them; a disclosure, so safeguarding only
    "my mams boyfriend said if i go to rehearsals again hes gonna leather me so i cant come to the show sorry {SF}",
    "nobody picked {P} up after rehearsal AGAIN, third time, she walked home in the dark on her own. shes 8",
    "some older lad keeps waiting outside the stage door giving the year 8 girls vapes and lifts in his car, been going on weeks",
    "i cut myself again before the concert and wore long sleeves so no one saw. dont know why im telling a school page",
    # judgement call: an adult report of filming in the changing area; safeguarding only, not sexual content
    "there was a man filming the girls changing through the gap in the curtain at the dress rehearsal. did nobody else see him",
    "my friend says she goes round to the music teachers flat after school and he gives her drink and tells her not to say",
    "{PW} in year 7 keeps crying in drama and says shes scared to go home. please someone check on her",
    "the drama kids have got a group chat telling {P} to kill herself cos she got the lead, my daughter showed me",
    "some account is messaging kids off the panto pics saying hes a talent scout and asking for pics of them in their costumes, my son got one",
    "dad hasnt been home since sunday and theres no food in the house, im just gonna stay at school as long as i can",
]

SEXUAL_SAFEGUARDING = [
    "the year 10 girls in the chorus line costumes 🥵🥵 grown up fast havent they",
    "which one played cinderella? little stunner, would love to give her a private singing lesson 😉",
    "{PW} in them tights on the poster, some legs on her for a 14 year old",
    "the little sugar plum fairy can come and sit on my knee any time 😏",
]

HATE = [
    "no wonder half the panto was mumbling, half the cast cant speak english. this is gateshead not warsaw",
    "drama club full of lads prancing about in tights, no wonder they all turn out gay",
    "a lad who thinks hes a lass playing cinderella. sick in the head the lot of them, keep that agenda out of our kids panto",
    "lock your cars up on coalway lane the travellers have come to watch the panto 🙄",
    "why are the special needs kids even in the musical, they just slow everyone down and ruin it for the normal kids",
    "cant even have a nativity now without some muslim family moaning about it, go back where you came from",
    "typical of them lot, the asian families never pay for tickets just turn up and take the seats",
]

PROFANITY_HATE = [
    "fucking hell a black mary in the nativity now, this woke lot ruin everything",
    "get the poofs off the stage and give the lads a proper part, shit show",
    "bloody pikeys nicked the lead off the church hall roof again, ban them from the carol concert",
]

SEXUAL = [
    "{S} on stage in fishnets, didnt know i needed that in my life 🥵 wouldnt kick them out of bed",
    "the teacher playing principal boy slapping her thighs had every dad in the hall sweating 🥵 phwoar",
    "{S} as the genie can rub my lamp any night 😉",
    "send us the vid of the staff panto, wanna watch the fit music teacher bend over again 🍑",
    "all these mams on about the dame's coconuts, wait til you see what ive got in my stocking for santa ladies 🍆",
    "the mams choir can hit my high notes any time if you know what i mean 😏😏",
]

SPAM = [
    "4 x front row tickets for the SOLD OUT panto saturday night 🎟️ £30 each or best offer, DM quick wont last",
    "⚠️ Your page has violated copyright on the music used in this video. Verify your account within 24hrs at meta-rights-check.co or it will be disabled",
    "Great video! 🔥 Want 50k real views? We promote school and music channels, check the link in our bio 📈",
    "follow for follow? i do music covers, go check my page 🎤🎸",
    # judgement call: the visiting teacher advertising his home lessons, no secrecy or child targeted; spam
    "Private piano & guitar lessons at my home studio in Low Fell, all ages & grades, first lesson FREE, message for prices 🎹",
    "WIN a family ticket to the Lion King in the west end!! just like, share and click to claim 👉 bit.ly/lionkngfree",
    "I made £4,600 in a week from home while my kids were at rehearsals, ask me how 💸💸",
]

PERSONAL_DATA = [
    # judgement call: praise, but a child's full name is personal_data
    "well done to {PF} as cinderella, absolute star ⭐",
    "anyone found a black violin case after the concert please ring me on {PH}, its got my sons name inside",
    "for anyone wanting private lessons with the guitar teacher his own email is {EM}",
    "costume returns can be dropped at mine, {AD}, just leave them in the porch",
    "happy birthday to {P}, born {DOB}, the best little drummer boy 🥁",
    "lift share for the matinee from {PC} way, 3 seats in my car, text {PH}",
]

PD_QUESTION = [
    "can someone from the office confirm {PF} is on the list for the saturday show, her dads picking her up",
    "whats the time for the dress rehearsal on tuesday, could someone ring me back on {PH} as i cant get on facebook at work",
    "does the costume need to be in school by friday or can {SF} collect it from {AD}",
]
