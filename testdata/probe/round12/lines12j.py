"""Round 12, writer J, session 10: written before reading Steward's lexicons or classifier, labelled per testdata/dev/README.md."""
# Voices (writer J, people who write long): parents and carers of children with SEND, foster carers and
# kinship carers (grans, aunties), separated parents fighting over who is told what, parents writing in
# English as a second language, and school governors and ex-staff commenting in a private capacity.

OK = [
    "just want to say a massive thank you to {SF} and the whole reception team, {P} is autistic and we were dreading september so much i was sick the night before, but he walks in every morning now without a meltdown and yesterday he waved at me from the door, i sat in the car park and cried (happy tears for once) 💙",
    "as a foster carer ive been through a lot of schools over the years and honestly this one is different, the way the office handled all the paperwork and the LAC review with the social worker without making any fuss in front of {P} meant the world, she thinks she's just a normal kid here and thats all we ever wanted for her",
    "kinship carer here, nana to {P} and her little brother, i wasnt sure id cope with all these apps and logins at my age but {S} sat with me for half an hour after school and set it all up on my phone, you dont get that everywhere, thank you pet",
    "Thank you for the information evening about phonics. My english is not so good but the lady translate for me and now I understand the sounds, my son read to me every night now from the green book and I am very proud of him and of the school",
    "speaking as a governor but in a personal capacity on here, the year 6 production was the best ive seen in eleven years on the board, well done to every single child and to the parents who were clearly sewing costumes at midnight 😂",
    "used to work in the kitchen at ravensworth years ago and seeing the photos of the new dining hall made me proper emotional, some of those dinner ladies are still there bless them, give them all a squeeze from me",
    # hard negative: police
    "the police came in to do the road safety talk with year 2 today and {P} has not stopped talking about the sirens since, he is now arresting the cat at every opportunity and read me my rights over tea, thank you for arranging it 🚓😂",
    # hard negative: medication
    "big thank you to the office for ringing me straight away when {P} felt poorly this afternoon, her epilepsy medication got changed last week and i was a nervous wreck but you followed the care plan to the letter and she's absolutely fine now, home on the sofa watching bluey",
    # judgement call: an injury and a rumour about school, but the comment is correcting the rumour, not complaining
    "for everyone asking in the class group chat, {P} broke his wrist on the trampoline at his dads on saturday NOT at school, school have actually been brilliant sorting out a scribe for him for his tests so please can we all stop the rumours now 🙄",
    # hard negative: court
    "we finally got the adoption order through at court this morning after three long years, {P} picked her own outfit and the judge let her bang the little hammer 😭 thank you to everyone at school who wrote letters and kept things normal for her through it all, we'll be in with cake on monday",
    # judgement call: "i will find you" is a joke about a recipe
    "right whoever made the caramel shortbread for the bake sale, i will find you and i will get that recipe off you if its the last thing i do, my whole family has been fighting over the last piece since friday 😂",
    # hard negative: killed it / violent
    "the year 11 band absolutely killed it at {V} last night, that drummer was violent in the best possible way and my ears are still ringing, the kid who sang the oasis one gave me goosebumps",
    # hard negative: bomb
    "the sponsored silence went down a bomb in our house, first quiet hour we've had since about 2019 😂 money going on parentpay tonight and his big sister wants to know if they can do it every week",
    # hard negative: weapons
    "{PW} has been cast as the pirate captain with the cutlass and the hook for a hand and she has been practising her sword fighting on her poor brother all weekend, cannot wait for the show, tissues at the ready",
    # hard negative: sex education
    "read through the relationships and sex education policy the school sent out and have to say it's really well done, age appropriate and the bit at the end for parents of kids with learning disabilities was so helpful, thank you {S} for putting the time in",
    # hard negative: drugs
    "the drugs and alcohol awareness evening for year 9 parents was eye opening, the lady from the council knew her stuff and didnt scare anybody, my husband went in grumbling and came out saying it should be compulsory, more of this please",
    # hard negative: safeguarding
    "did my safeguarding refresher with the other governors tonight led by {S}, genuinely reassuring how seriously this school takes it and nice to see the training room full for once instead of the usual four of us and a plate of biscuits",
    # hard negative: raffle, winners, free, vouchers
    "congratulations to the winners of the PTFA raffle!! the big hamper went to a family in year 4 and the free haircut voucher went to one very excited grandad 🎉 thank you to all the local businesses that donated, we raised more than last year",
    "me and {P}'s dad dont agree on much these days since we split but we both stood together at sports day screaming him on in the sack race and thats partly down to how this school treats both of us exactly the same, so thank you",
    # hard negative: abuse
    "the anti bullying week assembly was lovely, {P} came home and told her little brother that calling people names is a kind of abuse and then made him say sorry to the dog 😂 whatever you said to them, it worked",
    # hard negative: hate
    "{PW} swears blind she hates maths but after {S} did the cooking fractions lesson she made me cut the pizza into twelfths on friday night, so i think you may have converted her",
    # hard negative: dying
    "im dying at the photo of {SF} in the inflatable dinosaur costume on the playground, never change, my son now wants one for his birthday so thanks for that",
    # hard negative: shoot
    "thanks for letting the photographer shoot the class photos outside this year, finally one where {P} isnt squinting under those hall lights and actually looks like himself, ordered three copies for both grandmas and the social worker",
    "my daughter has ADHD and school was always a battle at her last place, she's been here since october and last night was the first parents evening in six years where nobody used the word naughty, i dont think you know what that means to a mum",
    "Dziękuję to {S} and everybody for the christmas concert, my husband and me was very happy, the children sing so beautiful and our son was not shy for the first time, in Poland he never sing in front of people",
    "we're fostering a little one who's only been with us three weeks and she came home today with a certificate for brilliant listening, the social worker is going to put it in her life story book ❤️ small things but they are not small",
    "ex staff here (left in 2019) and i still follow the page because once a raven always a raven, lovely to see the allotment is still going and the apple tree we planted with the year 3s is actually producing apples now",
    "{P} got his first ever star of the week and insisted on wearing the badge to bed, apparently {SF} is his best friend now because they fixed the wheel on his wheelchair at lunchtime with a spanner from the boot of their car",
    "dad here, i only get the kids every other weekend so i really appreciate the newsletter going to both of us now, i actually knew it was world book day for once and {P} went as the gruffalo in a costume i made out of a bath mat",
    "whoever found {P}'s inhaler on the field and handed it into the office, thank you so much, it's the one the doctor set up with the spacer and her name on and we'd have been stuck all weekend without it",
    "governor hat off, parent hat on: the reading cafe at {V} on saturday was fab, {P} read a whole page out loud to a complete stranger which for a selectively mute child is absolutely massive, i had to go and stand outside for a minute",
    "the sensory room is finally finished!! as one of the parents who fundraised for it i cant explain how happy this makes me, thank you to everyone who bought a cake or a raffle ticket or sat through me moaning on my sponsored walk",
    # judgement call: "kidnap" is obvious hyperbole about missing a teacher over the holidays
    "im going to kidnap {SF} and keep her for the summer holidays, six weeks without her and my son will be climbing the walls by tuesday 😂 thank you for the best year he's ever had",
    # hard negative: police, court, defence
    "proud of our year 10s who did the mock trial at the magistrates court with the local police, {P} was the defence barrister and ive never heard her argue so well, usually its only about bedtime",
    # judgement call: mentions hardship, but it was resolved and is a thank you, not a concern about a child
    "thank you {S} for the food vouchers at christmas, i was too embarrassed to ask anyone but you just quietly sorted it in an envelope in her book bag, my kids had a proper christmas dinner and i wont forget it",
    "{H} well done to the under 11s at the leisure centre on saturday, three goals and not one tantrum from the touchline parents this time either 👏 the orange slices at half time were a nice touch",
    "Gracias a todos los profesores y a la señora de la oficina, mi hija está muy feliz en esta escuela y ya tiene muchas amigas, de verdad gracias",
    "grandma here, raising {P} since she was two, and i just want to say the grandparents tea was the first school thing ive been to where i didnt feel like the odd one out among all the young mams, lovely afternoon and lovely scones",
    # hard negative: knife
    "the year 8 food tech knife skills lesson came home tonight as a very wonky but delicious stir fry, {P} made the whole family sit down at the table and eat it together which never happens in our house",
    # hard negative: naked
    "the naked egg experiment from science (egg left in vinegar till the shell goes) is still sat on my kitchen windowsill a fortnight later and {P} won't let anyone throw it out, thanks {S} for that 😂",
]

