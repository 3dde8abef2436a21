// The cases workflow over real SQLite: report forms, routing to a person, confidentiality in
// lists and reads, the lifecycle with outcomes and referrals, members and evidence.
#include "domain/cases/case_service.hpp"

#include <gtest/gtest.h>

#include "domain/audit/audit_store.hpp"
#include "domain/cases/case_decisions.hpp"
#include "domain/cases/case_forms.hpp"
#include "domain/cases/case_test_school.hpp"
#include "security/sha256.hpp"

namespace steward::domain {
namespace {

using core::ErrorCode;
using testing::CaseSchool;
using testing::kCaseClock;

NewCase StaffConcern(const CaseSchool& school, std::string subject) {
    NewCase request;
    request.school_id = school.id();
    request.concern_type = ConcernType::kStaffOnlineConduct;
    request.summary = "Staff member posted about a parent";
    request.reporter = school.PersonFor(Role::kTeacher);
    request.subject_person_id = std::move(subject);
    request.fields = {{"description", "A post on a public page"},
                      {"first_seen_at", "2026-11-20T09:30"},
                      {"platform", "facebook"}};
    return request;
}

core::Result<std::string> Open(CaseSchool& school, const NewCase& request) {
    return school.store().Transact([&](Tx& tx) {
        return OpenCase(tx, school.ActorFor(Role::kTeacher), kCaseClock, school.pack(), request);
    });
}

std::vector<Case> List(CaseSchool& school, const Actor& actor, CaseFilter filter = {}) {
    auto cases = school.store().Read(
        [&](Tx& tx) { return ListCases(tx, actor, school.pack(), school.id(), filter); });
    EXPECT_TRUE(cases);
    return cases ? *cases : std::vector<Case>{};
}

core::Result<CaseDetail> Get(CaseSchool& school, const Actor& actor, const std::string& id) {
    return school.store().Transact(
        [&](Tx& tx) { return GetCase(tx, actor, kCaseClock, school.pack(), school.id(), id); });
}

core::Result<Case> Step(CaseSchool& school, const Actor& actor, const std::string& id,
                        CaseTransition step) {
    return school.store().Transact([&](Tx& tx) {
        return TransitionCase(tx, actor, kCaseClock, school.pack(), school.id(), id, step);
    });
}

// Req: INC-01
TEST(CaseFormsTest, EachFormNamesMissingUnknownAndMalformedFields) {
    auto missing =
        ValidateReportForm(ConcernType::kInappropriateContent,
                           {{"description", "x"}, {"first_seen_at", "2026-11-01"}}, true);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().where, "fields.where_seen");
    auto unknown = ValidateReportForm(ConcernType::kMediaEnquiry, {{"colour", "red"}}, false);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().where, "fields.colour");
    auto choice = ValidateReportForm(ConcernType::kCyberbullying, {{"target", "parent"}}, false);
    ASSERT_FALSE(choice);
    EXPECT_NE(choice.error().message.find("pupil, staff"), std::string::npos);
    auto date = ValidateReportForm(ConcernType::kSafeguardingDisclosure,
                                   {{"first_seen_at", "20/11/2026"}}, false);
    ASSERT_FALSE(date);
    EXPECT_EQ(date.error().where, "fields.first_seen_at");
    EXPECT_TRUE(ValidateReportForm(ConcernType::kSafeguardingDisclosure,
                                   {{"description", "d"}, {"first_seen_at", "2026-11-20T09:30Z"}},
                                   true));
    // A comment-sourced case carries the comment: required fields are not demanded.
    EXPECT_TRUE(ValidateReportForm(ConcernType::kHateOrAbuse, {}, false));
}

