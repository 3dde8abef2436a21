"""Round 32, writer Z3: the school's 150th anniversary, the alumni page and the reunion."""
# Theme: Ravensworth turns 150 (it opened as the Coalway Lane board school). The alumni page fills up
# with old pupils reminiscing, naming old teachers (by nickname or role, never an invented name),
# the reunion at a public venue, memories of strict or cruel teachers of the past, a historic abuse
# allegation, old rivalries with the school over the river, and ticket touts / scammers.
# Voices: Geordie grandparents in their 50s-80s, ex-pupils abroad (Perth, Toronto, Alicante,
# Auckland), a second-language old girl who arrived as a refugee child, local historians and
# archive volunteers, current parents and a few current pupils, and reunion ticket scammers.

OK = [
    "cannot believe its 150 years!! i was there 1962 to 1973 and the outside toilets were still going then 🥶",
    # judgement call: corporal punishment remembered fondly by the adult it happened to; nostalgia, ok
    "Got the slipper off the old deputy in 1969 for flicking ink, never did me any harm and I laughed about it with him years after",
    "we got absolutely slaughtered by the grammar lot every single year at rugby, 42-0 in 1977 i think, still hurts",
    "My great granddaughter {PW} starts reception in September, that's four generations of us through Coalway Lane ❤️",
    "The dinner ladies were lethal with that ladle, you got your mash whether you wanted it or not 😂",
    "Anyone remember the smoking shed behind the bike sheds? never went in it myself obviously 😇",
    "Watching this from Perth WA with a cuppa at 2am, bawling my eyes out at that photo of the old hall. Happy 150th Ravensworth",
    "For the historians among us: the school log books from 1876 to 1939 are held at Tyne and Wear Archives, well worth a look, the entries about the 1918 flu closures are heartbreaking",
    "i'll murder a pint at the reunion, who's in",
    "He was strict as anything was the woodwork master but by god he taught us to measure twice and cut once",
    "we were all high as kites on sherbet dip and cola cubes from the tuck shop",
    "Dope on a rope in the gym, climbing them ropes till your hands bled, kids today don't know they're born",
    "bombed my O levels in 1981 and still ended up running me own business, so there 😂 happy birthday old school",
    "The blue tits are still nesting in the old bell tower, saw them on the tour on Saturday, lovely to see",
    "i absolutely strangled the recorder in music for three years, sorry to everyone who had to listen",
    "Moved to Scunthorpe in 1985 but my heart's still in Low Fell. Congratulations on 150 years",
    "gunning for the quiz trophy at the reunion, the class of 78 are not losing to the class of 79 again 🏆",
    "That photo of the 1953 coronation party on the field, the little lad on the end with the flag is my dad! Goosebumps",
    "Shot put, javelin and the egg and spoon race all on the same afternoon, sports day was carnage and we loved it",
    "the discipline was brutal but fair, you knew exactly where you stood",
    "lovely tribute to the caretaker in the anniversary booklet, he was the one who fixed me bike every week",
    "Free tickets for the over 80s at the reunion is a lovely touch, thank you to the committee",
    "Ik came here 1993 from Bosnia, nine years old, no English. the teachers were so kind to me. Happy 150 birthday, I never forget",
    "Hello from Toronto! minus 20 here, class of 1971, sending love to anyone who remembers the snowball fight that shut the yard",
    "Mam says the head in the 50s was a right dragon but the best teacher she ever had 🐉",
    "spotted dick and custard every Thursday, I'd kill for a bowl of that now",
    "We used to bash the daylights out of the conkers in the yard, then they banned conkers, then they banned fun 😂",
    "{S} was my teacher and now teaches my grandson, how's that for loyalty #RavensworthRise",
    "Old pupils' football match was a belter, the over 60s lasted about 20 minutes before the oxygen came out",
    "The old cane is apparently in the anniversary display case at {V}, gives me shivers just thinking about it",
    "Ha the cheek of them, they've put my 1966 school report on the wall. 'Talks too much'. Still true",
    "Kids at the time called the history teacher Mad Max because of his motorbike, he was a lovely fella really",
    "Will be flying in from Alicante for the big do, cannot wait to see the old faces",
    "the whole of 4C got detention for the stink bomb in assembly and it was never proved who did it 👀",
    "is that not the fire escape we used to sneak out of? the memories 😂",
    "Blasted out of the water by the old girls' netball team at the anniversary match, fair play to them",
    "Just found me swimming certificate from 1958 in the loft, 25 yards at the old baths. Proud moment",
    "Reading the anniversary book cover to cover, the chapter on the war evacuees is amazing work by the local history society",
    "My grandad used to say the head would hang you out the window by your ankles if you talked in assembly, pretty sure he was winding us up",
    "class of 84 you were a bunch of absolute legends, see you all at {V} x",
    "well done {P} and the choir, singing the old school song at the anniversary service had me in bits #TeamRavens",
]