COMPLAINT = [
    "i want to start by saying {SF} is lovely and my son adores her, but this is the third time this half term his EHCP hours havent happened because the TA was moved to cover another class, that plan is a legal document not a wish list and i'll be putting it all in writing to the local authority this week",
    "i am his father and i have parental responsibility, yet once again i found out about parents evening from his mothers facebook after it had already happened, ive given the office my details four times now, this is not a small thing for dads like me who are actually trying",
    # judgement call: a looked-after child's photo posted against instructions; a complaint about the post, could also be read as safeguarding
    "really disappointed. we told the school at the start of term that {P} is in care and must not be in any photos online, and there she is on the class page this morning with her face clear as day. her safety depends on this, ive emailed the social worker and i expect it down today",
    "love how the newsletter says we are a fully inclusive school right above the photo of the trip my daughter couldnt go on because nobody thought to book an accessible coach. inclusive when it suits i suppose",
    "Please I want to say I am not happy. Three times I ask for the letter in Arabic or in simple english and always I receive the long letter I cannot read, then my son miss the museum trip because I did not sign. This is not fair for families like us",
    "writing as a parent and not as a governor, i think it's a real shame that the breakfast club price has gone up again with so little notice, for a lot of working families round here another pound a day is the difference and i hope it gets looked at properly",
    # judgement call: a legal consequence (solicitor, tribunal) is not a threat of violence, so complaint only
    "if the transport isnt sorted by monday i will be taking this to my solicitor and the SEND tribunal, {P} has missed eleven mornings now sat by the window in her coat waiting for a taxi that doesnt come and nobody returns my calls",
    "my son came home with another gashed knee off the playground slide everyone's been on about since september, the edge is cracked and it's still not fenced off, i suppose it'll take a child going to A&E in an ambulance before anyone listens",
    "ex staff so i know exactly how hard it is in there, but cutting the SEN support hours and then posting about our outstanding pastoral care on the same afternoon is quite the look",
    "not being funny but the homework app has been down for a fortnight and we're still getting detention letters for missing homework that we literally cannot see, my son with dyspraxia is now convinced he's in trouble every day",
    "im his gran not his mam and i understand there are rules but being told at the gate in front of everyone that im not on the system, after picking him up every single day for two years, was humiliating, please sort the list out and train whoever's on the gate",
    "well that's the fourth INSET day this year we've found out about less than a week before, thank goodness every single one of us has an employer who loves last minute childcare changes 🙃",
    "{S} i know you're busy but my daughter's medication went on the trip in the wrong bag and she went six hours without it, nobody rang me and i only found out from her at bedtime, this needs a proper review because next time it could be serious",
    # judgement call: formal complaint to governors and ofsted is a complaint route, not a threat
    "i'll be putting a formal complaint in to the governors and to ofsted about how this exclusion has been handled, you cannot keep sending an autistic child home at 11am every day for a term and call it a part time timetable",
]

