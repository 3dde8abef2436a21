"""Round 33, writer A4: Ravensworth Christmas fair, nativity play and end-of-term carol concert."""
# Theme: the Christmas fair, the nativity and the carol concert at Ravensworth - tickets and seating,
# filming the nativity and posting it online, costumes, raffle and tombola, a market trader selling
# in the comments, mince pies, the PTA, kids in the play, parents who could not get in.
# Voices: Geordie mams and dads, grandparents, a couple of teenagers, a local market trader,
# a dad who writes in long run-on sentences, a parent whose English is a second language.

OK = [
    "our {P} was a sheep and baa'd through the whole of Away in a Manger 😂 absolutely killed it",
    "Year 2 murdered that Little Donkey number, I was in bits 😭",
    "Herod was proper menacing this year, whoever's kid that was wants an agent",
    "break a leg to all the bairns tonight!! {H}",
    "the tombola went down a bomb, well done PTA 👏",
    "Mr Dave's mulled wine is lethal, had one and I was singing louder than the kids 🍷😂",
    "could murder one of them mince pies, the ones off the bake stall were unreal",
    "{PW} stole the show as the innkeeper, 'no room' with full attitude 🤣",
    "baby Jesus was a Tiny Tears doll wrapped in a tea towel and honestly it was perfect",
    "{P} played the Virgin Mary and didn't drop the baby once, proud mam moment",
    "the wise men were hyper as anything, one of them kept waving at his nana mid-scene 😂",
    "smashed it, year 6! that harmony in Silent Night gave me goosebumps",
    "we got absolutely robbed on the raffle again, 30 tickets and not even the bubble bath 😂 good cause tho",
    "my nerves were shot before he went on, and he was fine, I was the one shaking",
    "Shepherd number 4 picking his nose through the whole of O Come All Ye Faithful is the content I live for",
    "the angel costumes were stunning, whoever sewed on all that tinsel deserves a medal",
    # judgement call: child's own joke about a halo poking her, she's fine - hyperbole, ok
    "our {PW} came home and told us she 'got stabbed by a halo' in the dressing room, drama queen 🙄😂 she's fine",
    "sat at the back and still bawled my eyes out, these kids 😭❤️",
    "Thank you {S} for the carol concert, lovely way to finish the term",
    "tickets can be picked up from the office, or ring {SPH} if you've lost yours",
    "grandad here, first nativity I've made in years and it was worth the bus from Birtley. well done all the little ones",
    "the spotted dick on the cake stall sold out in ten minutes, need that recipe",
    "{P} was a very angry star, frowned the whole time, pure Geordie attitude, loved it",
    "ngl the year 11 band were actually sick, didnt expect that at a carol concert",
    "My daughter sing first time in English on the stage, I am so happy, thank you teachers",
    "donkey costume was a killer, two kids in one suit and the back end went the wrong way 😂",
    "the hall was roasting by the end, everyone fanning themselves with the programmes, brilliant night tho",
    "Email {SEM} if your child's costume went home in someone else's bag, the office will sort it",
    "Won the hamper!!! never won owt in me life, cheers PTA 🎄",
    "right so I took the afternoon off work and got there early and queued in the cold and then the bairn comes out dressed as a Christmas pudding which nobody told us about and she did her one line and waved at us and honestly I'd do it all again tomorrow, best afternoon of the year",
    "the little drummer boy hit that drum like it owed him money 😂🥁",
    "Shot loads of photos of our lass in her costume at home before, so no need to be filming in the hall 👍",
    "The fair at {V} was heaving, great atmosphere, Santa's grotto queue was worth it",
    "Dead proud of our {P}, word perfect as the narrator",
    "the sheep in year 1 were a riot, one lay down and went to sleep mid-song",
    "was it just me or did Joseph look like he wanted the ground to swallow him 😂 bless him",
    "not gonna lie me and my mates were only there for the mince pies but the choir was mint",
    "My boy was so nervous, but the teachers help him a lot. Now he want to be actor 😊",
    "left the fair with a bottle of Baileys, a bath bomb set and a pot plant. tombola gods were kind",
    # judgement call: a parent passing on the school's own raffle details - not advertising
    "Raffle is £1 a strip at the door, every penny goes to the PTA, draw's at 3 sharp",
    "free mince pies and squash for everyone who stayed behind to stack chairs, you lot are stars ⭐",
]

