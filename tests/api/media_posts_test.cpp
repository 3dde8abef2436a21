// A post's photos in the post workflow over real HTTP on the seeded demo tenants (issue 6 item 5):
// a draft carries media_ids of the school's uploads, the check merges each photo's reasons with
// its media_id and face, submit is refused while a face is untagged or a pupil without consent
// shows, the one redaction makes it publishable, and the approver fetches the before/after.
// Also the per-route body limit: POST media takes a phone photo, other routes keep the server's.
#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "demo_server.hpp"
#include "media/test_images.hpp"

namespace steward::api::testing {
namespace {

namespace http = boost::beast::http;
namespace json = boost::json;

const std::string kBase = "/api/schools/belgrave/";

// One signed-in demo user; each request on its own connection (the first media request loads
// the engine, and the server closes idle keep-alive connections meanwhile).
class As {
  public:
    As(DemoServer& server, std::string_view username) : port_(server.port()) {
        HttpClient client(port_);
        auto signed_in = SignIn(client, username);
        EXPECT_TRUE(signed_in) << username;
        if (signed_in) who_ = *signed_in;
    }
    HttpResult Send(http::verb verb, const std::string& target, std::string body,
                    std::string type = "application/json") {
        HttpClient client(port_);
        return client.Send(verb, target, std::move(body),
                           {{"cookie", who_.cookie},
                            {"x-csrf-token", who_.csrf},
                            {"content-type", std::move(type)}});
    }
    HttpResult Get(const std::string& target) { return Send(http::verb::get, target, ""); }
    HttpResult Post(const std::string& target, const json::object& body = {}) {
        return Send(http::verb::post, target, json::serialize(body));
    }
    HttpResult Put(const std::string& target, const json::value& body) {
        return Send(http::verb::put, target, json::serialize(body));
    }

