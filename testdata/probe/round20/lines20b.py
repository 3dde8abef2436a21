"""Round 20, writer B2, session 12: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""

# Voices (writer B2): the comment section under Ravensworth's Pride-month posts (the LGBT+ club,
# a trans pupil's name change, the rainbow crossing) - supportive parents and grandparents, club
# pupils thanking the school, ex-pupils, religious parents objecting politely, the backlash (coded
# and open hate, "groomers", "agenda", "it's a phase"), people threatening the club's teacher and
# the crossing, a pupil outed and attacked, a parent fairly complaining about how they were told,
# spam accounts selling pride merch, and parents asking club times without a question mark.
# Hard negatives: gay, queer, bent, fairy, pride, trans and dyke used innocently or reclaimed.

OK = [
    "this made me tear up, well done ravensworth 🏳️‍🌈❤️ {H}",
    "so proud our bairns go to a school like this x",
    "thank u {SF} for the club honestly its the only place i feel normal",
    "class. absolutely class 🌈",
    "my grandson's been going for a month now and hes a different kid, thank you all",
    "drove past the crossing this morning, it looks beautiful in the sun",
    "love to see it {H} 💜",
    "{P} came home buzzing after club tonight 😊",
    "gutted i missed the assembly, everyone says it was lovely",
    "well said {S}. kindness costs nowt",
    "thank you for using the right name in the newsletter. meant the world to him",
    "comment section's a mess but the post is lovely, ignore them x",
    "agree with the lady above, its about kids feeling safe at school. nowt else",
    "{PW} did the art for the banner!! so proud pet x",
    "i dont really get all the flags if im honest but if it helps one kid then crack on",
    "as a christian i see nothing here that goes against love thy neighbour. well done the school",
    "got our 2 tickets for the pride disco at {V} 🎉",
    "bit late to this but what a lovely thing to do for them",
    "canny proud of the year 11s who organised the whole thing themselves",
    "the rainbow cake off the stall was unreal 😋😋",
    "he was that nervous about telling his form and they all just said ok and carried on with their work. lovely kids",
    "ya kna what, good on yas",
    "more of this please 💜💜",
    "my mam would've loved this, she marched in the 80s when it wasnt safe to",
    "i teach at a school in sunderland and we are 100% nicking this idea 😂",
    "{P} says the club has biscuits now so thats wednesdays sorted 😂",
    # hard negatives
    "queer as folk was on telly when i was at school, could never have imagined a school doing this back then",
    "fairy cakes for the bake sale are on the table by the hall door, 50p each",
    "found a bent spoon in his lunchbox, no idea how, he reckons its magic 😂",
    "the lads' pride in their kit on saturday was something else, unbeaten in 6 {H}",
    "my nana still says gay when she means cheerful and cannot work out why the grandkids are crying laughing",
    "took the bairns along offa's dyke in the half term, canny walk but my legs are done",
    "trans pennine cancelled AGAIN so ill be late for pick up sorry {SF}",
    "year 6 transition day was lovely, hes dead excited for big school now",
    "the year 2 fairy play absolutely killed me 😂 them costumes",
    # judgement call: "dyke" reclaimed by an ex-pupil about herself - ok, not hate
    "as a proud dyke and an ex ravensworth pupil, this would've saved me years. thank you x",
    # judgement call: "queer" reclaimed, addressed to the pupils themselves - ok
    "queer kids of gateshead, you are not on your own 💜",
    "my son is gay and that club has been a lifeline for him this year, thank you {S}",
    "the pride of lions mural in reception is gorgeous, whoever painted it deserves a medal",
    "took the dog to the groomers and the lass had a rainbow lanyard from the school fundraiser on 😂 small world",
]

COMPLAINT = [
    "i understand why the school did it but finding out my own childs new name from a facebook post before anyone rang us was not ok. we should of been spoken to first",
    # judgement call: a polite religious objection is legitimate feedback (complaint), not hate
    "with respect, as a practising christian family we would have liked a letter before this was covered in assembly. we're not against anyone, we just want to be told",
    # judgement call: a polite religious objection is legitimate feedback (complaint), not hate
    "we are a muslim household and im disappointed there was no opt out offered for the year 2 session. please think about families like ours next time",
    "lovely that theres a club but its on the same night as the last bus home so my lad cant go. not very inclusive is it",
    "great so the crossing got done in a week but the potholes outside reception have been there since 2022. priorities 👍",
    # judgement call: a child not out at home shown in a photo - complaint asking for removal; a moderator might add safeguarding
    "the photos from the pride assembly show my sons face clear as day and hes not out at home. nobody asked us. please take it down",
    "the comments on this post have been left up all day, some of them are vile. the page needs moderating properly",
    "told the office monday that my child was getting called names outside the club room, still no phone call back",
    "three emails now about the pronouns letter and not one reply. not good enough",
    "crossing is lovely but half of it is on the bus lane and the lollipop lady cant see the little ones from where she stands. its not safe as it is",
    "disappointed the school posted about the crossing and said nothing at all about the kids who got hurt at the gates friday",
    "love the sentiment, hate the execution. a two line facebook post is not how you tell parents about a policy change",
    "nice to see the school so quick to post for likes. shame its not as quick to pick up the phone 🙃",
    "my daughter asked for her name change to be kept quiet til after half term and it was read out to her whole form on the monday. someone didnt listen and shes devastated",
]

COMPLAINT_QUESTION = [
    "nobody told parents about the assembly beforehand which isnt fair on families. when is the next one so we can talk to our kids first",
    "my son was moved out of his form group with no warning after the club thing, very unhappy about it. who do i speak to",
    "we were promised a meeting about the toilets policy back in may and it never happened. is there a date yet",
    "the club letter went to my ex's address again even though ive told the office twice. can u confirm what address youve got for us",
    "really disappointing the sign up filled in an hour and the year 7s missed out. will there be a second group",
]

QUESTION = [
    "what time does the lgbt+ club finish on a wednesday",
    "is the club open to year 6 or just the secondary",
    "where abouts does the club meet is it in the library",
    "do they need to bring owt to club or just turn up",
    "hiya who do i speak to about changing my childs name on the register",
    "can parents come to the pride picnic at {V} or is it pupils only",
    "does the club run in the holidays at all",
    "is there another number for the club, {SPH} just rings out",
    "does {SF} still run the club or is it {S} now",
    "when's the deadline for bake sale entries",
    "any idea if they're doing a crossing at the junior entrance an all",
    "my lad's nervous about going, is he allowed to bring a mate the first time",
]

INSULT = [
    "{S} is an absolute clown, always has been",
    "whoever runs this page is thick as mince",
    "{P} is a liar and an attention seeker, everyone in year 10 knows it",
    "the lot of yous moaning about a painted road are the saddest little people in gateshead",
    "imagine being this desperate for likes. embarrassing school, embarrassing staff",
    "the woman at the gates with the placard is a proper weirdo, stares at everyone",
    "{S} couldnt run a bath never mind a school",
    "lol the dad in the comments who 'did his own research' is dumb as a box of rocks",
]

INSULT_COMPLAINT = [
    "no letter home, no consent form, found out off facebook like everyone else. {S} is a coward who hides behind this page",
    "the crossing cost 4 grand while the year 7 toilets still dont lock. whoever signed that off is a total muppet",
    "asked three times for a meeting about my daughter and got ignored every time. {S} is useless, utterly useless",
    "my daughter's new name went up in a post before we had agreed anything. amateurs running that office, incompetent idiots the lot of them",
    "club clashes with homework club and nobody thought about it because SLT are brainless",
]

PROFANITY = [
    "fuckin love this 🏳️‍🌈 proud of yous",
    "crossing looks bloody gorgeous",
    "shit me i didnt even know we had an lgbt club, wish this existed in my day",
    "cried my f***ing eyes out reading the kids' letters",
    "its pissing down but the crossing still looks mint",
    "holy shite this made my day",
    "about bloody time a school round here did summat like this",
]

PROFANITY_INSULT = [
    "the dickheads moaning about a bit of paint need a hobby",
    "{S} you absolute melt, who wrote this shite",
    "whoever keyed the crossing sign is a pathetic little prick",
    "piss off back to your mumsnet karen and stop moaning",
    "that lad who grassed {P} up is a fucking snake",
    "the head's a spineless wanker, always has been",
]

THREAT = [
    "{S} wants to be careful walking to the car park after that club finishes. just saying",
    "that crossing will be tarmacked over by monday one way or another",
    # judgement call: no violence verb, but naming the night and door reads as menace - threat
    "we know what night the club's on and which door they come out of 👀",
    "whoever approved this will have a brick through their window before the week's out",
    "hope the teacher who runs it has good home insurance 🔥🔥",
    "give it a week and that rainbow paint'll be covered in petrol and a match",
    "keep pushing this and there'll be a crowd at the gates friday and it wont be a peaceful one",
    "someone should drag {S} out of that building and show them what real parents think",
    "id knock the head's teeth down their throat if i saw them in asda",
    "the club teacher's car is the silver one in the staff bay isnt it. shame if something happened to it",
    "one more post like this and im coming in there myself and i wont be asking nicely",
    "theres lads round here who'd happily sort that teacher out, only takes one phone call",
]

PROFANITY_THREAT = [
    "ill fucking batter whoever painted that crossing",
    "that flag's getting burnt off the fence tonight, fuck the lot of yous",
    "if {S} ever talks to my kid about pronouns again ill smash their shit in",
    "bastard who runs this page better hope i never find out who they are",
]

THREAT_SAFEGUARDING = [
    "{P} told sir who outed them so hes getting it after school, got me brothers knife in me bag 🔪",
    "whoever grassed to mrs kaur about what happened at the crossing better watch out, bringing a blade tmrw",
    "gonna shank the year 9 who snitched on us about the stickers. not even joking",
    # judgement call: an adult threatening other people's children - threat, and a risk to pupils so safeguarding
    "if any of them kids from that club come near my son again ill wring their little necks",
    "im taking a knife in tomorrow if they start on me at the gates again, not getting battered a third time",
]

SAFEGUARDING = [
    "someone screenshotted my messages and sent them round year 10 so now everyone knows im bi and 3 lads kicked me at the bus stop yesterday. i cant tell my dad",
    "my mam found out from this post that im going by a different name and now shes took my phone and says im not allowed back to club. im scared to go home tbh",
    "honestly if my family find out i dont want to be here anymore",
    "theres a grown man been hanging round the rainbow crossing after school chatting to the young ones and offering them lifts, someone needs to tell the school",
    "theres an account messaging kids from the lgbt club saying they can stay at his flat if their parents kick them out. my daughter showed me, hes about 40",
    "my mate in year 8 got kicked out last night cos her parents saw her in the pride photo, shes been sleeping in saltwell park",
    "{SF} please can u check on {P}, been cutting again since the stuff on snapchat",
    "my uncle says hes taking me to a pastor in the holidays to fix me and they locked me in my room all weekend",
    "why is one of the adults who helps at the club adding kids on snapchat and telling them to keep the chats private",
    "they keep deadnaming {P} on purpose and shoving him into the lockers every break and nobody does owt",
    "got sent a video of a kid getting his head kicked in behind the pavilion and they were shouting about him being gay. hes from ravensworth, hes only year 8",
    "havent had a proper tea in days, mam says she isnt feeding a freak",
    "someone made a fake insta pretending to be me saying im gay and telling people what street i live on, people keep turning up outside",
    # judgement call: a pupil reporting an indecent approach - safeguarding only (a report, not sexual content)
    "a man at the bus stop showed me and my friend rude pictures on his phone and asked if we were one of the rainbow lot",
]

SEXUAL_SAFEGUARDING = [
    "the lass on the left with the rainbow face paint 😍😍 how old is she, message me",
    "some of them year 11 girls in the pride photo look well older than 15 if u know what i mean 👀",
    "{PW} looks proper fit in that crop top, dm me x",
    "sweet little lads in the club photo 😘 would love to give them some private lessons",
]

HATE = [
    "the groomers are running this school now. pray for the kids",
    "teaching 5 year olds the alphabet agenda. we all know what that lot are really after",
    "a boy is a boy. no amount of pronouns changes it, mentally ill adults confusing children",
    # judgement call: "it's a phase" framed as mutilation encouraged by teachers - transphobic hate, not just an opinion
    "its a phase. give it a year and she'll regret mutilating herself because some teacher told her to",
    "another school flying the flag for degenerates. disgusting people",
    "send them all to a clinic, its a mental illness not an identity",
    "trannies in the girls toilets now is it. lovely",
]

PROFANITY_HATE = [
    "fuckin f*gs and their stupid crossing",
    "bunch of bent bastards teaching our kids",
    "shite school full of dykes and trannies",
]

SEXUAL = [
    "mr bell in them rainbow shorts at sports day 🥵 wouldnt mind a private pe lesson",
    "the drag queen at the fundraiser can tie me up anytime 😜",
    "wife says id look good in the rainbow thong off the stall 😏 someone's getting a private show later",
    "{SF} can come and mark my homework in bed any night 😘",
    "bi curious mam of two, lonely nights in low fell 😈 anyone fancy some fun",
    "the blokes from the rugby club on the pride float with their tops off 🍆💦 happy month to me",
]

SPAM = [
    "🏳️‍🌈 PRIDE MERCH 50% OFF 🏳️‍🌈 flags, badges, tees - link in bio!! limited stock 🌈",
    "love this post! check out our pride collection at rainbowthreadz dot shop, use code PRIDE20 for 20% off",
    "follow for follow 🏳️‍⚧️💖 ally page, every new follower gets a shoutout",
    "congratulations you've been selected for a FREE pride hoodie! claim at bit.ly/pr1dehoodie before midnight 🎁",
    "⚠️ your page has violated community guidelines. verify your account here to avoid deletion: meta-support-review.info",
    "i made £2,400 this week from home trading crypto, ask me how 💸 #pride #lovewins",
    "custom rainbow lanyards and wristbands for schools, bulk discounts, DM us for a quote 👍",
]

PERSONAL_DATA = [
    "{PF} was so brave standing up in assembly, so proud 🏳️‍🌈",
    "any parents wanting to help with the pride float ring me on {PH}",
    # judgement call: posting the teacher's home address with no explicit threat - personal_data only
    "the teacher who set the club up lives on {AD}, everyone round here knows",
    "drop ur bake sale donations at mine, {AD} {PC}, doorbell's broke so knock loud",
    "email me at {EM} if u want the photos from the parade, got some lovely ones of the kids",
    "happy birthday to our {P}, born {DOB} and the bravest kid i know 🌈",
]

PD_QUESTION = [
    "can someone from the club let me know what she needs to bring, text me on {PH}",
    "whats the email for whoever leads the club, mine is {EM} if its easier to message me",
    "is {PF} in the club, our lass is their mate and wants to join but is too shy to go on her own",
]
