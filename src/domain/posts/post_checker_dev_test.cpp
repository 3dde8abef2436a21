// Regression guard on the public dev set (testdata/dev): the consent and name reasons must stay
// exact, and the name finder must keep finding the labelled mentions. The hidden set measures
// generality; these floors only stop regressions.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <fstream>
#include <set>
#include <sstream>

#include "domain/posts/post_checker.hpp"
#include "domain/posts/post_evaluation.hpp"
#include "formats/consent_csv.hpp"
#include "formats/posts_jsonl.hpp"
#include "formats/roster_csv.hpp"
#include "formats/school_json.hpp"

namespace steward::domain {
namespace {

std::string ReadDev(const std::string& name) {
    std::ifstream in(std::string(STEWARD_SOURCE_DIR) + "/testdata/dev/" + name);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

class DevSetTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto roster = formats::ParseRosterCsv(ReadDev("roster.csv"));
        ASSERT_TRUE(roster);
        roster_ = *roster;
        auto records = formats::ParseConsentCsv(ReadDev("consent.csv"));
        ASSERT_TRUE(records);
        auto school = formats::ParseSchoolJson(ReadDev("school.json"));
        ASSERT_TRUE(school);
        school_ = *school;
        checker_ = std::make_unique<PostChecker>(roster_, ConsentRegister(*records), school_,
                                                 PostRules{}, nullptr);
        std::istringstream lines(ReadDev("posts.jsonl"));
        std::string line;
        while (std::getline(lines, line)) lines_.push_back(line);
    }

    std::vector<Pupil> roster_;
    SchoolProfile school_;
    std::unique_ptr<PostChecker> checker_;
    std::vector<std::string> lines_;
};

// Req: PST-06
// Req: PST-08
TEST_F(DevSetTest, ConsentAndNameReasonsMatchTheLabelsExactly) {
    PostEvaluation evaluation;
    for (std::size_t index = 0; index < lines_.size(); ++index) {
        auto post = formats::ParsePostLine(lines_[index], static_cast<int>(index + 1));
        ASSERT_TRUE(post);
        auto result = checker_->Check(*post);
        ASSERT_TRUE(result);
        auto label = formats::ParsePostLabel(lines_[index], static_cast<int>(index + 1));
        ASSERT_TRUE(label);
        evaluation.Add(*result, *label);
    }
    for (int index = 0; index <= static_cast<int>(PostReason::kNameWithoutConsent); ++index) {
        const auto reason = static_cast<PostReason>(index);
        EXPECT_EQ(evaluation.Precision(reason), 1.0) << PostReasonCode(reason);
        EXPECT_EQ(evaluation.Recall(reason), 1.0) << PostReasonCode(reason);
    }
}

// Req: PST-11
TEST_F(DevSetTest, NameFinderFindsTheLabelledMentions) {
    std::vector<screening::RosterName> names;
    for (const Pupil& pupil : roster_) {
        names.push_back({pupil.id, pupil.first_name, pupil.last_name, pupil.preferred_name});
    }
    screening::NameIndex index(names, {school_.motto_hashtags, {}});
    int true_positive = 0, false_positive = 0, false_negative = 0;
    for (const std::string& line : lines_) {
        const auto root = boost::json::parse(line).as_object();
        std::unordered_set<std::string> tagged;
        for (const auto& id : root.at("tagged_pupil_ids").as_array()) tagged.emplace(id.as_string());
        std::set<std::pair<std::string, std::string>> expected, found;
        for (const auto& m : root.at("expected").at("evidence").at("mentions").as_array()) {
            expected.emplace(std::string(m.at("pupil_id").as_string()), std::string(m.at("form").as_string()));
        }
        const std::string caption(root.at("caption").as_string());
        for (const auto& m : index.FindMentions(caption, tagged)) {
            found.emplace(m.person_id, m.form == screening::MentionForm::kFull ? "full" : "first");
        }
        for (const auto& item : found) {
            if (expected.count(item)) ++true_positive;
            else {
                ++false_positive;
                ADD_FAILURE() << "extra mention " << item.first << "/" << item.second << " in " << root.at("id");
            }
        }
        for (const auto& item : expected) {
            if (!found.count(item)) {
                ++false_negative;
                ADD_FAILURE() << "missed mention " << item.first << "/" << item.second << " in " << root.at("id");
            }
        }
    }
    std::printf("mentions: tp %d fp %d fn %d\n", true_positive, false_positive, false_negative);
}

}  // namespace
}  // namespace steward::domain