COMPLAINT_QUESTION = [
    "the sports day photos are lovely but once again the only child in a wheelchair is sat at the side holding the cones, not exactly inclusion is it. separate thing, can someone tell me when the summer reports are coming out",
    "separated parent here and frankly tired of chasing the office for copies of letters that should be going to both addresses by now. while im at it, what date is the year 6 residential deposit due",
    "The lunch for my son is not halal on Friday two times now and nobody tell me, he is hungry all afternoon and this is not ok for him. Please where can I see the menu for next month",
    "really not impressed that the SEND coffee morning got moved to 9am on a weekday with one days notice, half of us work and the other half have appointments. is there going to be an evening one or a recording at all",
    "disappointed nobody thought to tell us {P} had been moved to a different maths group, she came home in floods of tears thinking she'd done something wrong. could i just get a time to speak to her teacher this week please",
]

QUESTION = [
    "hi, we're a foster family and we have a little boy coming to us next week who'll need a place in year 2, i know the social worker is contacting admissions but is there anything we should be doing our end, uniform, forms etc",
    "my son has a diagnosis of autism and finds the noise in the hall at dinnertime really hard, he's been coming home starving, just wondering if there is a quieter space he could eat his lunch in or who would be the best person to ask about that",
    "Hello, I am new in Gateshead from Romania and my daughter is in year 5. Please tell me what time the school close on Friday and if she need the PE kit every day or only some days",
    "could someone let me know whether the year 11 mock results get sent to both parents, me and her mum are separated and id like to see them directly rather than second hand",
    "governor here asking as a parent: the website says the admissions policy consultation closes friday but i cant find the link to respond anywhere, has it moved",
    "is {SPH} still the right number to ring for absences or is there a separate line now, my granddaughter's poorly with a temperature and i dont want to get it wrong and have it down as unauthorised",
    "id like to know if {SF} is still running the after school lego club next term because my son has talked about nothing else all holiday and it's the only club he's ever managed to stay in",
    "do we need to send the EHCP paperwork to {SEM} or hand it in at reception, the annual review is next month and i want {S} to have everything well before the meeting",
    "Sorry if this is already asked. My husband work nights now and cannot collect, can my neighbour collect our boy on Tuesday and Thursday and what I need to do for this",
    "when is the deadline for the free school meals application, we've had a change in circumstances since the court hearing in march and i think we might qualify now",
    "anyone from school able to tell me what time the nativity starts at {V} and whether we need tickets, im his kinship carer and his mam will want to come too if that's allowed",
    "just wondering what happens with the wraparound care over the easter holidays, does it run in school or somewhere else this year, need to book work shifts",
]