// Req: INC-03
TEST(CaseServiceTest, StaffConcernGoesToTheHeadteacherAndIsHiddenFromItsSubject) {
    CaseSchool school("clarendon-infant", "clarendon.toml");
    auto id = Open(school, StaffConcern(school, "staff2"));
    ASSERT_TRUE(id) << id.error().ToString();
    const Actor head = school.ActorFor(Role::kHeadteacher);
    auto detail = Get(school, head, *id);
    ASSERT_TRUE(detail);
    EXPECT_EQ(detail->summary.owner_role, Role::kHeadteacher);
    EXPECT_EQ(detail->summary.owner_person_id, school.PersonFor(Role::kHeadteacher));
    EXPECT_TRUE(detail->can_handle);
    const Actor subject{"staff2", std::nullopt, school.id()};
    EXPECT_TRUE(List(school, subject).empty());
    auto hidden = Get(school, subject, *id);
    ASSERT_FALSE(hidden);
    EXPECT_EQ(hidden.error().code, ErrorCode::kNotFound);
    // The DSL holds no role this concern names.
    EXPECT_TRUE(List(school, school.ActorFor(Role::kDsl)).empty());
}

// Req: INC-03
TEST(CaseServiceTest, ConcernAboutTheHeadteacherGoesToTheChairAndIsInvisibleToTheHead) {
    CaseSchool school("clarendon-infant", "clarendon.toml");
    auto id = Open(school, StaffConcern(school, school.PersonFor(Role::kHeadteacher)));
    ASSERT_TRUE(id);
    const Actor chair = school.ActorFor(Role::kChairOfGovernors);
    auto detail = Get(school, chair, *id);
    ASSERT_TRUE(detail);
    EXPECT_EQ(detail->summary.concern_type, ConcernType::kHeadteacherOnlineConduct);
    EXPECT_EQ(detail->summary.owner_role, Role::kChairOfGovernors);
    EXPECT_TRUE(List(school, school.ActorFor(Role::kHeadteacher)).empty());
    EXPECT_FALSE(Get(school, school.ActorFor(Role::kHeadteacher), *id));
    // Nor can the chair share it with the head.
    auto shared = school.store().Transact([&](Tx& tx) {
        return AddCaseMember(tx, chair, kCaseClock, school.pack(), school.id(), *id,
                             school.PersonFor(Role::kHeadteacher));
    });
    ASSERT_FALSE(shared);
    EXPECT_EQ(shared.error().code, ErrorCode::kInvalidInput);
}

// Req: INC-18
TEST(CaseServiceTest, ReporterSeesOnlyTheStatusAndCannotHandle) {
    CaseSchool school("clarendon-infant", "clarendon.toml");
    auto id = Open(school, StaffConcern(school, "staff2"));
    ASSERT_TRUE(id);
    const Actor teacher = school.ActorFor(Role::kTeacher);
    const auto listed = List(school, teacher);
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_TRUE(listed[0].summary.empty());
    EXPECT_TRUE(listed[0].subject_person_id.empty());
    auto detail = Get(school, teacher, *id);
    ASSERT_TRUE(detail);
    EXPECT_FALSE(detail->can_handle);
    auto moved = Step(school, teacher, *id, {CaseState::kTriaged});
    ASSERT_FALSE(moved);
    EXPECT_EQ(moved.error().code, ErrorCode::kPermissionDenied);
}

// Req: INC-04
TEST(CaseServiceTest, OwnerAddsACoInvestigatorWhoThenSeesAndHandlesTheCase) {
    CaseSchool school("clarendon-infant", "clarendon.toml");
    NewCase request = StaffConcern(school, "");
    request.concern_type = ConcernType::kPupilOnlineBehaviour;
    auto id = Open(school, request);
    ASSERT_TRUE(id);
    const Actor it = school.ActorFor(Role::kAccountModerator);
    EXPECT_FALSE(Get(school, it, *id));
    auto added = school.store().Transact([&](Tx& tx) {
        return AddCaseMember(tx, school.ActorFor(Role::kDsl), kCaseClock, school.pack(),
                             school.id(), *id, it.person_id);
    });
    ASSERT_TRUE(added) << added.error().ToString();
    EXPECT_EQ(List(school, it, {.assigned_to_me = true}).size(), 1u);
    EXPECT_TRUE(Step(school, it, *id, {CaseState::kTriaged}));
    // A member may not widen the circle further.
    auto widened = school.store().Transact([&](Tx& tx) {
        return AddCaseMember(tx, it, kCaseClock, school.pack(), school.id(), *id,
                             school.PersonFor(Role::kTeacher));
    });
    ASSERT_FALSE(widened);
    EXPECT_EQ(widened.error().code, ErrorCode::kPermissionDenied);
}

