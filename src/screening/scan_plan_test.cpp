// The scan plan (word trie + gated regexes) must report what one Hyperscan database per group
// reports, for every match the word-start and \b checks can accept.
#include "screening/scan_plan.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "screening/builtin_lexicons.hpp"
#include "screening/screener_internal.hpp"

namespace steward::screening {
namespace {

bool IsAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

std::vector<Rule> BuiltinRules() {
    std::vector<Rule> rules;
    auto lexicon = LoadBuiltinLexicons();
    EXPECT_TRUE(lexicon.has_value());
    for (const LexiconEntry& entry : *lexicon) {
        Rule rule;
        rule.SetKind(entry.kind);
        rule.entry = entry;
        rule.word = !entry.is_regex;
        rules.push_back(std::move(rule));
    }
    AddPersonalDataRules(rules);
    for (Rule& rule : rules) {  // as Screener::Create
        rule.regex = EntryRegex(rule.entry);
        if (rule.word) rule.canonical_regex = CanonicalWordRegex(rule.entry);
        else rule.regex = StripWordBoundaries(rule.regex, &rule.lead_boundary, &rule.trail_boundary);
    }
    return rules;
}

using Key = std::tuple<unsigned, std::size_t, std::size_t>;

// Every rule in one database (words over the word view, or obfuscation-tolerant with a '*'),
// keeping the matches that can start at a word start when the rule needs one.
std::set<Key> Reference(const std::vector<Rule>& rules, const PatternDb& regexes, const PatternDb& canon,
                        const PatternDb& raw, const PatternDb& leet, const std::string& t) {
    std::string view = t;
    for (char& c : view) c = LeetCanonical(c);
    std::vector<Match> matches;
    EXPECT_TRUE(regexes.Scan(t, matches));
    bool star = t.find('*') != std::string::npos;
    EXPECT_TRUE(star ? bool(leet.Scan(t, matches)) : canon.Scan(view, matches) && raw.Scan(t, matches));
    std::set<Key> out;
    for (const Match& m : matches) {
        const Rule& rule = rules[m.id];
        if ((rule.word || rule.lead_boundary) && m.from > 0 && IsAlnum(t[m.from - 1])) continue;
        out.insert({m.id, m.from, m.to});
    }
    return out;
}

TEST(ScanPlanTest, ReportsWhatOneDatabasePerKindReports) {
    std::vector<Rule> rules = BuiltinRules();
    auto plan = ScanPlan::Build(rules);
    ASSERT_TRUE(plan.has_value()) << plan.error().ToString();
    std::vector<PatternSpec> regexes, canon, raw, leet;  // raw: words the view cannot hold, over the text
    for (std::size_t i = 0; i < rules.size(); ++i) {
        auto id = static_cast<unsigned>(i);
        if (!rules[i].word) regexes.push_back(PatternSpec{rules[i].regex, id});
        else {
            if (rules[i].canonical_regex.empty()) raw.push_back(PatternSpec{rules[i].regex, id});
            else canon.push_back(PatternSpec{rules[i].canonical_regex, id});
            leet.push_back(PatternSpec{rules[i].regex, id});
        }
    }
    auto r = PatternDb::Compile(regexes), c = PatternDb::Compile(canon), w = PatternDb::Compile(raw);
    auto l = PatternDb::Compile(leet);
    ASSERT_TRUE(r && c && w && l);
    for (std::string text : {
             "well done amara, great  -  tits on the feeder and dick whittington", "sort it out please, not happy",
             "i'll kill you", "you're a sh1t teacher, f*ck off", "call 07700 900123 or email a.b@x.com",
             "year 10 and yr11 and y 9s", "dob 12/03/2015, born on 3rd may", "x'em and 'em", "so gay, thats so gay",
             "its a joke, what a shambles", "for 3 weeks now", "www.bit.ly/deal12 50% cheaper", "fuuck, shiiit",
             "brilliant b r i l l i a n t", "no one has replied since september", "emailed them twice",
             "", "a", "not", "waste  of . space", "the hell", "what the hell", "ano not since may",
             // kAlways is scanned only for texts with an emoji lead byte or '£' (its gate bytes)
             "x😈 and 🍑", "🔥 dm me", "£50 a day", "earn £500 per week", "🙄 well that was appreciated",
             "you are an absolute joke", "r u a disgrace", "20% off today", "year 7s and year 13",
             // kAlways's literal gate ("lol", "haha", a quoted word), kWordsRaw's spellings, and
             // regexes gated by several words at word starts ("my" AND "bat")
             "lol ok", "hahaha", "jk mate", "that 'effort' again", "f4f and l4l", "xf4f", "f4*",
             "he got a baseball bat and my dad has a bat", "a bat", "50 quid a day", "10 euro per hour",
             "my stepdad hits me", "i have emailed them three times", "hes getting beaten up",
             // kDigit's database needs two digits; its gated regexes (addresses, dates) one
             "born 3 may", "dob 3rd may 2015", "at 4 acacia avenue", "y7 ab1 2cd", "ring 0 7 7 0 0 9 0 0 1 2 3",
             // multi-word entries with too many leet spellings for the trie, gated by their words
             "you'll k1ll yourse1f laughing", "kill  urself . laughing", "youll kill yourself", "you will ki|| yourself",
             "skill yourself", "kill yourself"}) {
        std::vector<Match> got;
        ASSERT_TRUE((*plan)->Scan(text, got));
        std::set<Key> mine;
        for (const Match& m : got) {
            const Rule& rule = rules[m.id];
            if ((rule.word || rule.lead_boundary) && m.from > 0 && IsAlnum(text[m.from - 1])) continue;
            if (m.id < kProbeId) mine.insert({m.id, m.from, m.to});
        }
        std::set<Key> want = Reference(rules, **r, **c, **w, **l, text);
        for (const Key& k : want) {
            // Personal-data groups only run when triggered; every text here that matches one has its trigger.
            EXPECT_TRUE(mine.count(k)) << text << ": missing " << rules[std::get<0>(k)].rule_id << " "
                                       << rules[std::get<0>(k)].regex << " @" << std::get<1>(k);
        }
        for (const Key& k : mine) EXPECT_TRUE(want.count(k)) << text << ": extra " << rules[std::get<0>(k)].regex;
    }
}

TEST(ScanPlanTest, LiteralSetFindsEveryLiteralAnywhere) {
    LiteralSet set;
    set.Build({"lol", "jk", "x", "\xf0\x9f\x98\x82"});
    for (std::string_view yes : {"lol", "trolol", "a jk", "x", "ax", "xa", "\xf0\x9f\x98\x82!", "okjk"}) {
        EXPECT_TRUE(set.FoundIn(yes)) << yes;
    }
    for (std::string_view no : {"", "lo", "ol", "j k", "kj", "\xf0\x9f\x98", "hello"}) EXPECT_FALSE(set.FoundIn(no)) << no;
    // many literals with one first byte: only those with the text's second byte are tried, in
    // std::string's order (bytes above 0x7f sort after ASCII)
    LiteralSet shared;
    shared.Build({"i0", "i9", "inbox me", "i\xc3\xa9t", "i\xc3\xa8", "\xf0\x9f\x98\x82", "\xf0\x9f\x8d\x86"});
    for (std::string_view yes : {"inbox me", "xi9", "ci\xc3\xa9te", "\xf0\x9f\x8d\x86", "i\xc3\xa8"}) {
        EXPECT_TRUE(shared.FoundIn(yes)) << yes;
    }
    for (std::string_view no : {"inbox", "i5", "i", "i\xc3\xa9", "\xf0\x9f\x8d"}) EXPECT_FALSE(shared.FoundIn(no)) << no;
    LiteralSet empty;
    empty.Build({});
    EXPECT_FALSE(empty.FoundIn("anything"));
}

}  // namespace
}  // namespace steward::screening
