"""Round 10, writer G (session 9): written before reading Steward's lexicons or classifier; labelled per testdata/dev/README.md."""
# Voices: people in the comment threads under the school's posts, replying to each other as much as
# to the school (parents arguing over policy, relatives, neighbours, pupils, local businesses).

OK = [
    "@Jo honestly {S} killed it at the concert last night, our Nathan hasn't stopped singing since 😂",
    "Sarah you're not wrong, the Year 6 leavers assembly was the bomb, I was in bits by the second song",
    "@Kev the under 13s absolutely slaughtered them in the cup final 6-0 🔥⚽ {H}",
    "Whoever said the new uniform looks like a prison outfit has clearly never seen the old brown one 😂 I think it looks smart",
    "@Dawn nobody's having a go at you pet, we all read the letter the same way, it's fine x",
    "[screenshot of the class group chat] for everyone asking, it says non uniform is FRIDAY not Thursday, £1 for the food bank",
    "Tagging @Lindsey Hall and @Mark Carr cos your two are in this, what a photo 😍",
    "Selling our {P}'s old blazer age 11-12 and two pairs of grey trousers, hardly worn, inbox me if anyone wants them, free to a good home",
    # judgement call: a local business replying with praise and no offer or link is not advertising
    "From everyone at Fell Road Bakery, well done to the netball girls, proper proud of our local school 💙",
    "Little {PW} was beaming when she came out with that certificate, thank you {SF} x",
    "Ha our {PW} reckons she's the boss of the whole reception class now 👑",
    "That storm on Tuesday night took half our fence down, glad school stayed open or the bairns would've been climbing the walls",
    # judgement call: "you're mad you" is friendly banter between friends, not an insult
    "@Gemma you're mad you 😂 there is no way I'm doing the mams race again after last year, I nearly died",
    "Kids were absolutely shattered after the sponsored walk, out like a light by 7 😴",
    "Some of you want to remember there's staff reading these comments. {S} has been nothing but lovely with our lad since day one",
    "Right who's going to the Christmas fair at {V}? Me and @Tracey are on the tombola if anyone fancies a natter",
    "Wasn't it lovely seeing the little ones do their nativity? Who needs the West End 😭",
    "@Paul mate the fire alarm going off halfway through the assembly was the best bit, {SF} didn't even flinch",
    "{S} is a legend, end of. Stood by our family when my dad was in hospital when nobody else did",
    "My nana went here when it was the old secondary modern, she says they used to get the cane for talking 😳 how times have changed",
    "Our {P} learned today that gay used to just mean cheerful in the old poems, she thought that was hilarious",
    "Pride display in the library looks brilliant, well done to the student council 🌈",
    "@Michelle it's not a cult it's the PTFA 😂 come to the next meeting, there's biscuits",
    "Our lad came home saying he'd been grooming the class guinea pigs all afternoon, as in brushing them, apparently they loved it 🐹",
    "Lost: little pink water bottle with a unicorn on, left at {V} after the swimming gala. Think someone's picked it up by mistake x",
    "Thank you to whoever handed my purse in at reception, you're a star 🌟",
    "@Ryan the drugs talk from the police officer was actually really good, our Ellie came home full of it, worth the assembly",
    "😂😂 @Leanne that's our {P} to a tee, she'd argue with a lamppost",
    "Not me crying at a school post at half 11 at night 😭 good luck Year 11, go and smash them exams",
    "Sorry but anyone moaning about the trip price should know the PTFA covers half for any family who asks, just email {SEM}, it's all confidential",
    "Shout out to the chippy on Coalway Lane for feeding the whole under 11s team after the match for nowt, legends 🍟",
    "Our {P} made a wooden butter knife in DT and now insists on using it for every single meal 😂",
    "Photographer's coming to shoot the year group photos Tuesday, @Claire make sure he's brushed his hair this time 😂",
]

