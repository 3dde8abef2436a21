// A staff member's subject access export on a real in-memory store: their record, roles and
// sign-in facts without secrets, their posts, comments naming them, their own report and concerns
// about them without the reporter, and the audit events about them.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "domain/audit/audit_log.hpp"
#include "domain/consent/consent_test_fixture.hpp"
#include "domain/subject_access/posts_collector.hpp"
#include "domain/subject_access/sar_html.hpp"
#include "domain/subject_access/staff_names.hpp"
#include "domain/subject_access/staff_posts.hpp"
#include "domain/subject_access/staff_subject.hpp"

namespace steward::domain {
namespace {

using core::ErrorCode;

const Actor kDpo{"dpo-1", Role::kDpo, "s1"};
constexpr char kHash[] = "$argon2id$v=19$m=65536$SECRET-HASH";

std::string Flatten(const SubjectAccessBundle& bundle) {
    std::string text;
    for (const auto& section : bundle.sections) {
        text += section.room + "|" + section.title + "|";
        for (const auto& item : section.items) {
            for (const auto& [field, value] : item) text += field + "=" + value + ";";
        }
    }
    for (const auto& event : bundle.audit_events) {
        text += event.actor + " " + event.actor_role + " " + event.action + " " +
                event.object_type + " " + event.object_id + " " + event.before + " " +
                event.after + "|";
    }
    return text;
}

class StaffSubjectAccessTest : public ConsentTest {
  protected:
    void SetUp() override {
        ConsentTest::SetUp();
        ASSERT_TRUE(store_->Transact([&](Tx& tx) -> core::Status { return Seed(tx); }));
    }

    static Person Staff(std::string id, std::string name) {
        Person person;
        person.id = std::move(id);
        person.school_id = "s1";
        person.display_name = std::move(name);
        person.email = person.id + "@s1.example";
        person.start_date = "2020-09-01";
        return person;
    }

    static Case NewCase(std::string id, std::string reporter, std::string about, ConcernType type) {
        Case record;
        record.id = std::move(id);
        record.school_id = "s1";
        record.concern_type = type;
        record.owner_role = Role::kHeadteacher;
        record.reporter = std::move(reporter);
        record.subject_person_id = std::move(about);
        record.fields = {{"platform", "facebook"}, {"description", "Rob Other saw it at home"}};
        record.summary = "Reported by Rob Other";
        return record;
    }

    core::Status Seed(Tx& tx) {
        for (const Person& person : {Staff("jking", "Mrs Jane King"), Staff("rother", "Mr Rob Other")}) {
            if (auto ok = tx.Access().InsertPerson(person); !ok) return ok;
            if (auto ok = tx.Access().InsertRole({person.id, Role::kTeacher, "s1", ""}); !ok) return ok;
        }
        UserAccount user{"user.jking", "jking", "jane@s1.example", kHash, "jking", false, clock_.Now()};
        if (auto ok = tx.Access().InsertUser(user); !ok) return ok;
        if (auto ok = tx.Access().InsertSession({"TOKEN-HASH", "user.jking", clock_.Now(), clock_.Now() + std::chrono::hours(1), "CSRF-HASH"}); !ok) return ok;
        const Actor jane{"jking", Role::kTeacher, ""};
        for (const AuditChange& change :
             {AuditChange{"access.sign_in", "user", "user.jking", "", "", ""},
              AuditChange{"consent.record_decision", "pupil", "p2", "", "pupil=p2 record=r1", "s1"},
              AuditChange{"access.add_person", "person", "rother", "", "category=teaching_staff", "s1"}}) {
            auto event = RecordAudit(tx, change.action == "access.add_person" ? kDpo : jane, clock_, change);
            if (!event) return event.error();
        }
        OfficialAccount account;
        account.id = "acc1";
        account.school_id = "s1";
        account.platform = Platform::kFacebook;
        account.handle = "@s1";
        account.administrators = {"jking"};
        if (auto ok = tx.Accounts().AddAccount(account); !ok) return ok;
        Post post;
        post.id = "post-jane";
        post.school_id = "s1";
        post.account_id = "acc1";
        post.platform = Platform::kFacebook;
        post.caption = "Well done Ada Lovelace and Alan at sports day";
        post.posting_date = Date{2026, 10, 5};
        post.tagged_pupil_ids = {"p1", "p2"};
        post.named_pupil_ids = {"p1"};
        post.author_id = "jking";
        post.approved_by = "rother";
        post.created_at = post.updated_at = clock_.Now();
        if (auto ok = tx.Posts().InsertPost(post); !ok) return ok;
        post.id = "post-rob";
        post.author_id = "rother";
        post.approved_by = "";
        if (auto ok = tx.Posts().InsertPost(post); !ok) return ok;
        Case own = NewCase("case-own", "jking", "", ConcernType::kInappropriateContent);
        own.summary = "Ada Lovelace shared a worrying video";
        own.fields["description"] = "Seen in class";
        own.pupil_ids = {"p1"};
        Case about = NewCase("case-about", "rother", "jking", ConcernType::kStaffOnlineConduct);
        about.state = CaseState::kInvestigating;
        about.pupil_ids = {"p2"};
        Case referred = NewCase("case-referred", "rother", "jking", ConcernType::kStaffOnlineConduct);
        referred.referrals = {CaseReferral{"police", "POL-1", "dpo-1", clock_.Now()}};
        Case safeguarding = NewCase("case-sg", "rother", "jking", ConcernType::kSafeguardingDisclosure);
        for (Case* record : {&own, &about, &referred, &safeguarding}) {
            record->created_at = record->updated_at = clock_.Now();
            if (auto ok = tx.Cases().InsertCase(*record); !ok) return ok;
        }
        Comment comment;
        comment.id = "c-king";
        comment.school_id = "s1";
        comment.account_id = "acc1";
        comment.platform_comment_id = "fb-c-king";
        comment.author_name = "Nosy Parent";
        comment.author_handle = "nosy.parent";
        comment.text = "Mrs. King and Mr Other let Alan Turing down";
        comment.categories = {"insult"};
        comment.findings_json =
            "[{\"span\":[14,22],\"category\":\"insult\",\"rule_id\":\"insult/targets_staff\"},"
            "{\"span\":[27,38],\"category\":\"personal_data\",\"rule_id\":\"pd/pupil_full_name\"}]";
        comment.received_at = comment.due_at = comment.warn_at = comment.created_at = clock_.Now();
        if (auto ok = tx.Comments().InsertComment(comment); !ok) return ok;
        comment.id = "c-other";
        comment.platform_comment_id = "fb-c-other";
        comment.text = "Mr Other was great";
        comment.categories = {"ok"};
        comment.findings_json = "[]";
        return tx.Comments().InsertComment(comment);
    }

