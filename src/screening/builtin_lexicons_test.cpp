#include "screening/builtin_lexicons.hpp"

#include <gtest/gtest.h>

#include <string>

namespace steward::screening {
namespace {

// A comparable view of every field of an entry, printed on mismatch.
std::string Describe(const LexiconEntry& e) {
    std::string out = e.source + " kind=" + e.kind + " tag=" + e.tag + " text=" + e.text;
    out += " regex=" + std::to_string(e.is_regex) + " any=" + std::to_string(e.any_suffix);
    out += " explicit=" + std::to_string(e.explicit_suffixes);
    out += " severity=" + std::string(SeverityName(e.severity)) + " version=" + e.version;
    out += " suffixes=";
    for (const std::string& s : e.suffixes) out += s + ",";
    return out;
}

TEST(BuiltinLexiconsTest, EqualTheSourceTreesDataLexiconsEntryForEntry) {
    auto from_dir = LoadLexiconDir(std::string(STEWARD_SOURCE_DIR) + "/data/lexicons");
    ASSERT_TRUE(from_dir.has_value()) << from_dir.error().ToString();
    auto builtin = LoadBuiltinLexicons();
    ASSERT_TRUE(builtin.has_value()) << builtin.error().ToString();
    ASSERT_EQ(builtin->size(), from_dir->size())
        << "a data/lexicons/*.txt file is missing from the list in src/screening/CMakeLists.txt";
    for (std::size_t i = 0; i < builtin->size(); ++i) {
        EXPECT_EQ(Describe((*builtin)[i]), Describe((*from_dir)[i])) << "entry " << i;
    }
}

TEST(BuiltinLexiconsTest, EmbedEveryShippedFileInNameOrder) {
    auto files = BuiltinLexiconFiles();
    ASSERT_GE(files.size(), 11u);
    for (std::size_t i = 1; i < files.size(); ++i) EXPECT_LT(files[i - 1].name, files[i].name);
    for (const BuiltinLexiconFile& f : files) EXPECT_FALSE(f.text.empty()) << f.name;
}

}  // namespace
}  // namespace steward::screening