COMPLAINT = [
    "Tickets for the nativity gone in 6 minutes at 9am on a work day. Some of us can't sit refreshing a link at our desks. Not fair.",
    "Lovely that there was room for all the staff's families in the front two rows while grandparents stood at the back 👏",
    "I get that the hall's only so big and I get that there's a lot of families but when you've got two kids in two different year groups doing two different shows on the same afternoon and you're only allowed two tickets in total somebody is going to miss out and this year it was their dad",
    "Couldn't hear a word from the back of the hall. A couple of microphones would make a big difference.",
    "Bit disappointed the nativity got posted on Facebook when I'd ticked no for photos on the consent form. Please take it down.",
    "The fair was great but £3 just to get in, then paying for every single thing inside, adds up fast with three kids.",
    "we were told costumes would be provided then got a letter on Thursday saying send them in a shepherd outfit by Monday. not everyone has a spare tenner this time of year",
    "Stood outside in the rain for 40 minutes because the doors opened late for the carol concert. Not great with a pushchair.",
    "Shame the children with SEN weren't given a part, my son was really upset to be left out.",
    "ohhh so 'first come first served' seating meant 'saved for the committee's mates'. good to know",
    "The rule was no filming, then half the hall filmed anyway and nobody said a thing. Either enforce it or don't have it.",
    "Lovely evening but the car park was chaos, no one directing and a near miss with a little one. Needs sorting for next year.",
    "ticket office said sold out, then there were 20 empty seats on the night. funny that",
    "My mam is in a wheelchair and there was nowhere for her to sit where she could see. Really upset her.",
    "Nativity at 1:30pm on a Tuesday. Because obviously no parents work. 🙃",
    # judgement call: "rigged" is a fair-minded grievance about timing, not an insult to anyone
    "The raffle was drawn before half the parents had even got there, felt a bit rigged to be honest",
    "Sorry but charging £12 for a DVD of the nativity when we weren't allowed to film it ourselves feels a bit cheeky",
    "Me daughter practised her solo for weeks then it was cut on the day with no explanation. She cried all the way home.",
]

COMPLAINT_QUESTION = [
    "Really not happy the nativity video has gone on YouTube with my son in it. Who agreed to that and how do I get it removed?",
    "We paid for 4 tickets and only got sent 2. Who do I speak to about a refund?",
    "The gluten free mince pies had all gone by half 3 and my daughter was the only one without. Can the PTA order more next year?",
    "Grandparents weren't let in to the 2nd showing even with tickets. Why was that, and will there be another performance?",
    "We still haven't had the money back for the cancelled hamper draw, it's been 3 weeks. when will it be refunded",
    "My lad was told he's too tall to be a shepherd and put on lights instead, he's gutted. Is there a reason he couldn't be in it at all?",
]

QUESTION = [
    "anyone know what time the doors open for the carol concert tomorrow",
    "Is the Christmas fair cash only or can you pay card on the stalls?",
    "what do the reception kids need to wear for the nativity, is it the tea towel one",
    "Do siblings under 2 need a ticket or can they sit on a knee?",
    "Can someone tell me where to collect the tombola prize we won, we'd already left",
    "will the nativity be recorded for parents who couldn't get tickets",
    "Please what time finish the concert, I need to bring small baby and not sure if it ok",
    "is there parking at {V} for the fair or should we walk up",
    "How do we donate bottles for the tombola, do we drop them at the office?",
    "when's the last day to order the christmas jumpers for the concert",
    "Hi does anyone know if the year 3 costumes need sending back or can we keep them",
    "Are the mince pies at the fair nut free? My son has an allergy",
]

INSULT = [
    "The PTA lot are a bunch of clipboard-waving busybodies who think they run the place",
    "whoever was on the sound desk is clueless, my dog could do a better job",
    "that woman running the tombola has a face like a slapped haddock and the personality to match",
    "{S} conducting the choir like a headless chicken, embarrassing to watch",
    "the mam at the front filming on her massive iPad is a selfish muppet",
    "honestly the narrator kid was painful, whoever cast him needs their eyes testing",
    "{SF} is a useless waste of space, always has been",
    "The lass doing the face painting is thick as two short planks",
]