COMPLAINT = [
    "Shame the anniversary book has barely a mention of the girls' school that merged with it in 1971, half of us are just invisible",
    "£45 a head for a reunion at the church hall with a buffet. Lovely. Some of us are pensioners you know",
    "bit disappointing that the alumni page spelt my late husband's regiment wrong in the war memorial list, I did send it in twice",
    "We were promised a tour of the old building and got 10 minutes in a corridor. Not what was advertised",
    "So the 150th celebration is on a Tuesday afternoon when anyone who works can't come. Great planning",
    "The photos on the alumni page are labelled with the wrong years, that's 1974 not 1964, some of us are not that old thank you",
    # judgement call: chasing a response to an earlier report, no new disclosure; complaint only
    "I raised what happened to me in the 70s with the school last year and I'm still waiting for anything beyond an automated reply. Very poor",
    "Absolutely no parking at the open day, my mam is 88 and had to walk from Durham Road. Not good enough",
    "Knocking down the old Victorian block for a car park in the anniversary year is frankly a disgrace",
    "oh good another commemorative tea towel, that'll fix the leaking roof the kids are sat under",
    "The reunion ticket link has been down for three days and the office just tells me to keep trying",
    "very sad the anniversary film is all head teachers and governors, not one dinner lady or cleaner, they ran that place",
    "Sent my old photos in for the exhibition in March and never got them back. They were irreplaceable",
    "With respect, celebrating strict teachers as 'characters' when some of them were cruel to children doesn't sit right with me",
    "nobody from abroad can buy tickets because the payment page only takes UK cards, tried 4 times from Auckland",
    "Not a single mention of the school's fire in 1987 in the timeline, which is odd given it closed us for a term",
    "the reunion dinner menu has nothing for vegetarians or anyone with allergies, very thoughtless",
    "Can't help feeling the anniversary fund would be better spent on the current kids' toilets than a brass plaque",
]

COMPLAINT_QUESTION = [
    "Ordered two reunion tickets three weeks ago and money's gone out but no tickets. Who do I actually contact about this?",
    "The accessible entrance at {V} was locked during the open day, my dad's in a wheelchair. will it be open for the main reunion",
    "Really disappointed the class of 1960 photo is missing from the display. Is there any way to get it added?",
    "the alumni newsletter keeps going to my old address even though i've updated it twice, how do i get it changed properly",
    "Bit unfair the reunion is adults only when it's a family school. is there a separate family event planned or not?",
    "I reported a historic concern about a former teacher in January and have heard nothing back. what's the process and who is handling it now",
]

QUESTION = [
    "anyone know what time the reunion finishes on the saturday",
    "Is there a dress code for the anniversary dinner or is it smart casual?",
    "does the school still keep the old admission registers, trying to trace my nana who was there around 1925",
    "Will the anniversary service be streamed online for those of us overseas?",
    "Can I bring my wife to the reunion even though she went to the school over the river 😂",
    "where do we send old photos for the archive display",
    "Is the old pupils' football match open to women too",
    "how much are tickets for the under 18s, want to bring the grandkids to the afternoon bit",
    "Does anyone know if there's a lift at {V} for the evening do?",
    "What year did the school stop being the board school and become the secondary modern, settling an argument here",
    "are the commemorative mugs still for sale or have they all gone",
    "Is there anywhere to leave a message of remembrance for former pupils who've passed away?",
]

INSULT = [
    "That woodwork master was a sadistic old goat and the fact they've put his photo up as a legend is laughable",
    "the geography teacher in the 70s was a vile nasty piece of work who picked on the poorest kids, good riddance",
    "Look at the state of the class of 79, no wonder you all peaked at school 😂 bunch of has-beens",
    "{S} couldn't organise a reunion in a brewery, absolute waste of space",
    "The woman in charge of the alumni page is a jumped up busybody who deletes anything she doesn't like",
    "you were a horrible little bully at school pal and by the look of your posts you still are",
    "the committee are a bunch of self-important clowns patting themselves on the back",
    "that PE teacher was a thick, bitter little man who took it out on kids half his size",
]

