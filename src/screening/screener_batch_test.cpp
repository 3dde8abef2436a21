// ScreenComments (batched scans over concatenated messages) must give every message exactly the
// verdict ScreenComment gives it alone, whatever its neighbours.
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "screening/scan_plan.hpp"
#include "screening/screener.hpp"

namespace steward::screening {
namespace {

// The "text" value of a dev comments line (the escapes the file uses: \" \\ \n \uXXXX).
std::string TextField(const std::string& line) {
    std::size_t at = line.find("\"text\": \"");
    if (at == std::string::npos) return "";
    std::string out;
    for (std::size_t i = at + 9; i < line.size() && line[i] != '"'; ++i) {
        if (line[i] != '\\' || i + 1 >= line.size()) {
            out += line[i];
            continue;
        }
        char e = line[++i];
        if (e == 'n') out += '\n';
        else if (e == 'u' && i + 4 < line.size()) {
            unsigned cp = std::stoul(line.substr(i + 1, 4), nullptr, 16);
            i += 4;
            if (cp < 0x80) out += static_cast<char>(cp);
            else if (cp < 0x800) out += {static_cast<char>(0xc0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3f))};
            else out += {static_cast<char>(0xe0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3f)),
                         static_cast<char>(0x80 | (cp & 0x3f))};
        } else {
            out += e;
        }
    }
    return out;
}

std::vector<PersonName> DevRoster() {
    std::ifstream in(std::string(STEWARD_SOURCE_DIR) + "/testdata/dev/roster.csv");
    std::vector<PersonName> out;
    std::string line;
    std::getline(in, line);  // header: pupil_id,first_name,last_name,preferred_name,...
    while (std::getline(in, line)) {
        std::vector<std::string> cells{""};
        for (char c : line) {
            if (c == ',') cells.emplace_back();
            else cells.back() += c;
        }
        if (cells.size() >= 4) out.push_back({cells[1], cells[2], cells[3], ""});
    }
    return out;
}

std::shared_ptr<const Screener> Make(const std::string& extra_lexicon = "") {
    ScreenerConfig config;
    auto lexicon = LoadLexiconDir(std::string(STEWARD_SOURCE_DIR) + "/data/lexicons");
    EXPECT_TRUE(lexicon.has_value());
    config.lexicon = *lexicon;
    if (!extra_lexicon.empty()) {
        auto extra = ParseLexicon(extra_lexicon, "test.txt");
        EXPECT_TRUE(extra.has_value());
        config.lexicon.insert(config.lexicon.end(), extra->begin(), extra->end());
    }
    config.contacts.phones = {"0117 496 0382"};
    config.contacts.postcodes = {"BS15 9QX"};
    config.pupils = DevRoster();
    config.pupils.push_back({"Amara", "Okafor", "", ""});
    config.staff = {{"David", "King", "", "Mr"}};
    auto created = Screener::Create(config);
    EXPECT_TRUE(created.has_value()) << created.error().ToString();
    return *created;
}

const Screener& Default() {
    static std::shared_ptr<const Screener> screener = Make();
    return *screener;
}

std::string Describe(const CommentVerdict& v) {
    std::string out = std::string(ActionName(v.action));
    for (Category c : v.categories) out += " " + std::string(CategoryName(c));
    for (const Finding& f : v.findings) {
        out += " | " + f.rule_id + "@" + std::to_string(f.span.begin) + "-" + std::to_string(f.span.end) + ":" +
               std::string(CategoryName(f.category)) + ":" + std::string(SeverityName(f.severity)) + ":" +
               std::to_string(f.confidence) + ":" + f.matched;
    }
    return out;
}

// Every message's batched verdict equals its verdict alone.
void ExpectSameAsAlone(const Screener& screener, const std::vector<std::string>& texts) {
    std::vector<std::string_view> views(texts.begin(), texts.end());
    std::vector<CommentVerdict> batched = screener.ScreenComments(views);
    ASSERT_EQ(batched.size(), texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i) {
        EXPECT_EQ(Describe(batched[i]), Describe(screener.ScreenComment(texts[i]))) << "message " << i << ": " << texts[i];
    }
}

