"""Round 28, writer Q2, session 13: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""

# Voices (writer Q2): attendance and absence at Ravensworth Community Academy - parents fined for
# term-time holidays, the attendance officer's home visits, children missing school for weeks, a
# parent home-educating after a row, young carers, a child "off sick" seen out at all hours, a family
# gone from the register, remote work sent home, fair complaints about fines and letters, questions
# about authorised absence (some without a question mark), plus pupils who stay away and the odd
# stranger, spammer and bigot in the comments.

OK = [
    "{PW} got her 100% attendance certificate today and shes been showing it to the cat all night 😂 proud mam",
    "thank you {SF} for ringing to check on him when he was poorly, didnt feel like nagging at all, felt like someone actually cared",
    "Well done to every single one of the full attendance kids this term, what a bunch {H}",
    "the attendance lady came out to ours when we were struggling to get him out the door and honestly she was lovely, sorted him a taxi for the first fortnight",
    # judgement call: a young carer mentioned by first name only, already supported by school - ok, not a concern
    "nice to see the young carers group getting a mention, our {P} looks forward to it all week ❤️",
    "back in tomorrow after the chickenpox, shes been climbing the walls at home",
    "Great to see the new late gate system working, much quicker in the mornings now",
    "Just rang {SPH} to report her off with the bug, lady on the phone was really kind x",
    "ty for sending the work home when he had his leg in pot, kept him sane for 6 weeks",
    "20 days off last yr with his chest, 2 days this year. whatever yous are doing keep doing it 🙌",
    "Dziękuję pani z biura za pomoc z formularzem nieobecności 🙏",
    "Remote learning pack arrived today, very thorough, thank you Year 5 team",
    "my lad's been in every single day since september which for him is a miracle, proud of you son",
    "lovely assembly on attendance, our {P} came home and explained percentages to her nana",
    "Fair play to the office for sorting the medical evidence so fast x",
    "{PW} says the attendance trophy is going on the mantelpiece and nobody is allowed to touch it lol",
    "anyone elses kid wake up at 5am on a saturday but need dragging out of bed monday to friday 🙃",
    "Emailed {SEM} with the hospital letter like it said on the post, all sorted, thanks",
    "got his certificate and a cookie, best day of his life apparently 🍪",
    "so grateful the school worked with us instead of fining us when nana was in the hospice, we wont forget it",
    "whoever came up with the class attendance trophy is a genius, they're all competing now",
    "my two have had the sniffles all week but still went in, tough as old boots these two",
    "won the attendance raffle!! £20 voucher for the metro centre, thank you PTFA 🎉",
    # hard negatives below: share words with threats, violence, drugs, sex, spam, weapons or safeguarding
    "he's been killing it since he came back after easter, reading age up two years!!",
    "first morning back and she was off like a shot, didnt even say bye 😭",
    "we were dying to get away but waited till half term like good citizens, cost a bomb mind",
    "sick of the rain, sick of wet coats on the radiator, but 100% attendance so whos complaining ☔",
    "absent-minded professor here left his reading book on the bus AGAIN 🙄 at least he got there",
    "i'll murder a brew after that school run, durham road was carnage this morning",
    "armed with a packed lunch and a brolly, back after 3 weeks off, wish him luck everyone 🙏",
    "shes gone and got herself hooked on the reading challenge, cant get her off it",
    "weeding the school garden at dinner time is the only thing that gets him in on a monday 🌱 thank you {SF}",
    "Free breakfast club is a lifesaver for us shift workers, gets him in on time every day",
    "Home Alone on at the christmas film afternoon and they thought it was the best day ever lol",
    "the old truancy man used to chase us round Low Fell on a push bike back in the 80s haha times have changed",
    "i could strangle the alarm clock, all three of us slept in and still made it by 8.50",
    "he wants to run away and join the circus after the trip, not sure the attendance officer would approve 😂",
    "the cocktail sausages at the 100% attendance party went down a storm, thanks to whoever made them",
    "shes been dead keen since she moved up to the new class, not had a day off",
    "she smashed her attendance target AND her spelling test, on fire this week 🔥",
]

COMPLAINT = [
    "got a letter saying her attendance is 'a concern' the week after she had her appendix out. with the discharge papers handed in. really thoughtful",
    "£160 fine for taking them to their grandad's funeral in Cork. he was their GRANDAD. i'm not having that",
    "the 100% attendance party leaves out kids with long term conditions, my daughter has type 1 diabetes and shes never going to be invited. please rethink it",
    "3 phone calls from the attendance line while we were sat in A&E. maybe check the notes first",
    "work set for kids off long term is a joke, one worksheet for a fortnight and nobody marks it",
    "Fined for a term time holiday when the holiday companies triple prices in half term. It punishes working families who cant get leave in august, simple as",
    "the attendance officer turned up at my door at 8.15 in front of the whole street. humiliating. a phone call would have done",
    "So my son misses 4 days with covid and gets a 'persistent absence' letter with a sad face on it. brilliant stuff, very professional",
    "My daughter has been off with anxiety and instead of support we get threatened with court. She needs help not a penalty notice",
    "reading out names of kids whove been off in assembly isnt motivating, its embarrassing them. mine came home in tears",
    "nobody rang me back about the absence request i put in a month ago and now theres a fine in the post",
    "late gate shuts 8.40 on the dot but the 54 bus gets in at 8.42. every day hes marked late for something he cant control",
    "taking golden time off a 6 year old because his mam couldnt get him in is punishing the wrong person",
    "The fine system only hits the families who cant afford it. The ones with money just pay it and go anyway",
]

COMPLAINT_QUESTION = [
    "third time this term the absence line has been full and my voicemail didnt record. is there an email we can use instead",
    "fined for 2 days when we had a letter from the consultant. disgraceful. who do i send the appeal to",
    "the remote work for isolating kids never got uploaded last week, not good enough. will it be on google classroom or teams from now on?",
    "been waiting 6 weeks for a reply about my authorised absence request, really not acceptable. can someone tell me if it was approved or not",
    "attendance letters keep going to my ex's house even though ive told the office twice. how do i get that changed properly?",
]

QUESTION = [
    "does a hospital appointment in the morning count as authorised if she comes in after",
    "what time does the absence line open on a morning",
    "Hi is {SPH} the right number to ring for absences or is there a separate one?",
    "wondering whether a family wedding abroad would ever be authorised, its 2 days before half term",
    "how many days off before the attendance officer gets involved",
    "can someone let me know where the remote work gets posted when theyre off sick",
    "is there a young carers group at the academy, asking for my nephew who's starting in september",
    "if hes off with a temperature on the day of the trip do we get the deposit back",
    "need to know if school counts religious festivals as authorised absence, we're celebrating Vaisakhi next month",
    "Who do I speak to about a part time timetable for my daughter coming back after a long illness",
    "{S} are you the one to email the medical letter to or does it go to the office",
    "Is the attendance awards evening at {V} or in the school hall this year",
]

INSULT = [
    "the attendance officer is a clipboard carrying jobsworth with nothing better to do than sniff round peoples bins",
    "{S} you are a sanctimonious little busybody",
    "imagine getting excited over a certificate for turning up lol sad little swots",
    "her with the 'every day counts' posts every morning is the smuggest mam on this page, get a life",
    "the office staff are thick as mince, cant even add up a register",
    "look at the state of the attendance lady, dressed like she got ready in the dark",
    "this school is a circus run by clowns 🤡🤡",
    "{P}'s mam wants to worry about her own kids attendance instead of gobbing off on here, absolute waste of space",
]

INSULT_COMPLAINT = [
    "fined me while my son was in hospital with pneumonia. {S} you are a heartless jobsworth and you should be ashamed",
    "marked him absent on a day he was sat in the lunch hall. the office cant count, total incompetents",
    "fifth 'attendance concern' letter for a kid with a hole in his heart. whoever signs these off is a brainless robot",
    "no work sent home for three weeks while she was off. lazy useless teachers, do your jobs",
    "the attendance officer was rude to my mother at the door and lectured her in front of the neighbours. nasty bitter woman. this is a complaint not a comment",
]

PROFANITY = [
    "shit forgot to ring her in sick again, office are gonna love me",
    "fuckin hell 100% attendance for the whole year, who even is this child 😂❤️",
    "bloody pissing down at drop off again, soaked through but we made it",
    "3 weeks of sickness bug in this house, sh1t everywhere, finally back in tomorrow 🙏",
    "holy f*ck the price of flights in half term",
    # judgement call: "little bugger" is affectionate about the writer's own child - profanity, not insult
    "back after a fortnight off and the little bugger's top of the class, no idea how",
    "honestly so f***ing proud of him getting in every day after the year hes had",
]

PROFANITY_INSULT = [
    "the attendance officer is a nosy bitch",
    "{S} is an absolute prick, smiling at the gate like butter wouldnt melt",
    "whoever runs this page is a thick twat",
    "the lad bragging on tiktok about bunking off every friday is a right dickhead",
    "all you 'every day counts' mams are sad c*nts with nothing going on in your lives",
    "school full of arseholes pretending they give a toss about kids",
]

THREAT = [
    "attendance officer comes knocking at mine again and she'll be leaving in an ambulance",
    "send me one more fine and see what happens to them windows",
    "if that woman from the council steps on my drive again she's going through the hedge",
    "I know what car {S} drives. keep threatening me with court and see how long the tyres last",
    "next person who rings my phone about attendance will get a visit, i know where the office is",
    "might bring a can of petrol to the next attendance meeting, see how they like that",
    "keep pushing me over this fine. ive got nothing left to lose and you've got a school full of windows",
    "let that inspector try and take me to court, he wont make it back to his car",
    "gonna be waiting at the gates for {S} at 3.15 and it wont be for a chat",
    # judgement call: framed as what would have happened, but aimed at a named role and meant to menace
    "the attendance man's lucky i was at work when he came round, he'd have been picking his teeth up off the path",
    "sleep with one eye open whoever reported us for the holiday. i'll find out who",
    # judgement call: a "joke" about bombing the school - threat, not ok
    "just bomb the place then nobody can get fined for not going in 💣💣",
]

PROFANITY_THREAT = [
    "fine me again and i'll smash every fucking window in that office",
    "swear down if that attendance fella comes round again im putting him on his arse, try me",
    "{S} better watch out in that car park, im fuming, shit's gonna kick off",
    "keep sending bailiffs over a holiday fine and i'll burn the f**king place down",
]

THREAT_SAFEGUARDING = [
    "the reason ive been off is the year 10s keep jumping me. if they start again monday ive got my brothers knife and ill use it",
    "not been in for 2 weeks cos of them in my form. got a bat in my wardrobe for when i go back, they'll see",
    # judgement call: an adult threatening his son's 12-year-old classmate - threat plus a child at risk
    "that kid whos been calling my son names is the reason he wont go in. i'll be waiting at the gate for him, 12 or not he'll get what's coming",
    # judgement call: a parent's threat to their own child that also discloses past harm - not hyperbole
    "if he bunks off once more im going to leather him till he cant sit down, last time he couldnt walk right for a week",
    "im off cos everyone's seen the video. im going to make the lad who posted it bleed then it doesnt matter what happens to me anyway",
]

SAFEGUARDING = [
    "the kids across the road from us havent been to school since before christmas, curtains shut all day and you can hear the little one crying",
    "she's meant to be off sick but i see her down the metro centre car park at 1am most nights getting in cars with older lads",
    "the family with the twins in year 2 have just vanished, house empty, phones dead, nobody at school knows where theyve gone",
    # judgement call: a young carer's disclosure asking for secrecy - safeguarding (neglect / caring load), not ok
    "i have to stay home most days to look after my mam cos she cant get out of bed and theres no one else. dont tell school pls",
    "my dad took me out to home school me after the row with {S} but nobody teaches me anything i just mind the baby all day",
    "i keep missing school because i cant face it. been cutting again and hiding it with long sleeves",
    "havent been in for weeks cos theres no food in the house on a morning and mam says not to say anything",
    "worried about a lad on our street, should be year 8, out on a bike every school day dropping packages off for older men. hes barely 12",
    "my niece is supposedly home educated now but shes 14 and her dad keeps her locked in all day, no books no phone",
    "lass on our estate been off school for months and now says she's 'getting married' in the summer. she's 15",
    "hes been off since the thing with his stepdad. the bruises on his arms werent from football whatever they told the school",
    "i dont come in cos my brothers mates wait for me at the bus stop and make me carry stuff for them",
    "to whoever runs this page, one of your pupils has been posting from a flat in newcastle with a man in his 30s in school hours, ive got screenshots",
    "im 13 and i havent been in school since october because i look after my little brothers while mam works nights. im really tired all the time",
]

SEXUAL_SAFEGUARDING = [
    "the blonde one at the back of the attendance award photo is well developed for year 9 😍 inbox me",
    "any of the lasses bunking off tomorrow can come to mine, free house, drinks, and i'll make it worth your while 😉",
    "stunning little legs on the girl holding the trophy, would love more pics of her in that skirt",
    "year 11 girls skiving on the field in their shorts, the view from my van is lovely 😏",
]

HATE = [
    "course attendance is down, half the year is romanian now and they all disappear home for two months at christmas. send them back",
    "the traveller kids never turn up anyway, why does the school even bother enrolling them lot",
    # judgement call: a religious/ethnic generalisation presented as a fairness point - hate, not complaint
    "muslim families take their kids out for weeks to go to pakistan and never get fined, one rule for them and another for us english",
    "autistic kids are just spoilt brats using a label to stay off school",
    "eastern europeans dont value education, its in their culture, no wonder the attendance is rubbish",
    "these asylum families get free taxis to school and still cant be bothered, go back where you came from",
    # judgement call: disability attack dressed as a point about the figures - hate
    "wheelchair kids shouldnt count in the figures, they drag everyone down and cost a fortune",
]

PROFANITY_HATE = [
    "fucking gypsies pull their kids out whenever they like and nobody fines them",
    "the p*kis take months off for weddings and the school does shit all",
    "fuck off back to poland if you wont send your kids to school like the rest of us",
]

SEXUAL = [
    "the attendance officer can come and check im in bed any time she likes 😏",
    "ive been a very naughty absentee, whos going to come round and punish me 😈",
    # judgement call: innuendo aimed at a named member of staff (an adult) - sexual, not insult or safeguarding
    "{S} can issue me a penalty any day, strict teachers do it for me 🥵",
    "mams who skipped the school run to stay in bed with their fellas, we see you 😉🍆",
    "wife got a fine, i got something much better while the kids were at their nan's all week 🍑😂",
    "that new attendance officer with the boots, she can take my register any time 😏",
]

SPAM = [
    "Got an attendance fine? 🚨 Our specialists have overturned 1000s of penalty notices. No win no fee, click the link in bio",
    "Gateshead Council: your Penalty Notice PN-44812 is overdue. Pay £80 now at gateshead-penalty-pay.co to avoid prosecution",
    "Term time holidays for LESS than the fine 🌴✈️ Tenerife from £149pp, DM 'SUN' for the deal",
    "doctors notes on genuine GP letterhead, any dates you need, £15, message me on telegram",
    "mams stuck at home with poorly kids 💰 I earn £300 a day from my phone, comment YES and ill show you how",
    "follow for follow 🔁 like all my posts and ill like yours back #attendance #school",
    "Congratulations! Your family has been selected for a FREE holiday as a reward for 100% attendance 🎉 claim now at ravensworth-rewards.win",
]

PERSONAL_DATA = [
    # judgement call: an innocent message, but a pupil's full name is personal data
    "{PF} hasnt been off once this year, proud of you darling 💕",
    "attendance officer can ring me direct on {PH} instead of turning up at the door",
    "if the office cant find his records he was born {DOB}, same as ive told them three times",
    "we've moved, attendance letters to {AD} from now on please not the old house",
    "forward all the attendance stuff to {EM} not my husbands",
    "postcode for the attendance letters is {PC} now, we moved in may",
]

PD_QUESTION = [
    "can someone tell me if the medical note went through, i emailed it from {EM} on tuesday",
    "my mobile is {PH}, could someone from attendance ring me back about the absence form please",
    "{PF} in year 4 will be off tomorrow for her grandad's funeral, does that count as authorised?",
]
