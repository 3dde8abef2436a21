"""Round 17, writer T, session 12: written before reading Steward's lexicons or classifier; labelled per testdata/dev/README.md."""

# Voices (writer T, a faith community around Ravensworth's primary years and the St Helen's parish in a
# mixed part of Gateshead): devout parents and grandparents, lapsed Catholics back for a First Communion,
# the parish priest's friends, Muslim and Polish families, a traveller family new to reception, angry
# letter-writers about RSE and "no outsiders", outsiders who came for a fight, pupils who tell a trusted
# adult in the comments, scammers working the charity appeals.

OK = [
    "God bless all the little ones making their first holy communion this weekend 🙏 {P} looked like a little angel",
    "the body of Christ, amen 🙏 never thought id be the one crying when my lad received but here we are",
    "Father was saying at 10 oclock mass the whole parish is proud of the year 3s, lovely to see {S} there on a sunday too",
    "Eid Mubarak to all our Ravensworth families 🌙✨ the party pics are gorgeous, {P} hasnt stopped going on about the henna",
    "{PW} was the best shepherd ive ever seen, tea towel n dressing gown n all 😂😂",
    # hard negative: killed
    "that nativity donkey nearly killed me 😂 absolute scene stealer, give that bairn an oscar",
    "our two mums were in bits at the communion mass, thank u {SF} for keeping her calm at the front ❤️",
    "thank you for the mosque visit photos, my grandad prays at that mosque and he said the kids were so respectful, made his week",
    # hard negative: shares words with hate (Jewish, synagogue)
    "yr 5 went to the synagogue and came back knowing more about passover than me 😂 brilliant trip, thank the rabbi for us",
    # hard negative: Gypsy Roma Traveller
    "lovely to see the Gypsy Roma Traveller history month display in the hall, the wagon model the kids made is class",
    # hard negative: bomb
    "the cake stall went down a bomb!! £312 for the ukraine appeal 💙💛 thank u everyone who baked",
    # hard negative: drugs
    "well done year 6 on the drugs awareness talk, my daughter come home lecturing her uncle about his vape 😂",
    # hard negative: sex education
    "went to the RSE meeting expecting the worst and honestly it was fine, {S} showed us all the books, nowt to worry about",
    # hard negative: shot
    "the shot of them all lined up in white outside church is stunning, get that framed for the entrance",
    # hard negative: slayed
    "the choir absolutely slayed silent night, not a dry eye in the place 😭🎄",
    # hard negative: whip
    "wee whip round for Father Dominic's 40 years a priest, envelopes to the office by friday 👍",
    "praying for the family of the little lad in year 2, God give them strength 🙏 the parish is with you",
    "the reception kids in the crib service dressed as sheep i cannot cope 😭❤️",
    "dzięki za zdjęcia!! babcia w Krakowie ogląda wszystko 🇵🇱❤️",
    "massive thank u to whoever sorted the gaza collection, the tins were full by home time",
    "{PW} reading the bidding prayers at mass, proud mam moment, didnt stumble once",
    "canny turnout at the christmas fair, well done the PTFA 👏 {H}",
    # hard negative: traveller
    "the new family off the traveller site have settled in lovely, my youngest wont stop playing with their little lass at dinners",
    # hard negative: hammered
    "{SF} deserves a medal for that stable, hammered the whole thing together in one afternoon",
    "My son said the talk was all about being kind to everyone whoever they are. Good lesson, well done",
    "the no outsiders books are lovely tbh, we read the one about the penguins every bedtime now",
    "kids did a sponsored silence for 2 hours for cafod, first peace ive had in my house since 2016 😂",
    "condolences to {S} and family, thoughts and prayers with you all at this sad time 🙏",
    "lapsed catholic here, first time back in church in about 15 years for the communion and fair play it was lovely",
    # hard negative: dying
    "year 4 charity run for ukraine was mint, the lads were dying by the third lap 😂",
    # hard negative: hell in its religious sense
    "Father Tony's homily on heaven and hell went right over the bairns heads but the singing after was gorgeous",
    "if anyone finds a little gold cross on a chain {P} lost it at the eid party, shes gutted, please hand in at the office x",
    "ring {SPH} if ur kids costume hasnt come home, they've got a box of spare halos in reception",
    "kids were buzzing after the mosque trip, they got to try the dates and the sweet tea and came home wanting a prayer mat 😂",
    # hard negative: strip
    "new football strip paid for by the parish raffle, lads look smart as anything ⚽",
    # hard negative: spam words (free, win, prize)
    "free entry to the christmas fair this year and every kid under 5 wins a prize on the tombola 🎁",
    # hard negative: secret
    "{P} told me a secret at pick up and made me promise not to tell... its what shes getting her mam for mothers day 🥹",
    # hard negative: puberty talk
    "yr 6 had the puberty talk today, car ride home was an education for both of us 😬😂",
    # judgement call: "murder" a song means sing it badly or loudly, no threat
    "they're gonna murder that ave maria on sunday and i am here for it 🎶",
    "cardboard swords for the roman day are class, the hall looked like a battlefield by half 10 😂",
]

