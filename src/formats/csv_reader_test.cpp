#include "formats/csv_reader.hpp"

#include <gtest/gtest.h>

namespace steward::formats {
namespace {

TEST(CsvReaderTest, ReadsQuotedFieldsWithCommasQuotesAndNewlines) {
    auto records = ParseCsv("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",z\r\n", "t.csv");
    ASSERT_TRUE(records) << records.error().ToString();
    ASSERT_EQ(records->size(), 3u);
    EXPECT_EQ((*records)[1].fields, (std::vector<std::string>{"x, y", "say \"hi\""}));
    EXPECT_EQ((*records)[2].fields[0], "two\nlines");
    EXPECT_EQ((*records)[2].line, 3);
}

TEST(CsvReaderTest, SkipsByteOrderMarkAndBlankLines) {
    auto records = ParseCsv("\xEF\xBB\xBFid,name\n\n1,A\n", "t.csv");
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), 2u);
    EXPECT_EQ((*records)[0].fields[0], "id");
    EXPECT_EQ((*records)[1].line, 3);
}

TEST(CsvReaderTest, LineNumbersCountNewlinesInsideQuotes) {
    auto records = ParseCsv("h\n\"a\nb\"\nc\n", "t.csv");
    ASSERT_TRUE(records);
    EXPECT_EQ((*records)[2].line, 4);
}

TEST(CsvReaderTest, UnclosedQuoteIsAnErrorWithItsLine) {
    auto records = ParseCsv("h\nok\n\"never closed\n", "t.csv");
    ASSERT_FALSE(records);
    EXPECT_EQ(records.error().where, "t.csv line 3");
}

TEST(CsvReaderTest, StrayQuoteInUnquotedFieldIsAnError) {
    auto records = ParseCsv("h\nab\"c\n", "t.csv");
    ASSERT_FALSE(records);
    EXPECT_EQ(records.error().where, "t.csv line 2");
}

TEST(CsvReaderTest, FindColumnIgnoresCaseAndSpaces) {
    std::vector<std::string> header = {"UPN", " Legal Surname "};
    EXPECT_EQ(FindColumn(header, {"surname", "legal surname"}), 1);
    EXPECT_EQ(FindColumn(header, {"adno"}), -1);
}

}  // namespace
}  // namespace steward::formats
