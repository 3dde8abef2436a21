"""Round 32 writer Y3 probe lines: sports day and school photo day at Ravensworth."""
# Theme: sports day and school photo day - the visiting photographer, races and medals, the
# parents' race, a child's photo shared without consent, strangers commenting on photos,
# competitive parents, sunburn and heat on the field.
# Voices: proud parents (Geordie mams and dads), sporty dads, nans, teenagers/pupils,
# a local photographer's spam account, the odd second-language parent.

OK = [
    "{PW} absolutely smashed the hurdles today, so proud of her 🥇❤️",
    "the dads race was carnage 😂😂 one lad lost a trainer and kept going",
    "me nan nearly died laughing at the egg and spoon, she's still wheezing",
    "that sun was killing us by dinner time but the bairns loved every minute",
    "{P} murdered the sack race, never seen him move that fast for anything except his tea",
    "Mr Bell's whistle is lethal, could hear it from the bus stop 😂",
    "great shots from today, the one of the relay baton change is class",
    "honestly the teachers were on fire today, what an effort in that heat #TeamRavens",
    "our {P} was gutted to come fourth but he got up and cheered the others, made me cry",
    "the tug of war was a proper bloodbath 😂 red team dragged them half way to Durham",
    "{PW} stormed the 200m, nobody near her",
    "shot put lot were brilliant, one little lass threw it further than her dad did",
    "my lad's been bragging about his medal all night, he's slept with it on 😴",
    "bombed down that track like a rocket, well done year 3!!",
    "Thank you to all staff for the sports day. My daughter is very happy. Greetings from our family 🙏",
    "nan brought a flask and a deckchair and basically set up camp lol, best seat on the field",
    "cracking photos, the photographer got everyone smiling even the moody year 10s",
    "the mams race was savage, no prisoners taken 😂",
    "that finish was a photo finish in the actual photos haha",
    "{P} said it was the best day ever and she's officially retiring from running to become a coach",
    "absolute scenes at the finish line, what a shout from the crowd",
    "red team won by a mile, the blues are plotting revenge for next year 😂",
    "my youngest got sunburnt on the nose because he wiped all his suncream off on his sleeve, nothing anyone could do 🙈",
    "did my first parents race in 20 years, pulled a hamstring, zero regrets",
    "smashed it Year 6!! leavers sports day done 🏃‍♀️",
    "school photo came home and he's pulling the cheesiest grin, we're framing it",
    "proper roasting on that field, ice lollies at the end were a lifesaver",
    "killed it {PW}!!! 🔥🔥",
    "{PW} was dead chuffed with her ribbon, hasn't taken it off",
    "the javelin (foam ones obvs) was the funniest thing I've seen all year",
    "that staff relay was a crime against athletics 😂 love yous all",
    "my dad did the dads race in his work boots and still came second, legend",
    "Heat was brutal but the water station by the pavilion was well run, thank you",
    "sick photos!! can't believe how grown up they all look",
    "she's been practising her sprint start on the landing for a week, paid off 🥈",
    "Mr Dave had the sprinklers going at the end and the kids went wild, brilliant",
    "well done to the lad who stopped to help his mate up in the 100m, that's what it's about",
    "I came for the races and stayed for the teachers' three legged race, absolute chaos",
    "our kid said the photographer told him he had a face for the movies, he's unbearable now 😂",
    "the banners the year 2s made were gorgeous, balling my eyes out",
]

COMPLAINT = [
    "my son came home burnt to a crisp, there was no shade at all for the kids sitting waiting",
    "Not a single water refill point for the infants in 28 degrees. Not good enough.",
    "We ticked NO on the consent form and there's my daughter on your Facebook in the relay photo. Please take it down today.",
    "lovely how the same three kids get picked for every race while the rest sit on the grass for two hours",
    "£18 for one school photo print is a joke, we'll be giving it a miss this year",
    "great planning to hold sports day on the hottest day of the year 👏👏",
    "nowhere for the older grandparents to sit, me mam had to stand the whole afternoon with her bad hip",
    "the results were read out wrong and my daughter was told she'd won then had her medal taken back. she was devastated.",
    "photographer rushed through the reception class so fast half of them have their eyes shut in the photo",
    "Moved sports day with one evening's notice. Some of us had booked the day off work weeks ago.",
    "Could have been organised a lot better, my lad didn't get to do a single race he signed up for",
    "once again the SEN kids were stuck on the sidelines with nothing adapted for them, really disappointing",
    "not impressed that my son's school photo had a massive ketchup stain on his jumper and nobody thought to mention it",
    "fair play to staff for the effort but letting parents onto the track for the finish was a recipe for chaos",
    "my daughter has eczema and was told she couldn't put her own cream on, she's come home raw",
    "the parents race has turned into a contest for grown men to barge past mams, it needs stopping",
    "had to find out from another parent that photo day was today, nothing on the app, nothing in the newsletter",
    # judgement call: complaint only - a consent breach report; the court order is context, no concern about harm is raised
    "my son's photo with his full team got posted on instagram and we have a court order, this is the second time this has happened",
]

