// Helpers for the cases API tests: sign in demo users, report a concern, read a case, add a
// signed-in user with a role the demo lacks (e.g. chair of governors).
#pragma once

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <string>

#include "demo_server.hpp"
#include "domain/access/user_enrolment.hpp"

namespace steward::api::testing {

namespace http = boost::beast::http;

// One signed-in demo user with their own connection.
struct CaseUser {
    CaseUser(DemoServer& server, const std::string& username) : client(server.port()) {
        auto signed_in = SignIn(client, username);
        EXPECT_TRUE(signed_in) << username;
        if (signed_in) session = std::move(*signed_in);
    }

    HttpResult Get(std::string_view target) {
        return client.Send(http::verb::get, target, "", {{"cookie", session.cookie}});
    }
    HttpResult Post(std::string_view target, const boost::json::value& body) {
        return PostJson(client, target, boost::json::serialize(body),
                        {{"cookie", session.cookie}, {"x-csrf-token", session.csrf}});
    }
    HttpResult PostRaw(std::string_view target, std::string body, std::string content_type) {
        return client.Send(http::verb::post, target, std::move(body),
                           {{"cookie", session.cookie},
                            {"x-csrf-token", session.csrf},
                            {"content-type", std::move(content_type)}});
    }

    HttpClient client;
    SignedInClient session;
};

// Enrols `username` at `school_id` holding `role`, with the demo password.
inline void AddDemoUser(DemoServer& server, const std::string& school_id,
                        const std::string& username, domain::Role role) {
    domain::Enrolment enrolment;
    enrolment.school_id = school_id;
    enrolment.username = username;
    enrolment.display_name = "Demo user";
    enrolment.role = role;
    auto hash =
        security::HashPassword(cli::kDemoPassword, security::PasswordHashLimits::ForTests());
    ASSERT_TRUE(hash);
    enrolment.password_hash = *hash;
    core::FixedClock clock(core::TimePoint(std::chrono::seconds(1'790'000'000)));
    auto enrolled = domain::EnrolUser(server.store(), clock, domain::Actor::System(), enrolment);
    ASSERT_TRUE(enrolled) << enrolled.error().ToString();
}

inline boost::json::object StaffConcern(std::string_view subject_person_id) {
    return boost::json::object{{"concern_type", "staff_online_conduct"},
                               {"summary", "Comment about a parent on a personal account"},
                               {"subject_person_id", subject_person_id},
                               {"fields",
                                {{"description", "Seen on a public page"},
                                 {"first_seen_at", "2026-11-20T09:30"},
                                 {"platform", "facebook"}}}};
}

// A media enquiry as the office reports it (urgent, routed to the headteacher at Clarendon).
inline boost::json::object MediaEnquiry(
    std::string_view summary = "Local paper asks about the trip") {
    return boost::json::object{{"concern_type", "media_enquiry"},
                               {"summary", summary},
                               {"fields",
                                {{"description", "Phone call"},
                                 {"first_seen_at", "2026-09-21T11:00"},
                                 {"outlet", "Gazette"},
                                 {"contact", "newsdesk"}}}};
}

// Returns the ids in a GET cases body.
inline std::vector<std::string> CaseIds(const HttpResult& result) {
    std::vector<std::string> ids;
    if (result.status != 200) return ids;
    const boost::json::value parsed = boost::json::parse(result.body);
    for (const auto& item : parsed.at("cases").as_array()) {
        ids.emplace_back(item.at("id").as_string());
    }
    return ids;
}

inline std::string IdOf(const HttpResult& result) {
    if (result.status != 201 && result.status != 200) return "";
    return std::string(boost::json::parse(result.body).at("id").as_string());
}

}  // namespace steward::api::testing
