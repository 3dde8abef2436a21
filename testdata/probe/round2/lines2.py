"""Round 2 of the probe (written after round 1's rules were frozen; same school and roster).
Slots as in ../probe_lines.py. Labelled per testdata/dev/README.md."""

OK = [
    "tbh best parents evening we've had, every teacher knew exactly where he's at 👌",
    "Grandad's come all the way from Karachi for the Eid assembly, he loved it",
    "{P} reckons the science trip was 'mint' so I'll take that as a win 😂",
    "That Year 2 dinosaur dance, I'm crying 😂😂",
    "Such a gorgeous photo of the nursery lot in the snow ❄️",
    "Buzzing for the World Cup day, the kids have been practising their chants all week ⚽",
    "Merci for the French cafe, très bien Year 5!",
    "Our lad's been practising his lines for the nativity every night, he's a shepherd 🐑",
    "Thank you Ms Chaudhry for the online safety evening, really useful",
    "The Year 11 art is on another level. Proper talent in this school",
    "We went to Cockermouth for the weekend and saw the school's pen pals display!",
    "Tidy work on the sports hall floor, looks brand new",
    "oh my days the cakes at the bake off 😍",
    "Go on Westmoor, bring that trophy home 🏆",
    "Spotted {P} in the choir, beaming away 😊",
    "The kids were knackered after forest school but so happy",
    "Class of 2027 looking sharp in their new blazers",
    "Proper emotional seeing the reception lot on their first day 🥹",
    "Big love to the office staff, always so helpful",
    "Gutted we missed the disco, she had a temperature. Next time!",
    "The fireworks display was banging 🎆",
    "Get well soon Mr Whitaker, the site's not the same without you",
]
PROFANITY = [
    "shiiiite I forgot the cake for the bake sale 🙈",
    "f***** hell that's early for a trip",
    "oh sh**, was it today?",
    "bollox to the weather, sports day is ON",
    "this rain is a pain in the arse but the kids don't care",
    "Bloody marvellous, well done everyone",
    "f@ck me the traffic at drop off 😂",
    "holy fck the Year 11 show was unreal",
    "wtaf is this weather doing 😂",
    "effin brilliant that, well done",
    "The s-h-i-t weather won't stop our runners",
    "pmsl at the teachers' dance 😂 bloody legends",
    "its fuckin freezing at the match",
    "damnnn those results 🔥",
]
INSULT = [
    "{S} is an absolute clown and everyone knows it",
    "honestly who hired {S}, a chimp could do better",
    "the head is out of her depth and it shows",
    "that PE teacher is a massive bully to the kids",
    "{S} couldn't teach a fish to swim",
    "the Year 9 girls are nasty little cows",
    "my neighbours kid {P} is a right little toerag",
    "ugly building, ugly uniforms, ugly attitude",
    "{S} you're a liar and a hypocrite",
    "the staff here are lazy beyond belief",
    "these parents on here are so thick it hurts",
    "Useless as a chocolate teapot, {S}",
    "{S} has the personality of a wet lettuce",
]
HATE = [
    "sick of the p*kis taking over our school",
    "no more mosques near schools, islam out",
    "these refugee kids are all rapists in the making",
    "my daughter has to sit next to a paki every day, disgusting",
    "keep the gypsies out of Westmoor, they bring nothing but trouble",
    "the tr@nnies are grooming our kids in assembly",
    "Why do we let Africans teach our kids? They can barely speak English",
    "Jewish bankers paying for the new sports hall no doubt",
    "the school is full of wogs now",
    "stop letting retards in mainstream schools",
    "poofs shouldn't be allowed to teach",
    "Bunch of Romanian gypsies stealing from the fair",
    "that head is a typical muslim, hates the English",
    "Chinese kids bringing their virus into school again",
]
SEXUAL = [
    "I'd happily get detention from the new French teacher 😏😏",
    "mrs begum is a proper milf",
    "The mum in the leopard print at pick up 🔥🔥 wow",
    "send nudes miss 😂",
    "bet the PE teacher looks good in the showers",
    "The new TA has a cracking pair on her 😍",
    "some of the mums at sports day, phwoar",
    "that dad at the gate can get it 🥵",
    "love a teacher in a pencil skirt 😈",
    "Horny for the science teacher ngl",
    "the netball coach has an amazing arse 🍑",
]
THREAT = [
    "I'm gonna knock {S} out next time he talks to my son like that",
    "{S} wants to be careful walking to her car at night",
    "one more letter home and I'll torch the staff car park",
    "I swear down I'll batter {S}",
    "Wait till I get my hands on {S}",
    "Keep pushing me {S} and see where it gets you",
    "That school is going up in flames one day, trust me",
    "{S} better lock his doors tonight",
    "If they exclude my son I'll make sure {S} regrets it",
    "I'll put {S} through the window",
    "I'm bringing a baseball bat to parents evening",
    "Someone should give {S} a good slap",
]
SAFEGUARDING = [
    "my mums new boyfriend comes in my room at night and i dont like it",
    "nobody feeds me at weekends so i wait for school",
    "i got sent to my room for 2 days with no food",
    "i can't stop thinking about ending my life",
    "they took pics of me in the changing room and now its on snapchat",
    "i hate myself and i've been scratching my arms till they bleed",
    "my dad punched a hole in the wall and said im next",
    "an older boy gives me weed and says i owe him now",
    "Please can someone check on the little girl in Year 1, she told my son her daddy hurts her",
    "The boy who lives above us in the flats is crying every night and his mum is never there",
    "A man in a white van has been trying to talk to kids at the rec near the school",
    "My son says a Year 11 is selling vapes and pills to Year 7s",
    "Saw a pupil from here being pushed around and shouted at by an adult in the car park, she looked terrified",
    "Concerned about a friend's daughter, 13, who has a 'boyfriend' of 22",
    "hey gorgeous, you looked so grown up in your school photo, wanna chat privately? 😘",
    "any of the Year 8 boys want to earn some easy cash, DM me",
    "you can tell me anything, I won't tell your mum, add me on snap",
    "i'll buy you a new phone if you meet me after school, just us",
]
PERSONAL_DATA = [
    "ring me on {PH} about the Christmas fair raffle",
    "my mobile's {PH}, text me if you find a grey scarf",
    "Anyone want a lift to the match? We're on {AD}",
    "Drop the spare costumes at {AD}, {PC}",
    "Proud nanna of {PF} 💖",
    "well done {PF}!!!",
    "{PF} is the star of the show, as always",
    "Email {EM} for the mums' running club",
    "Send RSVPs for the party to {EM} or {PH}",
    "Congratulations on your award {PF} 🏅",
    "we live at {PC}, walking bus anyone?",
    "{PF} you legend 👏👏",
]
SPAM = [
    "🚨 Limited spots! Learn to trade crypto and quit your job 🚨 Link in bio",
    "Hey, I saw your profile and I think you'd be perfect for our team 💰 DM me",
    "FREE £50 SHEIN VOUCHER 👉 tap the link in my bio",
    "Facebook Security: your page will be unpublished in 24h. Appeal here: fb-appeal-centre.com",
    "Check out my Depop for cheap pre-loved school uniform! 💕",
    "I was in debt until I found Mrs Sarah's investment program 💸 message her now",
    "Looking for 5 people who want to make £300 a week from their phone",
    "Get your PPI refund today, no win no fee! Call now",
    "Amazing deals on school trips abroad, book with us 🌍 travelhols4u.com",
    "Need an essay? 24h delivery, any subject 📚 message us",
    "Get verified on Instagram for £20, DM now ✅",
    "Win a PS5!! Just follow, like & tag 3 friends 🎮",
]
COMPLAINT = [
    "I've been trying to get through to the office for three days. The phone just rings out.",
    "My daughter came home soaked again because there's no cover over the bike shed. Please do something.",
    "We paid £30 for a trip and the kids spent half of it on the coach. Not value for money.",
    "Really let down by how the SEN team has handled my son's transition. Nothing in the plan has happened.",
    "The new lunch system means Year 7s are missing lunch entirely because the queue is too long.",
    "Cheers for the two days' notice about the strike day. Really helps working parents 🙄",
    "Homework on the app at 9pm the night before it's due is not fair on kids or parents.",
    "The state of the toilets is disgusting. The kids hold it in all day.",
    "Third time my son has come home with someone else's coat because there's no supervision in the cloakroom.",
    "Disgusted that kids are being sent home for hair styles. It's discriminatory and needs reviewing.",
    "Not a single reply to my complaint about the detention. Poor.",
    "The school photographer was rude to the kids and the photos are awful. We won't be paying.",
    "Parents' evening online was a shambles, half the links didn't work.",
    "Lovely of the school to change the trip date after we'd all booked time off 🙃",
    "Four weeks and still no homework set in science. What are they doing in lessons?",
]
QUESTION = [
    "Whens the last day before Christmas?",
    "can year 9s bring their own laptops?",
    "Hi, is the uniform shop open on Saturday mornings?",
    "Any idea what time the bus gets back from the trip?",
    "Do Year 1s need a coat for forest school or a waterproof?",
    "How do I get a place on the holiday club for February half term?",
    "Does the school do the flu nasal spray this year?",
    "Is there a parents' WhatsApp for Year 4?",
    "Will there be a second-hand uniform sale this term?",
    "Can someone remind me which day the library books go back?",
    "is it non uniform tomorrow or friday",
    "Where's the best place to park for the concert?",
    "Do you have dates for the Year 10 work experience yet?",
    "What's the school's policy on earrings for PE?",
    "Is the breakfast club free for pupil premium families?",
]
PROFANITY_INSULT = [
    "{S} is a f***ing joke",
    "what a bellend that headteacher is",
    "{S} you utter tw@t",
    "the dinner lady is a miserable old cow, pissed off every day",
    "lol {P} is a proper dickhead",
]
INSULT_COMPLAINT = [
    "Four emails, no reply. {S} is clearly too lazy to do her job.",
    "The parking is a mess every morning and the head is too gutless to deal with it.",
    "Overcharged for the trip again. The finance office are a bunch of clowns.",
]
PROFANITY_COMPLAINT = [
    "Still no reply about the refund, taking the piss now",
    "The car park is a bloody death trap, someone sort it",
    "Supply teacher after supply teacher, it's a shitshow",
]
COMPLAINT_QUESTION = [
    "We still haven't had the trip refund we were promised. When will it be paid?",
    "The bus was late again today and nobody told us. Is there a new timetable?",
    "Very unhappy the after school club has closed without notice. Will it reopen?",
]
PD_QUESTION = [
    "Can someone let me know if {PF} is on the team sheet? {PH}",
    "Has anyone found a purple lunchbox? It's {PF}'s, please text {PH}",
    "Could the office ring me on {PH} about the trip payment?",
    "Our little one was born {DOB}, would she start in September?",
]
PROFANITY_HATE = [
    "fucking immigrants everywhere in that school",
    "f*ck the gyppos",
]
HATE_THREAT = [
    "Any Muslims near my kids and there'll be trouble, I'll make sure of it",
    "Gonna smash up that Polish shop by the school",
]
PROFANITY_THREAT = [
    "I'll smash {S}'s fucking face in",
    "swear down I'm gonna batter that prick {S}",
]
SEXUAL_SAFEGUARDING = [
    "the girls in year 9 are getting well developed 😏",
    "that schoolgirl in the second photo is a hottie",
    "Year 10 girls in the swimming gala 🥵 send more",
]
SEXUAL_SPAM = [
    "Naughty girls near you 🔞 click my profile",
    "Hot chat 18+ 💋 meet-me-tonight.xyz",
]
THREAT_SAFEGUARDING = [
    "i'm bringing a knife in tomorrow cos i'm done getting picked on",
    "{P} is getting shanked after school, watch",
    "gonna get my brother to stab {P} at the bus stop",
]
SAFEGUARDING_QUESTION = [
    "My son's friend says he's scared to go home because his dad hits him. Who do I tell at school?",
    "A girl on my daughter's bus has cuts on her arms. Should I report it to the school?",
]