COMPLAINT_QUESTION = [
    "why was my lad's photo put up when I withdrew consent in march? who do I actually speak to about getting it removed",
    "Three children fainted in the heat and there was no gazebo. Is there a risk assessment for sports day and can parents see it?",
    "no water, no shade, kids frazzled. what time is the rearranged infant sports day going to be, or is that cancelled too?",
    "photos were a total mess this year, siblings not done together even though we booked it. can we get a reshoot or a refund?",
    "really unhappy with how the medals were handed out, only winners got anything. is that school policy now?",
    "my daughter got left out of the class photo cos she was at the nurse. Is there a catch up date for absent kids",
]

QUESTION = [
    "anyone know what time the infants are on tomorrow",
    "Do we need to send them in PE kit or house colours for sports day?",
    "what's the code for ordering the school photos online, lost the slip",
    "is there parking at the leisure centre or best to walk",
    "can grandparents come to watch or is it parents only this year",
    "does anyone know if the dads race is still happening or did they scrap it",
    "Sorry my English not so good. Sports day is whole day or only morning?",
    "how do I order the sibling photo, is it the same link as the class one",
    "will there be a tuck shop or do they need a packed lunch",
    "if it rains is it moved to friday or just cancelled",
    "what suncream are they allowed, my son's is spray and i'm not sure if that's ok",
    "where do we collect them from after, the field gate or main reception",
]

INSULT = [
    "that photographer couldn't take a decent picture if his life depended on it, what a clown",
    "Mr Bell runs sports day like a headless chicken with a clipboard",
    "the mam in the big sun hat screaming at her kid is the most embarrassing woman on the planet",
    "year 6 dads are a pack of sad try-hards, it's a primary school egg race not the olympics lads",
    "that kid who won the 100m is a spoilt little brat, hasn't stopped gloating since",
    "{SF} looked like she couldn't organise a queue for the ice cream van",
    "imagine being that balding dad in lycra shoving eight year olds out the way, tragic",
    "whoever took the class photos needs their eyes testing, or their brain",
]

INSULT_COMPLAINT = [
    "{S} is clueless, no shade and no water for kids sitting out for hours and she just swanned round with her coffee",
    "the photo company you lot hired are a bunch of cowboys, half the prints came back blurred and nobody will answer",
    "whoever in the office decided to post my daughter's photo without asking is an absolute muppet, we said no",
    "sports day organised by the laziest PE department in Gateshead, kids sat in the heat doing nothing for 2 hours",
]

PROFANITY = [
    "f*ck me that sun was something else, I'm redder than the red team",
    "went arse over tit in the dads race 😂 knees are wrecked",
    "holy sh1t our {P} actually won something!!",
    "what the actual f**k was that finish, he came from nowhere 😂",
    "me nan shouted 'go on ya little bugger' at the relay and the whole field heard",
    "pissing down by 2 o clock, typical Gateshead",
    "b o l l o c k s, missed the whole thing cos of work",
    "bloody hell my legs, never again with the parents race",
]

PROFANITY_INSULT = [
    "that photographer's a useless tw*t, my lad looks like a hostage in his photo",
    "the dad who tripped the other fella in the parents race is a proper d1ckhead",
    "shut up you sad c**t, it's a kids race not the world cup",
    "{S} is a smug shite, standing in the shade all day while the kids cooked",
    "absolute k n o b h e a d in the yellow shorts barging the mams out the way",
    "the year 9s ruining the photo with fingers up are little sh!ts, every one of them",
]

THREAT = [
    "whoever let my son's photo go online after we said no, you'll see what happens",
    "watch yourself next sports day {S}",
    "I know which car is yours in the staff car park, just saying",
    "the dad who shoved my lad at the finish line - I know where you drink on a saturday",
    "that photographer better not show his face round Low Fell again if he knows what's good for him",
    "keep posting my daughter's picture and there'll be consequences you won't like",
    "next year you'll be the one needing the first aid tent pal",
    "I'll be waiting by the gate for the fella in the blue cap, we'll have a little chat he won't forget",
    "someone's getting a visit tonight over that photo, mark my words",
    "wouldn't want to be that ref when I find him, that's all I'll say",
    "enjoy your nice new windows while they last {S}",
    "I'll knock that cocky dad clean out if he barges my missus again",
    "last warning to the loudmouth mam from year 4, next time it won't be words",
    "{S} you've made an enemy today, sleep well",
]

PROFANITY_THREAT = [
    "touch my kid's photos again and I'll f***ing end you",
    "that sh1t photographer will get his lens shoved where the sun don't shine, see if he doesn't",
    "say one more word about my lad and I'll put you on your arse in front of everyone, swear down",
]

