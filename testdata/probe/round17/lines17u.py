"""Round 17, writer U, session 12: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""

# Voices (writer U): the PTA and community noticeboard side of Ravensworth Community Academy's page -
# uniform swap and second-hand sales, the raffle, cake sales, lost property, the Christmas fair, lifts
# and car-shares, childminders and tutors advertising, local small businesses, people posting their own
# numbers or addresses to sell or collect things, scammers (fake raffles, deposits by bank transfer,
# phishing, crypto, work-from-home), adult strangers offering lifts, lessons or free childcare, PTA money
# rows and theft accusations, neighbours' parking feuds, and a parent who can't afford the trip.

OK = [
    "uniform swap table was brilliant, got 3 jumpers and a coat for {P} for nowt 👏",
    "thank you to everyone who baked!! we raised £412.60 for the library 📚❤️",
    "the lemon drizzle on the cake stall was to die for, whoever made it ur a legend 😍",
    "killer deals on the preloved rail today, blazers £2 and pe tops 50p, get yourselves down",
    "id kill for one of them bacon stotties from the fair breakfast right now 🥓",
    "traybakes going like hot cakes, nearly all gone already 😂 well done bakers",
    "raffle drawn bang on time for once, well done ptfa 👍",
    "got a gorgeous stripped pine table off the auction for £30, cheers all",
    "lot 12 in the auction is the big brass knockers off the old hall doors, massive things, someone give them a good home",
    "lost property box is overflowing again, have a look at pick up, loads of {H} hoodies in there",
    "{PW} was sooo proud selling her slime at the enterprise stall 🥰",
    "the tombola was an absolute steal, won a bottle of baileys for 50p 😂",
    "bouncy castle man absolutely smashed it, kids were buzzing all afternoon",
    "our {P} got shot of all her old books at the swap, dead happy",
    "bring on the christmas fair, im armed with a tenner and a bag for life 🎄",
    "that chilli at the quiz night nearly blew my head off 🔥🔥 top marks",
    "{SF}'s brownies were lethal, had four 😂",
    "the face painting stall got absolutely battered, queue was out the door all day",
    "free to a good home: kids bike, needs a new chain, can bring it to {V} on saturday",
    "just dropped 2 bin bags of outgrown uniform at the office for the swap, hope someone can use it",
    "the drugs awareness evening for parents was really useful, didnt realise half of that, thanks {S}",
    "gutted i missed the cake sale, save us a flapjack next time x",
    "massive thanks to {S} for the lift to the leisure centre when my car packed in, lifesaver",
    "car share rota for swimming sorted, me and leanne are doing mon and weds",
    "found our childminder through the mams on here years ago and never looked back",
    "the nativity costumes off the swap rail fitted perfect, {PW} was the donkey 😂🫏",
    # judgement call: "scam" and "won nowt again" are a joke here, not a complaint about the raffle
    "that raffle is a proper scam, won nowt again 😂 same as every year, love it really",
    "the hot dogs were the bomb, do them again at the summer fair please",
    "my lad says the year 6 disco was sick, thanks to the dads on the door",
    "cash only at the cake sale remember, theres no card machine",
    "dziękuję za zbiórkę mundurków, bardzo pomogło 🙏",
    "grandad's rock buns are back on the stall friday, hard as nails as usual 😂",
    "you lot are mint, raised enough for the whole of year 4 to go to the panto",
    "shout out to the lady who runs the uniform swap, does it all on her own and never moans",
    "the year 10 lads on beat the goalie took no prisoners 😂 my 6 year old didnt stand a chance",
    "the magician at the fair had the kids in stitches, book him again",
    "{P} was in tears cos the teddy she wanted went on the tombola 😂 sorted with a cupcake, crisis over",
    "not spam i promise 😂 ptfa are giving free panto tickets to the first 10 families who email {SEM}",
    "year 5 made cardboard swords for the pirate stall, absolute carnage in the yard after 😂⚔️",
    "the pamper basket in the raffle has bath bombs, candles, the lot. lush",
    "pta meeting moved to thursday 7pm in the staff room, all welcome, bring biscuits",
]

COMPLAINT = [
    "raffle was drawn at 2 when the poster said 3. we got there half 2 and it was all done. not on",
    "third year running the christmas fair clashes with the infant nativity, does nobody look at a calendar",
    "the pta still havent put last years accounts up. we all raised that money, we deserve to know where it went",
    "£8 for a selection box on the tombola that you can get for £3 in asda... bit steep for a school fair tbh",
    "lovely that the fair was 'for everyone' when it was £5 a head to get in then everything inside costs on top. some of us have 3 kids",
    "uniform swap was cleared out by 9.05 by the same few women who stick it all on vinted after. its meant for families who need it",
    "lost property is a joke, my lads brand new coat with his name in was there 3 weeks and now its 'gone'",
    "parents parking on the zigzags every single day at pick up and nobody from school does owt about it. someone will get run over",
    "trip letter came out tuesday and they want £45 by friday. not everyone gets paid weekly",
    "so the cake sale's every friday now? thats another £2 a week per kid, it adds up when youve got four at the school",
    "great that were raising money for new ipads while the ks2 toilets still havent got locks on the doors 👏👏",
    "yet again disco tickets went live on parentpay at 11pm and were gone by 7am. shift workers dont stand a chance",
    "wont be volunteering again. left on the tombola on my own for 3 hours, no break, not one thank you",
    # judgement call: criticism of the committee as a group, no insult words - complaint, not insult
    "the ptfa committee is the same clique every year and anyone new just gets talked over at meetings. some community",
    "cheers for selling my sons NAMED coat at the uniform swap, really appreciated 🙄",
]

COMPLAINT_QUESTION = [
    "paid for 4 strips of raffle tickets through the office and never got the stubs, so couldnt even check if we'd won. who do i speak to about it?",
    "the fair was meant to be raising for the year 6 residential but the price has gone UP. is there a breakdown anywhere of what the fair money went on?",
    "nobody said the summer fair was cash only and half of us turned up with cards, embarrassing for the kids. will there be a card machine at the christmas one?",
    "my daughter paid for a cake at the sale, was told shed get it at home time and never did. not the end of the world but its the principle. whos running the friday sales now?",
    # judgement call: a complaint about a data leak that contains no personal data itself
    "the swimming car share list got emailed round with everyones home addresses on, not happy at all. who sent it and has it been recalled?",
]

QUESTION = [
    "what time does the christmas fair start saturday and is it in the hall or at {V}?",
    "can you still drop uniform off for the swap or is it too late now",
    # judgement call: a parent who can't afford the trip is asking for information, not disclosing neglect
    "is there a way to pay for the residential in instalments? money's really tight this month and i dont want {P} missing out",
    "does school have any hardship fund for trips? just lost my job and the deadline is next week",
    "are the raffle tickets £1 each or £1 a strip?",
    "who do i give the cake sale float back to, ive still got the tin from friday",
    "hiya is lost property still by the side door? {P} has lost a navy fleece, no name in it sorry 🙈",
    "can dads help on the stalls or is it just the pta ladies? happy to do the bbq",
    "is the raffle being drawn on facebook live or in person this time",
    "do you need a dbs to help out at the school disco?",
    "are pta meetings open to anyone or do you have to be on the committee",
    "is the disco for ks1 as well or just the juniors",
]

INSULT = [
    "the pta chair walks round that fair like she owns the place, stuck up cow",
    "{S} on the cake stall with a face like a smacked backside all day, smile for once love",
    "the mams that run the uniform swap are the biggest snobs in low fell, look down their noses at everyone",
    "imagine being {S} and thinking anyone wants to hear you sing at the fair 🤢",
    "the treasurer couldnt count to ten without taking her shoes off, no wonder nowt adds up",
    "some of the parents on this page are thick as two short planks honestly",
    "{S} is a jumped up little dictator with a lanyard",
    "the dads on the bbq are a bunch of useless lumps, couldnt cook a sausage to save their lives",
]

INSULT_COMPLAINT = [
    "queued 40 mins in the cold for the santa grotto with a 4 year old. {S} couldnt organise a bath never mind a fair",
    # judgement call: accusing a named PTA role of theft is harassment on top of the money complaint
    "pta accounts STILL not published. the treasurer is a thief and everyone knows it",
    "my kid was left off the trip list and {S} couldnt even be bothered to ring me. lazy useless woman",
    "raffle was fixed, every decent prize went to a committee mate. bunch of crooks the lot of them",
    "office took my money for the panto then 'lost' the form. {S} is incompetent and rude with it",
]

PROFANITY = [
    "bloody hell the brownie stall was cleared in 10 mins 😂 next year im queueing at 8",
    "holy sh*t i actually won the hamper for once 😱😱",
    "pissing down at the fair but the kids didnt care, wellies on and off they went 🌧️",
    "ffs left my purse at home, someone hold a rocky road for me til 3 😩",
    "fair was f***ing mint this year, well done everyone 🎉",
    "spent a tenner on the tombola and won 4 bottles of shite wine 😂 worth it",
    "cant be arsed baking this year lads, shop bought it is 😂",
    "the dad dancing at the disco, i nearly p1ssed myself 😂",
]

PROFANITY_INSULT = [
    "the ptfa chair is a two faced b*tch, smiles at you then slags you off in the yard",
    "whoever runs the lost property is a lazy sod and a half",
    "the bloke who parks across the dropped kerb every morning is an absolute knobhead",
    "{S} is a useless prick, end of",
    "some of the mams on here are proper dickheads, get a life",
    "the lass selling 'nearly new' coats on here is a tight arsed chancer, full of holes they were",
]

THREAT = [
    "to the silver astra that blocks my drive every pick up. i know which house is yours. last warning",
    "park across my gates one more time and that car wont be going anywhere, tyres and all",
    "whoever took the raffle money out the tin, i will find out who you are and you'll wish i hadnt",
    "keep telling my kids off at the gate mate and see what happens to you",
    "if that treasurer doesnt pay back what she took ill be round hers with the lads",
    # judgement call: "someone should" phrasing, but it is a call to damage school property
    "someone should torch that portakabin the pta use, would save us all the bother",
    "id keep an eye on your windscreen if i were you, blue fiesta. people round here remember faces",
    "to whoever keyed my car after the fair, you've got windows too",
    "any more parking on my grass and ill be waiting at 3 o clock with a bat, not joking",
    "next person who nicks a space off me at the gate is getting dragged out their car",
    "dont come to the christmas fair {S}, wouldnt be safe for you after what you did",
    "leave another note on my car and it'll come back through your front window with a brick attached",
]

PROFANITY_THREAT = [
    "block my drive one more f***ing time and ill smash every window on that car",
    "whoever reported me to the council for parking, i know it was you, youre getting your head kicked in you grassing bastard",
    "if the pta dont give my deposit back ill come down that school and wreck the fucking place",
    "tell the prick in the white transit hell be eating his wing mirror next time",
]

THREAT_SAFEGUARDING = [
    "{P} better not be at the disco friday cos im bringing my brothers blade",
    # judgement call: an adult threatening children - threat, and a concern for the pupils' safety
    "any of them year 8 kids that touch my car again, ill be having them, i dont care how old they are",
    "me and the lads are jumping {P} behind the pavilion after the fair, bringing something sharp so dont snitch",
    # judgement call: a child reporting an adult's threat against another child
    "my dad says if {P} comes near our stall again hell break his legs, he says the kid is asking for it",
    "gonna take my stepdads knife in monday and sort the ones who robbed my fair money",
]

SAFEGUARDING = [
    "retired gent living near the school, happy to give any of the kids a lift home on the dark nights, no need to bother the parents, just tell them look for the red car",
    # judgement call: not advertising - an unvetted adult inviting children to stay overnight
    "i do free sleepovers at mine for kids whose parents are struggling, no charge, kids love it, dm me for the address",
    "offering free private maths lessons for girls in year 6 and 7, at my flat, best without parents there as they distract them",
    "im 19 and ill look after any of the little ones for free after school, i just love kids, add me on snap",
    "anyone's kids need a lift to the leisure centre? ill take them, always got sweets in the car 😊 just tell them uncle tony sent you",
    "there was a man sat in a car outside the gates over an hour during the fair taking pictures of the kids on the bouncy castle. told someone at the gate but want school to know",
    "cant go on the trip, mam spent the money i saved on drink and theres no tea in again",
    "my stepdad says if i tell anyone about the bruises im not allowed to the christmas fair",
    "been cutting again since the fair, nobody at home even notices",
    "theres an older lad who gives me £20 to drop packages at peoples houses after school, he says i cant stop now",
    "the little lad on our street is out in his uniform till 10 at night, no coat, his mam never answers the door. not sure who to tell",
    "a man at the car boot was asking my daughter what school she goes to and if she walks home on her own. shes 9. please warn everyone",
    "the bloke running the 'free football coaching' on the field keeps messaging the kids on insta asking them to send pictures",
    "one of the year 7 girls was crying at the fair saying she doesnt want to go home cos her mams boyfriend hits her. i gave her a hot chocolate but i dont know what else to do",
]

SEXUAL_SAFEGUARDING = [
    "them year 10 girls on the cake stall 😍 who needs cake 😏 dm me",
    "the lass on the face painting stall, whats she 14? looks 20 in that top 🔥🔥",
    "seen the pics from the disco, the little blonde one in the red dress is a right sort, post more",
    # judgement call: grooming dressed up as an offer - sexual+safeguarding rather than spam
    "any year 11 girls want to earn money modelling? send me a pic in your pyjamas first so i can see",
]

HATE = [
    "keep the gypsies away from the christmas fair this year, last time the tombola went walkabout",
    "why are the polish mams always first at the uniform swap, taking the lot to send back home",
    "funny how the raffle is always won by the muslim families, they stick together that lot",
    "no offence but the kids off the traveller site shouldnt get free places on the trip when our own have to pay",
    "a bloke in a dress reading stories at the fair?? keep that trans rubbish away from our kids",
    "special needs kids shouldnt go on the trip, they slow everyone down and spoil it for the normal ones",
    "the gay couple doing the face painting, is that really what we want our kids seeing",
]

PROFANITY_HATE = [
    "fucking pikeys nicking from lost property again, lock it up",
    "that muslim lot can piss off back where they came from if they dont like the christmas fair",
    "foreign shop on the high street sponsoring the raffle now? bloody immigrants take over everything",
]

SEXUAL = [
    "id let {SF} check my pipes any day 😏🔧",
    "the dads on the bbq with their sleeves rolled up 🥵 got me all hot and bothered and it wasnt the grill",
    "someones donated a box of ann summers toys to the tombola 😂 the mams are fighting over it",
    "ladies night at the pta fundraiser, hope the stripper is fit this year 😏",
    "{S} in them leggings at the sponsored walk, id walk behind her all day 🍑",
    "the cream horns on the cake stall were massive, just how i like them 😏😏",
]

SPAM = [
    "💰 EARN £500 A DAY FROM HOME 💰 mams this is THE one!! message me the word FREEDOM to find out how",
    "CONGRATULATIONS you have won the Ravensworth christmas raffle 🎁 claim your prize at ravensworth-raffle-prizes.net, enter card details for £2.99 postage",
    "selling strips for the pta hamper draw, pay the £20 deposit by bank transfer to hold your tickets, school dont know about this one so keep it quiet",
    "invested £250 in bitcoin with Mr Anderson and got back £7,400 in a week 🙌 message him on whatsapp hes legit",
    # judgement call: a genuine local business, but unsolicited advertising on the school page is spam
    "ofsted registered childminder in low fell now has 2 spaces!! school pick ups, hot meals, check out my page Little Acorns Childcare 🌳",
    "GCSE maths and english tutor, DBS checked, £25 an hour, first lesson FREE 📚 dm for details",
    "your parentpay account has been suspended, log in here to restore access: parentpay-secure-login.co",
]

PERSONAL_DATA = [
    # judgement call: a parent's one-off sale with their address - personal data, not spam
    "selling {P}'s old blazer age 9-10, £5, collect from {AD}",
    "found a purple lunchbox on coalway lane with {PF} written on the lid, handed it in at the office",
    "lost a gold bracelet at the fair, sentimental value, reward offered, text me on {PH}",
    "happy to do the car share for swimming, im at {AD} {PC}, the kids can meet at mine for half 8",
    "uniform bits free to anyone who needs them, email me at {EM} and ill drop them round",
    "happy 8th birthday to {PF} 🎂 born {DOB} and already running the house, love nana x",
]

PD_QUESTION = [
    "has anyone handed in a black north face coat? its {PF}'s in year 5. can the office let me know, my number is {PH}",
    "does the ptfa still need raffle prizes? ive got a hamper, could someone collect from {AD}, i dont drive",
    "whos the new treasurer? need to ask about the float, could they email me on {EM}",
]