  private:
    std::uint16_t port_;
    SignedInClient who_;
};

json::object Parse(const HttpResult& result) { return json::parse(result.body).as_object(); }

std::string AsString(const std::vector<std::uint8_t>& bytes) {
    return std::string(bytes.begin(), bytes.end());
}

std::string FacebookAccount(As& user) {
    const json::object listed = Parse(user.Get(kBase + "accounts"));
    for (const auto& account : listed.at("accounts").as_array()) {
        if (account.at("platform").as_string() == "facebook") {
            return std::string(account.at("id").as_string());
        }
    }
    return "";
}

json::object Draft(const std::string& account, json::array media_ids) {
    return json::object{{"account_id", account},
                        {"media_kind", "image"},
                        {"caption", "Our astronomy club's visitor."},
                        {"posting_date", "2026-10-05"},
                        {"media_ids", std::move(media_ids)}};
}

// Uploads the astronaut at 320 px; returns its media id and number of faces found.
std::pair<std::string, std::size_t> UploadAstronaut(As& user) {
    cv::Mat astronaut;
    cv::resize(media::testing::AstronautPhoto(), astronaut, cv::Size(320, 320), 0, 0,
               cv::INTER_AREA);
    const HttpResult uploaded =
        user.Send(http::verb::post, kBase + "media",
                  AsString(media::testing::Encode(astronaut, ".jpg")), "image/jpeg");
    EXPECT_EQ(uploaded.status, 201) << uploaded.body;
    if (uploaded.status != 201) return {"", 0};
    const json::object body = Parse(uploaded);
    return {std::string(body.at("media_id").as_string()), body.at("faces").as_array().size()};
}

// The details of `reason` in a check.
std::vector<json::object> Details(const json::object& check, std::string_view reason) {
    std::vector<json::object> out;
    for (const auto& detail : check.at("details").as_array()) {
        if (detail.at("reason").as_string() == reason) out.push_back(detail.as_object());
    }
    return out;
}

// Req: PST-09
// Req: PST-12
// Req: CON-02
TEST(MediaPostsApiTest, PhotoReasonsJoinTheCheckAndOnlyTheRedactedVersionIsApproved) {
    DemoServer server;
    As comms(server, "communications.lead@belgrave");
    As head(server, "headteacher@belgrave");
    const std::string account = FacebookAccount(comms);
    ASSERT_FALSE(account.empty());
    const auto [media_id, faces] = UploadAstronaut(comms);
    ASSERT_FALSE(media_id.empty());
    ASSERT_GE(faces, 1u);

    const HttpResult created = comms.Post(kBase + "posts", Draft(account, {media_id.c_str()}));
    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(Parse(created).at("media_ids"), json::array{media_id.c_str()});
    const json::object listed = Parse(comms.Get(kBase + "posts"));
    ASSERT_EQ(listed.at("posts").as_array().size(), 1u);
    EXPECT_EQ(listed.at("posts").at(0).at("media_ids"), json::array{media_id.c_str()});
    const std::string post = kBase + "posts/" + std::string(Parse(created).at("id").as_string());

    // Untagged: Belgrave's pack requires consent for pupil media, so an untagged face blocks.
    const HttpResult untagged = comms.Post(post + "/check");
    ASSERT_EQ(untagged.status, 200) << untagged.body;
    const auto untagged_details = Details(Parse(untagged), "UNTAGGED_FACE");
    ASSERT_EQ(untagged_details.size(), faces) << untagged.body;
    EXPECT_EQ(untagged_details[0].at("media_id").as_string(), media_id);
    EXPECT_EQ(untagged_details[0].at("face").as_int64(), 0);
    EXPECT_EQ(Parse(untagged).at("decision").as_string(), "block");
    EXPECT_EQ(comms.Post(post + "/submit").status, 422);

    // Face 0 is BEL1004, who has no image consent; every other face is an adult. Tagging is a
    // change to the post: it goes back to draft.
    json::array tags{json::object{{"face", 0}, {"tag", "BEL1004"}}};
    for (std::size_t face = 1; face < faces; ++face) {
        tags.push_back(json::object{{"face", face}, {"tag", "adult"}});
    }
    ASSERT_EQ(comms.Put(kBase + "media/" + media_id + "/tags", tags).status, 200);
    EXPECT_EQ(Parse(comms.Get(post)).at("post").at("state").as_string(), "draft");
    const HttpResult no_consent = comms.Post(post + "/check");
    ASSERT_EQ(no_consent.status, 200) << no_consent.body;
    const auto consent_details = Details(Parse(no_consent), "NO_CONSENT_MEDIA");
    ASSERT_EQ(consent_details.size(), 1u) << no_consent.body;
    EXPECT_EQ(consent_details[0].at("pupil_id").as_string(), "BEL1004");
    EXPECT_EQ(consent_details[0].at("media_id").as_string(), media_id);
    EXPECT_EQ(consent_details[0].at("face").as_int64(), 0);
    EXPECT_NE(Parse(no_consent).at("decision").as_string(), "approve");
    const HttpResult refused = comms.Post(post + "/submit");
    EXPECT_EQ(refused.status, 422) << refused.body;

    // The one action: the publishable version blurs BEL1004; checked again, the post passes.
    ASSERT_EQ(comms
                  .Post(kBase + "media/" + media_id + "/redact",
                        {{"platform", "facebook"}, {"posting_date", "2026-10-05"}})
                  .status,
              200);
    const HttpResult clean = comms.Post(post + "/check");
    ASSERT_EQ(clean.status, 200);
    EXPECT_EQ(Parse(clean).at("decision").as_string(), "approve") << clean.body;
    ASSERT_EQ(comms.Post(post + "/submit").status, 200);

    // The approver sees the before and after, then approves.
    const json::object full = Parse(head.Get(post));
    ASSERT_EQ(full.at("media").as_array().size(), 1u) << json::serialize(full);
    const json::object& item = full.at("media").at(0).as_object();
    EXPECT_TRUE(item.at("redacted").as_bool());
    const HttpResult before = head.Get(std::string(item.at("original").as_string()));
    const HttpResult after = head.Get(std::string(item.at("redacted_preview").as_string()));
    ASSERT_EQ(before.status, 200);
    ASSERT_EQ(after.status, 200);
    EXPECT_EQ(after.Header("content-type"), "image/jpeg");
    EXPECT_NE(before.body, after.body);
    EXPECT_EQ(head.Post(post + "/approve").status, 200);

    // A new tag after approval sends the post back to draft: the approval was for the old one.
    ASSERT_EQ(comms
                  .Put(kBase + "media/" + media_id + "/tags",
                       json::array{json::object{{"face", 0}, {"tag", "adult"}}})
                  .status,
              200);
    const json::object reopened = Parse(comms.Get(post)).at("post").as_object();
    EXPECT_EQ(reopened.at("state").as_string(), "draft");
    EXPECT_EQ(reopened.at("approved_by").as_string(), "");
}

TEST(MediaPostsApiTest, MediaIdsMustBeTheSchoolsOwnUploads) {
    DemoServer server;
    As comms(server, "communications.lead@belgrave");
    As kenn(server, "headteacher@kenn-kenton");
    const std::string account = FacebookAccount(comms);
    cv::Mat small;
    cv::resize(media::testing::AstronautPhoto(), small, cv::Size(96, 96), 0, 0, cv::INTER_AREA);
    const HttpResult theirs =
        kenn.Send(http::verb::post, "/api/schools/kenn/media",
                  AsString(media::testing::Encode(small, ".png")), "image/png");
    ASSERT_EQ(theirs.status, 201) << theirs.body;
    const std::string other_school(Parse(theirs).at("media_id").as_string());

    for (const std::string& id : {other_school, std::string("md-no-such-upload")}) {
        const HttpResult refused = comms.Post(kBase + "posts", Draft(account, {id.c_str()}));
        EXPECT_EQ(refused.status, 400) << refused.body;
        EXPECT_EQ(Parse(refused).at("error").at("where").as_string(), "media_ids[0]")
            << refused.body;
    }
    json::object no_kind = Draft(account, {});
    no_kind["media_kind"] = "none";
    no_kind["media_ids"] = json::array{1};
    EXPECT_EQ(comms.Post(kBase + "posts", no_kind).status, 400);
    const HttpResult plain = comms.Post(kBase + "posts", Draft(account, {}));
    ASSERT_EQ(plain.status, 201) << plain.body;
    EXPECT_TRUE(Parse(plain).at("media_ids").as_array().empty());
}

// The demo server keeps the 64 KiB global limit; POST media has its own 25 MiB.
TEST(MediaPostsApiTest, MediaUploadTakesAPhonePhotoWhileOtherRoutesKeepTheServerLimit) {
    DemoServer server;
    As comms(server, "communications.lead@belgrave");
    // About 5 MB: a smooth 1320 x 1320 photo in a PNG stored without compression.
    cv::Mat large;
    cv::resize(media::testing::AstronautPhoto(), large, cv::Size(1320, 1320), 0, 0,
               cv::INTER_LINEAR);
    std::vector<std::uint8_t> png;
    ASSERT_TRUE(cv::imencode(".png", large, png, {cv::IMWRITE_PNG_COMPRESSION, 0}));
    ASSERT_GT(png.size(), 5'000'000u);
    const HttpResult uploaded =
        comms.Send(http::verb::post, kBase + "media", AsString(png), "image/png");
    EXPECT_EQ(uploaded.status, 201) << uploaded.body.substr(0, 300);

    const std::string big_json = "{\"caption\":\"" + std::string(2'000'000, 'a') + "\"}";
    const HttpResult too_big = comms.Send(http::verb::post, kBase + "posts", big_json);
    EXPECT_EQ(too_big.status, 413);

    // Past the route's own limit, refused from the declared length before any body is read.
    const std::string declared = RawExchange(
        server.port(), "POST " + kBase +
                           "media HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                           "Content-Type: image/jpeg\r\nContent-Length: 27000000\r\n\r\n");
    EXPECT_EQ(declared.rfind("HTTP/1.1 413", 0), 0u) << declared.substr(0, 200);
}

}  // namespace
}  // namespace steward::api::testing
