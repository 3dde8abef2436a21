"""Round 25, writer L2, session 13: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""

# Voices (writer L2): grief on Ravensworth's page. Geordie parents, grandparents and ex-pupils
# leaving condolences under a memorial post for a pupil's nana, for a retired teacher (Mr Heppell)
# and for the dinner lady (Mrs Ashcroft); the comment thread after a road accident on Coalway Lane;
# gossip and misinformation about how people died; bereaved children posting what they feel; trolls
# on the memorial; a fundraiser that may be a scam; parents unhappy with how the school told the
# children; funeral questions typed with no question mark; and innocent lines that borrow the
# words of death, violence, sex, drugs and spam ("died laughing", "rest in peace to my phone").

OK = [
    "so sorry to hear about {P}'s nana, she was at every sports day with her flask of tea. thinking of you all x",
    "rip mr heppell, taught me AND our kid back in the 90s, best teacher i ever had 💔",
    "sending love to the family of the lad from coalway lane, cant imagine what their going through",
    "thinking of {S} and all the staff today, must be awful having to stand up and teach after news like that",
    "hold your bairns tight tonight everyone ❤️",
    "🕊️🕊️🕊️",
    "fly high grandda joe. {P} you made him so proud pet, he never stopped talking about you",
    "he stood on that gate every morning rain or shine saying 'morning young man' to my lad. a proper gent. rest easy sir",
    "beautiful words from {S} in the newsletter, had me in bits at the kitchen table",
    "condolences from everyone at low fell juniors fc, the lads will be wearing black armbands on saturday",
    "the memorial garden looks lovely, well done {SF} and the little ones for planting all them bulbs 🌷",
    "{PW} read the poem at the service so beautifully, her nana would of been beaming",
    "wor lass was in his form in 1987 and shes heartbroken, he was one in a million that man",
    "cant believe it. saw her in the coop on tuesday and she was right as rain, chatting away",
    "lit a candle for him at st helens tonight 🕯️",
    "Sincere condolences to the family. May God give them strength at this very difficult time.",
    "Allah yerhamha, may she rest in jannah 🤲 thinking of {P} and her mam",
    "Wieczny odpoczynek racz jej dać Panie 🙏 thinking of the whole family",
    "Thank you to the school for how gently you told the little ones. my daughter came home sad but she understood it all, that cant have been easy",
    "just want to say the office were so kind when i rang up in pieces this morning, thank you {S} x",
    "he'd have loved seeing all the kids in their football tops for him today ⚽💙",
    "mrs ashcroft was my dinner lady in the 80s, always gave me extra custard. rip pet 💐",
    "such a sad week for low fell, the whole estate is quiet",
    "x",
    # judgement call: a plea to drivers, not negative feedback about the school -> ok, not complaint
    "heartbreaking. please slow down on that road people, theres kids everywhere at 3 oclock",
    # judgement call: a rumour about how an adult died, not abusive and about no child -> ok
    "my sister in law works at the QE and she reckons it was his heart that went before the crash, not the other way round. so sad either way",
    # hard negatives
    "i actually died laughing when {PW} did the worm at the leavers disco 😂😂",
    "rest in peace to my phone, dropped it in the paddling pool at the summer fair 📱💀",
    "absolutely gutted we lost to kells in the cup final, proud of the lads tho",
    "year 6 buried the time capsule under the new bench today, not to be dug up till 2050!!",
    "{P} slayed the eulogy at her grandads service, so brave at 11 years old 👏",
    "the bake sale for the memorial bench went down a bomb, £412 raised!!",
    "the police officer's talk on drugs and county lines in assembly was brilliant, my son came home full of it",
    "mr dave's a killer at the pub quiz, won the memorial cup three years running now",
    "ill be dead by friday with these sponsored walk blisters 😂 worth it for the hospice tho",
    "free tea, coffee and stotties at {V} after the service, everyone welcome, no need to bring owt",
    "my youngest just wants to be with her mam and her nana tonight, all snuggled up on the settee watching frozen. bless her",
    "hang his photo in the main hall so the bairns never forget him",
    "{S} cut the ribbon on the memorial garden, lovely touch",
    "rip to the gazebo after that wind at the fun run 💨😂",
]

COMPLAINT = [
    "My son found out his favourite teacher had died from a tiktok before the school had told anyone. Not good enough.",
    "telling 5 year olds in a whole school assembly with no warning to parents was the wrong call. my daughter has had nightmares all week",
    "a text at 9pm saying 'sadly a pupil has died please talk to your child' is not how you handle this, some of us had to break it to kids at bedtime with no info at all",
    "oh great, finding out about a death from a letter screwed up in the book bag under the dinner menu. lovely. very personal.",
    "the school posted a photo of the crash scene before the family had even been told. take it down please",
    "no counselling, no nothing. my lad was his best mate and hes been sat in lessons like nowt happened",
    "Disappointed that pupils were refused permission to attend the funeral. It was their friend.",
    "Why has a fundraiser from someone nobody knows been shared on the official page without checking it. really poor",
    "the memorial bench is covered in bird muck and the plaque is hanging off already, 6 month in. shameful",
    "not one mention of mrs ashcroft in the newsletter after 30 year in that kitchen. says it all really",
    "two years weve been asking for a crossing on coalway lane and now look. the school should of been shouting a lot louder",
    "my 6 year old was told nana pam 'went to sleep' by a supply teacher and now she wont go to bed. please train your staff on this",
    "deleting comments on a memorial post because parents are asking about road safety is not a good look",
    "thanks for turning the comments off on the facebook tribute, really helps grieving families 🙄",
]

COMPLAINT_QUESTION = [
    "my daughter was told about the accident in a corridor by another kid because staff hadnt spoken to her class first. she was in bits. who do i speak to about this",
    "really unhappy the assembly went ahead on a day my son was off so he heard it all second hand off his mates. is there a catch up session for the ones who missed it",
    "the letter spelt his name wrong, its an insult to his family. can you let me know if a corrected one is coming out",
    "nobody rang us even though {P} was at the scene when it happened. poor. does the school have a bereavement counsellor coming in and what days",
    "the fundraiser link you shared has been called out as fake by the family themselves, shocking you never checked. is there an official one we can donate to instead",
]

QUESTION = [
    "does anyone know when the funeral is",
    "what time is the service at {V} on friday",
    "can the kids go to the funeral in school uniform or do they need to be in black",
    "will school be shut for the funeral or do i need to sort childcare",
    "is there a book of condolence at the office we can sign",
    "where do we send cards for the family, happy to drop them at reception if thats easier",
    "wondering if parents can come to the memorial assembly as well or is it pupils only",
    "Is the family asking for flowers or donations to a charity instead, would like to do the right thing",
    "{S} are you able to say if the lollipop lady will be back on monday",
    "how do i explain it to a 5 year old, has the school got any books or leaflets we could borrow",
    "is the gofundme for the family the real one, dont want to give to a scam",
    "any idea if {SF} will be back after the funeral, {P} keeps asking for her every night",
]

INSULT = [
    "who cares hes dead, gave me detention every single week, worst teacher in the place",
    "attention seeking again, {P}'s mam will milk anything for likes",
    "stop crying over some old woman you never even met, pathetic snowflakes the lot of you",
    "whoever is running that fundraiser is a parasite, leeching off a dead lad",
    # judgement call: misinformation about how a former teacher died, aimed at him and the mourners -> insult
    "everyone knew he was a drunk, thats what really killed him not his heart. hypocrites",
    "{S} crying for the local news cameras, what a performance, somebody give her an oscar",
    "that kid who read the poem was so cringe, couldnt even read properly, embarrassing",
    # judgement call: a troll sneering at the dead child on the memorial, no threat or protected group -> insult
    "the lad on the bike was a nuisance anyway always riding on the paths, no great loss",
]

INSULT_COMPLAINT = [
    "{S} is a heartless cow for announcing it in assembly in front of the infants, absolute disgrace of a head",
    "the office staff are useless jobsworths, rang three times about funeral leave for my daughter and nobody rang back",
    "telling grieving kids with a powerpoint?? are you lot robots. spineless management hiding behind a screen",
    "clueless, the lot of you. my son was left crying in the toilets for an hour after the news and not one adult noticed",
    "{S} couldnt organise a minutes silence without making it all about herself. incompetent woman, the kids deserved better",
]

PROFANITY = [
    "fucking hell this is awful news, rip sir 💔",
    "shit shit shit. saw the police at the bottom of coalway lane this morning and prayed it wasnt a kid",
    "f*ck cancer. rip nana pam",
    "absolutely bloody gutted, he was the best of them",
    "sh1te week for this town honestly",
    "cant stop crying man this is so fuckin unfair",
    "bollocks to this year, worst one ever. love to everyone we lost x",
]

PROFANITY_INSULT = [
    "lmao imagine crying over a teacher, youre all fucking weird",
    "the prick who wrote 'who cares' on the last post wants his head looking at",
    # judgement call: accuses a named parent of a fake fundraiser, but no scam is being offered here -> profanity+insult, not spam
    "{P}'s mam is a lying bitch, there was never a fundraiser, she just wants a holiday",
    "shut up you miserable bastards its been a month move on",
    "fat sh*thead troll. respect the dead",
    "mr heppell was a twat and everyone knew it, dont pretend now hes gone",
]

THREAT = [
    "whoever was driving that car better hope i never find out who they are",
    "the lad who wrote that on the memorial, i know where you drink. see you friday",
    "if anyone touches the flowers on the railings again theyll be going in the river",
    "we know whose car it was. it wont be on the road much longer, trust me",
    "next person who laughs at our nanas memorial gets put through a window",
    "gonna burn that drivers house down with him in it",
    "the scammer behind that fake gofundme is getting his kneecaps done when we catch him",
    "ill be at the gates monday for the teacher who told my bairn her grandda was 'in the ground with the worms'. be ready",
    "someone should put a brick through the office window for what they did to those kids this week",
    "one more comment from you about my brother and youll be joining him",
    "dont bother posting bail for the driver lads, hes not making it to court",
    "say his name like that again and see what happens to you. ive nothing left to lose",
]

PROFANITY_THREAT = [
    "im gonna fucking kill the driver, swear down",
    "keep mocking the memorial you little shit and ill smash your face in",
    "found the trolls fb, lives 2 streets away. gonna batter the c*nt",
    "whoever nicked the memorial plaque, ill break your bastard fingers one by one",
]

THREAT_SAFEGUARDING = [
    "bringing my brothers knife in monday for the year 9s who laughed in the minute silence",
    "im in yr 8 and if that lad says one more thing about my mam being dead im stabbing him at break",
    "my mates got a blade and were waiting for him after school by the shops, he knows what he said about her nana",
    "year 10 here, gonna shank whoever wrote that on the memorial wall, we know who it is",
    # judgement call: an adult threatening a named pupil -> threat+safeguarding
    "if that {P} laughs at my grandsons nana again ill be waiting at the gate and hell get a slap, i dont care how old he is",
]

SAFEGUARDING = [
    "i just want to be with my mum again. nobody would even notice if i was gone",
    "miss i dont want to live without my mam. can i go where she is",
    "{P} has been in the same uniform all week since her nana passed, i dont think theres anyone at home looking after her",
    "since mam died dad just drinks and sleeps, theres no food in the house, i havent told anyone",
    "my stepdad says if i keep crying about grandad hell give me something to cry about. hes already hit me once",
    "been cutting again since the funeral, nobody gets it",
    "a man in a white van has been parked by the crash memorial every afternoon talking to the kids leaving flowers, asking which ones lost family",
    "some account called angel_memories is messaging bereaved kids saying he can help them talk to their dead parents if they keep it secret",
    "hi {P} so sorry about ur nana, message me privately pet, ill buy you something nice to cheer you up, dont tell ur mam x",
    "{P} told my daughter shes going to the bridge tonight to 'see her brother', please someone check on her",
    # judgement call: a child's question after a disclosure -> safeguarding only, as the probe README's 'is that allowed??'
    "i keep taking my nanas tablets to help me sleep since she died. is that bad",
    "the older lads have been giving {P} vapes and weed since her mam died, saying its for the pain. shes 12",
    "my 9 year old said she wishes the car had hit her instead. i dont know what to do",
    "no ones been home since nanas funeral, ive been looking after my little brother on my own for 4 days",
]

SEXUAL_SAFEGUARDING = [
    "the girl in black at the front of the memorial photo is stunning, how old is she 😍 dm me",
    "them year 11 lasses in their funeral dresses 🥵🥵",
    "{P} can cry on my shoulder any time, sexy little thing 😘",
    "the year 10 girls at the balloon release, id comfort them all night if you know what i mean 😏",
]

HATE = [
    "course it was one of them foreigners driving, they shouldnt be let on our roads. send them back",
    "why is a muslim reading at a christian memorial, were losing this country",
    "nobody from the traveller site should be allowed near them flowers, thieving is in their blood",
    "heard the driver was polish. no surprise, the lot of them drink drive",
    "his 'husband' speaking at the service in front of bairns, disgusting, people like that should be kept away from children",
    "the so called woman reading the eulogy was a bloke in a dress, the school should be ashamed letting that near kids",
    # judgement call: contempt for disabled pupils as a group, no slur -> hate
    "dont see why the kids from the disabled unit need to be at the memorial, theyll only make a racket, keep them separate",
]

PROFANITY_HATE = [
    "fucking immigrants driving like maniacs, thats why the kids dead",
    "shitty gyppos from the site nicked the wreath off the railings, pikeys the lot of them",
    "ffs a rainbow flag on a memorial bench, queers have to make everything about themselves",
]

SEXUAL = [
    "the young widow looks like she needs a bit of company tonight 😏 ill keep her bed warm",
    "that music teacher at the service in the tight black dress, phwoar, sorry for your loss but",
    "bet the vicar at st helens has seen some action in that vestry 😉🍆",
    "rip to my love life, anyone at the wake fancy a fumble in the car park 😂",
    "grieving mams on here need a good seeing to, dms open 👅",
    "the lass from the undertakers can measure me up any time 😉",
]

SPAM = [
    "🙏 RIP. lost my dad last year and found peace through this free grief course, link in my bio 👇",
    # judgement call: an unverified stranger's fundraiser asking for money to a personal account -> spam (scam)
    "Raising money for the family of the boy in the crash, please send anything to paypal.me/coalwayboy2026, every penny goes to his mam 💙",
    "Need to speak to your loved one one last time? Psychic Medium Angela does readings over whatsapp, messages open now ✨",
    "Funeral plans from £9.99 a month, dont leave your family with the bill, tap the link",
    "f4f? posting rip edits for everyone weve lost, follow back 🕊️",
    "CONGRATULATIONS you have been selected for a £500 bereavement grant, claim now at gov-support-uk dot info",
    "Honour their memory with a custom engraved memorial necklace 💎 20% off this week with code LOVE20, shop link in bio",
]

PERSONAL_DATA = [
    "cards and flowers can go straight to the house, its {AD}, her nanas bungalow",
    "anyone wanting to help with the food for the wake ring me on {PH}, ill sort a rota x",
    # judgement call: a child's full name in a kind condolence -> personal_data
    "{PF} was in my daughters class, such a lovely girl, her grandad was everything to her",
    "send photos of him for the memorial slideshow to {EM} and ill put it all together",
    # judgement call: the driver's home address posted with no explicit threat -> personal_data only
    "the driver lives at {AD} {PC}, everyone should know",
    "his little girl {PF} turns 7 on {DOB}, would be lovely if everyone sent her a card",
]

PD_QUESTION = [
    "does anyone have an address for the family to send a card, text me on {PH} pls",
    "can someone from the office email me the funeral details, im {EM}",
    "is it ok to drop a meal round at {AD} or would they rather be left alone",
]