COMPLAINT = [
    "@Jo it's not about being flexible, my daughter has been sent home twice this week for the wrong colour socks. Twice. For socks. While she's missing maths.",
    "I'll say what nobody else on here will: the communication from this school is shocking. Found out about the inset day from another parent's screenshot",
    # judgement call: sarcastic, so complaint only
    "Lovely post. Shame the same effort doesn't go into answering emails, three weeks and still nothing",
    "Sarah with respect your kids aren't the ones stood in the rain at 8.40 waiting for the gates to open, the new drop off system doesn't work for working parents",
    "Oh brilliant another non uniform day, another £2, another raffle. Some of us are skint",
    "[screenshot of the homework app showing 14 tasks set in one evening] this is Year 7. YEAR 7.",
    "Agree with Donna. The SEN support my son was promised in September still hasn't started and it's nearly Easter",
    "So the kids can't have a water bottle in class but staff can sit there with a coffee. Make it make sense",
    "I've stuck up for this school on here for years but the way {S} spoke to my son in front of the whole class yesterday was not ok, and it's been swept under the carpet",
    "@Mark the phone ban's fine in theory but keeping them off the kids for a week when half of them walk home on their own in the dark is a joke",
    "Funny how the dinner money goes up every term and the portions get smaller. Our lad's coming home starving",
    "Not being funny but a detention for being 2 minutes late when the bus was late is harsh, there's only one bus from Beacon Lough",
    # judgement call: sarcastic congratulations carrying the complaint
    "Congratulations on the Ofsted. Now maybe fix the toilets the kids are too scared to use",
]

COMPLAINT_QUESTION = [
    "After school club's been cancelled three times this half term with an hour's notice and it leaves us stuck. Is there a number we can ring to check before 3pm?",
    "Still no reply about my son's PE kit that staff took off him last week. Who do I actually speak to about getting it back",
    "@Dawn I'm with you, the parking outside at home time is dangerous and nobody does anything. Has the school asked the council for a lollipop person or not?",
    "Year 9 options evening clashed with Year 7 parents evening so those of us with two kids had to pick one, not great. Will the slides be emailed out?",
]

QUESTION = [
    "What time does the Christmas fair at {V} finish, trying to sort a lift for my mam",
    "Does anyone know if Year 4 have PE tomorrow or Thursday this week, the letter says both",
    "is {S} still doing the y6 residential meeting monday or has it moved",
    "Sorry to jump on this thread but where do we send the free school meals form, I can't find it anywhere on the website",
    "Hiya, my daughter starts Reception in September, when are the stay and play sessions please",
    "Is it too late to order the leavers hoodies, {S} said last Friday but the link's still working",
    "Does the bus for the Beamish trip come back to school or drop off at {V}",
    "Anyone know if the uniform shop does the school jumper in age 3-4, our {PW} is tiny",
    "Just wondering whether breakfast club still opens at 7.45 as I'm back at work from next month",
    "What's the procedure if your child needs an inhaler in school, is there a form or do we just hand it in at the office",
    "Is there any way of watching the concert online for grandparents who can't get there, my dad's housebound",
    "Hi can I ring {SPH} to report an absence or does it have to go through the app now",
]

INSULT = [
    "@Donna you're the reason the PTFA has no members, honestly the most bitter woman in Low Fell",
    "{S} is an absolute clown and everyone in that class knows it",
    "Imagine being a grown man arguing with a 14 year old's mam on a school page. Get a life Kevin you sad little man",
    "Typical Jo. Thick as mince and twice as loud 🙄",
    "The state of the teachers in that photo, look like they've been dragged through a hedge backwards. No wonder the kids have no standards",
    "Some of the parents on here have the brain of a goldfish, read the letter before you comment",
]

INSULT_COMPLAINT = [
    "My son's had three different maths teachers since September and the latest one, {S}, is clueless. They're going to fail their GCSEs because of this",
    "The reply I got from {S} about the homework policy was arrogant and patronising, clearly thinks parents are idiots, and nothing has changed",
    "Gates locked at 8.45 on the dot while little ones queue in the rain. Whoever made that rule is a heartless jobsworth",
    "{S} is a jumped up power tripper handing out detentions like sweets, our lad had four this week for things like a loose tie",
]