TEST(ScreenerBatchTest, EveryDevCommentGetsItsOneAtATimeVerdict) {
    std::ifstream in(std::string(STEWARD_SOURCE_DIR) + "/testdata/dev/comments.jsonl");
    std::vector<std::string> texts;
    for (std::string line; std::getline(in, line);) texts.push_back(TextField(line));
    ASSERT_GT(texts.size(), 1000u);
    ExpectSameAsAlone(Default(), texts);  // batches of kBatchMessages, neighbours as in the file
    std::vector<std::string> halves;      // each comment cut in two: neighbours that join up
    for (const std::string& t : texts) {
        halves.push_back(t.substr(0, t.size() / 2));
        halves.push_back(t.substr(t.size() / 2));
    }
    ExpectSameAsAlone(Default(), halves);
}

// Neighbours that would match across the boundary if the separator let a pattern through.
TEST(ScreenerBatchTest, NothingMatchesAcrossNeighbouringMessages) {
    std::vector<std::string> texts = {
        "what the fu", "ck is this", "sh", "it", "f u c", "k i n g", "ring me on 07700", "900 123 thanks",
        "ring me on 07700 900123", "Amara", "Okafor was brilliant", "Amara Okafor was brilliant", "okafor,",
        "amara", "born on", "12 May 2014", "my email is parent", "@icloud.com", "visit www.", "example.com",
        "see you at 12", "Mill Lane", "BS15", "9QX", "BS16 4QX", "#WellDone", "AmaraOkafor", "", "Mr King is",
        "hopeless", "Mr King is hopeless", "i know where you", "live", "kill", "yourself", "o7700 nine double",
        "oh 286", "£", "50 off today", "year", "10 trip", "😂", "🍆 tonight",
        // "is\na joke" crosses into the next message (\s+ takes the separator): that message,
        // which triggers the same gated regex, is rescanned alone.
        "what a joke this is", "a joke you are", "what a joke this is", "such a joke you are a joke"};
    ExpectSameAsAlone(Default(), texts);
    std::vector<std::string> single = {"what the fuck is this"};
    ExpectSameAsAlone(Default(), single);
}

TEST(ScreenerBatchTest, AnchoredPatternsMatchAtEachMessageStartAndEnd) {
    auto screener = Make("@kind spam\nre: ^free money\nre: (?:win|won) a prize$\nre: cash.{0,3}now\n");
    std::vector<std::string> texts = {"hello", "free money here", "you won a prize", "you won a prize today",
                                      "not free money", "cash now", "ca", "sh now"};
    ExpectSameAsAlone(*screener, texts);
    EXPECT_EQ(screener->ScreenComments(std::vector<std::string_view>{"x", "free money here"})[1].action,
              screener->ScreenComment("free money here").action);
    bool spam = false;
    for (Category c : screener->ScreenComment("free money here").categories) spam = spam || c == Category::kSpam;
    EXPECT_TRUE(spam);
}

TEST(ScreenerBatchTest, AnchorsAreRecognised) {
    EXPECT_TRUE(HasAnchor("^free"));
    EXPECT_TRUE(HasAnchor("prize$"));
    EXPECT_TRUE(HasAnchor("\\Afoo"));
    EXPECT_TRUE(HasAnchor("foo\\z"));
    EXPECT_TRUE(HasAnchor("(?:a|^b)"));
    EXPECT_FALSE(HasAnchor("[^\\s]+"));
    EXPECT_FALSE(HasAnchor("\\$\\d+"));
    EXPECT_FALSE(HasAnchor("[]^$]x"));
    EXPECT_FALSE(HasAnchor("\\bfoo\\b"));
}

TEST(ScreenerBatchTest, EmptyAndLongBatches) {
    EXPECT_TRUE(Default().ScreenComments({}).empty());
    std::vector<std::string> texts(Screener::kBatchMessages * 2 + 3, "you are a dickhead");
    texts[7] = std::string(Screener::kBatchBytes + 10, 'a') + " shit";  // a text over the batch bytes
    ExpectSameAsAlone(Default(), texts);
}

}  // namespace
}  // namespace steward::screening
