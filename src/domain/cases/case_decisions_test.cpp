// Decisions, report timing and block tasks over real SQLite with the schools' own packs: the
// initial assessment before investigating (INC-09), police contact and the DSL's decision for a
// pupil's inadvertent conduct (INC-06, INC-07), written approval before a media reply (INC-11),
// the late flag (INC-10) and the block task for content reached on school equipment (INC-16).
#include "domain/cases/case_decisions.hpp"

#include <gtest/gtest.h>

#include "domain/cases/block_tasks.hpp"
#include "domain/cases/case_test_school.hpp"
#include "domain/cases/report_timing.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {
namespace {

using core::ErrorCode;
using testing::CaseSchool;
using testing::kCaseClock;  // 2026-09-21 14:13:20 UTC (15:13:20 BST)

std::string OpenPupilImageCase(CaseSchool& school, std::string where_seen = "personal_device") {
    NewCase request;
    request.school_id = school.id();
    request.concern_type = ConcernType::kIllegalContent;
    request.summary = "Self-generated image shared";
    request.reporter = school.PersonFor(Role::kTeacher);
    request.fields = {{"description", "d"},
                      {"first_seen_at", "2026-09-21T09:00"},
                      {"where_seen", where_seen},
                      {"url", "https://bad.example/x"},
                      {"category", "sexual"},
                      {"how_reached", "shared_by_someone"},
                      {"immediate_action", "device isolated"},
                      {"pupil_conduct_inadvertent", "yes"}};
    auto id = school.store().Transact([&](Tx& tx) {
        return OpenCase(tx, school.ActorFor(Role::kTeacher), kCaseClock, school.pack(), request);
    });
    EXPECT_TRUE(id) << id.error().ToString();
    return id ? *id : "";
}

core::Result<Case> Step(CaseSchool& school, Role role, const std::string& id, CaseTransition step) {
    return school.store().Transact([&](Tx& tx) {
        return TransitionCase(tx, school.ActorFor(role), kCaseClock, school.pack(), school.id(), id,
                              step);
    });
}

core::Status Assess(CaseSchool& school, Role role, const std::string& id) {
    return school.store().Transact([&](Tx& tx) -> core::Status {
        auto done = RecordInitialAssessment(tx, school.ActorFor(role), kCaseClock, school.pack(),
                                            school.id(), id, {"Plan", {}, {"ceop"}});
        if (!done) return done.error();
        return core::OkStatus();
    });
}

core::Status Decide(CaseSchool& school, Role role, const std::string& id, bool involve) {
    return school.store().Transact([&](Tx& tx) -> core::Status {
        auto done = RecordPoliceDecision(tx, school.ActorFor(role), kCaseClock, school.pack(),
                                         school.id(), id, involve, "Inadvertent; education");
        if (!done) return done.error();
        return core::OkStatus();
    });
}

// Req: INC-09
TEST(CaseDecisionsTest, OnlyTheConfiguredRoleAssessesAndOnlyOnce) {
    CaseSchool school("kk", "kenn-kenton.toml");  // initial_assessment_role = SLT
    const std::string id = OpenPupilImageCase(school);
    ASSERT_TRUE(Step(school, Role::kSeniorLeadershipTeam, id, {CaseState::kTriaged}));
    auto by_dsl = Assess(school, Role::kDsl, id);
    ASSERT_FALSE(by_dsl);
    EXPECT_EQ(by_dsl.error().code, ErrorCode::kPermissionDenied);
    ASSERT_TRUE(Assess(school, Role::kSeniorLeadershipTeam, id));
    EXPECT_EQ(Assess(school, Role::kSeniorLeadershipTeam, id).error().code,
              ErrorCode::kAlreadyExists);
    EXPECT_TRUE(Step(school, Role::kSeniorLeadershipTeam, id, {CaseState::kInvestigating}));
}

// Req: INC-07
// Req: INC-06
TEST(CaseDecisionsTest, InadvertentPupilConductNeedsTheDslDecisionAndMayCloseWithoutPolice) {
    CaseSchool school("clarendon", "clarendon.toml");
    const std::string id = OpenPupilImageCase(school);
    ASSERT_TRUE(Step(school, Role::kHeadteacher, id, {CaseState::kTriaged}));
    ASSERT_TRUE(Assess(school, Role::kHeadteacher, id));
    // The police are not contacted before the DSL decides, even by the police contact role.
    CaseTransition police{CaseState::kTriaged, CaseOutcome::kNone, "",
                          CaseReferral{"police", "CAD-1", "", {}}};
    auto early = Step(school, Role::kHeadteacher, id, police);
    ASSERT_FALSE(early);
    EXPECT_EQ(early.error().where, "police_decision");
    EXPECT_EQ(Decide(school, Role::kHeadteacher, id, false).error().code,
              ErrorCode::kPermissionDenied);
    ASSERT_TRUE(Decide(school, Role::kDsl, id, false));
    ASSERT_TRUE(Step(school, Role::kHeadteacher, id, {CaseState::kInvestigating}));
    ASSERT_TRUE(Step(school, Role::kHeadteacher, id,
                     {CaseState::kOutcome, CaseOutcome::kAdvice, "Education"}));
    // Illegal content, yet it closes without a referral: the DSL decided against the police.
    EXPECT_TRUE(Step(school, Role::kHeadteacher, id, {CaseState::kClosed}));
}

// Req: INC-07
TEST(CaseDecisionsTest, OnlyThePoliceContactRoleRecordsPoliceContact) {
    CaseSchool school("clarendon", "clarendon.toml");
    const std::string id = OpenPupilImageCase(school);
    ASSERT_TRUE(Decide(school, Role::kDsl, id, true));
    CaseTransition police{CaseState::kReported, CaseOutcome::kNone, "",
                          CaseReferral{"police", "CAD-2", "", {}}};
    auto by_dsl = Step(school, Role::kDsl, id, police);
    ASSERT_FALSE(by_dsl);
    EXPECT_EQ(by_dsl.error().code, ErrorCode::kPermissionDenied);
    EXPECT_TRUE(Step(school, Role::kHeadteacher, id, police));
    // CEOP is not police contact: the DSL may record it.
    EXPECT_TRUE(
        Step(school, Role::kDsl, id,
             {CaseState::kReported, CaseOutcome::kNone, "", CaseReferral{"ceop", "C-1", "", {}}}));
}

// Req: INC-16
TEST(CaseDecisionsTest, ContentReachedOnASchoolDeviceOpensABlockTaskForTheBlocklistManager) {
    CaseSchool school("clarendon", "clarendon.toml");  // blocklist manager: online safety officer
    const std::string id = OpenPupilImageCase(school, "school_device");
    OpenPupilImageCase(school, "personal_device");  // no task
    auto tasks = school.store().Read([&](Tx& tx) {
        return ListBlockTasks(tx, school.ActorFor(Role::kOnlineSafetyOfficer), school.pack(),
                              school.id());
    });
    ASSERT_TRUE(tasks);
    ASSERT_EQ(tasks->size(), 1u);
    EXPECT_EQ((*tasks)[0].case_id, id);
    EXPECT_EQ((*tasks)[0].url, "https://bad.example/x");
    EXPECT_EQ((*tasks)[0].assignee_role, Role::kOnlineSafetyOfficer);
    auto teacher_tasks = school.store().Read([&](Tx& tx) {
        return ListBlockTasks(tx, school.ActorFor(Role::kTeacher), school.pack(), school.id());
    });
    ASSERT_TRUE(teacher_tasks);
    EXPECT_TRUE(teacher_tasks->empty());
    auto done = school.store().Transact([&](Tx& tx) {
        return CompleteBlockTask(tx, school.ActorFor(Role::kOnlineSafetyOfficer), kCaseClock,
                                 school.pack(), school.id(), (*tasks)[0].id, "Filtered");
    });
    ASSERT_TRUE(done) << done.error().ToString();
    EXPECT_EQ(done->state, BlockTaskState::kDone);
}

// Req: INC-10
TEST(ReportTimingTest, FirstSeenIsReadAsUkTimeAndLateOverTheThreshold) {
    const core::TimePoint reported = kCaseClock.Now();  // 2026-09-21 14:13:20 UTC
    auto judge = [&](std::string first_seen) {
        return JudgeReportTiming({{"first_seen_at", first_seen}}, reported, nullptr);
    };
    // 09:00 BST is 08:00 UTC.
    EXPECT_EQ(judge("2026-09-21T09:00").first_seen_at->time_since_epoch().count(),
              reported.time_since_epoch().count() - (6 * 3600 + 13 * 60 + 20));
    EXPECT_FALSE(judge("2026-09-20T16:00").late);  // 15:00 UTC: 23h13m before
    EXPECT_TRUE(judge("2026-09-20T14:00Z").late);  // 24h13m before
    EXPECT_FALSE(judge("2026-09-20").late);        // end of that day: under 24 hours
    EXPECT_TRUE(judge("2026-09-19").late);
    EXPECT_FALSE(judge("2026-09-30").late);  // after the report: kept, not late
    EXPECT_FALSE(JudgeReportTiming({}, reported, nullptr).first_seen_at.has_value());
}

}  // namespace
}  // namespace steward::domain