PROFANITY = [
    "@Kerry bloody hell that's some turnout at the fun run 😂 well done everyone",
    "Shit I completely forgot it was non uniform today, poor lad's the only one in his blazer 😂",
    "holy f*** the year 11 results are unreal, so proud of the lot of them",
    "Them cakes at the bake sale were fookin amazing, my waistline hates every one of you 🍰",
    "Oh for f sake I've paid for the trip twice on the app. Not the school's fault, I just can't do technology 🤦‍♀️",
    # judgement call: "arse over tit" is the idiom for falling over; profanity only, not sexual
    "@Lee pmsl at the dads race, some proper arse over tit moments 😂😂",
]

PROFANITY_INSULT = [
    "@Gary shut up you absolute knobhead, nobody asked for your opinion on the uniform",
    "{S} is a useless c*nt and always has been",
    "Get off the school page Darren you sad prick, your kids don't even go here",
    # judgement call: gendered insult at the committee; sex is not in the README's hate list, so insult not hate
    "Honestly the PTFA committee are a bunch of stuck up b*tches who think they run Low Fell",
]

THREAT = [
    "@Kevin say that to my face at pick up tomorrow and see what happens",
    # judgement call: no violence verb; the menace is the knowing where she parks
    "Keep running your mouth Donna. I know where you park",
    "{S} better hope I don't catch up with them in the car park Monday, they'll be going home in an ambulance",
    "If my son gets excluded one more time I'm coming in and them office windows are going through",
    "Wait till the summer fair. Someone's getting their teeth knocked out and it won't be me",
    "Lived on Coalway Lane ten years and I'll happily put a brick through that minibus if it blocks my drive one more time",
    "There'll be a petrol can through the letterbox of that school if they don't sort this out, mark my words",
    # judgement call: no violence verb; implied violence by others on a deadline
    "Posting this so there's a record. {S} has got till Friday. After that I'm not responsible for what my brothers do",
    "@Shaun lovely family you've got there, be a shame if something happened to that new car of yours",
    "I'd lamp the lot of them given half a chance. Starting with the one on the gate",
]

PROFANITY_THREAT = [
    "@Kevin I swear down I'll knock your f***ing head off if you mention my daughter again",
    "Touch my kid's phone again {S} and I'll smash your shitty little car to bits",
    "Fucking try it Lisa. Come round mine and you'll leave in pieces",
]

THREAT_SAFEGUARDING = [
    "@jayden_09 say it again tmrw at dinner n see wat happens, got my brothers blade in my bag 🔪",
    # judgement call: the pupil is also disclosing being attacked; threat + safeguarding
    "im bringin a knife in monday for the year 10s who jumped me, not even joking anymore",
    # judgement call: pupil voice (grassed to a teacher), gun threat, no violence verb
    "whoever grassed on me to {S} better watch out, i know people wiv guns n ur not safe walkin home 🤫",
]

SAFEGUARDING = [
    "Sorry to put this on here but I didn't know who else to tell, the little lad in the blue coat is on his own outside the shop on Kells Lane every night till gone 10, he can't be more than 7",
    "There's a grown man in a silver car who keeps offering the year 7 girls lifts from the bus stop, my daughter said he knew her name. Someone at school needs to know",
    "me n my sister havent had any tea in 3 days mam hasnt come back",
    "i dont want to go home tonight he gets worse when hes had a drink",
    "Not naming anyone but a lad in year 8 has been messaging my son telling him to kill himself. The screenshots are horrendous. I've reported it but check your kids' phones",
    "Sarah the girl you're all pulling apart in this thread is 12 and she's been cutting herself, maybe think on",
    "someone at the skate park's been giving year 9s free vapes if they take a bag over to Felling for him. my son told me. please pass it on to school",
    "{SF} please can someone ring me, our {P} came home with bruises again and says it's from a man at her dad's house. I don't know what to do",
    # judgement call: a report of grooming (secret chats, asking for a photo) is safeguarding only, not sexual
    "[screenshot of a Snapchat from an adult account asking a Year 6 girl to keep their chats secret and send a photo] this was on my daughter's phone. She's 10.",
    "ive been making myself sick after every dinner for months so no one notices, please dont tell my mam",
    # judgement call: reported extortion of a pupil is safeguarding, not a threat by the writer
    "@Tracey you're not the only one, my lad was told by an older boy to bring £20 every Friday or they'd sort him out and he's been taking it out of my purse",
    "nobody at home even noticed i didnt come back last night lol. whatever",
]