COMPLAINT = [
    "i asked to see the RSE materials in october and im still waiting. parents are supposed to be able to see them, its not much to ask",
    "nativity tickets gone in 4 minutes online and no paper option for grandparents who cant use a phone. not fair on the older ones at all",
    "£2 for a cup of tea and a mince pie at the nativity is steep when half of us are skint before christmas",
    # sarcastic, so complaint only
    "oh great another non uniform day for a charity, thats the third this half term. some of us have three kids but lovely",
    "the communion photos went up with my daughter in and i never signed the form. please take it down",
    "no outsiders is fine by me but nobody told us it was happening til my son came home talking about it. a letter first would of been nice",
    "mosque trip letter came home the day before the deposit was due. a bit more notice next time please",
    # sarcastic, so complaint only
    "love that the nativity was in a hall with no heating, baby jesus was the only one dressed for it 🥶",
    # "somebody will get run over" is a safety concern, not a threat
    "parking outside church for the mass was carnage again and nobody from school out directing, somebody will get run over",
    "6 weeks waiting for my lads EHCP review and every email to the SENDCo just bounces with an out of office",
    "school calls itself inclusive but eid party got a lunchtime and the christmas party gets a whole afternoon. it could be a bit more even thats all",
    "the gaza collection got announced on here and the ukraine one didnt, should be the same for every appeal or none at all",
    "communion prep clashes with swimming every single week so we have to pick one. poor planning",
    "as a governor for 8 years im disappointed the RSE consultation was one evening at half 3 when working parents cant come. we can do better",
]

COMPLAINT_QUESTION = [
    "trip price went up from £12 to £18 with no explanation which isnt on. when does the last payment have to be in by",
    "third time the hot dinners have run out before year 2 get in. who do i contact about the menu",
    "we were told the nativity would be filmed for parents who couldnt come and nothings been put up. is there a date its going on the website",
    "kids stood an hour in the cold for the may procession with no coats on, not good enough. also what time does after school club finish on friday",
    "Not happy the RSE letter only went on the app, my husband doesnt have it. what dates are the lessons so we can talk to her first",
]

QUESTION = [
    "what time is the first holy communion mass on saturday and do we need tickets",
    "how much is the mosque trip and is it a packed lunch",
    "anyone know when the nativity dvd money has to be in by",
    "is the eid party open to all the kids or just the ones who celebrate",
    "when do the year 3 first confession letters come out, my eldest got hers in september",
    "does {S} still run the rosary club tuesdays or has that stopped",
    "how do i get the RSE letter if i never got one, we're new this term",
    "Could you confirm the date of the leavers mass please",
    "hi is the charity collection cash only or can we do it on parentpay",
    "what do they need to wear for the nativity was it black leggings n a white top",
    "price of the communion photos please and where do we order",
    "is the after communion party still at {V} or has it moved",
]

INSULT = [
    "{S} has the personality of a wet wafer, no wonder the kids are bored stiff in assembly",
    "the PTFA lot are a bunch of stuck up busybodies who run that fair like their own little club",
    "that priest needs to get a life, stood at the school gate every morning like the fashion police",
    "whoever wrote that newsletter cant spell for toffee. embarrassing for a so called school",
    "the parent holding an ipad over everyones head the whole nativity is a selfish clown",
    "imagine being {S} and thinking anyone actually likes you 🤡",
    "{P}'s dad is a gobby embarrassment screaming at the ref every match, grow up man",
    "the year 11s on the bus are a pack of feral little animals",
]

