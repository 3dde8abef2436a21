"""Round 18, writer V, session 12: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""
# Voices (writer V): parents and pupils under Ravensworth's online-safety posts - first phones, Snapchat
# maps, Roblox and Fortnite chats, group chats gone nasty, AI-made fake pictures, sextortion warnings,
# scam texts and phishing "from the school", parents pasting screenshots with other children's names
# and numbers, strangers in games moving children to other apps, a pupil whose pictures someone has,
# Geordie parents, shift workers, teenagers typing fast; and tech talk that sounds bad but is innocent.

OK = [
    # hard negatives: words shared with threats, sex, drugs, weapons, spam and safeguarding
    "had to kill the app and reopen it 3 times before the parental controls would actually save lol",
    "my lad reckons he can hack the wifi... turns out he just read the password off the back of the router 😂",
    "panic over, the 'exploit' he kept going on about is just a minecraft glitch that gives u free diamonds",
    "@Lisa the dog grooming parlour you were asking about is the one next to greggs on durham rd, sorry everyone wrong post 🙈",
    "we had to strip the old router out and put a new one in with the family filter built in, took our kev all sunday",
    "nuke the chat and start again with just the parents u actually know, thats what we did in year 5 and its been bliss",
    "fortnite is literally just shooting each other but hes more bothered about his skins than anything violent tbh",
    "table 4 absolutely killed it at the e-safety quiz 🏆🏆 knew that password question was ours",
    # judgement call: hyperbole about a group chat, ok like round 4/5's "kill my son" jokes
    "im going to murder whoever invented class group chats, 147 messages about one missing PE top 😂",
    "the bit about sextortion was hard to sit through but every parent needs to hear it, thank u {S}",
    # judgement call: a warning about a scam, not the scam itself
    "heads up theres fake texts going round saying theyre from school asking for dinner money, dont click it, school never sends links like that",
    "my son asked what grooming meant after the assembly. had a proper talk with him over tea, went better than i expected tbh",
    "the drugs bit went right over my head, had to google what a 'plug' is. feel about 90",
    "roblox horror games are scarier than anything i watched as a kid, hes still sleeping with the landing light on 😂",
    # plain
    "honestly the bit where they showed how fast one photo spreads got me, deleting half my facebook tonight",
    "snap map off, location off, find my friends on for just me and her dad. took 20 mins, worth every second",
    "hes been told phone at 11 and not a minute before, now hes drawing up a contract to appeal 😂",
    "brilliant evening, came away with loads of tips 👍",
    "{PW} was made up showing me how to set the screen time limits, proper role reversal in our house",
    "thanks for putting the slides up, couldnt make it as i was on nights",
    "we went with a brick phone for year 7 and honestly no regrets whatsoever",
    "{P} came home full of it after the internet safety assembly, lecturing us all about strong passwords",
    "good reminder this, family link has been a lifesaver for us",
    "canny idea doing it with coffee and biscuits, much less scary than the last one",
    "👏👏👏 more of this please",
    "no phones upstairs after 8 in our house now and the difference in her sleep is unreal",
    "shared this with my sister, her bairns are at a different school and theyve had nothing like it",
    "my eldest is 15 and still thanks me for not letting her have snapchat til year 9. took a while mind",
    "dziękuję for the leaflet in polish, my mama could read it all by herself 🙏",
    "really helpful {S}, the parental controls sheet is stuck on our fridge now",
    "to the mam asking earlier, its settings > screen time > content restrictions. took me ages to find too",
    "lol the kids knew more about roblox than the presenter but fair play she got them thinking",
    "just put the age filter on youtube and he hasnt even noticed 🤫",
    "see yous all at {V} next week for the follow up one",
    "rang {SPH} this morning and theyve confirmed the evening is still on despite the weather",
    "glad school is talking about AI pictures, most of us have no idea what these apps can do now",
    "🙌🙌 {H}",
    "my 7 yr old asked if alexa is spying on us. might have overdone the chat at tea time",
    "the year 6 posters for e-safety week are brilliant, proper talented bunch",
    "'sharenting' is a new word to me but yeah guilty as charged, no more uniform pics on my page",
]

COMPLAINT = [
    "e-safety evening at half 3 on a tuesday. cos all us parents are just sat at home waiting eh",
    "emailed about the filter on the school ipads letting stuff through 3 weeks ago and nobody has got back to me. not good enough",
    "funny how the school insta puts the kids faces up every week then lectures us about digital footprints 🙃",
    "the online safety letter came home screwed up in his bag 2 weeks after the event. great comms as per",
    "told its 'outside school' every time something kicks off in the year 8 group chat, yet theyre all sat in the same classroom next morning. doesnt wash with me",
    "slides were all about tiktok. my two are on discord and roblox, felt well out of date if im honest",
    "no interpreter at the e-safety night again when loads of families on our estate dont have english as a first language. really disappointing",
    "forwarded the scam text to the office to check it was fake and got told to 'use my judgement'. cheers for that",
    "phones confiscated and kept in an unlocked drawer, then one goes missing and suddenly its nobodys responsibility",
    "the parental controls on the school laptops block the homework site but not youtube. make it make sense",
    "asked for the session to be recorded for those of us on shifts and was told no. so the parents who most need it cant go",
    "homework set on an app that needs a phone then a letter saying year 7s shouldnt have phones. which is it",
    "the class whatsapp list with everyones numbers on got handed to a parent who isnt even in the class. not impressed at all",
    "still no policy about phones on the residential and they go friday. cutting it fine again",
]

COMPLAINT_QUESTION = [
    "the link for the e-safety slides just goes to page not found, bit rubbish when lots of us missed it. can someone repost it please",
    # judgement call: frustrated but a genuine yes/no request, not rhetorical
    "third letter this term about phones and still no straight answer. are they allowed in bags or not",
    "your real texts look exactly like the scam ones, no name, just a link, not ideal at all. what number do the genuine ones come from",
    "really disappointed the e-safety evening clashes with year 11 parents evening. is there going to be a second date",
    "nobody told us the homework platform needs a personal email for 11 yr olds, not happy about that. whose email is it meant to be, ours or theirs",
]

QUESTION = [
    "what age do yous recommend for a first phone, hes saying everyone in year 5 has one already",
    "is the e-safety evening just for parents or can the kids come as well",
    "does anyone know how to set snap map so only i can see where she is",
    "will the slides be going on the website for them that couldnt make it",
    "what time does it start thursday and is it at {V} or in school",
    "which parental control app was it the speaker recommended, wrote it down and lost the paper 🙈",
    "hiya is there anything for younger siblings at the online safety night or do i need a sitter",
    "who do we tell if we get one of those fake texts saying its from school, {S}?",
    "can you set the xbox so they can only chat to people on their friends list, anyone done it",
    "is it ok to email {SEM} about a roblox thing or is there a better person to go to",
    "whats the schools policy on smart watches with a sim in",
    "do we need to book for the esafety session or just turn up on the night",
]

INSULT = [
    "whoever runs this page needs to get off their high horse, half of yous couldnt find the settings menu if it bit you",
    "the mams in the year 6 chat are a bunch of nosy busybodies with nowt better to do",
    "{P} in year 9 is a proper snake, screenshots everything and sends it round",
    "that speaker was as much use as a chocolate teapot, clueless woman",
    "{S} cant work a smartboard never mind teach our kids about the internet, total dinosaur",
    "some of yous parents are thick as mince, give a 7 year old a phone then cry when they see stuff",
    "imagine being the saddo dad who screenshots kids tiktoks to moan about on here 🤡",
    "typical ravensworth, a school full of grasses and wet lettuces",
]

INSULT_COMPLAINT = [
    "reported the group chat twice and {S} did nothing, absolutely useless woman, shouldnt be in charge of anything",
    "whoever set up the filters is a clown, my son got round them in 5 mins and nothings been fixed since i told you in september",
    "the phones letter was patronising drivel from someone who clearly has no kids, and it came out a week after the trip it was about",
    "{S} spent the whole night reading off the slides like a robot, waste of an evening, nothing you couldnt google",
    "told the office about the scam texts using the school name and got some jobsworth who couldnt care less. 3 days later theyre still going round",
]

PROFANITY = [
    "fuck me the snap map showed exactly which house she was in, switched it off there and then",
    "holy shit i didnt even know roblox had voice chat now",
    "hes spent £80 of my money on vbucks without asking, f*cking fortnite 😭",
    # judgement call: mild ("pissing it down" is profanity per the dev rules)
    "pissing it down for the walk to the esafety night but it was worth it",
    "bloody hell the AI bit was terrifying, had no idea",
    # judgement call: swearing about the chat's content, not insulting a person
    "the group chat was 400 messages of absolute shite about a tiktok dance 😂",
    "sh1t just realised her location has been on since christmas",
]

PROFANITY_INSULT = [
    "the dickhead who keeps adding randoms to the year 8 chat needs to grow up",
    "{S} thinks shes so down with the kids, patronising tw@t",
    "some of the parents on here are absolute bellends honestly",
    "piss off karen nobody asked, ur kid is the one sending the nasty messages, stupid cow",
    "the year 10 lads on that gc are a bunch of little sh*ts",
    "bet the cretin who runs this page cant even spell wifi lmao a*sehole",
]

THREAT = [
    "keep deleting my comments and see how long your windows last",
    "{S} youve got till friday to sort it or ill sort you myself",
    "theres a few of us dads gonna be waiting at the gate for the fella who set that group chat up",
    "the office woman who hung up on me wants to hope i dont bump into her in asda",
    # judgement call: no violent verb, menace by implication
    "i know what car {SF} drives. just saying",
    "carry on like this and the school will be getting a visit it wont forget",
    "next time that scam number rings my mams house im tracing it and paying him a visit with a baseball bat",
    # judgement call: incitement to damage rather than a first-person threat
    "someone wants to burn that phone shop down for selling sims to 11 year olds",
    "lovely little school youve got there, shame if a brick went through the ICT suite",
    "the dad who posted a screenshot with my kids number on facebook is getting his head kicked in when i find him",
    "if my lads phone goes missing out that drawer again someones getting hurt",
    "lets see how brave the page admin is when im stood outside his house",
]

PROFANITY_THREAT = [
    "tell the admin who deleted my post to come say it to my face, ill smash his fucking teeth in",
    "keep ignoring my emails {S} and see what happens to your car, i know which one is yours. piss taking",
    "if that scammer texts my mam once more pretending to be the school im gonna find him and knock his bastard head off",
    "swear down if the dad who posted that screenshot turns up at the gate hes getting fucking leathered",
]

THREAT_SAFEGUARDING = [
    "whoever leaked my pics in the gc im bringing my brothers blade in tmrw, ur all getting it",
    "tell {P} to watch himself after school, ive got something in my bag for him 🔪",
    "ye that year 9 from the fortnite squad is getting stabbed monday no joke",
    "got my uncles air rifle, see whos laughing in the group chat after friday",
    "whoever made that fake pic of me better not come in tmrw cos im bringing a knife",
]

SAFEGUARDING = [
    "someone on a roblox game has been asking my 10 year old to add him on discord and keeps telling her not to tell me. screenshotted it all and rang school",
    # judgement call: a pupil whose pictures are held, safeguarding only (round 5's call)
    "please help someone has my pictures and says theyll send them to everyone in my year unless i pay them",
    # judgement call: a report of an AI nude of a pupil, safeguarding only (a report, not sexual content)
    "theres an AI picture of a year 8 girl going round with no clothes on, its not real but its her face. school needs to know",
    "my son got added to a snapchat group where theyre posting videos of {P} getting hit on the way home",
    "i dont want to go back on the group chat, they keep telling me to kill myself and nobody does anything",
    "a man messaged my daughter on tiktok saying hes 14, he knows her school and wants to meet her at {V}",
    "my 12 yr old has been cutting herself since the stuff in the group chat started, im at my wits end",
    "theres a lad in year 10 selling vapes and weed on snap and getting year 7s to drop them off",
    "found messages on my sons phone from an older lad sending him money to keep stuff at ours. hes 13",
    # judgement call: a child's grooming disclosure with a sexual undertone, safeguarding only
    "my mam doesnt check my phone and a man on fortnite keeps asking for pics of my feet and says im mature for my age",
    "pls can someone from school ring me, someone pretending to be a boy in her class has been messaging my daughter and now theyre threatening to post a picture of her",
    "my dad reads everything on my phone and if he doesnt like it i get hit. didnt want to say in school",
    "a stranger on roblox sent my 8 year old a link to a 'private server' on another app and hes been on it in his room every night for weeks",
    "the teacher who runs gaming club has been adding kids on his personal snapchat",
]

SEXUAL_SAFEGUARDING = [
    "the year 11 girls on the prom tiktok 🥵🥵 some of them look well older than 16",
    "{PW} from the netball photo, dm me sweetheart, ur too pretty to waste on boys ur own age 😘",
    "send more pics of the dance club like this 😍🍑",
    "that lass at the front of the swimming gala pic has a lovely figure for her age 👀",
]

HATE = [
    "wouldnt be surprised if its the polish lot running those scam texts, theyre all at it",
    "its always the muslim families who wont let their girls online then wonder why theyre behind",
    "the travellers off the site by the retail park are the ones teaching kids to nick phones, everyone knows it",
    # judgement call: equates gay people with grooming, homophobic rather than a policy complaint
    "teaching 8 year olds about gay relationships at an e-safety night is grooming plain and simple",
    "that trans kid in year 10 shouldnt be allowed in the girls group chat, its a lad",
    "the autistic ones always fall for the scams, cant help themselves",
    "send the foreigners back and the group chats would be half the size and twice as nice",
]

PROFANITY_HATE = [
    "fucking immigrants flooding roblox with their scam bots, ship the lot of them out",
    "course its the gyppo kids nicking the phones, thieving b*stards every one of them",
    "them gay lads in year 11 making tiktoks together, absolutely f***ing disgusting",
]

SEXUAL = [
    "{S} can check my browser history anytime 😏",
    "only parental control our house needs is a lock on the bedroom door so me and him get an early night 😉",
    "speaker was fit as, she can teach me about 'privacy settings' behind closed doors 😈",
    "anyone else think {SF} looks proper sexy on the school insta, asking for a friend",
    "my husband calls it 'screen time' when hes watching porn in the shed 🙄😂",
    # judgement call: mild innuendo between adults
    "leaflet said 'strip back your settings', read that very differently after 2 glasses of wine 🍷😏",
]

SPAM = [
    "RAVENSWORTH ACADEMY: your childs dinner account is £14.50 in arrears, pay now to avoid suspension bit.ly/rca-pay-now",
    "follow 4 follow 💯 gaming accounts only, drop ur @ below 👇",
    "I made £2,300 last week from my phone working 2hrs a day, no experience needed, message me 'INFO' 🙏",
    "Protect your kids online!! KidShield Pro 70% off TODAY ONLY, link in bio ✨",
    "free robux generator still working no verification 🎁 link in my profile",
    "Parents!! Is your child being bullied? Our certified app reads ALL their messages secretly 🔍 DM for a free trial",
    "Congratulations! Ravensworth parents have been selected for a free iPhone, claim yours at ravensworth-rewards.co before midnight",
]

PERSONAL_DATA = [
    "for anyone wanting to join the year 5 parents chat text me on {PH} and ill add you",
    # judgement call: a parent pasting a screenshot that names a child in full with a number
    "this is who was in the chat sending them messages: {PF} {PH}. make of that what u will",
    "screenshot from the gc for anyone who missed it: '{PF} added {P}' '{P}: new number {PH} save it'",
    "found a phone outside {V}, lock screen says it belongs to {PF}, message me and ill hand it in",
    "if anyone finds a blue ipad case on the way home can u drop it round to {AD}, thanks in advance",
    # judgement call: a staff member's own mobile, personal data even if she offered it
    "{S} gave out her mobile at the night, {PH}, said ring anytime about online stuff",
]

PD_QUESTION = [
    "my daughter is {PF} dob {DOB} in year 4, the form for e-safety club says shes too young but shes 9 next month, can she still join",
    "can someone from the office ring me back on {PH} about the tablet loan, nobody is picking up",
    "whats the email for the e safety lady, or reply to me at {EM} if thats easier",
]