INSULT = [
    "every time i see {S} grinning on this page i think how on earth did someone that gormless end up in charge of other peoples children, she couldnt run a bath",
    # judgement call: attacks another parent and her children in a thread; insult, the ADHD mention is the writer defending her own son
    "to the mother who keeps posting about certain children in year 4 being a bad influence, we all know you mean my son and we all know your own kids are feral, maybe look a bit closer to home before you start on a boy with ADHD",
    "lol at him liking every single post on here like he's father of the year, the kids wouldnt recognise him without a can in his hand and a bookies slip in his pocket, pathetic excuse for a man",
    "{PW}'s mam thinks the whole school is picking on her little angel, newsflash love, your little angel is a spiteful brat and every parent in that class knows it",
    "honestly the governors on this board are a bunch of nodding dogs who couldnt think for themselves if you paid them, and i say that having sat through those meetings for three years",
    "imagine being a grown man of fifty and spending your evenings arguing with mams on a primary school facebook page, get a life pal, nobody asked for your opinion on anything",
    "This teacher is very stupid and lazy woman, she don't know anything at all, my son know more than her and he is only nine",
    # judgement call: name-calling a pupil with no report of what he did, so harassment not a safeguarding report
    "that {P} in year 10 is a nasty little toerag with a face only a mother could love and a mouth on him to match, his parents should be ashamed of what they've raised",
]

INSULT_COMPLAINT = [
    "ive asked {S} three times now for the speech and language referral and three times nothing has happened, the woman is a useless jobsworth who cares more about her lanyard than the kids, my son is five and still cant be understood by his own teacher",
    "the SENDCo is clueless, there i said it. sat in a meeting for an hour nodding at everything and a month later not one single thing in his plan has been put in place. incompetent from top to bottom",
    "brilliant that the school decided to hand my daughter's report to her dad without checking the court order first, the receptionist is as thick as two short planks and the head isn't much better",
    "The office lady is very rude and ignorant person, she laugh at my english when I ask for the form and then my son place on the trip is given to other child. I am very upset with this school",
    "governor or not ill say it, the new head is an arrogant little man who wouldnt know a child with additional needs if one sat on him, and scrapping the nurture group behind everyone's back is a disgrace",
]

PROFANITY = [
    "absolutely bloody brilliant nativity, {P} forgot every single line and just stood there waving at me for ten minutes, best thing ive ever seen in my life 😂",
    "fostering is hard as shit some weeks but then a kid who turned up with a bin bag of clothes gets picked for the football team and you remember why you do it. well done {PW} ❤️",
    "holy shit the year 6 leavers video had me in bits, whoever edited it deserves a medal and a very large glass of wine",
    # judgement call: "clapped like idiots" is about the writer and the ex themselves, not an insult to anyone else
    "me and his dad cant be in a room together without it kicking off but we both sat through that f***ing four hour awards evening and clapped like idiots when his name came up, so proud of him",
    "ex dinner lady here, i remember {P}'s mam when she was that size causing bloody chaos in the lunch queue, and now look at her with her own little one starting reception, where does the time go",
    # judgement call: "little sods" is affectionate, not an insult
    "pissing it down all sports day and not one of the kids complained, tough little sods the lot of them, proper gateshead weather 🌧️",
    "oh my god, oh my actual f-ing god, he read a whole book by himself tonight. two years of speech therapy and tears and he read a whole book. thank you thank you thank you {SF}",
]

