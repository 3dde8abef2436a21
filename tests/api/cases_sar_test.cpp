// The cases section of a subject access export over real HTTP (AUD-04): cases linked to the
// pupil, without the reporter, the staff member concerned, other pupils or free text, and with
// safeguarding records left out altogether.
#include <gtest/gtest.h>

#include "cases_test_helpers.hpp"

namespace steward::api::testing {
namespace {

namespace json = boost::json;
constexpr char kCases[] = "/api/schools/clarendon-infant/cases";

const json::object* CasesSection(const json::value& bundle) {
    for (const auto& section : bundle.at("sections").as_array()) {
        if (section.at("room") == "cases") return &section.as_object();
    }
    return nullptr;
}

// Req: AUD-04
// Req: INC-18
TEST(CasesSubjectAccessTest, ParentsRequestShowsLinkedCasesButNeverWhoReportedOrSafeguarding) {
    DemoServer server;
    CaseUser teacher(server, "teacher@clarendon");
    const HttpResult behaviour =
        teacher.Post(kCases, json::object{{"concern_type", "cyberbullying"},
                                          {"summary", "Reported by Mrs Example about Ivy"},
                                          {"subject_person_id", "account.moderator.clarendon"},
                                          {"pupil_ids", {"CLA1000", "CLA1001"}},
                                          {"fields",
                                           {{"description", "Free text naming the reporter"},
                                            {"first_seen_at", "2026-09-21"},
                                            {"target", "pupil"},
                                            {"platform", "whatsapp"}}}});
    ASSERT_EQ(behaviour.status, 201) << behaviour.body;
    const HttpResult safeguarding = teacher.Post(
        kCases, json::object{{"concern_type", "safeguarding_disclosure"},
                             {"summary", "Disclosure"},
                             {"pupil_ids", {"CLA1000"}},
                             {"fields", {{"description", "d"}, {"first_seen_at", "2026-09-21"}}}});
    ASSERT_EQ(safeguarding.status, 201) << safeguarding.body;
    CaseUser dpo(server, "dpo@clarendon");
    const HttpResult exported =
        dpo.Get("/api/schools/clarendon-infant/subject-access/pupils/CLA1000");
    ASSERT_EQ(exported.status, 200) << exported.body;
    const json::value bundle = json::parse(exported.body);
    const json::object* section = CasesSection(bundle);
    ASSERT_NE(section, nullptr);
    const auto& items = section->at("items").as_array();
    ASSERT_EQ(items.size(), 1u);  // the safeguarding disclosure is not even counted
    const std::string text = json::serialize(items[0]);
    EXPECT_NE(text.find(IdOf(behaviour)), std::string::npos);
    EXPECT_NE(text.find("[staff member]"), std::string::npos);
    EXPECT_NE(text.find("whatsapp"), std::string::npos);
    const std::vector<std::string> secrets = {"teacher.clarendon", "account.moderator.clarendon",
                                              "CLA1001",           "Mrs Example",
                                              "Free text",         IdOf(safeguarding)};
    for (const std::string& secret : secrets) {
        EXPECT_EQ(text.find(secret), std::string::npos) << secret;
    }
    EXPECT_EQ(json::serialize(*section).find(IdOf(safeguarding)), std::string::npos);
    // A pupil linked to nothing gets an empty section.
    const HttpResult other = dpo.Get("/api/schools/clarendon-infant/subject-access/pupils/CLA1002");
    ASSERT_EQ(other.status, 200) << other.body;
    EXPECT_TRUE(CasesSection(json::parse(other.body))->at("items").as_array().empty());
}

}  // namespace
}  // namespace steward::api::testing