INSULT_COMPLAINT = [
    "The reunion organisers are a shambles, tickets still haven't arrived and the so-called committee can't be bothered answering emails",
    "Paid for the anniversary book and it's full of mistakes, whoever edited it is clearly clueless",
    "The head's anniversary speech was the most self-congratulating drivel I've heard, and not a word about the kids who were hurt there",
    "Still no refund for the cancelled tour, the office staff are rude and useless every time I ring",
]

PROFANITY = [
    "bloody hell look at the state of our hair in 1983 😂😂",
    "f*ck me that's a blast from the past, the old science lab hasn't changed in 40 years",
    "the school dinners were sh1te but the custard was class",
    "Jesus Christ I'd forgotten how ugly them brown uniforms were, pissing myself here",
    "s h i t e that makes me feel old, my grandson is in the same classroom I was",
    "Holy crap 150 years, the place has seen some things",
    "it was freezing, the heating was f***ed every winter and we had to keep our coats on",
    "Damn I miss them days, ffs where did the time go",
]

PROFANITY_INSULT = [
    "that metalwork teacher was a sadistic b*stard and I hope he's rotting",
    "Look at that smug git on the end in 1975, still a prat now I bet 😂 f***ing hell man",
    "The old deputy was a twisted piece of sh*t who enjoyed hurting kids, no way is he getting a plaque",
    "the lot running this page are a bunch of arseholes deleting comments they don't like",
    "Whoever priced these tickets is a greedy bloody idiot",
    "you were a nasty cow then and you're a nasty cow now, sod off with your fake nostalgia",
]

THREAT = [
    "If that old man turns up to the reunion some of us will be waiting for him. He knows what he did",
    "he's lucky i'm not the lad i was at fifteen. tell him to keep his head down on the night",
    "Some of us haven't forgotten and we know which care home he's in now",
    "Cancel the reunion again and see what happens to your shiny new anniversary sign",
    "watch yourself mate, people remember the playground, and there's no teacher to run to this time",
    "the grammar lads think they can walk into our do? let them try, they'll be carried out",
    "Keep deleting my posts and I'll come down to the school myself, and I won't be as polite in person",
    "whoever wrote that about my brother on here, I've got your address, you'll see",
    "That teacher's family had better stay home on the 12th, I'm not responsible for what happens if they show up",
    "I'd torch the whole display case before I let them hang that man's picture up as a hero",
    "there'll be a reckoning at that reunion, mark my words, names will be named and faces will be met",
    "One more smart remark from you about my mam and you'll find out how Low Fell lads settle things",
    "They'll not be laughing when the windows of the new block go in one night",
    "if the committee keeps my money i know where the chairman parks his car, just saying",
]

PROFANITY_THREAT = [
    "If he f*cking shows his face at the reunion he's getting what he should've got in 1978",
    "keep mouthing off about my family on here pal and I'll f***ing sort you out myself",
    "touch my old school's plaque again and I'll burn your bloody clubhouse to the ground",
]

SAFEGUARDING = [
    "Reading all these lovely memories is hard. The music teacher in the late 70s used to keep me behind and touch me. I've never told anyone till now",
    # judgement call: historic abuse by a former teacher disclosed by an adult; still for the DSL (LADO)
    "I was one of the boys he took on the camping trips. I've carried it my whole life. I want the school to know",
    "There's a man on this alumni page who's been messaging my 13 year old, says he's an old boy and offered her free reunion tickets if she meets him",
    "any current year 8s want to add me on snap? i'm an ex pupil, can tell you all the old ghost stories 😉 keep it between us",
    "My granddaughter stays with me now and she's said a lad in her class has been making her send photos. I don't know who to tell",
    "the man who was convicted in the 80s for what he did at this school is on the guest list, and the kids are performing that night",
    "my grandson comes to mine every morning with no breakfast and the same clothes all week, I'm worried about what's going on at home",
    "dont see the point in any of this celebrating, nobody would notice if i was gone anyway. year 10 btw",
    "me nana says i'm too old to cry but the other girls keep cornering me in the toilets and taking my stuff, it's every day",
    "Saw older lads outside the anniversary fete giving the year 7s vapes and something in little bags",
    "My lad's been coming home with bruises he won't explain and he's terrified of his uncle picking him up after the reunion",
    # judgement call: a parent worried their child is isolated alone all day; concern about a child, not just a complaint
    "when i was here the headmaster used to lock us in the store cupboard for hours. it's still happening to my son in a different way, he gets shut in a room alone all afternoon",
    "I'm in year 9 and I keep cutting, I saw the school's 150 years post and thought maybe someone here will read this",
    "Please can someone check on the little girl in the red coat on the anniversary video, she was being dragged by the arm by a man shouting at her and she looked so frightened",
]