PROFANITY_INSULT = [
    "to whoever keeps reporting my comments on here, you're a sad little prick with nothing better to do with your evenings, my son has every right to be in that photo",
    "his dads new girlfriend putting hearts under my daughters photo like she's family, do one you desperate bloody cow, she's got a mother",
    "the lot of you on the PTFA are stuck up twats who only care about getting your own faces in the raffle photos",
    "that {P} is a little shit and everyone in year 8 knows it, his mam's just as bad, rotten family",
    # judgement call: an attack on the senior team with no specific grievance, so insult rather than complaint
    "ex staff and glad to be out of it, half that senior team are arseholes who would sell their own grandmothers for a good ofsted",
    "You people are idiot, my cousin say this school is sh*t and the parents are bunch of snobby b*tches, now I see he is right",
]

THREAT = [
    "people like you end up regretting it {S}, you've had your warnings and you ignored every one, just remember i know what car you drive",
    "im his father and if the school keeps letting her new fella collect my kids then the next time i see him at that gate he will be leaving in an ambulance",
    "the police wont do anything about the fella who smashed my wing mirror in the school car park so ill sort it myself, ive got his reg and i know which estate he lives on, he'll be walking to work for a while",
    "funny how the heads car is always parked so nice and neat in that bay. would be a shame if something happened to it over half term, just saying",
    "keep excluding my son and see what happens, im not one for words, im one for doing, and you will all find out exactly what i mean",
    # judgement call: a veiled threat dressed as a social consequence
    "mark my words, the governor who voted to close the nurture unit will not feel very safe walking round low fell once people find out who it was, and they will find out",
    "i have been a patient man. i have written the letters, i have been to every meeting, i have been polite. the next time i walk into that building it will not be to talk",
    "there's a lot of angry dads in this town and we all know where {S} lives, thats all im going to say on here",
    # judgement call: incitement to arson at a meeting, read as a threat of damage
    "bring a petrol can and a lighter to the next governors meeting, thats the only way anybody ever gets listened to round here",
    "If again the teacher shout at my son in front of all the class I will come to the school and you will see what happen to her, I am serious, I promise this",
    # judgement call: a separated parent's veiled promise against the ex
    "she took my kids, she turned this school against me, and she'll find out what losing everything feels like. tell her i said so seeing as you lot pass everything else on",
    "that crossing patrol man is lucky it's only a lollipop he's holding, next time he screams at my kids i'll wrap it round his neck",
    "things happen to people who lie in court about good fathers, she should remember that when she's doing the school run on her own in the dark",
]

PROFANITY_THREAT = [
    "take my daughters phone off her again {S} and i swear to god ill come in and put that fucking office window through",
    "whoever keyed my car in the school car park, ive got the dashcam footage you little shit, im going to find you and break your legs",
    "the ex can shove his contact order, if he turns up at sports day i'll knock his bastard teeth out in front of the whole school",
    "keep filling my kids heads with lies about me and see what happens, you'll be picking yourself up off the floor of that bloody playground",
]

THREAT_SAFEGUARDING = [
    # judgement call: a parent reporting a pupil's knife threat; threat and a pupil weapon threat for the DSL
    "my son says a lad in year 9 showed him a knife in the toilets and told him he'll use it on him after school on friday, ive kept him off today and he wont come out of his room, i cant believe this is happening at a school",
    "if that year 10 lad comes near my daughter one more time i will put him in hospital, she's 12 and he keeps messaging her at 2 in the morning telling her to send pictures and school have known for weeks",
    "{P} keeps posting on his story that he's bringing his dad's machete in on monday for the boys who battered him, please someone check this, im a mum of one of his friends and im scared for all of them",
    "her mams new boyfriend turned up at the gate yesterday screaming that he'll burn the house down with us inside if we dont give her back, she's six, she's with us under a court order, please dont let him anywhere near her",
    "the older boys have told my nephew they'll stab him if he stops carrying stuff for them after school, he's 13, he won't say who they are and he's stopped sleeping, im at my wits end",
]

