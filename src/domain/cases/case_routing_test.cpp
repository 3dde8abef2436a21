// Routing of every concern type by each school's policy pack, and the documented defaults.
#include "domain/cases/case_routing.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "policy/policy_loader.hpp"

namespace steward::domain {
namespace {

policy::PolicyPack Pack(const std::string& file) {
    auto pack = policy::LoadPolicyPackFile(std::string(STEWARD_SOURCE_DIR) + "/policies/" + file);
    EXPECT_TRUE(pack) << file;
    return pack ? std::move(*pack) : policy::PolicyPack{};
}

Role Owner(const policy::PolicyPack* pack, ConcernType type,
           std::map<std::string, std::string> fields = {}) {
    return RouteConcern(pack, type, fields).owner_role;
}

bool Sees(const CaseRoute& route, Role role) {
    return std::find(route.viewer_roles.begin(), route.viewer_roles.end(), role) !=
           route.viewer_roles.end();
}

// Req: INC-02
// Req: INC-03
// Req: INC-04
TEST(CaseRoutingTest, ClarendonRoutesEachConcernAsItsPolicySays) {
    const auto pack = Pack("clarendon.toml");
    EXPECT_EQ(Owner(&pack, ConcernType::kStaffOnlineConduct), Role::kHeadteacher);
    EXPECT_EQ(Owner(&pack, ConcernType::kHeadteacherOnlineConduct), Role::kChairOfGovernors);
    EXPECT_EQ(Owner(&pack, ConcernType::kPupilOnlineBehaviour), Role::kDsl);
    EXPECT_EQ(Owner(&pack, ConcernType::kInappropriateContent), Role::kOnlineSafetyOfficer);
    EXPECT_EQ(Owner(&pack, ConcernType::kNegativePostAboutSchool), Role::kCommunicationsLead);
    EXPECT_EQ(Owner(&pack, ConcernType::kConnectionRequest), Role::kHeadteacher);
    EXPECT_EQ(Owner(&pack, ConcernType::kDataProtectionBreach), Role::kDpo);
    const CaseRoute illegal = RouteConcern(&pack, ConcernType::kIllegalContent, {});
    EXPECT_EQ(illegal.owner_role, Role::kHeadteacher);
    EXPECT_TRUE(illegal.referral_required);
    EXPECT_TRUE(illegal.always_urgent);
    EXPECT_TRUE(Sees(illegal, Role::kDsl));
}

// Req: INC-12
TEST(CaseRoutingTest, CyberbullyingFollowsItsTargetToTheAntiBullyingOrAllegationsProcedure) {
    const auto pack = Pack("clarendon.toml");
    const CaseRoute pupil = RouteConcern(&pack, ConcernType::kCyberbullying, {{"target", "pupil"}});
    EXPECT_EQ(pupil.owner_role, Role::kDsl);
    EXPECT_EQ(pupil.procedure, "Anti-bullying Policy");
    const CaseRoute staff = RouteConcern(&pack, ConcernType::kCyberbullying, {{"target", "staff"}});
    EXPECT_EQ(staff.owner_role, Role::kHeadteacher);
    EXPECT_EQ(staff.procedure, "Allegations of Abuse Against Staff Policy");
}

// Req: INC-07
TEST(CaseRoutingTest, TheDeciderSeesAnyReportOfAPupilsInadvertentConduct) {
    const auto pack = Pack("clarendon.toml");
    const CaseRoute plain = RouteConcern(&pack, ConcernType::kInappropriateContent, {});
    EXPECT_FALSE(Sees(plain, pack.incidents.pupil_noncriminalisation_decider_role));
    const CaseRoute inadvertent = RouteConcern(&pack, ConcernType::kInappropriateContent,
                                               {{"pupil_conduct_inadvertent", "yes"}});
    EXPECT_TRUE(Sees(inadvertent, pack.incidents.pupil_noncriminalisation_decider_role));
    EXPECT_EQ(inadvertent.owner_role, plain.owner_role);  // seeing it, not owning it
    const CaseRoute not_inadvertent = RouteConcern(&pack, ConcernType::kInappropriateContent,
                                                   {{"pupil_conduct_inadvertent", "no"}});
    EXPECT_FALSE(Sees(not_inadvertent, pack.incidents.pupil_noncriminalisation_decider_role));
}

// Req: INC-03
TEST(CaseRoutingTest, ACaseAboutTheHeadteacherNeverListsTheHeadteacherAmongItsViewers) {
    for (const char* file : {"belgrave.toml", "clarendon.toml", "cwmfelin.toml", "kenn-kenton.toml",
                             "symphony-trust.toml"}) {
        const auto pack = Pack(file);
        const CaseRoute route = RouteConcern(&pack, ConcernType::kHeadteacherOnlineConduct, {});
        EXPECT_EQ(route.owner_role, Role::kChairOfGovernors) << file;
        EXPECT_FALSE(Sees(route, Role::kHeadteacher)) << file;
        EXPECT_FALSE(route.procedure.empty()) << file;
    }
}

// Req: INC-02
TEST(CaseRoutingTest, EachSchoolPackRoutesStaffConductAndIllegalContentToItsOwnRole) {
    struct Expected {
        const char* file;
        Role staff;
        Role illegal;
        Role negative_post;
    };
    for (const Expected& expected :
         {Expected{"kenn-kenton.toml", Role::kSeniorLeadershipTeam, Role::kSeniorLeadershipTeam,
                   Role::kLineManager},
          Expected{"cwmfelin.toml", Role::kHeadteacher, Role::kHeadteacher, Role::kHeadteacher},
          Expected{"symphony-trust.toml", Role::kHeadteacher, Role::kHeadteacher,
                   Role::kHeadteacher},
          Expected{"clarendon.toml", Role::kHeadteacher, Role::kHeadteacher,
                   Role::kCommunicationsLead},
          Expected{"belgrave.toml", Role::kHeadteacher, Role::kHeadteacher, Role::kHeadteacher}}) {
        const auto pack = Pack(expected.file);
        EXPECT_EQ(Owner(&pack, ConcernType::kStaffOnlineConduct), expected.staff) << expected.file;
        EXPECT_EQ(Owner(&pack, ConcernType::kIllegalContent), expected.illegal) << expected.file;
        EXPECT_EQ(Owner(&pack, ConcernType::kNegativePostAboutSchool), expected.negative_post)
            << expected.file;
        EXPECT_EQ(Owner(&pack, ConcernType::kSafeguardingDisclosure), Role::kDsl) << expected.file;
        EXPECT_EQ(Owner(&pack, ConcernType::kMediaEnquiry), Role::kHeadteacher) << expected.file;
    }
}

TEST(CaseRoutingTest, WithoutAPackTheDocumentedDefaultsApply) {
    for (int index = 0; index < kConcernTypeCount; ++index) {
        const auto type = static_cast<ConcernType>(index);
        const CaseRoute route = RouteConcern(nullptr, type, {});
        EXPECT_TRUE(route.defaulted);
        if (type != ConcernType::kCyberbullying) {
            EXPECT_EQ(route.owner_role, DefaultRoute(type));
        }
    }
    EXPECT_EQ(Owner(nullptr, ConcernType::kHeadteacherOnlineConduct), Role::kChairOfGovernors);
    EXPECT_EQ(Owner(nullptr, ConcernType::kCyberbullying, {{"target", "pupil"}}), Role::kDsl);
    EXPECT_EQ(Owner(nullptr, ConcernType::kCyberbullying, {{"target", "staff"}}),
              Role::kHeadteacher);
}

TEST(CaseRoutingTest, APackNamingTheHeadteacherAsConflictRouteFallsBackToTheChair) {
    auto pack = Pack("clarendon.toml");
    pack.incidents.headteacher_conflict_route = Role::kHeadteacher;
    const CaseRoute route = RouteConcern(&pack, ConcernType::kHeadteacherOnlineConduct, {});
    EXPECT_EQ(route.owner_role, Role::kChairOfGovernors);
    EXPECT_TRUE(route.defaulted);
}

}  // namespace
}  // namespace steward::domain