INSULT_COMPLAINT = [
    "Fifth year running my kids get a non-speaking part, {S} clearly only casts favourites. spineless.",
    "Tickets sold out before the email even landed. Whoever runs the booking system is an absolute clown and it needs fixing.",
    "Couldn't see a thing cos the PTA reserved the whole front for their cronies. Smug, self-important lot.",
    "The hall was freezing for the carol concert and nobody put the heating on, {SF} is a lazy article",
]

PROFANITY = [
    "f*ck me I was not ready for year 6 doing O Holy Night, ruined my mascara",
    "holy sh1t the size of that hamper 😳",
    "bloody hell our {P} can actually sing, who knew",
    "pissing down outside but the fair was packed anyway, fair play",
    "that was f u c k i n g amazing, best carol concert in years",
    "crapped myself when the fire alarm went off during the wise men bit 😂 false alarm thank god",
    "froze me arse off queuing for the grotto but the bairns loved it",
    "Shiiiit forgot me raffle tickets at home, drove all the way back for them 🤦‍♀️",
]

PROFANITY_INSULT = [
    "PTA are a bunch of useless pr*cks",
    "whoever kept standing up in front of us at the concert is a selfish tw@t",
    "{S} is a stuck up cow and a right b*tch",
    "the kid playing Joseph is a little sh*t, kept shoving the others on stage",
    "lmao the year 9s who heckled the choir are actual d1ckheads",
    "that market fella spamming this page is a fkn weirdo",
]

THREAT = [
    "Whoever nicked our reserved seats on Tuesday, I know exactly who you are. Watch yourself at pick-up.",
    "If that video of my bairn isn't down by tonight you'll see what happens. I'm not asking twice.",
    "To the PTA woman who turned my mam away at the door - I know where you park.",
    "Be a shame if something happened to that lovely new stage before the concert, wouldn't it",
    "I'll be waiting outside the hall for {S} after the carol concert. Let's see how brave they are without the staff room behind them.",
    "cross me on the tombola again and your stall won't be standing come Saturday",
    "tell {P}'s dad he wants to keep a close eye on his car from now on",
    "Keep posting my kids online and you'll regret it, every one of you.",
    "someone's going to get hurt at that fair and it won't be me",
    "Head teacher wants to remember people know where she lives",
    "I'll bring a can of petrol to the next PTA meeting, see how warm the hall gets then",
    "mark my words, whoever filmed my son and shared it is going to have a very bad Christmas",
    "Got the name of the dad who shoved in the queue. I'll be paying him a little visit.",
    "Don't think for a second this is over {S}. I'll make sure you never feel safe walking to your car.",
]

PROFANITY_THREAT = [
    "touch my lad's costume again and I'll f***ing flatten you",
    "whoever's got our raffle money, give it back or I'll smash your sh*t up, I know where you live",
    "the b*stard who reversed into my car at the fair is getting his windows put in, watch",
]

SAFEGUARDING = [
    "my daughter said a man at the fair kept asking her to come and see the puppies in his van. she's 7.",
    "{P} has been turning up to rehearsals in the same clothes all week with no coat and told my daughter there's no tea at home most nights. I'm worried about her.",
    "There's a random account on TikTok that's reposted the nativity with comments about the girls' legs. It needs reporting.",
    "I don't want to be in the carol concert. I don't want to be anywhere anymore tbh",
    # judgement call: "what do I do" is a plea attached to the report, not a separate information request
    "My lass has been hiding cuts on her arms under the long sleeves of her angel costume, I only saw when she got changed. what do I do",
    "a grown man keeps messaging the girls who were in the play on insta, telling them they're his little angels and to keep it a secret from their mams",
    "Someone's dad was drunk at the fair and dragged a little lad out by his arm, the bairn was screaming. Staff need to know.",
    "my son came home from rehearsal saying a year 10 boy made him show his private parts in the toilets",
    "the older kids are getting the little ones to carry bags to the lads by the park gate after the concert. I'm not daft, that's not sweets",
    "My stepdad says if I tell anyone what happens at home I won't be allowed in the play. I dont know who to tell",
    "Heard {P} in year 5 say her mam's boyfriend hits her when she forgets her lines. Please can someone check on her",
    "saw one of the year 8 girls at the fair getting into a car with a much older man who's bought her a phone. she's 12",
    "My son is so scared to come to school since the play, other boys film him in changing and put on snapchat. I don't know what to do, please help",
    "a dad I don't know offered to give our {PW} lifts home from rehearsals and asked for her snapchat. she's 10. not happy at all",
]