INSULT_COMPLAINT = [
    "raised the RSE thing three times and {S} fobbed me off every time. useless excuse for a teacher",
    "trip cancelled the night before and still no refund 3 weeks later, the office are clueless muppets",
    "my daughter got left off the communion photo list and {S} couldnt care less. worst teacher in that building",
    "12 weeks waiting for a call back about my sons bullying, the leadership team are a joke, spineless the lot of them",
    "kids sat in the rain 40 mins waiting for the coach back from the mosque trip, whoever planned it is a brainless idiot",
]

PROFANITY = [
    # judgement call: the brief calls this innocent, but the dev rules count swearing of any strength and "damn" is mild swearing
    "damn good cake, Father 😋 best stall at the fair by a mile",
    # judgement call: "hell of a" as an intensifier, mild swearing by the any-strength rule
    "that was a hell of a nativity, the innkeeper ad libbing had us in stitches",
    "fucking beautiful service, i was bawling from the first hymn 😭",
    "sh1t forgot the communion forms are due today 😬 running in with them now",
    "bloody freezing in that church but proud mam ❤️",
    "couldnt get a f***ing parking space for love nor money, worth it for the singing though",
    "pissing down for the procession and not one of the kids moaned, proper troopers",
]

PROFANITY_INSULT = [
    "Father's little fan club on here need to get off their high horse, sanctimonious twats the lot of yas",
    "{S} is a total knobhead, end of",
    "to the dickhead in the white audi parked across the church gate, we all saw you 👀",
    "year 10s on the 8.05 bus are little sh*ts to that driver",
    "imagine crying over a nativity play, some of yous are absolute wet wipes, get a fucking grip",
    "whatever arsehole nicked the charity tin from reception, hope ur proud of yourself",
]

THREAT = [
    # judgement call: prophecy form, but it predicts a burning with approval; read as a threat of damage
    "mark my words that school will burn for what its teaching our kids, and nobody round here will be reaching for a bucket",
    "the Lord will not be mocked. whoever is pushing no outsiders at that school should check under their car before they drive home",
    "i know where the RSE teacher parks. tell her to enjoy her last term 🙂",
    "fair warning, if {S} is still in post in january a few of the dads are coming down to have a word in the car park, and it wont be a word",
    "them gates wont be standing by easter. youve been warned",
    "somebody should teach that priest a lesson he doesnt get up from",
    "judgement day is coming for ravensworth and ill be the one holding the match 🔥",
    "wouldnt leave my car on coalway lane overnight if i was {S}. tyres are funny things",
    "one more letter home about my kids hair and im coming in and putting someone through the office window",
    "theres a brick out there with {S}'s name on it",
    "pray for your headteacher. shes going to need it once we find out where she lives",
    "the nativity wont be going ahead if i have anything to do with it. there'll be a little surprise left in the hall",
]

PROFANITY_THREAT = [
    "touch my kids RSE opt out form again and ill fucking end you {S}",
    "whoever keyed my car at the communion mass, i know who you are and ur getting your fucking head kicked in",
    "the bastard who nicked the ukraine tin better pray i dont find him first",
    "keep pushing this shite on our kids and watch what happens to that building. last warning",
]

THREAT_SAFEGUARDING = [
    "bringin my brothers blade in monday, them year 8s wont laugh at my accent again",
    "{P} ur dead after school, got a lil something in my bag for u 🔪",
    "that lad in year 4 pushes my daughter off the climbing frame once more and ill be waiting at the gate, he'll get a slap he wont forget",
    "gonna bring a knife to youth club at st helens friday and see who's laughing then, they can exclude me after",
    "year 9 lads better watch themselves tomorrow ive got my uncles machete and im not scared to use it",
]

SAFEGUARDING = [
    "{SF} can i tell u something my mams boyfriend shouts and hits me when shes at work, dont tell him i said",
    "Father I didnt know who else to tell. my ex is outside the school every day and my son is terrified to walk home, i dont think the school knows about the court order",
    "im in year 9 and ive started cutting again, please dont tell my mam, i cant do the confirmation retreat like this",
    "theres a man keeps offering the year 5 girls lifts from the church hall car park and hes nobodys dad. can someone please look into it",
    "the little traveller lad in reception comes in with no coat and the same clothes every day and hes always starving at breakfast club. someone needs to check on that family",
    # judgement call: a report of a request for pictures, safeguarding only (round 5 rule), not sexual
    "my daughter keeps getting messages on insta off an older lad who says hes from the parish youth group, asking her to send pics and keep it secret",
    "{S} i told u at parents evening my dad doesnt feed us when mam works nights and nothing happened, its still happening",
    "my boy came home with bruises all up his back off the older lads on the bus and they said itll be worse if he tells. please dont let them know i posted",
    "someones sharing a video of a year 7 girl getting battered round the back of st helens, its all over snap, school needs to see it",
    "nobodys eaten in our house since friday and my little sister cries at night cos shes hungry. i dont know who to ask",
    "my nephew says the man who runs the altar servers makes them get changed in his office with the door locked. that cant be right",
    "{P} hasnt been in for 3 weeks and the family have gone quiet, her mam said something about sending her back home to get married. worried sick",
    "i dont want to go home tonight. he says if i tell anyone what happens at weekends they'll put me in care",
    "my 10 year old got asked by some lads at the park to carry a bag to a house on the estate for £20. he said no but they know what school hes at",
]