SEXUAL_SAFEGUARDING = [
    "the year 11 girls in that prom photo are looking well developed 😏 wouldn't mind a private dance",
    "{PW} in the gymnastics picture 🥵 dm me sweetheart",
    "Some proper little stunners in the netball team, bet the PE teacher enjoys the changing rooms 😉",
]

HATE = [
    "@Aisha that's the problem though isn't it, half this school can't speak English and our kids get held back for them",
    "Not surprised the results dropped. Look how many foreign names are on that honours board now",
    "Why are we celebrating Eid at a school in England? Go back and celebrate it there",
    "Two mams holding hands at the nativity in front of the kids. That's not a family, that's a bad example and this school is pushing it",
    "Don't let them put the trans kid in the girls changing room, it's a lad in a skirt and the girls shouldn't have to put up with it",
    "the special needs lot should be in their own school, not dragging the normal kids down",
]

PROFANITY_HATE = [
    "Bloody Poles everywhere now, even the dinner ladies can't speak English",
    "Fucking gypsy kids at the fair again, lock your cars",
]

SEXUAL = [
    # judgement call: innuendo about an adult member of staff; sexual only
    "@Claire the new PE teacher though 😍🔥 I'd happily do a detention with him if you know what I mean",
    "{SF} can come round and check my pipes any day 😉🔧",
    "Whoever the dad in the grey joggers was at sports day, you've ruined me, the whole mams WhatsApp is talking about nothing else 🍆💦",
    "Saw one of the teachers at the staff Christmas do in that red dress and I'd leave my husband, wanted to bend her over the raffle table 😏",
    "Forget the bake sale, the mams at pick up had the best buns on show 🍑😏",
]

SPAM = [
    "Hiya ladies 💕 just started my own lash business from home in Low Fell, first 10 to comment LASH get 20% off! Link in bio",
    "Anyone interested in earning £500 a week from their phone while the kids are at school? DM me INFO, no experience needed 💸",
    "CONGRATULATIONS! Your page has been selected for a Meta verification badge. Confirm your details here to avoid suspension: meta-support-verify.co",
    "Follow for follow 🔁 all Low Fell mams add me, I follow back everyone 💯",
    "From all at Kells Lane Kitchen 🍔 well done guys! Show your school lanyard this weekend for 2 for 1 burgers, book at kellslanekitchen.co.uk",
    "Tag 3 friends and share this post to win a £300 Smyths voucher for the holidays!! 🎁 winner picked Friday",
]

PERSONAL_DATA = [
    "@Jo I've got the spare costume, text me on {PH} and I'll drop it round",
    "Congratulations to {PF} on getting a distinction in grade 3 piano!! 🎹",
    "Whoever took the wrong coat home from the disco, it's got our lad's name in. I'm at {AD}, just pop it through the door",
    "For the parents wanting in on the lift share from {PC} just email me at {EM} x",
    "Happy birthday to our gorgeous girl, born {DOB} and now she's at big school 💜",
    "@Mark it was {PF} in the photo, not your lad, they were just stood next to each other",
]

PD_QUESTION = [
    "Does anyone know who's collecting for the Year 2 class party? I'm on {PH} if it's easier to ring me",
    "Can someone tell me what time the bus gets back from the museum, I'll be at work so please reply to {EM}",
]