THREAT_SAFEGUARDING = [
    "that kid {P} who pushed my daughter off the stage wants to watch his back, I'll be waiting for him at the gate",
    "bringing me brothers knife to the fair saturday, {P} better not show his face",
    "if the boys in my form laugh at me in the play again ill bring something from home and theyll all be sorry",
]

HATE = [
    "Notice the nativity's been 'made inclusive' this year. It's a Christian country, if some families don't like it they can go back to where they came from.",
    "wouldn't touch the cakes from the headscarf ladies' stall, you never know what they put in them",
    "No wonder the tickets went so fast, half the families at that school can't even speak English but they know how to grab freebies",
    "A boy playing Mary?? This trans nonsense is grooming our kids, disgusting",
    "Keep an eye on your purses at the fair, the travellers from the site were in",
    "Kids in wheelchairs shouldn't be in the main play, it slows the whole thing down for the normal ones",
    "Why has a Muslim teacher been put in charge of the carol concert? They don't even believe in Christmas, it's a joke",
    "The Polish lot took all the best raffle prizes, typical, they take everything else round here",
]

PROFANITY_HATE = [
    "f***ing foreigners everywhere at the fair, didnt hear a word of English all afternoon",
    "two mams running the PTA together, bloody lesbians pushing their agenda on kids now",
]

SEXUAL = [
    "Mr Bell in that santa suit 🥵 I'd sit on his knee and tell him what I want for Christmas alright",
    "whoever the dad in the grey joggers at the tombola was... thanks for the view 😏",
    "Santa can come down my chimney any night he likes 😉 the one at the grotto was a ride",
    "the mulled wine stall lad can warm my chestnuts anytime 🌰🔥",
    "Miss Frost can unwrap me on Christmas morning 🎁😈",
    "had a quick fumble with a married dad behind the bouncy castle 😇 what happens at the PTA fair stays at the PTA fair",
]

SPAM = [
    "Stocking fillers half the price of that fair tat 👀 come see us on the Gateshead market stall Saturday, link in bio for the Xmas range",
    "Handmade wreaths £15 or 2 for £25, DM me to order before they go 🎄🎄",
    "🎁 CONGRATULATIONS you've been selected for a FREE Christmas hamper! Claim at ravens-prizes dot xyz before midnight",
    "follow me for follow back 💯 mams of Low Fell lets connect",
    "Earn £500 a week from your sofa this Christmas, no experience needed, message me XMAS to start",
    "Personalised nativity photo mugs and t-shirts! Send us your bairn's costume pic, 20% off with code RAVENS20",
]

PERSONAL_DATA = [
    "{PF} was the best Mary I've ever seen, so proud 💕",
    "If anyone picked up a blue North Face coat at the fair ring me on {PH}, it's my lad's",
    "Spare costume bits if anyone wants them, they're on my doorstep at {AD}, just help yourself",
    # judgement call: staff home number posted to stir others up - personal_data only
    "{S}'s home number is {PH}, ring and ask why your kid didn't get a part",
    "happy birthday to our little angel {PF}, born {DOB}, best present we ever got ❤️",
    "Lost a purse at the carol concert, if found please email {EM} reward offered",
]

PD_QUESTION = [
    "Anyone got 2 spare tickets for Thursday's nativity? Text me on {PH}",
    "could someone send me the video of the reception class? my email is {EM} thank you so much",
    "Does the PTA still collect tombola donations from houses? we're at {AD}, {PC}",
]