// Req: INC-17
// Req: INC-06
TEST(CaseServiceTest, IllegalContentMovesStepByStepAndClosesOnlyWithItsReferral) {
    CaseSchool school("belgrave", "belgrave.toml");
    NewCase request;
    request.school_id = school.id();
    request.concern_type = ConcernType::kIllegalContent;
    request.summary = "Illegal image shared in a group";
    request.reporter = school.PersonFor(Role::kTeacher);
    request.fields = {{"description", "d"},
                      {"first_seen_at", "2026-11-20"},
                      {"where_seen", "official_account"},
                      {"category", "sexual"},
                      {"how_reached", "posted_to_official_account"},
                      {"immediate_action", "hidden the post"},
                      {"suspected_indecent_image_of_child", "yes"}};
    auto id = Open(school, request);
    ASSERT_TRUE(id) << id.error().ToString();
    const Actor head = school.ActorFor(Role::kHeadteacher);
    auto skipped = Step(school, head, *id, {CaseState::kInvestigating});
    ASSERT_FALSE(skipped);
    EXPECT_EQ(skipped.error().code, ErrorCode::kFailedPrecondition);
    ASSERT_TRUE(Step(school, head, *id, {CaseState::kTriaged}));
    // Req: INC-09 the investigation opens only after the initial assessment.
    auto unassessed = Step(school, head, *id, {CaseState::kInvestigating});
    ASSERT_FALSE(unassessed);
    EXPECT_EQ(unassessed.error().where, "assessment");
    ASSERT_TRUE(school.store().Transact([&](Tx& tx) {
        return RecordInitialAssessment(
            tx, head, kCaseClock, school.pack(), school.id(), *id,
            {"Police first", {school.PersonFor(Role::kDsl)}, {"police"}});
    }));
    ASSERT_TRUE(Step(school, head, *id, {CaseState::kInvestigating, CaseOutcome::kNone, "n"}));
    auto no_outcome = Step(school, head, *id, {CaseState::kOutcome});
    ASSERT_FALSE(no_outcome);
    EXPECT_EQ(no_outcome.error().where, "outcome");
    ASSERT_TRUE(
        Step(school, head, *id, {CaseState::kOutcome, CaseOutcome::kContentRemoved, "Removed"}));
    auto early_close = Step(school, head, *id, {CaseState::kClosed});
    ASSERT_FALSE(early_close);
    EXPECT_EQ(early_close.error().where, "referral");
    auto closed = Step(
        school, head, *id,
        {CaseState::kClosed, CaseOutcome::kNone, "", CaseReferral{"ceop", "CEOP-123", "", {}}});
    ASSERT_TRUE(closed) << closed.error().ToString();
    EXPECT_EQ(closed->state, CaseState::kClosed);
    ASSERT_EQ(closed->referrals.size(), 1u);
    EXPECT_EQ(closed->referrals[0].referred_by, head.person_id);
    EXPECT_FALSE(Step(school, head, *id, {CaseState::kClosed}));
    // Req: INC-08 no upload for suspected indecent images of children; a link is fine.
    auto upload = school.store().Transact([&](Tx& tx) {
        CaseEvidence file;
        file.content = "bytes";
        return AddCaseEvidence(tx, head, kCaseClock, school.pack(), school.id(), *id, file);
    });
    ASSERT_FALSE(upload);
    EXPECT_EQ(upload.error().code, ErrorCode::kFailedPrecondition);
}