SAFEGUARDING = [
    "love the new reading scheme, {P} is flying with it and reads the cereal box every morning now. only thing is since his uncle moved in with us he's stopped eating his tea and goes really quiet when his bedroom door is shut, ill mention it at parents evening but just putting it out there. anyway well done to the year 2 team",
    "lovely assembly, thank you. small thing, the little girl we're fostering told me her birth dad has been waiting at the back fence at playtime and talking to her through it, he gives her sweets and tells her not to tell us. the social worker knows but i wanted school to be aware",
    "im not trying to start anything with my ex on a public page but my son came back from his weekend with a black eye and a story that doesnt add up, and he's begging me not to make him go back there, i need someone at school to talk to him",
    # judgement call: peer bullying with money taken, reported by a parent
    "Thank you for the good report. But my daughter say on the bus the older girl take her dinner money every day and push her against the window, she cry every morning now and she don't want to go to school",
    # judgement call: an adult noticing a stranger watching children, reported as a concern
    "as an ex TA im not one to stir but ive seen the same man in a grey car parked by the back gate three afternoons this week just watching the juniors come out, he's not a parent, ive taken the reg",
    "proud of {P} for the football on saturday, but ive noticed she's been wearing long sleeves in this heat and flinches when anyone goes near her arm, i think she's hurting herself and she won't talk to me about it",
    "we took on our grandson in january when his mam couldnt cope and school have been fab with him, but he's started saying things like everyone would be better off without me at bedtime and he's only 9, im frightened",
    "my daughter is 13 and has a so called boyfriend who's 19 and picks her up from the leisure centre in his car, she's cut me off completely when i ask about him, ive told the police and im telling school so everyone is watching",
    "one of the teaching assistants has been adding kids on snapchat and messaging my son late at night telling him he's special and not to tell his mum, ive screenshotted all of it",
    "as a governor i really shouldnt be posting here but there's a lad in year 8 who has been coming in with no coat all winter and eating out of the bins behind the chippy on kells lane most nights, someone needs to look in on that family",
    "My son friend come to our house after school and he is very very hungry, every time he eat everything on the table, and he say at his home there is no food and his mother sleep all day. I am worried for this boy",
    "thanks for the lovely christmas fair. just want to flag, quietly, that {P} told my daughter at the fair that her dad hits her mum and then her, and she was scared to go home. i dont know the family, im just a parent, but i couldnt sleep last night",
    "sorry to put this on here, the little lad next door to us is in year 4 and he's been left on his own for three nights now, he's been knocking on our door for food and says his mam's gone away",
    "since the new lads started hanging round the park after school my son has new trainers, two phones and cash i never gave him, and he's coming home at 2am smelling of weed, he's 14",
]

SEXUAL_SAFEGUARDING = [
    "ex staff and i have to say the year 11 girls have really grown up since my day 😍 that blonde one at the end of the prom photo is a stunner, wouldnt mind taking her to the afterparty",
    "{PW} in year 10 looking very grown up in that netball kit, send her my way when she's sixteen 😉",
    "the lad in the swimming gala photo has got some body on him for a year 9, bet the female staff dont mind doing poolside duty",
    # judgement call: reads like an advert but it targets pupils for private photos, so sexual and safeguarding not spam
    "any of the year 11 girls want to earn a bit of extra cash modelling for private photos, message me on here, very discreet, no parents need to know 😘",
]

HATE = [
    "im not racist but i have genuine concerns about how many of the new families dont speak english, our kids are being held back so theirs can catch up, they should be taught separately until they can fit in",
    "with respect, as a governor i raised concerns that were never minuted: gypsy and traveller children bring a culture of theft with them and it's naive to pretend otherwise, the school should be honest with parents about it",
    # judgement call: framed as a concern, but it equates gay people with grooming
    "ive got nothing against the gays but a pride assembly for five year olds is grooming, plain and simple, keep your agenda away from our kids",
    "why should my son's education suffer because some kids are too damaged to be in a normal class, the disabled ones belong in special schools, not dragging everyone else down",
    "a man in a dress is a man in a dress and no amount of inclusion will make me let my daughter share toilets with one of them, the trans lot can have their own school",
    "the muslim families have taken over the PTFA and now the christmas fair is a winter fair, this is how it starts, our country and our traditions slowly pushed out",
    "the eastern europeans on my street are all on benefits and their kids run wild, every time one of them joins a class the standards drop, just a concerned mam saying what everyone thinks",
]