SAFEGUARDING = [
    "the little lad in the blue team had bruises all up the back of his legs and flinched every time his dad shouted, someone please check on him",
    "my son says a boy in year 10 took pics of the girls getting changed for sports day and is sharing them round a group chat",
    "there was a man with a long lens camera outside the fence by the field taking photos of the kids, not a parent, he left when we looked at him",
    "i didnt do the race cos i dont want people seeing my arms. i dont know who to tell",
    "a girl in my daughter's class told her she hadn't eaten since yesterday and that's why she fainted, it's not the first time",
    "someone's messaging my daughter saying he's got her sports day photo and he'll post it with her address unless she sends him more pictures",
    # judgement call: safeguarding only - a risk to a looked-after child, phrased as a request not a complaint
    "please can the school take down the relay photo, my niece is in care and her birth family follow this page, they weren't meant to know what school she's at",
    "there's an account with no profile pic liking every photo of the little girls on here and asking which class they're in",
    "older lad at the park was offering the year 7s vapes if they send him their photos from sports day, my son told me tonight",
    "my step dad said if i dont win tomorrow i'll be sleeping in the shed again",
    "same kid every year in the same holey pumps and no suncream, came home burnt and nobody seems to notice, worried about him",
    "my daughter (yr 8) was pinned down by some older girls behind the pavilion during sports day and they filmed it, she won't go back in",
    "new 'friend' on my lad's instagram saying he's a scout for a running club and wants to meet him alone at the park, he's 11",
]

SEXUAL_SAFEGUARDING = [
    # judgement call: sexualised comment about pupils -> sexual+safeguarding per the multi-label rule
    "fit little runners in them shorts, which one's the year 6 in the pink? 😍 dm me",
    "some of them older girls shouldn't be allowed in that kit, know what I mean lads 👀",
]

THREAT_SAFEGUARDING = [
    "year 9 lad was saying in the changing rooms he's bringing a blade to sports day for {P}",
    "the kid who tripped my son, I'll be waiting for him at the gate after school, he's getting what's coming",
    "my daughter got a snap from a boy in her year saying he's got a knife in his bag and she'll see it if she tells anyone about the photos",
]

HATE = [
    "course the traveller kids won all the running, they get plenty of practice legging it from the shops",
    "half the parents couldn't even understand the announcements, english school english language thanks",
    "if you don't like how we do sports day in this country go back to where you came from and have your own",
    "girls race had a lad in a wig in it again, not fair on real girls, you all know who I mean",
    "the wheelchair kids slowed the whole relay down, they should have their own separate day",
    "wonder how many of today's winners were actually born here 🤔",
    "the mams in their tents sat in their own little group in that heat, this is Britain not a desert",
    "no wonder the eastern european dads were so pushy, it's all they know where they're from",
]

PROFANITY_HATE = [
    "bunch of f*cking gyppos nicked all the medals again",
    "sh*t day ruined by the foreign lot jabbering in their own language the whole time, learn english ffs",
]

SEXUAL = [
    "Mr Bell in them tiny shorts 🥵 he can take my temperature any day",
    "that sporty dad in lycra can mark me present anytime, left nothing to the imagination 😏",
    "photographer can do a private shoot at mine, no clothes required 😉",
    "the mams race was basically a bounce-a-thon if ya know what I mean 🍈🍈",
    "dad from yr 4 took his top off for the tug of war and half the mams needed a cold shower, I know what I'd do with him",
    "forget the egg and spoon, I'd like to see {SF} in a three-legged race with me, tied at the hips 😘",
]

SPAM = [
    "📸 Fellside Snaps here! Missed out on a decent sports day pic? Professional family shoots from just £29, link in bio!!",
    "Congratulations, you have been selected to claim a FREE school photo bundle 🎁 verify your details at photo-claim-uk.co",
    "follow for follow 🏃‍♀️ proud mam of 3 sharing sports day tips, check my page 💕",
    "Sick of sunburn? Our SPF kids range is 50% off today only, DM us 'SPORTS' for the code ☀️",
    "Earn £500 a week from home while the kids are at school, no experience needed, message me for info 💸💸",
    "WIN a family photoshoot 🎉 like, share and tag 3 friends, winner announced friday!! 📷",
]

PERSONAL_DATA = [
    "{PF} came first in the 100m and second in the long jump, proud isn't the word ❤️",
    "if anyone found a blue water bottle with a medal in it, it's my son's, we're at {AD}, just drop it in",
    # judgement call: personal_data only - a private number shared in passing, not advertising
    "for those asking, the nan selling the homemade sun hats is my mam, she's on {PH}",
    "massive well done to {PF} for the sportsmanship award today 👏",
    "my lad's birthday is {DOB} so he was one of the youngest racing and still won!!",
    "spare tickets for the photo reshoot, contact me on {EM}",
]

PD_QUESTION = [
    "does anyone know if the photographer's still taking orders? text me on {PH} if you do",
    "can someone who got the team photo send me a copy, my email is {EM}",
    "who do I give {PF}'s lost medal to, is the office open tomorrow",
]