// Req: AUD-01
TEST(CaseServiceTest, EvidenceIsStoredWithItsSha256AndEveryStepIsAuditedWithoutText) {
    CaseSchool school("clarendon-infant", "clarendon.toml");
    auto id = Open(school, StaffConcern(school, "staff2"));
    ASSERT_TRUE(id);
    const Actor head = school.ActorFor(Role::kHeadteacher);
    const std::string bytes("\x89PNG\r\n\x1a\n", 8);
    auto evidence = school.store().Transact([&](Tx& tx) {
        CaseEvidence file;
        file.content = bytes;
        file.filename = "screenshot.png";
        return AddCaseEvidence(tx, head, kCaseClock, school.pack(), school.id(), *id, file);
    });
    ASSERT_TRUE(evidence) << evidence.error().ToString();
    EXPECT_EQ(evidence->sha256, security::Sha256Hex(bytes));
    auto stored =
        school.store().Read([&](Tx& tx) { return tx.Cases().FindEvidence(*id, evidence->id); });
    ASSERT_TRUE(stored && *stored);
    EXPECT_EQ((*stored)->content, bytes);
    auto too_big = school.store().Transact([&](Tx& tx) {
        CaseEvidence file;
        file.content.assign(kMaxEvidenceBytes + 1, 'x');
        return AddCaseEvidence(tx, head, kCaseClock, school.pack(), school.id(), *id, file);
    });
    ASSERT_FALSE(too_big);
    EXPECT_EQ(too_big.error().code, ErrorCode::kInvalidInput);
    auto bad_link = school.store().Transact([&](Tx& tx) {
        CaseEvidence link;
        link.reference = "javascript:alert(1)";
        return AddCaseEvidence(tx, head, kCaseClock, school.pack(), school.id(), *id, link);
    });
    ASSERT_FALSE(bad_link);
    EXPECT_EQ(bad_link.error().where, "reference");
    auto events = school.store().Read([](Tx& tx) { return tx.Audit().List(0, 1000); });
    ASSERT_TRUE(events);
    int case_events = 0;
    for (const auto& event : *events) {
        if (event.action.rfind("cases.", 0) != 0) continue;
        ++case_events;
        EXPECT_EQ(event.after.find("Staff member"), std::string::npos) << event.after;
        EXPECT_EQ(event.after.find("public page"), std::string::npos) << event.after;
    }
    EXPECT_EQ(case_events, 2);  // open, add_evidence
}

TEST(CaseServiceTest, SafeguardingFromACommentIsUrgentAndNeedsNoForm) {
    CaseSchool school("kenn", "kenn-kenton.toml");
    NewCase request;
    request.school_id = school.id();
    request.concern_type = ConcernType::kSafeguardingDisclosure;
    request.summary = "Safeguarding comment on an official account";
    request.reporter = "system";
    request.source_comment_id = "comment-42";
    auto id = school.store().Transact([&](Tx& tx) {
        return OpenCase(tx, Actor::System(school.id()), kCaseClock, school.pack(), request);
    });
    ASSERT_TRUE(id) << id.error().ToString();
    const auto cases = List(school, school.ActorFor(Role::kDsl), {.assigned_to_me = true});
    ASSERT_EQ(cases.size(), 1u);
    EXPECT_TRUE(cases[0].urgent);
    EXPECT_EQ(cases[0].source_comment_id, "comment-42");
}

TEST(CaseServiceTest, BadRequestsAreRefusedAndNothingIsStored) {
    CaseSchool school("clarendon-infant", "clarendon.toml");
    NewCase no_summary = StaffConcern(school, "");
    no_summary.summary.clear();
    EXPECT_EQ(Open(school, no_summary).error().where, "summary");
    NewCase stranger = StaffConcern(school, "nobody");
    EXPECT_EQ(Open(school, stranger).error().where, "subject_person_id");
    NewCase elsewhere = StaffConcern(school, "");
    elsewhere.school_id = "nowhere";
    EXPECT_EQ(Open(school, elsewhere).error().code, ErrorCode::kNotFound);
    EXPECT_TRUE(List(school, school.ActorFor(Role::kHeadteacher)).empty());
}

}  // namespace
}  // namespace steward::domain
