"""Round 15, writer Q, session 11: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""

# Voices (writer Q): the oldest and the newest to Facebook. Grandparents, great-aunts and great-grandads
# commenting on Ravensworth Community Academy's photos (ALL CAPS, trailing dots, signing off with their
# names, misreading posts, replying to the wrong person, typing a phone number or address in public), and
# families new to the UK writing in their second language, some mixing in Polish, Urdu, Romanian, Arabic
# or Somali words.

OK = [
    # judgement call: "faggots" is the meatball dish
    "FAGGOTS PEAS AND MASH ON THE DINNER MENU... WE HAD THAT EVERY THURSDAY IN 1961!! LOVE NANA PAT XX",
    "spotted dick and custard for pudding, grandad says he wants to go back to school 😂",
    # judgement call: "gay" in its old sense of bright and cheerful
    "WHAT A GAY LITTLE SCENE... ALL THE BUNTING OUT AND THE BAIRNS IN THEIR SUMMER DRESSES. GREAT AUNTIE MAVIS",
    "the coloured pencils drawings in the corridor are beautiful, {P} showed me hers of our cat",
    "he's got his grandad's sticky out ears poor lamb but i love the bones of him ❤️",
    "TWO BLUE TITS NESTING IN THE BOX THE YEAR 2S MADE!! WELL DONE ALL. GRANDAD TOM",
    "she is a little madam that one and a proper menace at teatime, love her to bits 😂",
    "the year 6 choir smashed it at {V}, not a dry eye in the place",
    "lovely photo shoot, cost me a bomb for the big frame mind but worth every penny",
    "sorry i missed the start pet, nanna's new tablets made me dozy.. so proud of you {P} xx",
    "{P} got the knife and fork award this week!! no more cutting his sausages up for him",
    "I'll murder that grandson of mine, grown out of his school trousers AGAIN and it's only October 😂",
    # judgement call: "queer" in its old sense of odd
    "queer old day for sports day, sun, hail, then sun again... well done to all the runners",
    "the kids came back from forest school like a pack of mucky little pigs 😂 straight in the bath the lot of them",
    "pussy willow and frogspawn on the nature table, takes me right back to 1950s",
    "cock-a-leekie soup at the scottish day, my Jim would've had three bowls god rest him",
    "online safety talk with Mrs Kaur very good. we put the password on the ipad now and {P} is not happy 😂",
    "that stranger danger assembly worked, {P} wouldn't even let the postman say hello 😅",
    # judgement call: a grandmother's pride in her own granddaughter, not a sexualised remark
    "she's a little stunner just like her nana was at that age 😍",
    "the lads look like a gang of hooligans with the face paint on 😂 bless them",
    "SHARE THIS ONE WITH AUNTIE MAGS SHE HASN'T SEEN HIM IN THE NEW UNIFORM YET",
    "WE WON THE HAMPER IN THE SCHOOL RAFFLE!! THANK YOU PTFA, THE PICCALILLI IS ALREADY OPEN",
    "the bouncy castle was a massive hit, the bairns went wild for it",
    "my dad was a miner down the pit at the bottom of the road, he'd have loved the coal mining topic",
    "dirty tactics from the teachers in the tug of war 😂 we demand a rematch",
    "the drugs talk from the police was an eye opener for us parents and all, well done school",
    # judgement call: "intercourse" in its old sense of conversation
    "there's not much intercourse between the mams at the gate these days, everybody's on their phones",
    "IS THIS THE BINGO... SORRY I THOUGHT THIS WAS THE COMMUNITY CENTRE PAGE. LOVELY PICTURES ANYWAY. DORIS",
    "CONGRATULATIONS ON THE WEDDING PET YOU LOOK A PICTURE",
    "MAUREEN I MEANT TO SEND THAT TO YOU NOT THE SCHOOL. IGNORE ME EVERYBODY 🙈",
    "Brawo {P}! babcia i dziadek bardzo dumni 👏👏",
    "mashallah beta, nani is so proud of you, keep shining 🤲",
    "Felicitări {P}! bunica te iubește mult ❤️",
    "Mahadsanid {S}, my son like school very much now, before he cry every morning",
    "Alhamdulillah {P} get the star of the week certificate, shukran to all the teachers",
    "{PW} looks so grown up in the new blazer, where do the years go",
    "{PW} was a lovely shepherd, never dropped the tea towel once",
    "thank you {SF} for being so patient with him, he talks about you all the time at ours",
    "if your bairn is off poorly ring {SPH} before 9, that's what the office told me anyway",
    "canny bunch of bairns, howay the Ravens!! {H}",
    "We are new in Gateshead from Aleppo, my children are very happy in this school. Thank you for the welcome",
    "the christmas fair at {V} was grand, bought far too many tombola tickets as usual",
]

COMPLAINT = [
    "Dear Sir or Madam, I write to make formal complaint. On Tuesday my daughter was not allowed in the class because the colour of her shoes. This is not acceptable for us, the shoes were bought in September only. I wait for your answer. Respectfully, A. Kowalczyk",
    "FOUR POUND FOR A PHOTO OF MY OWN GRANDSON... I REMEMBER WHEN THESE THINGS WERE FREE. SHOCKING. ERIC",
    "nobody told us the concert moved to 2 o'clock, grandad got two buses for nothing and he's 81",
    "Wonderful. Another inset day on a Monday. Some of us work, you know.",
    "the car park at pick up is a disgrace, somebody's going to get run over one of these days and then you'll do something",
    "Salaam, I am not happy my son is given pork sausage at school dinner when we told the office he is muslim. This is the second time now.",
    "Dear teacher we are new in UK and the letters come only in English, nobody explain us about trip money and now my son can not go on the trip. It is not fair for him",
    "been ringing {SPH} all morning and nobody answers, like talking to a brick wall",
    "THE HEATING IN THE HALL WAS OFF FOR THE CHRISTMAS SHOW, WE SAT IN OUR COATS FOR TWO HOURS.. NOT GOOD ENOUGH FOR THE OLD ONES WHO CAME",
    "very disappointed the nativity was parents only this year, nans and grandads are family too you know",
    "homework every night for 6 years old is too much, she is crying at the table. please reduce it, we are all tired",
    "Great to see the school so keen on sharing photos of the cake sale. Less keen on answering emails about my son's EHCP.",
    "waiting since March for the SENCO meeting. still waiting. I'm sure Ms Ferreira is lovely but this isn't acceptable",
    "the road outside is a death trap with them roadworks and not one teacher out there in a hi-vis, somebody will be killed",
]

COMPLAINT_QUESTION = [
    "MY GRANDSON CAME HOME WITH SOMEBODY ELSE'S COAT AGAIN AND HIS NEW ONE IS GONE, £40 THAT COST. WHO DO I SEE ABOUT LOST PROPERTY",
    "after school club closed early with no warning and my wife wait outside in the rain with the baby, this is not ok. please what is the new finish time",
    "disappointed the trip letter came the day before the money was due. can i still pay tomorrow or is it too late",
    "the school dinners have gone right downhill, my granddaughter says it's chips every day... does anybody know if the menu is online somewhere",
    "I understand the rules but 3 days no PE because he forget kit is too hard punishment for small boy. Where I can buy spare PE kit in school",
]

QUESTION = [
    "WHAT TIME DOES THE NATIVITY START ON THURSDAY I WANT A GOOD SEAT AT THE FRONT. NANA PAT",
    "can grandparents come to the leavers assembly or is it just mams and dads",
    "Please what day is the swimming, my daughter need to bring towel",
    "Salam, is school closed on Eid or we must write letter for holiday",
    "who do I give the permission slip to if I'm picking up for my daughter this week",
    "dzień dobry, where we can find the list for uniform, we arrive from Poland last week",
    "HOW DO I MAKE THE PHOTO BIGGER I CAN'T SEE WHICH ONE IS {P}",
    "does the school do free dinners if the grandparents have the bairn full time, I've had {P} since Easter",
    "is the christmas fair at {V} this year or back in the school hall",
    "mulțumesc for info. what time the bus come back from the trip please",
    "I would like to know when is parents evening for year 4 thank you",
    "anyone know if the school would take my old knitting wool for the art room, I've bags of it",
]

INSULT = [
    "LOOK AT THE STATE OF THE ONE AT THE BACK... FACE LIKE A SMACKED BACKSIDE AND DRESSED LIKE A BAG LADY. CALL HERSELF A TEACHER",
    "{S} is thick as two short planks, how she ever got to be a teacher I'll never know",
    "Brenda that's not your grandson it's the Forster lad, you need your eyes testing you silly old goat",
    "the ugly kid on the left spoiled the whole photo tbh",
    "these new teachers are children themselves, clueless, couldn't teach a dog to sit",
    "{P}'s dad is a waste of space and the whole street knows it",
    "this man {S} is very stupid person with no manners, like a donkey",
    "the dinner ladies look like they've eaten all the dinners themselves 😂",
]

INSULT_COMPLAINT = [
    "Third time this month the minibus has gone without my grandson. Whoever is in charge of it is an absolute clown.",
    "I waited 40 minutes in reception to be told nothing. {S} is a rude ignorant woman and not fit for that job",
    "Dear Headteacher, I complain formally that the lunch for my son is cold on many days. Also the kitchen lady is very rude and lazy woman.",
    "the reading books haven't been changed since October, {S} is a lazy article who can't be bothered",
    "£28 for a jumper with a badge on it, daylight robbery, and the woman running the uniform shop is a greedy old witch",
]

PROFANITY = [
    "BLOODY HELL {P} YOU'VE SHOT UP!! GRANDAD KEN",
    "pissing it down all sports day and still they ran, proper proud of them",
    # judgement call: a Polish swear word counts as profanity
    "kurwa, so much snow again and the school bus is not coming",
    "holy sh*t that volcano at the science fair was amazing 😂",
    "f*****g brilliant panto this year, best one yet",
    "crap photo of me at the back but {P} looks gorgeous lol",
    "arse over tit in the sack race poor {P} 😂 still got up and finished",
]

PROFANITY_INSULT = [
    "{S} is a useless f***ing cow and everybody knows it",
    "that lollipop man is a miserable old bastard, never smiles at the bairns",
    "the jumped up prat on the front desk, what a knobhead",
    "{P}'s mam is a two faced sh*tbag, smiles at you then slags you off in the group chat",
    # judgement call: replying to another commenter (a parent), not the school
    "SHUT UP BRENDA YOU DAFT BUGGER NOBODY ASKED YOU",
    "the PE teacher is stupid like donkey, bloody idiot man",
]

THREAT = [
    "the Craggs know what they did. saturday. the park. bring whoever you want.",
    "tell your husband I know where he parks his van 🙂 nice windows on it",
    "I AM 74 AND I WILL STILL PUT MY STICK ACROSS THAT MAN'S BACK IF HE COMES NEAR MY DAUGHTER AGAIN",
    "to the mam who started on my sister in the playground, you've picked the wrong family. we'll be waiting at quarter past 3",
    "In my country a man who insult my wife like this does not walk again. I say only one time.",
    "one more detention for nothing and {S} will find out what happens to cars round our estate",
    "somebody should put a brick through the head's window, see how she likes it",
    "I'd burn that school to the ground if I could, not even joking",
    "we know which house is yours {S}. we're coming round for a chat and it won't be a nice one",
    "my cousins are coming up from Middlesbrough on friday. that boy's father will learn some respect",
    "there's a bomb in the sports hall, have fun evacuating 💣",
    "don't be surprised if your tyres are flat every morning till you say sorry to my grandson",
]

PROFANITY_THREAT = [
    "say that to my face at the gates you f***ing coward and see what happens",
    "that bloody woman will get a slap if she says one more word about my granddaughter",
    "i'll be waiting outside for {S} at home time, fucking wait and see",
    "kurwa, if this woman shout at my son one more time I break her car and her face",
]

THREAT_SAFEGUARDING = [
    "ur all gonna see monday, got my brothers blade in my bag for them year 9s",
    "the lad who pushed my granddaughter off the climbing frame, I'll be at the gate tomorrow and he won't be walking home",
    "next time {P} lays a finger on my boy I'll sort him out myself, I don't care that he's 9",
    # judgement call: a grandparent reporting her grandson's weapon threat; the threat is his
    "my grandson put on his snapchat he's taking a knife in monday for the lads who bully him, please somebody talk to him he's not a bad boy",
    # judgement call: a parent reporting her son's plan to carry a knife
    "my son say tomorrow he take knife from kitchen to school because the boys hit him every day. I hide all the knifes but I am afraid",
]

SAFEGUARDING = [
    "I DON'T LIKE TO SAY ON HERE BUT MY GRANDDAUGHTER HAS BEEN COMING TO MINE HUNGRY EVERY NIGHT AND SAYS THERE'S NO ELECTRIC AT HOME... CAN SOMEBODY AT SCHOOL HAVE A QUIET WORD. NANA JEAN",
    "my grandson keeps saying he's not allowed to tell about his mam's new boyfriend and he flinches if you lift your hand near him, I'm worried sick",
    "My son is 11, the older boys at the park give him small packet and £20 to take to another place. He is afraid to say no.",
    "a man in a silver car has been asking the little ones at the bottom gate if they want sweets, two days running now",
    # judgement call: phrased as a question but it is a grooming concern; safeguarding only, as the probe README's "is that allowed??" call
    "is it normal for a teacher to be messaging my granddaughter on snapchat at midnight telling her she's very mature for her age",
    "ayeeyo here. the little one come to school same clothes one week, no coat, her hooyo is not well in the head now and aabe is gone. i want someone help",
    "my nephew says the big lads filmed him in the toilets and put it round their group chat, he won't go back",
    # judgement call: sextortion reported by a parent is safeguarding only, not sexual (round 5's call)
    "fiica mea says a girl from year 9 make her send photo without clothes or she tell everybody she is lesbian. now she don't want go to school",
    "the little lad two doors down is left on his own most nights, he's only 7, I see him in the window till gone 11. he goes to your school",
    "HIS DAD PICKS HIM UP DRUNK EVERY FRIDAY, I'VE SEEN IT WITH MY OWN EYES. SOMEBODY NEEDS TO DO SOMETHING BEFORE THERE'S AN ACCIDENT",
    "our {P} has stopped eating and won't take her cardigan off even in the house, she's got marks on her arms she won't let me see. she was such a happy bairn",
    "this is {P} on my nans phone. i dont want to go to dads at the weekend he locks me in my room and dont give me tea",
    "a woman keeps coming to the back fence at break giving the year 5 girls vapes, my granddaughter came home stinking of it",
    "inshallah someone can help, my daughter say an online friend 17 years want to meet her alone in the park, she is 12, he tell her not tell mama",
]

SEXUAL_SAFEGUARDING = [
    "them year 10 lasses in the netball kit are well developed for their age 😍😍",
    "the girl on the left in the dance photo, you're gorgeous sweetheart, DM me I've got a little present for you 😘",
    "PRETTY LITTLE THINGS IN THEIR SHORT SKIRTS... WISH I WAS 50 YEARS YOUNGER",
    "which one is {P}, she's got lovely legs on her, post some more of her",
]

HATE = [
    "I'm not racist and I'm sure they're nice people but there's far too many foreign children in that school now, our own are held back while the teachers learn to speak Polish",
    "Nothing against them personally but the Romanian families should be kept in their own classes, they don't share our standards of hygiene.",
    "Two mummies reading at the nativity. Sorry but it isn't natural and it shouldn't be put in front of kiddies. God made Adam and Eve. Kind regards, Margaret",
    "lock up your cars and bikes, the travellers are parked on the field again, they'll have the school's laptops by monday",
    "these muslims want halal this and prayer room that, if they don't like our ways there's plenty of flights",
    "putting the special needs kids in the school play was a mistake, spoiled it for the normal children, they want their own school",
    # judgement call: the old word "coloured" used to blame a racial group, unlike the coloured pencils in OK
    "the coloured kids are always the ones fighting, just saying what everybody sees at that gate",
]

PROFANITY_HATE = [
    "f***ing p*kis taking over the whole street, won't be sending mine to that school any more",
    "bloody gyppos again, nicking off the allotments behind the school",
    "another bloody mosque trip, f*ck off with your islam, this is a christian country",
]

SEXUAL = [
    "MR BELL CAN GIVE ME A PRIVATE PE LESSON ANY TIME 😉😉 LOL DOREEN",
    "ooh {S} in that tight dress at the awards night, I'd hand my homework in late on purpose 🥵",
    "the dads in their shorts for the fathers race, I'll be front row 👀🍆",
    "wouldn't mind a go on the new caretaker's tool if you know what I mean 😏",
    # judgement call: the pudding turned into innuendo
    "spotted dick for dinner eh, I'd give that dinner lady a spotted dick alright 😏",
    "any lonely mams at the school gate fancy some fun while hubby's at work, I'm very discreet 😉",
]

SPAM = [
    # judgement call: engagement-bait chain post, no product or link, still spam
    "SHARE THIS AND TYPE AMEN AND YOUR GRANDCHILDREN WILL BE BLESSED WITH GOOD HEALTH ALL YEAR 🙏 DON'T SCROLL PAST",
    "Ravensworth Academy Christmas Hamper Giveaway 🎁 like, share and click the link to claim your prize before midnight rca-giveaway-claim.com",
    "Nan it's me, I've lost my phone and I'm in a bit of trouble, can't say on here, just send the £200 to the link I messaged you, don't tell mam x",
    # judgement call: a fundraiser the school never announced, pointing to a private payment page
    "OFFICIAL school minibus appeal ❤️ our pupils need your help, donate now via paypal.me/ravensminibus2024 every pound counts",
    "I was sceptical but Mrs Linda Hargreaves turned my £500 into £6000 in 10 days with bitcoin, message her on WhatsApp and tell her Jean sent you",
    "Beautiful photo 😍 check out my page for cheap hair extensions and lashes, 20% off with code SCHOOLMUM",
    "Your page is violating our community standards and will be deleted in 24 hours. Verify your account here: meta-support-centre.help",
]

PERSONAL_DATA = [
    "LOVELY PHOTO. {P} CAN COME TO MINE AFTER SCHOOL ANY DAY PET, I'M AT {AD} NOW SINCE WE MOVED. NANA SUE",
    "congratulations {PF} on the spelling award!! from all your family in Lahore 🎉",
    "HAPPY BIRTHDAY TO MY GRANDSON BORN {DOB}, THE BEST DAY OF MY LIFE",
    "Maureen ring me on {PH} about the bingo, I'm no good with these messages",
    "new address for the christmas cards everyone, {AD} {PC}. love auntie Brenda",
    "if any mam wants to swap uniform email me at {EM} xx",
]

PD_QUESTION = [
    "my phone broke, can school call me on {PH} about {P} dentist appointment on friday",
    "Please who can tell me the bus time for the trip, my email is {EM} write to me thank you",
    "where do i send the form now, we are moved to {AD} {PC}, do i need tell the office also",
]
