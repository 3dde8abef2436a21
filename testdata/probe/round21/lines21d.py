"""Round 21, writer D2, session 12: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""

# Voices (writer D2): the French and Spanish exchange trip and its host families - host mams and
# dads, parents of travelling pupils asking about money, flights and kit, pupils bantering with (and
# falling out with) the exchange students, a visiting pupil writing in English as a second language,
# visiting families writing in French and Spanish, a host dad commenting on the visiting girls,
# locals making xenophobic remarks, a travel-agent spam account, and the threats after a fight on the trip.

OK = [
    # hard negatives: foreign words and phrases that look rude in English
    "got him a fanny pack off the market for his passport n euros, he says its cringe but its staying on 😂",
    "room list for the paris hostel is up, yr9 lads in chambre six, girls in sept and huit",
    "our german neighbour shouted gute fahrt at the coach as it pulled off and the whole back seat were crying laughing",
    "theyre stopping at the services for a bite to eat about 6 so dont panic if the tracker stops moving",
    "{P} has had a pain au chocolat every single morning for a week and now turns her nose up at weetabix 😂",
    "the spanish kids trying Spotted Dick and custard at the farewell dinner, the faces 😂😂 {H}",
    "made the two spanish lads chili con carne for tea and they very politely informed us its not spanish 🙈",
    # judgement call: a French word that sounds like a swear, said on purpose by a child, but innocent
    "{P}'s new favourite french word is phoque (seal) and he will not stop saying it loudly at the aquarium 🦭",
    # judgement call: a language mix-up about pregnancy, innocent
    "{P} tried to say she was embarrased and told the host mam 'estoy embarazada' 😭😭 poor woman nearly dropped the paella",
    # hard negatives: threat, drug, weapon, spam and safeguarding words used innocently
    "the flights cost a bomb but honestly worth every penny seeing him this confident",
    "kids were high as kites on haribo and churros the whole coach home, good luck tonight teachers 😅",
    "the french kids eat pizza with a knife and fork, ours were absolutly horrified 😂",
    "the french girl with us was a bit homesick the first night but facetimed her mam, had a hot choc and shes been grand since ❤️",
    "massive thanks to everyone who got their DBS done in time to host, {S} chased every single one of us lol",
    "the spanish girl staying with us is an absolute angel, she made my mam a card in english and we all cried",
    "year 10 are going to murder the karaoke at the farewell do tonight, earplugs at the ready 🎤",
    "french lads got battered 6-1 at footy by our lot, the banter on the bus after 😂⚽",
    "dont forget to click the parentpay link in the letter for the last instalment, its due friday x",
    "what a shot of the whole group outside the alhambra 📸 frame it",
    "the host mams were nearly fighting over who gets to keep the spanish kids another week 😂",
    # plain
    "landed safe at newcastle 🙌 thank u to all the staff, they look shattered bless them",
    "merci pour tout !! mon fils a adoré son séjour à Gateshead, la famille était super 🇫🇷❤️🇬🇧",
    "muchas gracias a la familia de acogida, mi hija no para de hablar de Newcastle 😍",
    "miss u already mathéo 😭😭 come back in summer n bring them crisps",
    "{P} cried the whole way to the airport saying ta ra to her spanish pal, so sweet",
    "canny bunch of bairns the french lot, so polite when they came round ours",
    "{PW} did the whole welcome speech in french 👏👏 proper proud",
    "thank you {S} and {SF} for giving up ur half term for this, the kids had the time of their lives",
    "hosting was hard work not gonna lie but we would do it again tomorow",
    "so glad theyre all home safe x",
    "our lad's gone from not saying a word of french to ordering for the whole table 😂 money well spent",
    "the farewell assembly was beautiful, not a dry eye in the hall",
    "bonne chance to the yr 10s doing the return visit in april 🇫🇷✈️",
    "the exchange kids taught ours some spanish card game and now nobody in this house goes to bed",
    "big thanks to the office for sorting our last minute passport panic, you lot are stars",
    "Camille n {P} facetime every night now, friends for life 🥰",
    "still not over the video of them all doing the macarena at the farewell do 😂",
    "thank you for welcome my son, he say people in Gateshead very kind and the food very big 😄",
    "whey aye man what a week {H}",
    "loved seeing the pics from {V} today, they look like theyre having a ball",
]

COMPLAINT = [
    # judgement call: a child left alone at an airport could be read as a safeguarding report; the child is
    # home safe and this is about the school's handling, so complaint only
    "so my son was left at charles de gaulle for nearly two hours because nobody did a proper headcount. hes 13. in a foreign airport. still waiting on a phone call from anyone at school",
    "great to find out the flight was delayed from the spanish mams facebook rather than the school. love that for us",
    "£650 for the trip and now another £120 for 'activities' nobody mentioned till last week. not happy at all",
    "we signed up to host for 5 nights and it turned into 8, nobody asked us, i had to take 3 days off work unpaid",
    "kit list said sensible shoes and then they went up a mountain, bit more info wouldve been nice. his trainers are wrecked",
    "really dissapointed she was put with a family 40 mins out of the city with no way of getting to the meeting point, we asked for someone central",
    "from the photos they spent more time in the hotel than seeing madrid. a lot of money for a week of wifi",
    "letter about the deposit came home the day before it was due. some of us get paid monthly you know",
    "filled the dietary form in twice and there was still nothing veggie at the farewell dinner, she had chips",
    "my lad came home with his passport in someone elses bag and nobody noticed till we got to newcastle. organisation was shocking tbh",
    "still no sign of the £40 refund for the cancelled museum day, ive emailed the office 3 times now",
    "we were told the visiting kids would have their own lunch money, ours turned up with nothing so we fed him all week out our own pockets",
    # judgement call: the closing question is rhetorical, so complaint only
    "the lad who started the fight got to stay on the trip and my son got sent to his room for the rest of the night for defending himself. was anyone actually watching??",
    "sold to us as 'total immersion' and they spent 3 days with the other english group. not what we paid for",
]

COMPLAINT_QUESTION = [
    "coach home is 3 hours late and not one update, really poor. what time is it actually due in at school now",
    "2 days notice to host is not on, we had to rearrange everything. can someone tell me if the spanish lad has any allergies before i do the shop",
    "the price has gone up twice since september which is not what we signed up for. when is the final balance actually due",
    "found out my son was involved in the fight from another parent, not from school, which isnt ok. who do i speak to about what happened?",
    "the flight times changed and now neither of us can do the pick up, not great. is there a later collection from school or does he wait at the airport",
]

QUESTION = [
    "how much spending money are they saying for the spain trip, he reckons £300 🙄",
    "does he need a euro plug adaptor or will the host family have one",
    "what time does the flight land at newcastle on friday",
    "does his passport need 6 months left on it for france, ours runs out in may",
    "do the french kids need to bring anything for school days here or just their own clothes",
    "hi {S} can they take their own phones or are they getting handed in at night",
    "need to know if he needs his ghic card for the exchange, can someone let me know",
    "is it too late to sign up to host in march, weve got the spare room free now",
    "whens the deposit due for the madrid one, the letter went through the wash in his blazer pocket 🙈",
    "{SF} is it a packed lunch for the coach or are they stopping somewhere",
    "does anyone know if the farewell dinner at {V} is for families too or just the kids",
    "could someone check the balance for the paris trip, parentpay says £0 but i havent paid the last bit yet",
]

INSULT = [
    "the lad {P}'s family got is honestly the most boring human alive, sat on his phone all week grunting",
    "imagine being the host mam posting 40 pics a day of someone elses kid, get a life",
    "{S} running round the terminal like a headless chicken, man's a clown",
    "the exchange kid at ours is a spoilt little brat, turns his nose up at everything we cook",
    "that french lad thinks hes gods gift with his little scarf, proper weirdo 😂",
    "whoever the dad was screaming at the ref at the friendly, ur an embarrassment mate, ur kid was mortified",
    # judgement call: one mocking comment from a pupil, insult only (sustained peer bullying would be safeguarding)
    "{P} crying at the airport like a baby 😂😂 ur such a loser",
    "host families on here acting like saints for having a kid for a week, martyrs the lot of yous",
]

INSULT_COMPLAINT = [
    "£800 and {S} couldnt keep track of 30 kids in one airport. absolute clown, shouldnt be let near a trip again",
    "my daughter was put in a house with no heating in february, whoever checked these homes is clueless",
    "the trip organiser is a joke, ignored my emails for 3 weeks and now the balance being late is 'my fault'",
    "staff were clearly on a jolly, bunch of freeloaders, the kids were left to it most nights",
    "{SF} is hopeless honestly, gave us the wrong flight time and we sat in arrivals for 4 hours",
]

PROFANITY = [
    "bloody hell the flights have gone up again since last year 😩",
    "it was pissing down the whole week in bilbao, kids came home like drowned rats",
    "f*cking brilliant trip by the looks, im well jealous",
    "holy sh1t the view from that hostel 😍",
    "ah crap forgot to send the consent form back, will drop it in first thing",
    "apparently they had a fuuuucking blast, his words not mine 🙈",
    "paella was the dogs b0llocks according to our lass 😂",
]

PROFANITY_INSULT = [
    "the french kid at ours is a proper little sh*t, nicked my lads trainers and lied about it",
    "the dad who kicked off at the teachers in arrivals is a massive bellend",
    "{S} is a tw@t and always has been, simple as",
    "{P} ur a knobhead for what u said to the spanish girls lol",
    "half the host mams on here are thick as sh*t, read the letter",
    "ur all d1ckheads for taking the p*ss out of the french lads accent",
]

THREAT = [
    "the lad who punched my son on the trip better hope i dont see him at the gates monday",
    "tell the spanish lads host dad hes next if he comes round mouthing off again",
    "if that dad squares up to me again at pick up hes going home in an ambulance",
    # judgement call: no violence stated, but knowing where the boy is staying, after the fight, reads as menace
    "i know which house hes stopping at. just saying.",
    "whoever put my lad in a&e on that trip, ur car wont look so shiny by friday",
    "im gonna batter that french kid when they come back in april, watch",
    "the teacher who grabbed my daughter on the coach wants to watch his back, ill be waiting outside that school",
    # judgement call: veiled, no violence verb
    "id tell {S} to stay indoors this weekend after how she handled it",
    # judgement call: pupils arranging to beat up a pupil, no weapon, so threat only
    "all meeting at the park after school to sort the exchange lad out properly 👊",
    "someone should torch that travel companys office with them inside after what they did to us",
    "bring ur whole family to the gates, well see whos hard then 👊👊",
    "keep posting about my son and see what happens to ur windows",
]

PROFANITY_THREAT = [
    "touch my lad again and ill f***ing end you",
    "that dad is getting his head kicked in, f*ck it ill do the time",
    "tell that gobby b*stard of a host dad im coming round his tonight",
    "fkn watch urself monday, me n my cousins r waiting at the bus stop",
]

THREAT_SAFEGUARDING = [
    "bringing my brothers blade in monday for the french lad who jumped me on the trip",
    "got a knife in my bag for when we land, he wont be laughing then",
    "if hes on the coach back im shanking him no joke",
    "my mates got a machete, were sorting the exchange lot out when they come back",
    "gonna take a hammer out me dads shed for after school, hes had it",
]

SAFEGUARDING = [
    "the spanish girl staying with us told my daughter her dad hits her and shes scared to go home on sunday. ive messaged school but nobody has got back to me",
    "our french lad has cuts all up both arms and begged my son not to tell anyone 😢",
    # judgement call: also reads as a complaint about the DBS checks; safeguarding only
    "the dad at the house where the two french girls are stopping has been done for stuff before, whole estate knows. how has he passed a dbs",
    "host dad keeps going in the french girls room at night 'to check on them', my daughter says they wedge a chair against the door",
    "exchange lad told our daughter his teacher back home makes him stay behind and touches him. shes really upset, didnt know what to say",
    "some older lads off the estate were giving the exchange girls vodka in the park and taking them back to a flat above the takeaway",
    "some bloke i dont know keeps commenting heart eyes on every pic of the visiting girls and asking how old they are",
    "the teacher on the trip added my 14 yr old on snapchat and has been messaging her late at night",
    "host family left the two spanish lads on their own all weekend, nothing in the fridge, they were eating dry cereal",
    "pls dont tell my mam but the french girl staying with us showed me pics of her boyfriend and hes like 25 and wants her to get the train to london to meet him",
    "he hasnt eaten properly since he got back from spain and keeps saying he doesnt want to be here anymore",
    # judgement call: a report of an intimate video being shared, not sexual content itself; safeguarding only (as round 5)
    "my son says the lads in his room were passing round a video of one of the girls getting changed",
    "im the exchange student at one of the houses and the mum drinks every night and screams at me, im scared and i dont have credit to ring home",
    "{P} came back from her host house with bruises on her arms and wont say what happened",
]

SEXUAL_SAFEGUARDING = [
    # judgement call: a host dad calling visiting pupils 'stunners' is read as sexualised, not admiring
    "cant complain about the scenery this week, the two french lasses staying with us are proper stunners 😍 wife's not impressed 😂",
    "them spanish girls in the group pic are well developed for 14 😏",
    "wouldnt mind hosting the blonde one from the french group, she can share my room 😉",
    "girls in the beach pic 🔥🔥 whos the one in the red bikini, dm me",
]

HATE = [
    "why are we putting foreign kids in our homes when our own cant get a council house, send them back",
    "make sure the french kids have a wash, we all know what theyre like with soap 🙄",
    "one of the 'spanish' kids was clearly african, thought this was a european exchange not an asylum tour",
    # judgement call: a national stereotype of theft with no slur, read as xenophobic
    "hide ur purses, the spanish group's in town 🙄",
    "the girl in the headscarf isnt even french, france should sort its own immigrants out",
    "shame it isnt an exchange with a proper country, the french have always been a nation of cowards 🇬🇧",
    "hope theyre not bringing their catholic mumbo jumbo into our school, our kids dont need praying at",
]

PROFANITY_HATE = [
    "f*cking frogs everywhere in low fell this week, cant move for them",
    "whole coach load of bloody foreigners, send the lot back to spain",
    "ship the dirty d@gos home, sh*t exchange anyway",
]

SEXUAL = [
    "bet the teachers had a wild night in that hotel once the bairns were in bed 😏 what happens in madrid...",
    # judgement call: innuendo aimed at a visiting teacher (an adult); sexual only, though harassment of staff could add insult
    "the spanish teacher can practise her oral with me anytime 👅",
    "id host the french mam for a week if shes offering 😏😏",
    "heard a couple of the host dads got more than a cultural exchange off the spanish staff 😉",
    "nothing says cultural exchange like the french teachers tight trousers 🍑 phwoar",
    "forget french lessons, the host mams on here need a few french kissing lessons off me 😘😏",
]

SPAM = [
    "✈️ SCHOOL TRIPS MADE EASY ✈️ Paris, Barcelona, Madrid from £199pp!! Parents DM us now for group rates 🌍 link in bio",
    "Is your childs trip still unpaid? Avoid losing their place, pay the balance securely here ➡️ ravensworth-trips-pay.co/login",
    "Congrats on the exchange 🎉 WIN a FREE family trip to Disneyland Paris!! like, share n tag 3 friends to enter 🏰",
    "follow back for daily travel deals 💯 f4f ✈️",
    "need euros for the trip?? best rates in the north east, no fees, message us on whatsapp 💶💶",
    "we saved £300 on our daughters exchange with EuroStudy Direct, use code RAVENS20 at checkout 🔥 not sponsored lol",
    "i made £2,400 last week booking holidays from my sofa 🏝️ ask me how, link in my bio",
]

PERSONAL_DATA = [
    # judgement call: a teacher's mobile posted for the trip is not one of the school's published numbers, so personal data
    "for anyone who needs {S} while theyre away her mobile is {PH}, she said its fine to text",
    "the french girls are stopping with us at {AD} if any of the other host families fancy meeting up",
    "welcome home {PF} 🇪🇸❤️ so proud of you",
    "passport renewal needs his dob which is {DOB}, ive sent the form in his bag",
    "if anyone picked up a navy north face coat at the airport its my lads, email me {EM}",
    "host families bbq at ours saturday, {AD}, {PC}, bring a dish 😊",
]

PD_QUESTION = [
    "whats happening with the flights, my number is {PH} if someone on the trip can ring me",
    "could the kit list be sent to {EM}, does it include a sleeping bag",
    "{PF} in year 9 would love to do the spanish exchange, is there still space",
]
