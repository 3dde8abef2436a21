// The comments section of a subject access export, on a real in-memory store: which comments are
// included and what is redacted.
#include "domain/subject_access/comments_collector.hpp"

#include <gtest/gtest.h>

#include "domain/consent/consent_test_fixture.hpp"

namespace steward::domain {
namespace {

std::string Value(const SubjectAccessItem& item, std::string_view field) {
    for (const auto& [name, value] : item) {
        if (name == field) return value;
    }
    return "<missing>";
}

std::string Finding(const std::string& text, std::string_view part, std::string_view rule) {
    const std::size_t at = text.find(part);
    EXPECT_NE(at, std::string::npos) << part;
    return "{\"span\":[" + std::to_string(at) + "," + std::to_string(at + part.size()) +
           "],\"category\":\"personal_data\",\"rule_id\":\"" + std::string(rule) +
           "\",\"severity\":\"medium\"}";
}

class CommentsCollectorTest : public ConsentTest {
  protected:
    void SetUp() override {
        ConsentTest::SetUp();
        ASSERT_TRUE(store_->Transact([](Tx& tx) {
            OfficialAccount account;
            account.id = "acc1";
            account.school_id = "s1";
            account.platform = Platform::kFacebook;
            account.handle = "@s1";
            return tx.Accounts().AddAccount(account);
        }));
    }

    // Stores a comment as intake would, with the findings screening gave for `named` (pupil
    // full names) and `phones`.
    void AddComment(std::string id, std::string text, std::vector<std::string> named,
                    std::vector<std::string> phones = {}) {
        Comment comment;
        comment.id = id;
        comment.school_id = "s1";
        comment.account_id = "acc1";
        comment.platform_comment_id = "p-" + id;
        comment.author_handle = "nosy.parent";
        comment.author_name = "Nosy Parent";
        comment.author_platform_id = "fb-42";
        comment.text = std::move(text);
        comment.received_at = clock_.Now();
        comment.due_at = comment.warn_at = comment.created_at = clock_.Now();
        comment.categories = {"personal_data"};
        comment.action = "remove_and_escalate";
        std::string findings;
        for (const auto& name : named) {
            findings += (findings.empty() ? "" : ",") +
                        Finding(comment.text, name, "pd/pupil_full_name");
        }
        for (const auto& phone : phones) {
            findings += (findings.empty() ? "" : ",") + Finding(comment.text, phone, "pd/uk_mobile");
        }
        comment.findings_json = "[" + findings + "]";
        ASSERT_TRUE(store_->Transact([&](Tx& tx) { return tx.Comments().InsertComment(comment); }));
    }

    SubjectAccessSection Collect(std::string pupil_id) {
        auto section = store_->Read([&](Tx& tx) -> core::Result<SubjectAccessSection> {
            auto pupil = tx.Access().FindPupil("s1", pupil_id);
            if (!pupil) return pupil.error();
            return CommentsCollector()(tx, "s1",
                                       DataSubject{SubjectKind::kPupil, pupil_id, **pupil, {}});
        });
        EXPECT_TRUE(section) << (section ? "" : section.error().ToString());
        return section ? *section : SubjectAccessSection{};
    }
};

// Req: AUD-04
TEST_F(CommentsCollectorTest, CommentNamingThePupilIsIncludedWithOthersRedacted) {
    AddComment("c1", "Ada Lovelace and Alan Turing were fighting, ring me on 07700 900123",
               {"Ada Lovelace", "Alan Turing"}, {"07700 900123"});
    AddComment("c2", "Alan Turing was brilliant in the play", {"Alan Turing"});
    AddComment("c3", "Lovely concert, well done everyone", {});
    const SubjectAccessSection section = Collect("p1");
    EXPECT_EQ(section.room, "comments");
    ASSERT_EQ(section.items.size(), 1u);
    const SubjectAccessItem& item = section.items[0];
    EXPECT_EQ(Value(item, "comment"), "c1");
    EXPECT_EQ(Value(item, "text"),
              "Ada Lovelace and [another pupil] were fighting, ring me on [personal data removed]");
    EXPECT_EQ(Value(item, "author"), "[comment author]");
    EXPECT_EQ(Value(item, "how the pupil appears"), "named in the comment");
    for (const auto& [name, value] : item) {
        EXPECT_EQ(value.find("Nosy"), std::string::npos) << name;
        EXPECT_EQ(value.find("nosy.parent"), std::string::npos) << name;
        EXPECT_EQ(value.find("fb-42"), std::string::npos) << name;
    }
    // Alan's export holds both comments naming him, with Ada redacted in the first.
    const SubjectAccessSection alan = Collect("p2");
    ASSERT_EQ(alan.items.size(), 2u);
    EXPECT_EQ(Value(alan.items[0], "text"),
              "[another pupil] and Alan Turing were fighting, ring me on [personal data removed]");
}

// Req: AUD-04
TEST_F(CommentsCollectorTest, CommentACaseAboutThePupilWasOpenedFromIsIncluded) {
    AddComment("c1", "The boy in the blue coat keeps posting nasty things", {});
    Case record;
    record.id = "case-1";
    record.school_id = "s1";
    record.pupil_ids = {"p2"};
    record.source_comment_id = "c1";
    record.reporter = "system";
    record.summary = "From a comment";
    record.created_at = record.updated_at = clock_.Now();
    ASSERT_TRUE(store_->Transact([&](Tx& tx) { return tx.Cases().InsertCase(record); }));
    const SubjectAccessSection alan = Collect("p2");
    ASSERT_EQ(alan.items.size(), 1u);
    EXPECT_EQ(Value(alan.items[0], "how the pupil appears"),
              "a case about them was opened from it");
    EXPECT_TRUE(Collect("p1").items.empty());
}

// Req: AUD-04
TEST_F(CommentsCollectorTest, ModeratorsAppearAsStaffNotByName) {
    AddComment("c1", "Ada Lovelace is in my daughter's class", {"Ada Lovelace"});
    CommentAction action{"a1", "c1", "s1", ModerationKind::kHide, "Names a pupil", "",
                         "teacher-mrs-smith", clock_.Now(), PlatformStatus::kPending};
    ASSERT_TRUE(store_->Transact([&](Tx& tx) { return tx.Comments().InsertAction(action); }));
    const SubjectAccessSection section = Collect("p1");
    ASSERT_EQ(section.items.size(), 1u);
    const std::string moderation = Value(section.items[0], "moderation");
    EXPECT_NE(moderation.find("hide"), std::string::npos);
    EXPECT_NE(moderation.find("[staff member]"), std::string::npos);
    EXPECT_EQ(moderation.find("smith"), std::string::npos);
}

}  // namespace
}  // namespace steward::domain