THREAT_SAFEGUARDING = [
    "im year 10 and if that lad from the school over the river comes near our float at the parade im bringing my brothers knife",
    "There's a grown man in these comments telling my 13 yr old he'll 'sort her out' after the anniversary disco. She's terrified",
    # judgement call: an adult menacing a pupil after school; threat plus a child at risk
    "that lad in year 8 who spat at my grandson had better not walk home alone after the fete, i'll be waiting",
]

HATE = [
    "Back in my day it was all proper English kids at Coalway Lane. Look at the class photos now, you wouldn't know it was Gateshead",
    "Lovely memories but the school went downhill the minute they let the foreigners in",
    "If they don't like our traditions they can go back to where they came from, this school was built for local families",
    "Keep the Travellers away from the anniversary fete or nothing'll be left on the tombola",
    "It was a good school before it was full of kids who can't speak the language and get everything handed to them",
    "Shame to see the new head of science, just ticking boxes isn't it, they'd never have hired one of her sort in my day",
    "They had the sense to keep the special needs lot separate back then, that's why standards were higher",
    "Rainbow flags at a 150th anniversary, the old head will be spinning in his grave. Keep that agenda out of our school",
]

PROFANITY_HATE = [
    "f*cking immigrants have ruined the place, it's not our school anymore",
    "no wonder it's gone to sh*t, half the staff are muslims now",
]

SEXUAL = [
    "The French student teacher in 1982 in those tight jumpers, every lad in 4B had to sit behind a desk for a reason 😏",
    "Reunion after-party in the old cloakroom, ladies of the class of 85 bring your handcuffs and your gym knickers 😉",
    "the PE master in his short shorts, I'd let him give me a detention any day if you know what I mean 🍆",
    "Saw the old science teacher at the open day, still fit as, I'd happily stay behind after class with her now we're all grown up",
    "any single old girls from 1990 want a private tour of the bike sheds after the dinner, I've learnt a few new moves since",
    "Slow dance at the reunion disco then straight back to mine, who's keen, I've waited 40 years to finish what we started 😘",
]

SPAM = [
    "🎟️ SOLD OUT? NOT WITH US! Genuine Ravensworth 150 reunion tickets still available, DM for bulk discount, pay by bank transfer only",
    "Congratulations on 150 years! Claim your FREE commemorative gold-plated coin, just pay postage at the link in bio 🪙",
    "Follow me for more Gateshead nostalgia pages, follow back guaranteed 🔁 #f4f #RavensworthRise",
    "Lost touch with old school friends? Our alumni finder finds ANYONE in 24 hours, only £9.99, click the link in my profile",
    "I made £3,000 last week from home trading crypto, old pupils message me to learn how, life changing!!!",
    "Reunion outfit sorted? 50% off all evening wear this weekend only at our Metrocentre boutique, use code RAVENS150",
]

PERSONAL_DATA = [
    "{PF} in year 6 is my great niece, fifth generation at the school, so proud",
    "For the class of 69 reunion list email me direct at {EM} not the school, I'm keeping the proper list",
    "If anyone wants my old photos I'm at {AD}, just knock, I'm in most days",
    "our {P} was born {DOB}, a century and a half after the school opened, how's that for a coincidence",
    "anyone from the 1970s teams give me a ring on {PH}, I've got all the old fixtures lists",
    "I'm the one organising the old girls' table, I live at {PC} if you want to drop your cheques round",
]

PD_QUESTION = [
    "Does anyone have the old woodwork master's daughter's contact? I'm on {PH} if someone can pass it on",
    "can someone from the committee email me at {EM}, do I still need a ticket if I'm only coming to the service",
    "Could someone collect the donated photo albums from {AD}? What day are you doing pick ups?",
]