    core::Result<SubjectAccessBundle> Export(const Actor& actor, std::string_view person) {
        return store_->Transact([&](Tx& tx) {
            const auto collectors = RoomCollectors();
            return CollectSubjectAccess(tx, actor, clock_, "s1", SubjectKind::kStaff, person,
                                        collectors);
        });
    }
};

const SubjectAccessSection* Section(const SubjectAccessBundle& bundle, std::string_view room) {
    for (const auto& section : bundle.sections) {
        if (section.room == room) return &section;
    }
    return nullptr;
}

// Req: AUD-04
TEST_F(StaffSubjectAccessTest, BundleHoldsRecordRolesSignInFactsPostsCommentsAndOwnReport) {
    auto bundle = Export(kDpo, "jking");
    ASSERT_TRUE(bundle) << bundle.error().ToString();
    EXPECT_EQ(bundle->subject.kind, SubjectKind::kStaff);
    EXPECT_EQ(bundle->subject.person.display_name, "Mrs Jane King");
    ASSERT_TRUE(bundle->staff);
    ASSERT_EQ(bundle->staff->roles.size(), 1u);
    EXPECT_EQ(bundle->staff->roles[0].role, Role::kTeacher);
    ASSERT_EQ(bundle->staff->accounts.size(), 1u);
    EXPECT_EQ(bundle->staff->accounts[0].username, "jking");
    EXPECT_EQ(bundle->staff->accounts[0].sign_ins, 1);
    const SubjectAccessSection* posts = Section(*bundle, "posts");
    ASSERT_NE(posts, nullptr);
    ASSERT_EQ(posts->items.size(), 1u);  // not Rob's post
    const std::string text = Flatten(*bundle);
    EXPECT_NE(text.find("post-jane"), std::string::npos);
    EXPECT_NE(text.find("your part=drafted it"), std::string::npos);
    EXPECT_NE(text.find("Well done [a pupil] and [a pupil] at sports day"), std::string::npos);
    const SubjectAccessSection* comments = Section(*bundle, "comments");
    ASSERT_NE(comments, nullptr);
    ASSERT_EQ(comments->items.size(), 1u);
    EXPECT_NE(text.find("Mrs. King and [another staff member] let [a pupil] down"),
              std::string::npos);
    const SubjectAccessSection* cases = Section(*bundle, "cases");
    ASSERT_NE(cases, nullptr);
    ASSERT_EQ(cases->items.size(), 2u);  // own report and the one under investigation
    EXPECT_NE(text.find("case-own"), std::string::npos);
    EXPECT_NE(text.find("[a pupil] shared a worrying video"), std::string::npos);
    EXPECT_NE(text.find("case-about"), std::string::npos);
    EXPECT_NE(text.find("it is about you"), std::string::npos);
    EXPECT_NE(text.find("accounts|"), std::string::npos);
    EXPECT_FALSE(bundle->withheld_notice.empty());
}

// Req: AUD-04
TEST_F(StaffSubjectAccessTest, NoSecretsOtherPeopleReportersOrWithheldCases) {
    auto bundle = Export(kDpo, "jking");
    ASSERT_TRUE(bundle) << bundle.error().ToString();
    const std::string text = Flatten(*bundle);
    const std::string html = RenderSubjectAccessHtml(*bundle);
    for (const std::string& secret :
         {std::string(kHash), std::string("SECRET-HASH"), std::string("TOKEN-HASH"),
          std::string("CSRF-HASH"), std::string("rother"), std::string("Rob"),
          std::string("Mr Other"), std::string("Rob Other"), std::string("Ada"), std::string("Lovelace"),
          std::string("Turing"), std::string("p2"), std::string("Nosy"), std::string("case-referred"),
          std::string("case-sg")}) {
        EXPECT_EQ(text.find(secret), std::string::npos) << secret;
        EXPECT_EQ(html.find(secret), std::string::npos) << secret;
    }
    // Audit: her own sign-in and consent work (the pupil redacted), not Rob's record.
    std::vector<std::string> actions;
    for (const AuditEvent& event : bundle->audit_events) actions.push_back(event.action);
    EXPECT_EQ(actions, (std::vector<std::string>{"access.sign_in", "consent.record_decision"}));
    EXPECT_EQ(bundle->audit_events[1].object_id, "[redacted]");
    EXPECT_EQ(bundle->audit_events[1].after, "pupil=[redacted] record=r1");
}

// Req: AUD-06
TEST_F(StaffSubjectAccessTest, TeacherSelfAndUnknownPersonAreRefused) {
    auto teacher = Export(kTeacher, "jking");
    ASSERT_FALSE(teacher);
    EXPECT_EQ(teacher.error().code, ErrorCode::kPermissionDenied);
    auto self = Export(Actor{"jking", Role::kHeadteacher, "s1"}, "jking");
    ASSERT_FALSE(self);
    EXPECT_EQ(self.error().code, ErrorCode::kPermissionDenied);
    auto unknown = Export(Actor::System("s1"), "ghost");
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
    auto elsewhere = store_->Transact([&](Tx& tx) {
        return CollectSubjectAccess(tx, Actor::System("s2"), clock_, "s2", SubjectKind::kStaff,
                                    "jking");
    });
    ASSERT_FALSE(elsewhere);
    EXPECT_EQ(elsewhere.error().code, ErrorCode::kNotFound);
}

// Req: AUD-04
TEST_F(StaffSubjectAccessTest, ExportIsAuditedAndHtmlRendersTheStaffBundle) {
    ASSERT_TRUE(Export(kDpo, "jking"));
    auto again = Export(kDpo, "jking");
    ASSERT_TRUE(again);
    EXPECT_EQ(again->audit_events.back().action, "subject_access.export");
    EXPECT_EQ(again->audit_events.back().object_type, "person");
    const std::string html = RenderSubjectAccessHtml(*again);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    for (const char* part : {"Person record", "Mrs Jane King", "Sign-in accounts", "teacher",
                             "Posts the staff member drafted", "Audit events about the staff member",
                             "may be withheld"}) {
        EXPECT_NE(html.find(part), std::string::npos) << part;
    }
    EXPECT_EQ(html.find("Consent history"), std::string::npos);
}

TEST(StaffNameFormsTest, MatchesFullNameAndAnyTitleWithSurnameAsWholeWords) {
    const StaffNameForms forms("Mrs Jane King");
    EXPECT_TRUE(forms.NamedIn("thanks to jane king!"));
    EXPECT_TRUE(forms.NamedIn("Mr. KING was rude"));
    EXPECT_FALSE(forms.NamedIn("the kingdom of Mrs Kingsley"));
    EXPECT_FALSE(forms.NamedIn("King Arthur"));
    EXPECT_TRUE(StaffNameForms("Staff").forms().empty());
}

TEST(RedactIdsTest, ReplacesListedValuesOnly) {
    EXPECT_EQ(RedactIds("pupil=p1 record=r1 pupils=p2,p3", {"p1", "p3", "r"}),
              "pupil=[redacted] record=r1 pupils=p2,[redacted]");
    EXPECT_TRUE(HasToken("type=x person=jk", "person", "jk"));
    EXPECT_FALSE(HasToken("person=jking", "person", "jk"));
}

}  // namespace
}  // namespace steward::domain