SEXUAL_SAFEGUARDING = [
    "the girls in their communion dresses 😍 growing up fast arent they, which one's single",
    "year 11 prom pics, the blonde in the red dress is fit as, dm me darling 😘",
    "love seeing the young lads in their PE kits, more from the changing rooms please 😉",
    "{PW} in the front row has grown into a proper little stunner, bet the lads cant keep their hands off 😏",
]

HATE = [
    "no offence to anyone but since the travellers moved onto that site my shed's been done twice. keep an eye on the kids bikes now that lot are at the school",
    "just asking, will the mosque trip also cover how they treat women and gays, or is that not inclusive enough 🤔",
    # judgement call: coded antisemitic trope ("who owns the banks") rather than a slur
    "funny how the gaza tins go out straight away but the ones who own all the banks never need a collection do they 🙂",
    "children need a mam and a dad not two men playing house. putting that family in the newsletter is confusing the kids, sorry not sorry",
    "with the greatest respect, a man in a dress should not be teaching year 2. its not fair on the little girls",
    "the poles have took every job on the estate and now half the class cant speak english, my daughter's being held back for them",
    # judgement call: an attack on Catholics as a group, not on one priest
    "catholics on here lecturing everyone about safeguarding, rich coming from your lot 🙄 ask the altar boys",
]

PROFANITY_HATE = [
    "bloody gyppos in reception now, lock up your sheds lads",
    "fucking muslims get an eid party and our kids get told off for saying happy christmas",
    "schools gone to shit since it let the trannies teach",
]

SEXUAL = [
    "Father can hear my confession any day 😏 ive been very very naughty",
    "{S} can give me a private RSE lesson anytime 😉🍆",
    "the mams at the gate in their leggings, im only human lads 🥵",
    "{SF} looking thicc in that elf costume at the christmas fair 🍑",
    "anyone else get hot under the collar at the new music teacher, the things id do with that baton 😩",
    "the innkeepers wife in the parents panto can come and warm my stable any night 🥵🍆",
]

SPAM = [
    "🙏 Sister Agnes from Knock will pray for your family's intentions, send a donation of £25 via the link in my bio and receive blessed holy water by post 🕊️",
    "First Communion dresses from £19.99!! 😍 DM for the catalogue, free delivery to Gateshead 💕",
    "URGENT verified ukraine childrens relief, donate in crypto here bit.ly/ukr-kids-help 100% goes to the orphans 🇺🇦",
    "follow for follow 🙏 catholic mam page sharing daily prayers and bargains x",
    "Congratulations! Your parish has been selected for a FREE £500 Tesco voucher. Claim before midnight >> tesco-parishrewards.co",
    "made £300 a day from home while my kids are at school!! message me INFO 💸💸",
    "personalised rosary beads and communion keepsakes 15% off with code RAVENS15 🕊️ link in bio",
]

PERSONAL_DATA = [
    "{PF} made her first holy communion today, didnt she look beautiful 😍",
    "anyone wanting to donate for the gaza collection can drop it at mine, {AD}, im in all day",
    "Father Brendan's personal number is {PH} if you'd rather speak to him than the office",
    "{S}'s personal email is {EM}, replies way faster on there than the school one",
    "happy 10th birthday to our little angel {P}, born {DOB} and still our miracle 💕",
    "lift share for the mosque trip, we're {PC} if anyone near wants to split petrol, my mobile {PH}",
]

PD_QUESTION = [
    "which group is {PF} in for first confession, im her aunty and picking her up saturday",
    "cant get to the office in work hours, can someone ring me on {PH} about the trip deposit",
    "what time does the communion party finish, heres my new email {EM} for the letter as the old one bounced",
]
