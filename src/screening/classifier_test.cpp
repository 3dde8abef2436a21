// Tests of the comment classifier's context rules (classifier.cpp) and of the general phrase
// families added from the probe set's tune half (testdata/probe/): each test names a class of
// comment, not one line.
#include "screening/model/comment_model.hpp"
#include "screening/screener.hpp"
#include "screening/screener_for_tests.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace steward::screening {
namespace {

const Screener& Default() {
    static std::shared_ptr<const Screener> screener = [] {
        ScreenerConfig config;
        config.contacts.phones = {"0113 496 0274"};
        config.contacts.emails = {"enquiries@westmoorpark.leeds.sch.uk"};
        config.contacts.postcodes = {"LS12 4WP"};
        config.staff = {{"Ewa", "Nowak", "", "Mrs"}, {"Stuart", "Fox", "", "Mr"}};
        return ScreenerWithRepositoryLexicons(std::move(config));
    }();
    return *screener;
}

bool Has(const std::string& text, Category c) {
    auto v = Default().ScreenComment(text);
    return std::find(v.categories.begin(), v.categories.end(), c) != v.categories.end();
}

// Checks that the rules alone (the builtin model switched off) read each of `hits` as exactly
// `category` and each of `innocent` as ok.
void ExpectRulesRead(Category category, std::initializer_list<const char*> hits, std::initializer_list<const char*> innocent) {
    model::EnableBuiltinCommentModel(false);
    for (const char* text : hits) EXPECT_EQ(Default().ScreenComment(text).categories, std::vector<Category>{category}) << text;
    for (const char* text : innocent) EXPECT_EQ(Default().ScreenComment(text).categories, std::vector<Category>{Category::kOk}) << text;
    model::EnableBuiltinCommentModel(true);
}

// Checks, with the model on, that each of `yes` has `category` among its categories and none of
// `no` has it.
void ExpectHas(Category category, std::initializer_list<const char*> yes, std::initializer_list<const char*> no) {
    for (const char* text : yes) EXPECT_TRUE(Has(text, category)) << text;
    for (const char* text : no) EXPECT_FALSE(Has(text, category)) << text;
}

// Req: MON-01
TEST(ClassifierTest, SeparateQuestionBesideAnInsultIsStillAnswered) {
    EXPECT_TRUE(Has("Is the PE kit needed on Wednesday? And tell Mrs Nowak to stop being a miserable old bag.",
                    Category::kQuestion));
    EXPECT_TRUE(Has("Is the PE kit needed on Wednesday? And tell Mrs Nowak to stop being a miserable old bag.",
                    Category::kInsult));
    // The insult inside the '?' sentence makes it rhetorical.
    EXPECT_FALSE(Has("Who employs these idiots?", Category::kQuestion));
}

// Req: MON-01
TEST(ClassifierTest, ShortQuestionsLedByAnInterrogativeAndOffersToParents) {
    EXPECT_TRUE(Has("Very unhappy the club closed without notice. Will it reopen?", Category::kQuestion));
    EXPECT_TRUE(Has("Whens the last day before Christmas?", Category::kQuestion));
    EXPECT_FALSE(Has("my son scored?? amazing", Category::kQuestion));
    // An offer to other parents does not need the school's reply.
    EXPECT_FALSE(Has("Anyone want a lift to the match? We're on the estate", Category::kQuestion));
}

// Req: MON-01, CON (safeguarding). A safeguarding report that asks whether what it reports is
// acceptable asks the DSL to act, not the office for information (testdata/probe/README.md, "is
// that allowed??"); the same words in an ordinary comment still ask (session 13).
TEST(ClassifierTest, IsThatNormalInASafeguardingReportIsNotASeparateQuestion) {
    for (const char* text : {"the swimming coach keeps messaging my 11 yr old on whatsapp at night, is that normal??",
                             "a dinner lady told my son not to tell anyone about what happened in the toilets. is this allowed?"}) {
        EXPECT_TRUE(Has(text, Category::kSafeguarding)) << text;
        EXPECT_FALSE(Has(text, Category::kQuestion)) << text;
    }
    EXPECT_TRUE(Has("is it ok to send the consent form back by email or does it have to be paper", Category::kQuestion));
    EXPECT_TRUE(Has("my daughter says a man at the bus stop keeps asking where she lives. who should I tell at school?",
                    Category::kQuestion));
}

// Req: MON-01
TEST(ClassifierTest, SentencesBuiltAsQuestionsAskWithoutAQuestionMark) {
    EXPECT_TRUE(Has("Do Reception need a packed lunch for the farm trip or is school providing", Category::kQuestion));
    EXPECT_TRUE(Has("what time do the Year 6 get back from the residential on Friday x", Category::kQuestion));
    EXPECT_TRUE(Has("Happy to donate a hamper for the raffle. Who's the best person to speak to", Category::kQuestion));
    EXPECT_TRUE(Has("anyone know if the school takes uniform donations", Category::kQuestion));
    EXPECT_TRUE(Has("how many kids are in each reception class this year", Category::kQuestion));
    // A wh-word leading a clause, exclamations, rhetoric, invitations and notices do not ask.
    EXPECT_FALSE(Has("When we got there the gates were already shut", Category::kQuestion));
    EXPECT_FALSE(Has("What a fantastic effort from everyone at sports day", Category::kQuestion));
    EXPECT_FALSE(Has("How lovely is that, well done all", Category::kQuestion));
    EXPECT_FALSE(Has("Is it just me or has this term flown by", Category::kQuestion));
    // "do someone good / proud" and "who would have thought" (session 13)
    EXPECT_FALSE(Has("did me the world of good seeing them sing, does your heart good", Category::kQuestion));
    EXPECT_FALSE(Has("does my old heart good to hear them laughing in the yard", Category::kQuestion));
    EXPECT_FALSE(Has("did the town proud on saturday, every one of them", Category::kQuestion));
    EXPECT_FALSE(Has("who'd have thought our year 4s could build a working volcano", Category::kQuestion));
    EXPECT_TRUE(Has("does the school want us to bring anything for the leavers party", Category::kQuestion));
    EXPECT_FALSE(Has("Have a lovely half term everyone", Category::kQuestion));
    EXPECT_FALSE(Has("Will be there at 3 with the cakes", Category::kQuestion));
    EXPECT_FALSE(Has("Who's up for a drink after the quiz", Category::kQuestion));
    EXPECT_FALSE(Has("Can I just say a massive thank you to the PTFA", Category::kQuestion));
    // A greeting first, a question after a comma, a school's everyday subject after the auxiliary.
    EXPECT_TRUE(Has("hiya when is the year 7 transition evening", Category::kQuestion));
    EXPECT_TRUE(Has("I'm a local resident, is the sports hall free to hire on a sunday", Category::kQuestion));
    EXPECT_TRUE(Has("Is breakfast club still open to the juniors", Category::kQuestion));
    // A relative clause after a comma does not ask.
    EXPECT_FALSE(Has("We still haven't had a refund for the trip, which was cancelled six weeks ago",
                     Category::kQuestion));
}

// Req: MON-01. A question the rules read from a sentence's shape is explained by that sentence
// (its span and text), not left to the model's finding.
TEST(ClassifierTest, AQuestionReadFromASentenceIsExplainedByThatSentence) {
    for (const bool model_on : {false, true}) {
        model::EnableBuiltinCommentModel(model_on);
        for (const auto& [text, sentence] : std::vector<std::pair<std::string, std::string>>{
                 {"Thanks for the update. Is breakfast club still open to the juniors", "Is breakfast club still open to the juniors"},
                 {"Lovely photos! Will there be parking at the leisure centre for sports day? Cheers",
                  "Will there be parking at the leisure centre for sports day"}}) {
            const CommentVerdict v = Default().ScreenComment(text);
            EXPECT_EQ(v.categories, std::vector<Category>{Category::kQuestion}) << text;
            ASSERT_EQ(v.findings.size(), 1u) << text;
            EXPECT_EQ(v.findings[0].rule_id, "question/sentence") << text;
            EXPECT_EQ(v.findings[0].matched, sentence) << text;
            EXPECT_EQ(v.findings[0].category, Category::kQuestion);
        }
    }
    model::EnableBuiltinCommentModel(true);
}

// Req: MON-01. The rules alone: idioms of menace with no violence word (session 11, from general
// British usage), each aimed at someone in its sentence; the same words used innocently stay ok.
TEST(ClassifierTest, IdiomsOfMenaceAreThreatsWithoutTheModel) {
    ExpectRulesRead(Category::kThreat,
                    {"whoever slashed my tyres, you're getting your door kicked in",
                     "that teacher wants to know a few of the dads are ready to pay him a visit",
                     "I'll rearrange your face if you mark my lad down again", "someone should put a match to that school",
                     "its not a threat, its a promise mr bell", "shame about your new car if anything happened to it",
                     // Session 15: what will follow, with no violence verb.
                     "give my lad another detention and see what turns up at your door",
                     "nice car mr bell, the windscreen looks very breakable",
                     "cross me again and there'll be trouble like you've never seen"},
                    {"Mince pies at the Christmas fair again this year, not a threat, it's a promise",
                     "a few of us dads are happy to sort the car park out on the working party day",
                     "we put a match to the bonfire at 6 and the fireworks started at 7",
                     "Whoever found my son's coat, thank you so much, you're a star",
                     "It would be a shame if anything happened to the funding for the breakfast club",
                     "see what turns up in the lost property box before you buy a new coat",
                     "the new display cases look very sturdy", "there'll be more snow like we've never seen"});
}

// Req: MON-01. The rules alone (session 16, round 33's misses): the mobster's tag question after
// harm to someone's things, a promise that someone will never feel safe, "wish he never set foot".
TEST(ClassifierTest, MenaceByTagQuestionOrPromiseOfFearWithoutTheModel) {
    ExpectRulesRead(Category::kThreat,
                    {"be a shame if your new porch got smashed one night, wouldn't it",
                     "would be a real pity if something happened to that minibus before the trip wouldnt it",
                     "i'll make sure you never feel safe in that classroom again",
                     "that ref is going to wish he never set foot on our pitch",
                     // after round 34: "this isn't over" to a member of staff by title
                     "this isn't over, Mrs Nowak"},
                    {"shame if it rains on the fair, wouldn't it, fingers crossed",
                     "it isn't over till the final whistle, come on you reds",
                     "make sure you never leave your coat on the bus again",
                     "you'll wish you'd come to the carol concert, it was magic"});
}

// Req: MON-01. The rules alone (session 16): children left alone all day or every night, a child
// held down until they could not breathe, wanting to be nowhere any more; the weather "hit us".
TEST(ClassifierTest, ChildrenLeftAloneHeldDownOrWantingToBeGoneGoToTheDsl) {
    ExpectRulesRead(Category::kSafeguarding,
                    {"the two little ones next door are home alone every night while she works",
                     "a gang of them pinned him against the fence until he couldn't breathe",
                     "i dont want to be around anymore"},
                    {"we laughed until we couldn't breathe at the panto",
                     "the kids can be on their own in the library at lunch",
                     "the snow hit us hard this morning, they gritted the paths by 9 though",
                     "I don't want to be anywhere near that traffic again"});
}

// Req: MON-01. The rules alone (session 16, after round 34's closing figure): a second-language
// question opened by "please", a decision that "needs a rethink", "shitstirrer", handcuffing
// someone to a bed; and the innocent sentences beside them.
TEST(ClassifierTest, PoliteQuestionsRethinksStirrersAndHandcuffsWithoutTheModel) {
    ExpectRulesRead(Category::kQuestion, {"Please where I can buy tickets for the panto"}, {});
    ExpectRulesRead(Category::kComplaint,
                    {"whoever put parents' evening on the same night as the concert needs to have a rethink"}, {});
    ExpectRulesRead(Category::kProfanity, {"she's a right sh1tstirrer that one"}, {});
    ExpectRulesRead(Category::kSexual, {"bet he handcuffs her to the bed every night"},
                    {"the costume handcuffs got stuck to the bed frame",
                     "have a look in my trousers, I think the car keys are there"});
}

// Req: MON-01. The rules alone: an insulting swear word pointed at someone with "that" or "this"
// (one describing word between) is an insult as well as profanity (session 13, round 24's
// misses); "a bastard of a hill" describes a thing, and stays profanity only.
TEST(ClassifierTest, SwearWordsPointedAtSomeoneAreInsults) {
    model::EnableBuiltinCommentModel(false);
    const std::vector<Category> insult{Category::kProfanity, Category::kInsult};
    for (const char* text : {"who invited that twat from the allotments, ruined the quiz night",
                             "tell that lazy prick in the office to answer his emails",
                             "this dickhead in the car park blocked me in again",
                             "the knobhead who keeps revving his engine outside the nursery at 8am",
                             "the scooter lads are little sh1ts, gobbing off at the crossing",
                             "her lad is a little sh!te on that bus"}) {
        EXPECT_EQ(Default().ScreenComment(text).categories, insult) << text;
    }
    for (const char* text : {"what a bastard of a hill on the sponsored walk, well done all",
                             "this bitch of a cold has gone through the whole house",
                             "fooookin loved the panto",  // three letters squeeze to one: "fokin"
                             "the nativity was f'in brilliant"}) {  // the apostrophe stands for "uck"
        EXPECT_EQ(Default().ScreenComment(text).categories, std::vector<Category>{Category::kProfanity}) << text;
    }
    model::EnableBuiltinCommentModel(true);
}

// Req: MON-01. The rules alone: "dragged through a hedge" said of someone is an insult; said of a
// child coming home from school, or of oneself, it is banter (session 15, insult.txt part_defuse).
TEST(ClassifierTest, DraggedThroughAHedgeInsultsOnlySomeoneElse) {
    ExpectRulesRead(Category::kInsult,
                    {"the state of the new dinner lady, looks like she's been dragged through a hedge"},
                    {"she came home from forest school looking like she'd been dragged through a hedge 😂",
                     "I look like I've been dragged through a hedge after the sponsored run"});
}

// Req: MON-01 (a complaint reaches the queue as one, never hidden). The rules alone: British
// idioms of grievance (session 11); the same words in a happy comment stay ok.
TEST(ClassifierTest, IdiomsOfGrievanceAreComplaintsWithoutTheModel) {
    ExpectRulesRead(Category::kComplaint,
                    {"my lad came home in someone else's trousers again and nobody rang me. its not on",
                     "we've been fobbed off by the office since september", "the head says nowt about the parking",
                     "closed for a training day the week before christmas, make it make sense",
                     "I've raised the broken gate with reception four times now",
                     "half the seatbelts on the school bus don't work. Please sort it.",
                     // Session 15: a better way asked for, nothing done, sarcasm about priorities.
                     "queuing in the rain for the parents' evening slots, there has to be a better way",
                     "reported the broken fence in october and no one has done anything",
                     "another letter about coat hooks, obviously the biggest problem the school has"},
                    {"it's not on the website yet but the Christmas disco is the 12th",
                     "Nobody rang the bell at the fair so we did it ourselves, what a laugh",
                     "my lad does nowt but talk about the school trip, thank you all",
                     "I've mentioned the raffle three times on the parents' group and we've sold out, thank you",
                     "there must be a way to get the glitter out of the carpet 😂",
                     "nobody has done anything wrong, the fire alarm was a drill"});
}

// Req: MON-01, INC-05 (to the designated safeguarding lead). The rules alone: telling someone to
// kill themselves, as it is written online (session 12); the idioms of accident and laughter stay ok.
TEST(ClassifierTest, TellingSomeoneToKillThemselvesGoesToTheDsl) {
    ExpectRulesRead(Category::kSafeguarding,
                    {"Eliska kys no one likes u", "do everyone a favour and unalive urself",
                     "go kill yourself you weirdo", "neck yourself honestly"},
                    {"honestly you'll kill yourself laughing at the panto this year",
                     "don't kill yourself rushing, the gates are open till 9",
                     "you'll kill yourself on those stairs in the dark, get the caretaker to fix the light",
                     "hang your self portraits by the door so the parents see them"});
    EXPECT_EQ(Default().ScreenComment("go kill yourself you weirdo").action, Action::kDsl);
}

// Req: MON-01. The rules alone (the model also votes question since session 10): questions typed
// on a phone ("r", "wen", "wat"), a number after the auxiliary, "any idea / news ...".
TEST(ClassifierTest, QuestionsTypedOnAPhoneAskWithoutTheModel) {
    auto by_rules = [](const std::string& text) {
        model::EnableBuiltinCommentModel(false);
        const bool asks = Has(text, Category::kQuestion);
        model::EnableBuiltinCommentModel(true);
        return asks;
    };
    EXPECT_TRUE(by_rules("r the year 6 sats results out yet"));
    EXPECT_TRUE(by_rules("wen does the christmas fair start"));
    EXPECT_TRUE(by_rules("wat time is pick up on the last day"));
    EXPECT_TRUE(by_rules("is 8.15 too early to drop them at breakfast club"));
    EXPECT_TRUE(by_rules("any idea what time the coach gets back from the museum"));
    EXPECT_TRUE(by_rules("any news on when the pool reopens"));
    // Second-language word order, with no '?' (session 15).
    EXPECT_TRUE(by_rules("Good morning. How I can pay for the school trip online"));
    EXPECT_TRUE(by_rules("where we can buy the PE shorts with the logo"));
    // Statements with the subject left off, and "any" that does not ask.
    EXPECT_FALSE(by_rules("was 3-0 at half time, great game"));
    EXPECT_FALSE(by_rules("has 2 weeks left before the summer"));
    EXPECT_FALSE(by_rules("any child who wants to join the choir is welcome"));
    EXPECT_FALSE(by_rules("r and b night at the pavilion was brilliant"));
    EXPECT_FALSE(by_rules("do us a favour and park round the corner on friday"));
    EXPECT_FALSE(by_rules("so proud of how we can all pull together"));
}

// Req: MON-01
TEST(ClassifierTest, GrievanceWordInsideAnInsultIsNotAComplaint) {
    EXPECT_FALSE(Has("What a joke of a teacher Mr Fox is", Category::kComplaint));
    EXPECT_TRUE(Has("What a joke of a teacher Mr Fox is", Category::kInsult));
    EXPECT_TRUE(Has("Still no reply about the refund, it's a joke.", Category::kComplaint));
    // A service called a joke is a complaint; the weather is nobody's fault.
    EXPECT_EQ(Default().ScreenComment("the new uniform policy is a joke").categories,
              std::vector<Category>{Category::kComplaint});
    EXPECT_EQ(Default().ScreenComment("The weather was a joke on sports day but everyone smiled through it").categories,
              std::vector<Category>{Category::kOk});
}

// Req: MON-01
TEST(ClassifierTest, DefusedInsultDoesNotHideTheComplaintItOverlaps) {
    // A small lexicon of its own: a grievance cue, an insult over the same words, and an innocent
    // construction (part_defuse) for a service called a disgrace.
    auto lexicon = ParseLexicon(
        "@kind complaint\nre: \\bis an? (?:\\S+ )?disgrace\\b\n"
        "@kind insult\nre: \\bis an? (?:\\S+ )?disgrace\\b\n"
        "[part_defuse]\nre: \\b(?:car park|canteen) is an? (?:\\S+ )?disgrace\\b\n",
        "test.txt");
    ASSERT_TRUE(lexicon.has_value());
    ScreenerConfig config;
    config.lexicon = *lexicon;
    auto created = Screener::Create(config);
    ASSERT_TRUE(created.has_value());
    // The rules alone: the builtin model was trained beside the repository's lexicons, not this one.
    auto categories = [&](const std::string& text) {
        model::EnableBuiltinCommentModel(false);
        auto found = (*created)->ScreenComment(text).categories;
        model::EnableBuiltinCommentModel(true);
        return found;
    };
    EXPECT_EQ(categories("the car park is a disgrace"), std::vector<Category>{Category::kComplaint});
    EXPECT_EQ(categories("the canteen is an absolute disgrace"), std::vector<Category>{Category::kComplaint});
    // Not defused: the insult still wins over the grievance cue inside it.
    EXPECT_EQ(categories("that teacher is a disgrace"), std::vector<Category>{Category::kInsult});
}

// Req: MON-01
TEST(ClassifierTest, RhetoricalWhyAlwaysIsAComplaintNotAQuestion) {
    const char* text = "Why does the school always give us a day's notice for non-uniform days?";
    EXPECT_TRUE(Has(text, Category::kComplaint));
    EXPECT_FALSE(Has(text, Category::kQuestion));
    EXPECT_TRUE(Has("Why is the hall closed on Friday?", Category::kQuestion));
}

// Req: MON-09
TEST(ClassifierTest, VeiledThreatFamilies) {
    EXPECT_TRUE(Has("I know where Mr Fox lives. Keep it up.", Category::kThreat));
    EXPECT_TRUE(Has("Mrs Nowak is going to get a slap next time", Category::kThreat));
    EXPECT_TRUE(Has("we'll be waiting for you in the car park", Category::kThreat));
    EXPECT_TRUE(Has("I'll burn the whole school down", Category::kThreat));
    EXPECT_FALSE(Has("the kids absolutely smashed it, the show was the bomb", Category::kThreat));
    EXPECT_FALSE(Has("We'll be waiting at the gates for the coach at 3", Category::kThreat));
}

// Req: MON-09
TEST(ClassifierTest, DisclosuresInAChildsOwnWordsGoToTheDsl) {
    EXPECT_EQ(Default().ScreenComment("i keep cutting my arms and nobody notices").action, Action::kDsl);
    EXPECT_EQ(Default().ScreenComment("i don't feel safe at home anymore").action, Action::kDsl);
    EXPECT_EQ(Default().ScreenComment("he hits mum every night and i'm scared").action, Action::kDsl);
    // A moped that nearly hit someone is not a disclosure.
    EXPECT_FALSE(Has("a moped nearly hit me at drop off, careful out there", Category::kSafeguarding));
}

// Req: MON-09
TEST(ClassifierTest, HateNeedsAGroupBesideTheDehumanisingWord) {
    EXPECT_TRUE(Has("The Romanians are all thieves, keep them out", Category::kHate));
    EXPECT_TRUE(Has("Islam is a cancer", Category::kHate));
    // The trope needs no group: "go back home where she belongs" (session 15).
    EXPECT_TRUE(Has("the new dinner lady should go back home where she belongs", Category::kHate));
    EXPECT_FALSE(Has("the kids can go back home where it's warm when the heating fails", Category::kHate));
    // Coded prejudice with no slur (session 15): on its own, or a cue beside a group.
    ExpectHas(Category::kHate,
              {"it used to be proper British families round here, look at it now",
               "no surprise they gave the job to one of their sort",
               "the estate is overrun with people who can't speak English",
               "were any of them even born in this country though",
               "the youth club's gone downhill since the Romanians started coming",
               "keep the LGBT stuff out of our school"},
              {"my nan was actually born here, in the old cottage hospital on the green",
               "the bake sale has gone downhill since the rain started",
               "lovely to see the pride flags on the LGBT club's stall",
               "my mam can't speak the language yet, is there a Polish speaker at parents' evening?"});
    // Session 16 (round 33): distrust near children, purses, "lock them up", what they put in the
    // food, reading English; "foreign parents" and "hijab mums" as group words. After round 34:
    // benefit money, whom to search first, where the trouble is. Friendly sentences beside a
    // group stay ok.
    ExpectHas(Category::kHate,
              {"never trust a Romanian builder near your kids' school",
               "hold on to your purses, the gypsies are at the fair",
               "more migrants in the town again, lock them all up",
               "the foreign parents can't even read english, what hope for the kids",
               "don't buy from the hijab mums' stall, you never know what they put in it",
               "the Romanian lot bought that new car with our benefit money",
               "search the Somali kids first, that's where the trouble is",
               "checking the bags of the Muslim lads would be a start"},
              {"keep an eye on your bags at the fair, it gets busy",
               "funny how the Polish mums always win the bake off",
               "you can't trust a Polish nan near a buffet, she'll have you eating for hours",
               "our Muslim neighbours don't even celebrate christmas but they came to the carol concert",
               "the Polish mums' stall sold out in an hour, can't trust myself near those cakes",
               "our foreign exchange students loved the carol concert",
               "the Polish club knows where the real problem is: parking",
               "the Polish mums offered to help check the bags of raffle prizes"});
    EXPECT_FALSE(Has("Thieves stole the PTA's gazebo again", Category::kHate));
    EXPECT_FALSE(Has("The Polish families brought cakes for the harvest festival", Category::kHate));
}

// Req: MON-01
TEST(ClassifierTest, SpamFamiliesAndEarnFromHomeIsNotGrooming) {
    EXPECT_TRUE(Has("Sub to my YouTube channel for Fortnite tips!!", Category::kSpam));
    auto v = Default().ScreenComment("Looking for mums who want to earn from home with a new skincare brand");
    EXPECT_TRUE(std::find(v.categories.begin(), v.categories.end(), Category::kSpam) != v.categories.end());
    EXPECT_NE(v.action, Action::kDsl);
}

// Req: MON-09
TEST(ClassifierTest, InnocentSentencesBesideTheNewFamiliesAreNotEscalated) {
    for (const char* text : {
             "If your daughter found a blue hat, tell her to message me and I'll collect it",
             "Come to my house after school for the PTA meeting, 4pm, all welcome",
             "Our lad cut his arm on the trampoline, all fine now, thanks for the first aid",
             "I don't feel safe driving in this snow, will school be open tomorrow?",
             "The kids will get a good hiding place for hide and seek in the new garden",
             "The Polish community cafe were amazing, no place for grumpy faces there",
             "Watch yourself on the ice at the gate, it's lethal this morning",
         }) {
        EXPECT_EQ(Default().ScreenComment(text).action == Action::kDsl ||
                      Default().ScreenComment(text).action == Action::kRemoveAndEscalate,
                  false)
            << text;
    }
    EXPECT_FALSE(Has("Free breakfast club trial next week, all welcome", Category::kSpam));
    EXPECT_FALSE(Has("Earn house points from home by reading 20 minutes a night!", Category::kSpam));
}


// Round 4: co-occurrence families (classifier.cpp kFamilies, lexicon classes tagged part_*).

bool Escalated(const std::string& text) {
    Action a = Default().ScreenComment(text).action;
    return a == Action::kDsl || a == Action::kRemoveAndEscalate;
}

// Req: MON-09
TEST(ClassifierTest, AbuseDisclosureNeedsVictimActorAndHarmInOneSentence) {
    EXPECT_EQ(Default().ScreenComment("my stepdad pushes me into the wall when mum is at work").action, Action::kDsl);
    EXPECT_EQ(Default().ScreenComment("idk who to tell but my mums bf does things to me").action, Action::kDsl);
    EXPECT_EQ(Default().ScreenComment("A Year 4 girl said her dad makes her sleep in the shed").action, Action::kDsl);
    // The same classes in different sentences, or harm to the actor himself, are not a disclosure
    // to the rules. (The model, which sees no sentences, read the first as one when trained with
    // rounds 1 to 14.)
    model::EnableBuiltinCommentModel(false);
    EXPECT_FALSE(Has("My uncle came to sports day. He cheered when the other team pushed me over", Category::kSafeguarding));
    model::EnableBuiltinCommentModel(true);
    EXPECT_FALSE(Has("My dad hurt his back carrying the gazebo, worth it", Category::kSafeguarding));
    EXPECT_FALSE(Has("My dad threw me a brilliant birthday party", Category::kSafeguarding));
}

// Req: MON-09
TEST(ClassifierTest, SelfHarmNeglectAndExploitationNeedAChildOrTheWriter) {
    EXPECT_EQ(Default().ScreenComment("i keep cutting again, my arms are a mess").action, Action::kDsl);
    EXPECT_EQ(Default().ScreenComment("My daughter's friend has cuts all up her arms").action, Action::kDsl);
    EXPECT_EQ(Default().ScreenComment("im starving all the time, theres no food in the cupboards again").action, Action::kDsl);
    EXPECT_EQ(Default().ScreenComment("A Year 11 boy has been selling pills to the younger ones").action, Action::kDsl);
    EXPECT_FALSE(Has("My daughter's been cutting out snowflakes all weekend", Category::kSafeguarding));
    EXPECT_FALSE(Has("The Year 9 play is about a girl who cuts herself off from her friends", Category::kSafeguarding));
    EXPECT_FALSE(Has("I could just disappear under the duvet on a Monday morning", Category::kSafeguarding));
    EXPECT_FALSE(Has("Our Year 6s are selling cakes for charity on Friday", Category::kSafeguarding));
}

// Req: MON-09
TEST(ClassifierTest, GroomingNeedsSecrecyContactAndATarget) {
    EXPECT_EQ(Default().ScreenComment("you look so grown up in this pic, add me on snap, I won't tell your mum").action,
              Action::kDsl);
    EXPECT_EQ(Default().ScreenComment("you're so mature for 13, the boys your age must be boring").action, Action::kDsl);
    EXPECT_FALSE(Escalated("Please keep it quiet, the staff surprise party is Friday, message me for details"));
    EXPECT_FALSE(Escalated("I'd love to chat with her privately about the PTA accounts"));
}

// Req: MON-09
TEST(ClassifierTest, ThreatIntentBesideViolenceAndDefusedThreatWords) {
    EXPECT_TRUE(Has("next time I see Mr Fox I'm knocking his teeth out", Category::kThreat));
    EXPECT_TRUE(Has("Mrs Nowak wants to watch her back in the car park", Category::kThreat));
    EXPECT_FALSE(Has("I'm going to put my feet up in a wheelchair-accessible seat at the panto", Category::kThreat));
    EXPECT_FALSE(Has("Watch what happens when you add mentos to cola, the Year 5s loved it", Category::kThreat));
    // A joke about a sibling with a laugh is not a threat.
    EXPECT_FALSE(Has("my sister stole my charger again, i'm going to kill her 😂", Category::kThreat));
    // A threat reported as made against the writer is the writer's disclosure, not a threat.
    auto v = Default().ScreenComment("some lads take my dinner money and said theyll stab me if i tell");
    EXPECT_EQ(v.action, Action::kDsl);
    EXPECT_TRUE(std::find(v.categories.begin(), v.categories.end(), Category::kThreat) == v.categories.end());
    EXPECT_TRUE(std::any_of(v.findings.begin(), v.findings.end(),
                            [](const Finding& f) { return f.category == Category::kSafeguarding; }));
}

// Req: MON-09
TEST(ClassifierTest, FamilyFindingsNameTheFamilyTheClassAndTheWords) {
    std::string text = "my stepdad pushes me into the wall";
    auto v = Default().ScreenComment(text);
    auto has = [&](const std::string& id_prefix, const std::string& words) {
        return std::any_of(v.findings.begin(), v.findings.end(), [&](const Finding& f) {
            return f.rule_id.rfind(id_prefix, 0) == 0 && f.matched == words &&
                   f.category == Category::kSafeguarding;
        });
    };
    EXPECT_TRUE(has("safeguarding/actor_harm/part_actor/", "stepdad"));
    EXPECT_TRUE(has("safeguarding/actor_harm/part_harm/", "pushes me"));
    // A class word alone is never reported.
    auto ok = Default().ScreenComment("my stepdad made a lovely cake for the fair");
    EXPECT_TRUE(std::none_of(ok.findings.begin(), ok.findings.end(),
                             [](const Finding& f) { return f.rule_id.find("part_") != std::string::npos; }));
}


// Req: MON-09
TEST(ClassifierTest, ImagesSpreadAndStaffPrivateContactAreSafeguarding) {
    EXPECT_EQ(Default().ScreenComment("theres a video of me crying going round snap").action, Action::kDsl);
    EXPECT_EQ(Default().ScreenComment("someone made a fake account with my photos").action, Action::kDsl);
    EXPECT_EQ(Default().ScreenComment("Mr Fox added my 12 year old on WhatsApp and messages him at midnight").action,
              Action::kDsl);
    // Sharing pictures of an event, or staff messaging parents, is not.
    EXPECT_FALSE(Escalated("My daughter shared a video of the concert on the class group chat"));
    EXPECT_FALSE(Escalated("Mrs Nowak messaged the parents on WhatsApp about the trip after 7pm"));
}

// Req: MON-09
TEST(ClassifierTest, PeersHurtingAChildNeedNoAdultActor) {
    EXPECT_EQ(Default().ScreenComment("a group of girls in my year keep pushing me into the lockers").action, Action::kDsl);
    EXPECT_EQ(Default().ScreenComment("they hold me down on the bus every day").action, Action::kDsl);
    EXPECT_FALSE(Escalated("The girls in my class taught me a new dance at break"));
    EXPECT_FALSE(Escalated("They pushed me in the paddling pool at the party 😂"));
}

// Req: MON-09
TEST(ClassifierTest, ThreatsWithNoViolenceVerb) {
    EXPECT_TRUE(Has("I'm bringing a bat to the next parents' evening", Category::kThreat));
    EXPECT_TRUE(Has("There's a can of petrol in my garage with the school's name on it", Category::kThreat));
    EXPECT_TRUE(Has("Mr Fox is going to have a nasty accident", Category::kThreat));
    EXPECT_FALSE(Has("I'm bringing my cricket bat to practice on Saturday", Category::kThreat));
    EXPECT_FALSE(Has("He got a medal with his name on it, so proud", Category::kThreat));
    EXPECT_FALSE(Has("We filled the van with petrol and a picnic for the trip", Category::kThreat));
}

// Req: MON-01
TEST(ClassifierTest, IdiomsOfMenaceAtStaffAndTheInnocentSentencesNearThem) {
    EXPECT_TRUE(Has("Be a shame if that new portakabin caught fire over the holidays, the school would be gutted",
                    Category::kThreat));
    EXPECT_TRUE(Has("Mrs Lamb will find out what my family's like if she keeps this up", Category::kThreat));
    EXPECT_TRUE(Has("tell Mr Bell I won't be there for a chat", Category::kThreat));
    EXPECT_TRUE(Has("I'm gonna drag him out of his car by his collar, that teacher", Category::kThreat));
    EXPECT_TRUE(Has("you'll regret it, Mrs Dunn", Category::kThreat));
    EXPECT_FALSE(Has("You'll regret it if you miss the Christmas show, tickets going fast", Category::kThreat));
    EXPECT_FALSE(Has("Better lock your doors, there have been break-ins on Kells Lane", Category::kThreat));
    EXPECT_FALSE(Has("Keep looking over your shoulder for the Easter bunny at the egg hunt", Category::kThreat));
    EXPECT_FALSE(Has("I'm going to have to drag him out of bed for the trip at 6am", Category::kThreat));
    EXPECT_FALSE(Has("Would be a shame if the school's new mural got damaged, please keep off it", Category::kThreat));
    // Intent said of someone else; a bomb hoax that never says bomb.
    EXPECT_TRUE(Has("if that ref shows his face again he'll be going home in an ambulance", Category::kThreat));
    EXPECT_FALSE(Has("He'll be going home in an ambulance costume after the world book day parade", Category::kThreat));
    EXPECT_TRUE(Has("there's a device in the building. you've got till 10.", Category::kThreat));
    EXPECT_FALSE(Has("There's a device in the hall to charge your phones during the quiz", Category::kThreat));
    EXPECT_FALSE(Has("They'll be going home exhausted after the residential", Category::kThreat));
}

// Req: MON-01
TEST(ClassifierTest, InnuendoMarkedByASuggestiveEmoji) {
    EXPECT_TRUE(Has("Miss Frost can give me extra homework any time 😏", Category::kSexual));
    EXPECT_TRUE(Has("the new PE teacher is getting a few ideas for tonight 🥵", Category::kSexual));
    EXPECT_TRUE(Has("she's grown up a lot this year if you know what I mean 😏", Category::kSexual));
    EXPECT_TRUE(Has("Mrs Stone can come and check my pipes 😘", Category::kSexual));
    EXPECT_FALSE(Has("Feel free to call in any time 😉 we love visitors at the open day", Category::kSexual));
    EXPECT_FALSE(Has("If you know what I mean 😂 it was a long day for the staff at sports day", Category::kSexual));
    EXPECT_FALSE(Has("Big plans for tonight 🎉 bonfire at the park with the whole class", Category::kSexual));
    EXPECT_FALSE(Has("My thighs are killing me after the mums' race 😂", Category::kSexual));
}

// Req: MON-01
TEST(ClassifierTest, SessionEightFormsOfHateInsultComplaintAndDisclosure) {
    EXPECT_TRUE(Has("Polish lot taking every job round here, they can go home", Category::kHate));
    EXPECT_FALSE(Has("The Polish families brought amazing cakes to the international evening", Category::kHate));
    EXPECT_TRUE(Has("the SEN kids are a drain, holding the rest of the class back", Category::kHate));
    EXPECT_TRUE(Has("Whoever runs the uniform shop has the brains of a goldfish", Category::kInsult));
    EXPECT_TRUE(Has("The new parking system is an absolute shambles", Category::kComplaint));
    EXPECT_TRUE(Has("Reported the broken gate twice and nothing's changed", Category::kComplaint));
    EXPECT_FALSE(Has("My lad has gone backwards through the hedge on the cross country", Category::kComplaint));
    EXPECT_TRUE(Has("a man online keeps telling my daughter she's mature for her age", Category::kSafeguarding));
    EXPECT_FALSE(Has("She's very mature for her age, so proud of her", Category::kSafeguarding));
    EXPECT_TRUE(Has("a little boy from year 1 is out on his own until dark every night", Category::kSafeguarding));
}

// Req: MON-09
TEST(ClassifierTest, DamageToSomeonesThingsWithAConditionOrIntentIsAThreat) {
    // Family property_damage: a thing + what happens to it + a condition, provocation or intent.
    EXPECT_TRUE(Has("if you park across my drive again your windscreen will be in pieces", Category::kThreat));
    EXPECT_TRUE(Has("one more detention and I'm letting all four of his tyres down", Category::kThreat));
    EXPECT_TRUE(Has("touch my son again and the windows of your house are going in", Category::kThreat));
    EXPECT_TRUE(Has("if they exclude him the staffroom windows are going in", Category::kThreat));
    EXPECT_TRUE(Has("I'll have every window of that staffroom going in", Category::kThreat));  // with intent
    EXPECT_FALSE(Has("My windscreen is in pieces after that hail, anyone know a glass place", Category::kThreat));
    EXPECT_FALSE(Has("Next time it snows the car park will be in bits again, please grit it", Category::kThreat));
    EXPECT_FALSE(Has("The year 11s smashed the car wash fundraiser, if you missed it come next time", Category::kThreat));
    EXPECT_FALSE(Has("If you leave your car in the bus bay it will get a ticket, just saying", Category::kThreat));
}

// Req: MON-09
TEST(ClassifierTest, SessionNineVeiledMenaceBeatingsAndKnives) {
    EXPECT_TRUE(Has("we know where Mr Fox drinks on a Friday, tell him that", Category::kThreat));
    EXPECT_TRUE(Has("somebody should give Mr Fox a good hiding", Category::kThreat));
    EXPECT_TRUE(Has("got the shank ready for him after school", Category::kSafeguarding));
    EXPECT_FALSE(Has("I know where Mr Fox parks, right by the gate, he always waves", Category::kThreat));
    EXPECT_FALSE(Has("We'll give them a proper hiding at football next week, come on the Ravens", Category::kThreat));
    EXPECT_FALSE(Has("Someone should give the dinner ladies a medal", Category::kThreat));
}

// Req: MON-09
TEST(ClassifierTest, SessionNineNeglectExploitationAndImagesSeenByOthers) {
    EXPECT_TRUE(Has("my nephew keeps coming home with wads of cash and won't say where it's from",
                    Category::kSafeguarding));
    EXPECT_TRUE(Has("a lad from year 5 has turned up starving three mornings running, my son says", Category::kSafeguarding));
    EXPECT_TRUE(Has("there are pictures of a year 8 girl from the changing rooms going round the group chat", Category::kSafeguarding));
    EXPECT_TRUE(Has("people keep messaging my daughter telling her to go and die", Category::kSafeguarding));
    EXPECT_FALSE(Has("The lads turned up starving after the cross country, bacon butties all round", Category::kSafeguarding));
    EXPECT_FALSE(Has("My son sat on the step till gone 9 waiting for the meteor shower", Category::kSafeguarding));
    EXPECT_FALSE(Has("Photos from the changing rooms refurbishment look great", Category::kSafeguarding));
}

// Req: MON-01
TEST(ClassifierTest, SessionNineInnuendoSarcasmAndFruit) {
    EXPECT_TRUE(Has("the girl on the end in the swimming gala pic, message me when she's legal", Category::kSafeguarding));
    EXPECT_TRUE(Has("dm me some pics of her 😏", Category::kSexual));
    EXPECT_FALSE(Has("We grew peaches in the eco garden this year 🍑", Category::kSexual));
    EXPECT_FALSE(Has("the year 6 dads at sports day 😍🍑", Category::kSafeguarding));  // parents, not children
    EXPECT_TRUE(Has("detention for the whole class because one lad forgot his tie. great system", Category::kComplaint));
    EXPECT_FALSE(Has("Great planning by the PTFA, the whole fair ran like clockwork", Category::kComplaint));
    EXPECT_TRUE(Has("my nan asked can she pick him up on Friday instead of me", Category::kQuestion));
}

// Req: MON-01
TEST(ClassifierTest, RoundTenMissesOfBasicKinds) {
    // "shitty" (the profanity suffix list spelled it "shity"), "gobshite", "for f sake".
    EXPECT_TRUE(Has("what a shitty way to treat parents", Category::kProfanity));
    EXPECT_TRUE(Has("that ref is a gobshite", Category::kProfanity));
    EXPECT_TRUE(Has("oh for f sake, not again", Category::kProfanity));
    // A weapon in the writer's bag; a dropped g.
    EXPECT_TRUE(Has("there's a knife in my bag for whoever grassed", Category::kSafeguarding));
    EXPECT_TRUE(Has("im bringin a blade in tomorrow", Category::kThreat));
    EXPECT_FALSE(Has("The knife crime assembly was powerful, well done year 9", Category::kThreat));
    // Telling people to lock their things up, beside a group, is hate; alone it is advice.
    EXPECT_TRUE(Has("the gypsies are back on the field, lock your cars", Category::kHate));
    EXPECT_FALSE(Has("lock your bikes up at the leisure centre, there's been thefts", Category::kHate));
    // Bending someone over; rating children's looks.
    EXPECT_TRUE(Has("would bend that new teacher over the desk", Category::kSexual));
    EXPECT_FALSE(Has("bend the old wire over the fence", Category::kSexual));
    EXPECT_TRUE(Has("rate the year 9 girls in the netball photo out of 10", Category::kSafeguarding));
    // A "member of staff" messaging a pupil late at night.
    EXPECT_TRUE(Has("a member of staff keeps messaging my son late at night", Category::kSafeguarding));
}

// Req: MON-01
TEST(ClassifierTest, InnocentConstructionOverlappingARuleDefusesIt) {
    // Each line shares words with an older rule: a threat, a disclosure, a slur, hate, grooming.
    EXPECT_FALSE(Escalated("I'll batter the fish for the chip supper at the summer fair"));
    EXPECT_FALSE(Escalated("My daughter got a black eye from a hockey stick but she scored"));
    EXPECT_FALSE(Escalated("My brother beat me at FIFA again"));
    EXPECT_FALSE(Escalated("Faggots, mash and peas on the menu today"));
    EXPECT_FALSE(Escalated("Send them back to the office if they're lost, thanks"));
    EXPECT_FALSE(Escalated("Message me privately for the quiz answers"));
    // The same rules still fire without the innocent construction.
    EXPECT_TRUE(Has("I'll batter the teacher", Category::kThreat));
    EXPECT_EQ(Default().ScreenComment("my dad gave me a black eye").action, Action::kDsl);
}

// Req: MON-01
TEST(ClassifierTest, LinksToPublicBodiesAreNotSpam) {
    EXPECT_FALSE(Has("Roadworks on Town Street till May https://www.leeds.gov.uk/roadworks", Category::kSpam));
    EXPECT_FALSE(Has("Visit bbc.co.uk for the full story", Category::kSpam));
    EXPECT_TRUE(Has("Cheap trainers at https://best-kicks-outlet.shop/sale", Category::kSpam));
    EXPECT_TRUE(Has("Free gifts at https://www.gov.uk.prize-claim.info", Category::kSpam));
}

// Req: MON-01
TEST(ClassifierTest, TheDomainOfAnEmailAddressIsNotALink) {
    for (const char* text : {"email paul at hotmail.co.uk for the lift share", "it's jo.b@hotmail.co.uk if you need me",
                             "message dan (at) btinternet.com about the kit"}) {
        EXPECT_TRUE(Has(text, Category::kPersonalData)) << text;
        EXPECT_FALSE(Has(text, Category::kSpam)) << text;
    }
    EXPECT_TRUE(Has("Cheap trainers at best-kicks-outlet.co.uk", Category::kSpam));
}

// Req: MON-01. A look-alike payment page on a .co domain is a link like any other (session 14:
// "Pay now to avoid suspension of your child's lunches: ravensworth-meals-pay.co/login").
TEST(ClassifierTest, LinksOnCoDomainsAreSpam) {
    ExpectRulesRead(Category::kSpam, {"your lunches: ravensworth-meals-pay.co/login", "see meals-pay.co",
                                      // Links on the domains an e-mail address may end with (session 15).
                                      "second-hand blazers on uniform-swap.scot", "free tablets: schoolfunds.ie/apply"},
                    {"the co-op on the corner sells them", "my co worker's lad goes there"});
}

// A predicate "is `text` spam?" of a screener built from `lexicon` alone.
auto SpamOf(const std::vector<LexiconEntry>& lexicon) {
    ScreenerConfig config;
    config.lexicon = lexicon;
    auto created = Screener::Create(config);
    EXPECT_TRUE(created.has_value());
    std::shared_ptr<const Screener> screener = created ? *created : nullptr;
    return [screener](const std::string& text) {
        if (screener == nullptr) return false;
        auto v = screener->ScreenComment(text);
        return std::find(v.categories.begin(), v.categories.end(), Category::kSpam) != v.categories.end();
    };
}

// Req: MON-01
TEST(ClassifierTest, PublicBodyDomainsAreLexiconDataASchoolCanExtend) {
    auto shipped = LoadLexiconDir(std::string(STEWARD_SOURCE_DIR) + "/data/lexicons");
    ASSERT_TRUE(shipped.has_value());
    const std::string trust = "Holiday club sign-up is on https://www.leedslearningtrust.org.uk/holiday-club";
    const std::string council = "Roadworks on Town Street till May https://www.leeds.gov.uk/roadworks";
    EXPECT_TRUE(Has(trust, Category::kSpam));
    // A school adds its trust's domain (kind public_body) to its lexicon: its links are not spam,
    // look-alikes still are.
    auto added = ParseLexicon("@kind public_body\nleedslearningtrust.org.uk\n", "school.txt");
    ASSERT_TRUE(added.has_value());
    std::vector<LexiconEntry> school = *shipped;
    school.insert(school.end(), added->begin(), added->end());
    auto school_spam = SpamOf(school);
    EXPECT_FALSE(school_spam(trust));
    EXPECT_FALSE(school_spam(council));
    EXPECT_TRUE(school_spam("Prizes at https://leedslearningtrust.org.uk.win-now.info"));
    // The shipped domains come from data/lexicons/public_body.txt, not from the code.
    std::vector<LexiconEntry> without;
    std::copy_if(shipped->begin(), shipped->end(), std::back_inserter(without),
                 [](const LexiconEntry& e) { return e.kind != "public_body"; });
    ASSERT_LT(without.size(), shipped->size());
    EXPECT_TRUE(SpamOf(without)(council));
}

}  // namespace
}  // namespace steward::screening
