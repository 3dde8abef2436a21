#include "domain/posts/approval_chain.hpp"

#include <gtest/gtest.h>

#include "policy/policy_loader.hpp"

namespace steward::domain {
namespace {

policy::PolicyPack Pack(const std::string& name) {
    auto pack = policy::LoadPolicyPackFile(std::string(STEWARD_SOURCE_DIR) + "/policies/" + name);
    EXPECT_TRUE(pack) << name;
    return pack ? std::move(*pack) : policy::PolicyPack{};
}

Post ByAuthor(std::string author) {
    Post post;
    post.author_id = std::move(author);
    return post;
}

std::vector<RoleAssignment> Holds(Role role, std::string school = "s1", std::string trust = "") {
    return {RoleAssignment{"p", role, std::move(school), std::move(trust)}};
}

// Req: PST-02
TEST(ApprovalChainTest, BelgraveNeedsTheHeadteacherNotTheCommunicationsLead) {
    const auto pack = Pack("belgrave.toml");
    EXPECT_TRUE(CheckApprover(&pack, ByAuthor("a"), "h", Holds(Role::kHeadteacher), "s1", ""));
    auto comms = CheckApprover(&pack, ByAuthor("a"), "c", Holds(Role::kCommunicationsLead), "s1", "");
    ASSERT_FALSE(comms);
    EXPECT_EQ(comms.error().code, core::ErrorCode::kPermissionDenied);
    EXPECT_EQ(comms.error().where, "posts.approver_roles");
    // A headteacher of another school is not this school's approver.
    EXPECT_FALSE(CheckApprover(&pack, ByAuthor("a"), "h", Holds(Role::kHeadteacher, "s2"), "s1", ""));
}

// Req: PST-02
TEST(ApprovalChainTest, CwmfelinAcceptsAnySeniorLeaderIncludingTrustWideAndTheHead) {
    const auto pack = Pack("cwmfelin.toml");
    EXPECT_TRUE(CheckApprover(&pack, ByAuthor("a"), "s", Holds(Role::kSeniorLeadershipTeam), "s1", ""));
    EXPECT_TRUE(CheckApprover(&pack, ByAuthor("a"), "h", Holds(Role::kHeadteacher), "s1", ""));
    EXPECT_TRUE(CheckApprover(&pack, ByAuthor("a"), "t",
                              Holds(Role::kSeniorLeadershipTeam, "", "t1"), "s1", "t1"));
    EXPECT_FALSE(CheckApprover(&pack, ByAuthor("a"), "t", Holds(Role::kTeacher), "s1", ""));
}

// Req: PST-02
TEST(ApprovalChainTest, Issue4_AuthorCannotApproveOwnPostWhateverTheirRole) {
    const auto pack = Pack("belgrave.toml");
    auto own = CheckApprover(&pack, ByAuthor("h"), "h", Holds(Role::kHeadteacher), "s1", "");
    ASSERT_FALSE(own);
    EXPECT_EQ(own.error().code, core::ErrorCode::kPermissionDenied);
}

// Req: PST-02
TEST(ApprovalChainTest, KennKentonApprovesOnlyPostsFlaggedControversial) {
    const auto pack = Pack("kenn-kenton.toml");
    Post post = ByAuthor("a");
    EXPECT_TRUE(ApprovalNotRequired(&pack, post));
    post.controversial = true;
    EXPECT_FALSE(ApprovalNotRequired(&pack, post));
    const auto belgrave = Pack("belgrave.toml");
    post.controversial = false;
    EXPECT_FALSE(ApprovalNotRequired(&belgrave, post));
}

// Req: PST-04
TEST(ApprovalChainTest, PublisherIsAPackRoleOrTheAccountsOwnAdministrator) {
    const auto pack = Pack("belgrave.toml");  // publisher_roles = account_administrator
    OfficialAccount account;
    account.administrators = {"runner"};
    EXPECT_TRUE(CheckPublisher(&pack, account, "x", Holds(Role::kAccountAdministrator), "s1", ""));
    EXPECT_TRUE(CheckPublisher(&pack, account, "runner", Holds(Role::kCommunicationsLead), "s1", ""));
    auto head = CheckPublisher(&pack, account, "h", Holds(Role::kHeadteacher), "s1", "");
    ASSERT_FALSE(head);
    EXPECT_EQ(head.error().where, "posts.publisher_roles");
}

}  // namespace
}  // namespace steward::domain
