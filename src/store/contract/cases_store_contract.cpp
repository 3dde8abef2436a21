// Contract of the cases room's store on every engine: cases with their form fields and
// referrals kept as written and listed newest first, notes/members/evidence per case, evidence
// bytes round-tripped exactly (binary included), follower requests and their decisions; the
// late flag, pupil links, decisions and block tasks of schema 10.
#include <gtest/gtest.h>

#include "domain/access/organisation.hpp"
#include "domain/access/people_register.hpp"
#include "store/contract/store_fixture.hpp"
#include "store/sql/cases_store.hpp"

namespace steward::store::contract {
namespace {

using core::ErrorCode;
using domain::Actor;
using domain::Case;
using domain::Tx;

const core::FixedClock kClock(core::TimePoint(std::chrono::seconds(1'790'000'000)));

core::TimePoint At(int64_t offset) { return kClock.Now() + std::chrono::seconds(offset); }

void AddSchool(domain::Store& store) {
    domain::Organisation organisation(store, kClock);
    ASSERT_TRUE(organisation.AddSchool(Actor::System(), {"s1", "School", ""}));
    domain::PeopleRegister people(store, kClock);
    for (const char* id : {"head", "dsl", "teacher"}) {
        domain::Person person;
        person.id = id;
        person.school_id = "s1";
        person.display_name = id;
        person.start_date = "2020-09-01";
        ASSERT_TRUE(people.AddPerson(Actor::System("s1"), person));
    }
}

Case MakeCase(std::string id, int64_t offset) {
    Case record;
    record.id = std::move(id);
    record.school_id = "s1";
    record.concern_type = domain::ConcernType::kIllegalContent;
    record.urgent = true;
    record.owner_role = domain::Role::kHeadteacher;
    record.owner_person_id = "head";
    record.procedure = "Police or CEOP referral";
    record.subject_person_id = "teacher";
    record.reporter = "dsl";
    record.summary = "Quote \" backslash \\ and\nnewline";
    record.fields = {{"description", "tab\there, unicode é"}, {"first_seen_at", "2026-11-01"}};
    record.source_comment_id = "comment-1";
    record.created_at = record.updated_at = At(offset);
    record.referrals = {{"ceop", "REF-1", "head", At(offset)}};
    return record;
}

core::Status Insert(domain::Store& store, const Case& record) {
    return store.Transact([&](Tx& tx) { return tx.Cases().InsertCase(record); });
}

// Req: INC-17
TEST_P(CasesStoreContract, CaseKeepsEveryFieldAndListsNewestFirst) {
    AddSchool(*store_);
    ASSERT_TRUE(Insert(*store_, MakeCase("c1", 0)));
    Case later = MakeCase("c2", 60);
    later.subject_person_id.clear();
    later.source_comment_id.clear();
    later.referrals.clear();
    ASSERT_TRUE(Insert(*store_, later));
    auto found = store_->Read([](Tx& tx) { return tx.Cases().FindCase("s1", "c1"); });
    ASSERT_TRUE(found && *found);
    const Case& got = **found;
    EXPECT_EQ(got.concern_type, domain::ConcernType::kIllegalContent);
    EXPECT_TRUE(got.urgent);
    EXPECT_EQ(got.owner_person_id, "head");
    EXPECT_EQ(got.subject_person_id, "teacher");
    EXPECT_EQ(got.summary, MakeCase("c1", 0).summary);
    EXPECT_EQ(got.fields, MakeCase("c1", 0).fields);
    EXPECT_EQ(got.source_comment_id, "comment-1");
    ASSERT_EQ(got.referrals.size(), 1u);
    EXPECT_EQ(got.referrals[0].body, "ceop");
    EXPECT_EQ(got.referrals[0].reference, "REF-1");
    auto listed = store_->Read([](Tx& tx) { return tx.Cases().ListCases("s1"); });
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2u);
    EXPECT_EQ((*listed)[0].id, "c2");
    EXPECT_EQ((*listed)[1].referrals.size(), 1u);
    auto other = store_->Read([](Tx& tx) { return tx.Cases().FindCase("elsewhere", "c1"); });
    ASSERT_TRUE(other);
    EXPECT_FALSE(*other);
}

// Req: INC-10
TEST_P(CasesStoreContract, FirstSeenLateFlagAndPupilLinksAreKept) {
    AddSchool(*store_);
    Case record = MakeCase("c1", 0);
    record.first_seen_at = At(-90'000);
    record.late_report = true;
    record.pupil_ids = {"P1", "P2"};
    ASSERT_TRUE(Insert(*store_, record));
    Case plain = MakeCase("c2", 5);
    plain.referrals.clear();
    ASSERT_TRUE(Insert(*store_, plain));
    auto found = store_->Read([](Tx& tx) { return tx.Cases().FindCase("s1", "c1"); });
    ASSERT_TRUE(found && *found);
    ASSERT_TRUE((*found)->first_seen_at.has_value());
    EXPECT_EQ(*(*found)->first_seen_at, At(-90'000));
    EXPECT_TRUE((*found)->late_report);
    EXPECT_EQ((*found)->pupil_ids, (std::vector<std::string>{"P1", "P2"}));
    auto listed = store_->Read([](Tx& tx) { return tx.Cases().ListCases("s1"); });
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2u);
    EXPECT_FALSE((*listed)[0].first_seen_at.has_value());
    EXPECT_FALSE((*listed)[0].late_report);
    EXPECT_TRUE((*listed)[0].pupil_ids.empty());
    EXPECT_EQ((*listed)[1].pupil_ids, (std::vector<std::string>{"P1", "P2"}));
}

// Req: INC-07
// Req: INC-09
TEST_P(CasesStoreContract, DecisionsKeepTheirListsAndComeBackOldestFirst) {
    AddSchool(*store_);
    ASSERT_TRUE(Insert(*store_, MakeCase("c1", 0)));
    domain::CaseDecision assessment{"d1",
                                    "c1",
                                    domain::DecisionKind::kInitialAssessment,
                                    "",
                                    "Plan with \"quotes\"",
                                    {"dsl", "teacher"},
                                    {"police", "ceop"},
                                    "head",
                                    At(10)};
    domain::CaseDecision police{"d2",
                                "c1",
                                domain::DecisionKind::kPoliceDecision,
                                std::string(domain::kNoPolice),
                                "Inadvertent",
                                {},
                                {},
                                "dsl",
                                At(20)};
    ASSERT_TRUE(store_->Transact([&](Tx& tx) -> core::Status {
        if (auto ok = tx.Cases().InsertDecision(police); !ok) return ok;
        return tx.Cases().InsertDecision(assessment);
    }));
    auto duplicate = store_->Transact([&](Tx& tx) { return tx.Cases().InsertDecision(police); });
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, ErrorCode::kAlreadyExists);
    auto listed = store_->Read([](Tx& tx) { return tx.Cases().ListDecisions("c1"); });
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2u);
    EXPECT_EQ((*listed)[0].kind, domain::DecisionKind::kInitialAssessment);
    EXPECT_EQ((*listed)[0].text, assessment.text);
    EXPECT_EQ((*listed)[0].staff_involved, assessment.staff_involved);
    EXPECT_EQ((*listed)[0].agencies, assessment.agencies);
    EXPECT_EQ((*listed)[1].decision, "no_police");
    EXPECT_TRUE((*listed)[1].agencies.empty());
    auto none = store_->Read([](Tx& tx) { return tx.Cases().ListDecisions("c2"); });
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->empty());
}

// Req: INC-16
TEST_P(CasesStoreContract, BlockTaskIsListedNewestFirstAndMarkedDone) {
    AddSchool(*store_);
    ASSERT_TRUE(Insert(*store_, MakeCase("c1", 0)));
    domain::BlockTask first;
    first.id = "b1";
    first.case_id = "c1";
    first.school_id = "s1";
    first.assignee_role = domain::Role::kOnlineSafetyOfficer;
    first.url = "https://bad.example/?q=a&b=c";
    first.device_or_location = "Library PC 3";
    first.created_at = At(1);
    domain::BlockTask second = first;
    second.id = "b2";
    second.created_at = At(2);
    ASSERT_TRUE(store_->Transact([&](Tx& tx) -> core::Status {
        if (auto ok = tx.Cases().InsertBlockTask(first); !ok) return ok;
        return tx.Cases().InsertBlockTask(second);
    }));
    first.state = domain::BlockTaskState::kDone;
    first.done_by = "oso";
    first.done_at = At(30);
    first.note = "Filtered";
    ASSERT_TRUE(store_->Transact([&](Tx& tx) { return tx.Cases().UpdateBlockTask(first); }));
    auto listed = store_->Read([](Tx& tx) { return tx.Cases().ListBlockTasks("s1"); });
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2u);
    EXPECT_EQ((*listed)[0].id, "b2");
    EXPECT_FALSE((*listed)[0].done_at.has_value());
    EXPECT_EQ((*listed)[1].state, domain::BlockTaskState::kDone);
    EXPECT_EQ((*listed)[1].assignee_role, domain::Role::kOnlineSafetyOfficer);
    EXPECT_EQ((*listed)[1].url, first.url);
    EXPECT_EQ(*(*listed)[1].done_at, At(30));
    EXPECT_EQ((*listed)[1].note, "Filtered");
    first.id = "missing";
    auto missing = store_->Transact([&](Tx& tx) { return tx.Cases().UpdateBlockTask(first); });
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

TEST_P(CasesStoreContract, UpdateChangesStateAndOutcomeAndRefusesUnknownCase) {
    AddSchool(*store_);
    Case record = MakeCase("c1", 0);
    ASSERT_TRUE(Insert(*store_, record));
    record.state = domain::CaseState::kOutcome;
    record.outcome = domain::CaseOutcome::kPoliceOrCeopReferral;
    record.outcome_note = "Referred";
    record.updated_at = At(100);
    ASSERT_TRUE(store_->Transact([&](Tx& tx) { return tx.Cases().UpdateCase(record); }));
    auto found = store_->Read([](Tx& tx) { return tx.Cases().FindCase("s1", "c1"); });
    ASSERT_TRUE(found && *found);
    EXPECT_EQ((*found)->state, domain::CaseState::kOutcome);
    EXPECT_EQ((*found)->outcome, domain::CaseOutcome::kPoliceOrCeopReferral);
    EXPECT_EQ((*found)->updated_at, At(100));
    record.id = "missing";
    auto missing = store_->Transact([&](Tx& tx) { return tx.Cases().UpdateCase(record); });
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

TEST_P(CasesStoreContract, DuplicateCaseOrUnknownSchoolIsRefused) {
    AddSchool(*store_);
    ASSERT_TRUE(Insert(*store_, MakeCase("c1", 0)));
    auto duplicate = Insert(*store_, MakeCase("c1", 0));
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, ErrorCode::kAlreadyExists);
    Case stray = MakeCase("c9", 0);
    stray.school_id = "nowhere";
    auto orphan = Insert(*store_, stray);
    ASSERT_FALSE(orphan);
    EXPECT_EQ(orphan.error().code, ErrorCode::kFailedPrecondition);
}

TEST_P(CasesStoreContract, NotesMembersAndEvidenceBelongToTheirCase) {
    AddSchool(*store_);
    ASSERT_TRUE(Insert(*store_, MakeCase("c1", 0)));
    ASSERT_TRUE(Insert(*store_, MakeCase("c2", 10)));
    std::string bytes("\x89PNG\r\n\x1a\n\0\xff", 10);
    ASSERT_TRUE(store_->Transact([&](Tx& tx) -> core::Status {
        if (auto ok = tx.Cases().InsertNote({"n1", "c1", "head", "First", At(1)}); !ok) return ok;
        if (auto ok = tx.Cases().InsertMember({"c1", "dsl", "head", At(2)}); !ok) return ok;
        domain::CaseEvidence evidence{"e1",  "c1", "shot.png",           "image/png", "",
                                      bytes, 10,   std::string(64, 'a'), "head",      At(3)};
        return tx.Cases().InsertEvidence(evidence);
    }));
    auto duplicate_member = store_->Transact([&](Tx& tx) {
        return tx.Cases().InsertMember({"c1", "dsl", "head", At(4)});
    });
    ASSERT_FALSE(duplicate_member);
    EXPECT_EQ(duplicate_member.error().code, ErrorCode::kAlreadyExists);
    auto notes = store_->Read([](Tx& tx) { return tx.Cases().ListNotes("c1"); });
    ASSERT_TRUE(notes);
    ASSERT_EQ(notes->size(), 1u);
    EXPECT_EQ((*notes)[0].text, "First");
    auto members = store_->Read([](Tx& tx) { return tx.Cases().ListSchoolMembers("s1"); });
    ASSERT_TRUE(members);
    ASSERT_EQ(members->size(), 1u);
    EXPECT_EQ((*members)[0].person_id, "dsl");
    auto listed = store_->Read([](Tx& tx) { return tx.Cases().ListEvidence("c1"); });
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_TRUE((*listed)[0].content.empty());
    EXPECT_EQ((*listed)[0].size_bytes, 10);
    auto found = store_->Read([](Tx& tx) { return tx.Cases().FindEvidence("c1", "e1"); });
    ASSERT_TRUE(found && *found);
    EXPECT_EQ((*found)->content, bytes);
    auto wrong_case = store_->Read([](Tx& tx) { return tx.Cases().FindEvidence("c2", "e1"); });
    ASSERT_TRUE(wrong_case);
    EXPECT_FALSE(*wrong_case);
    auto empty = store_->Read([](Tx& tx) { return tx.Cases().ListNotes("c2"); });
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->empty());
}

TEST_P(CasesStoreContract, FollowerRequestKeepsItsDecision) {
    AddSchool(*store_);
    domain::FollowerRequest request;
    request.id = "f1";
    request.school_id = "s1";
    request.account_id = "acc-1";
    request.platform = "facebook";
    request.requester_handle = "@local.news";
    request.requester_kind = domain::RequesterKind::kExternalOrganisation;
    request.approver_role = domain::Role::kHeadteacher;
    request.logged_by = "teacher";
    request.created_at = At(0);
    ASSERT_TRUE(
        store_->Transact([&](Tx& tx) { return tx.Cases().InsertFollowerRequest(request); }));
    request.decision = domain::FollowerDecision::kAccepted;
    request.decided_by = "head";
    request.decision_reason = "Known partner";
    request.decided_at = At(50);
    ASSERT_TRUE(
        store_->Transact([&](Tx& tx) { return tx.Cases().UpdateFollowerRequest(request); }));
    auto found = store_->Read([](Tx& tx) { return tx.Cases().FindFollowerRequest("s1", "f1"); });
    ASSERT_TRUE(found && *found);
    EXPECT_EQ((*found)->requester_kind, domain::RequesterKind::kExternalOrganisation);
    EXPECT_EQ((*found)->approver_role, domain::Role::kHeadteacher);
    EXPECT_EQ((*found)->decision, domain::FollowerDecision::kAccepted);
    ASSERT_TRUE((*found)->decided_at.has_value());
    EXPECT_EQ(*(*found)->decided_at, At(50));
    auto listed = store_->Read([](Tx& tx) { return tx.Cases().ListFollowerRequests("s1"); });
    ASSERT_TRUE(listed);
    EXPECT_EQ(listed->size(), 1u);
}

TEST(CasesStoreCodecTest, FieldsAndBase64RoundTripAndRefuseJunk) {
    const std::map<std::string, std::string> fields = {{"a\"b", "c\\d\n\x01"}, {"empty", ""}};
    EXPECT_EQ(sql::DecodeFields(sql::EncodeFields(fields)), fields);
    EXPECT_EQ(sql::DecodeFields("{}"), (std::map<std::string, std::string>{}));
    EXPECT_FALSE(sql::DecodeFields("[1]"));
    EXPECT_FALSE(sql::DecodeFields("{\"a\":1}"));
    for (const std::string& bytes : {std::string(), std::string("f"), std::string("fo"),
                                     std::string("foo"), std::string("\0\xff\x10", 3)}) {
        EXPECT_EQ(sql::DecodeBase64(sql::EncodeBase64(bytes)), bytes);
    }
    EXPECT_EQ(sql::EncodeBase64("foob"), "Zm9vYg==");
    EXPECT_FALSE(sql::DecodeBase64("Zm9"));
    EXPECT_FALSE(sql::DecodeBase64("Zm=v"));
    EXPECT_FALSE(sql::DecodeBase64("Z!9v"));
}

}  // namespace
}  // namespace steward::store::contract