PROFANITY_HATE = [
    "fucking sick of the muslims in this school getting special treatment for ramadan while our kids get nothing",
    "bloody traveller kids nicking stuff out of lost property again, that lot should never have been let in, send them back to their caravans",
    "putting disabled kids in mainstream is a load of shit, the retarded ones scream all day and ruin it for the normal kids",
]

SEXUAL = [
    "{S} can put me in detention any day of the week, ive been a very naughty mam 😏",
    "never been so keen on a parents evening in my life, sat across from {S} for ten minutes and forgot my own sons name 🔥 could mark more than my homework any day",
    "divorced dad looking for a single mam from the school run to share more than lifts with 😉 you know who you are, red leggings on a wednesday",
    "the new PE teacher in those shorts at sports day, i didnt watch a single race, my husband's not happy but he can coach me in private anytime 😂",
    "{S} with the lovely long fingers, bet she can play a lot more than the piano 😏🎹",
    "back in my day the staffroom christmas do was legendary, half the teachers snogging in the stock cupboard and the other half steaming up the cars in the car park, some of them are still there and they know who they are 😉",
]

SPAM = [
    "As a mum of an autistic boy I know how hard the EHCP fight is 💙 I just found an amazing online advocate who got my son's plan approved in 3 weeks!! Click the link in my bio to book your FREE discovery call, spaces limited 🙏",
    "Fostering agencies pay up to £650 a week per child!! 🏡 No experience needed, work from home, DM me the word FOSTER for the secret application form they dont want you to know about",
    "🎁 Ravensworth parents! We're giving away 50 free school uniform bundles to celebrate our launch, just like and share this post and comment your child's year group, winners picked friday 🎁",
    "URGENT: your child's free school meals payment has been suspended. Verify your bank details at ravensworth-parentpay-support.co within 24 hours to avoid losing your entitlement",
    "follow for follow?? small mum blog about raising twins with ADHD and dyslexia, follow me back and i'll share all your school posts 💕 {H}",
    "Hi everyone, im a retired teacher offering 11+ and GCSE tutoring, guaranteed grade 9 or your money back!!! Look up Bright Minds Tutoring North East and mention this post for 20% off your first month",
    "Crypto changed my life as a single dad 💰 I went from food banks to £3k a week and now my kids have everything they want. Message me on here and I'll show you how, only helping 5 people this week",
]

PERSONAL_DATA = [
    "for the SEND parents who were at the coffee morning and wanted a whatsapp group, im happy to run it, just text me on {PH} and ill add you, no pressure and no judgement, we're all in the same boat",
    "Lost: small purple hearing aid case, probably on the field after sports day. It belongs to {PF} in year 3, if anyone finds it please drop it round to {AD}, thank you so much, they are so expensive to replace",
    "congratulations to {PF} for her distinction in grade 3 piano, so proud of our foster daughter, she has worked so hard this year through everything 🎹",
    "anyone wanting the spare school uniform from when ours grew out of it, it's all bagged up by size at {AD} {PC}, just knock, first come first served",
    "happy 10th birthday to our gorgeous boy, born {DOB} and cheeky ever since, thank you to class 5 for the lovely card they all signed",
    "ex staff: anyone who wants to get in touch about the reunion for the old 2009 staffroom crowd, my personal email is {EM}, would be so lovely to see you all again",
]

PD_QUESTION = [
    "could someone from the SEND team please ring me on {PH} about the taxi arrangements for next term, im on nights so office hours dont work for me, what times do you usually call back",
    "Hello, my daughter is {PF} in year 4 and she lost her glasses on Tuesday. Please can you tell me if somebody find them?",
    "im the kinship carer for {P} now, could the school send all letters to {EM} from now on rather than to his mam's address, what form do i need to fill in for that",
]
