// The media routes over real HTTP on the seeded demo tenants with project-made photos: the
// astronaut (testdata/media), a certificate naming a Belgrave pupil rendered with DejaVu Sans,
// and a JPEG carrying GPS EXIF written by the test.
#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "demo_server.hpp"
#include "media/container.hpp"
#include "media/test_images.hpp"

namespace steward::api::testing {
namespace {

namespace http = boost::beast::http;
namespace json = boost::json;
using media::testing::AstronautPhoto;

const std::string kBase = "/api/schools/belgrave/media";

std::string AsString(const std::vector<std::uint8_t>& bytes) {
    return std::string(bytes.begin(), bytes.end());
}

// The astronaut at 320 px with a certificate naming Florence Wright (BEL1000) beside her.
cv::Mat AstronautWithCertificate() {
    cv::Mat astronaut;
    cv::resize(AstronautPhoto(), astronaut, cv::Size(320, 320), 0, 0, cv::INTER_AREA);
    const cv::Mat certificate = media::testing::RenderCertificate(
        cv::Size(560, 320), {"Certificate", "Awarded to", "Florence Wright"}, 40);
    cv::Mat photo;
    cv::hconcat(astronaut, certificate, photo);
    return photo;
}

class MediaApiTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() { server_ = new DemoServer(); }
    static void TearDownTestSuite() { delete server_; }

    void SetUp() override {
        client_ = std::make_unique<HttpClient>(server_->port());
        auto lead = SignIn(*client_, "communications.lead@belgrave");
        ASSERT_TRUE(lead);
        lead_ = *lead;
    }

    HttpResult Send(http::verb verb, const std::string& target, std::string body = "",
                    const SignedInClient* who = nullptr,
                    std::string content_type = "application/json") {
        who = who != nullptr ? who : &lead_;
        return client_->Send(verb, target, std::move(body),
                             {{"cookie", who->cookie},
                              {"x-csrf-token", who->csrf},
                              {"content-type", content_type}});
    }

    HttpResult Upload(const std::string& bytes, const SignedInClient* who = nullptr) {
        return Send(http::verb::post, kBase, bytes, who, "application/octet-stream");
    }

    static DemoServer* server_;  // one server (and one media engine load) for the suite
    std::unique_ptr<HttpClient> client_;
    SignedInClient lead_;
};
DemoServer* MediaApiTest::server_ = nullptr;

// Req: PST-12
TEST_F(MediaApiTest, UploadReportsFacesAndGpsAndPreviewIsPrivateAndNeverCached) {
    cv::Mat astronaut;
    cv::resize(AstronautPhoto(), astronaut, cv::Size(320, 320), 0, 0, cv::INTER_AREA);
    const std::string jpeg = AsString(media::testing::JpegWithGpsExif(astronaut));
    const HttpResult uploaded = Upload(jpeg);
    ASSERT_EQ(uploaded.status, 201) << uploaded.body;
    const json::object body = json::parse(uploaded.body).as_object();
    EXPECT_EQ(body.at("format").as_string(), "jpeg");
    EXPECT_FALSE(body.at("faces").as_array().empty());
    EXPECT_TRUE(body.at("metadata").at("gps_position").as_bool());
    EXPECT_NE(uploaded.body.find("GPS position of the photo removed"), std::string::npos);
    const std::string id(body.at("media_id").as_string());

    const std::string preview = kBase + "/" + id + "/preview?version=original";
    const HttpResult original = Send(http::verb::get, preview);
    ASSERT_EQ(original.status, 200);
    EXPECT_EQ(original.body, jpeg);
    EXPECT_EQ(original.Header("cache-control"), "no-store");
    EXPECT_EQ(original.Header("content-type"), "image/jpeg");

    EXPECT_EQ(client_->Get(preview).status, 401);  // not signed in
    HttpClient other(server_->port());
    auto dsl = SignIn(other, "dsl@belgrave");  // staff of the school, but drafts no posts
    ASSERT_TRUE(dsl);
    EXPECT_EQ(Send(http::verb::get, preview, "", &*dsl).status, 403);
    auto kenn = SignIn(other, "headteacher@kenn-kenton");  // another school's head
    ASSERT_TRUE(kenn);
    EXPECT_EQ(Send(http::verb::get, preview, "", &*kenn).status, 403);
    const std::string kenn_preview = "/api/schools/kenn/media/" + id + "/preview";
    EXPECT_EQ(Send(http::verb::get, kenn_preview, "", &*kenn).status, 404);
    EXPECT_EQ(Send(http::verb::get, kBase + "/" + id + "/preview?version=redacted").status, 404);
}

// Req: PST-09
TEST_F(MediaApiTest, RedactionBlursUntaggedFaceAndVisibleNameAndDropsMetadata) {
    const cv::Mat photo = AstronautWithCertificate();
    const HttpResult uploaded = Upload(AsString(media::testing::JpegWithGpsExif(photo)));
    ASSERT_EQ(uploaded.status, 201) << uploaded.body;
    const json::object body = json::parse(uploaded.body).as_object();
    const std::string id(body.at("media_id").as_string());
    ASSERT_FALSE(body.at("findings").as_array().empty()) << uploaded.body;
    EXPECT_EQ(body.at("findings").at(0).at("category").as_string(), "name");

    const HttpResult redacted = Send(http::verb::post, kBase + "/" + id + "/redact",
                                     R"({"platform":"facebook","posting_date":"2026-03-02"})");
    ASSERT_EQ(redacted.status, 200) << redacted.body;
    EXPECT_TRUE(json::parse(redacted.body).at("redacted").as_bool());

    const HttpResult clean = Send(http::verb::get, kBase + "/" + id + "/preview?version=redacted");
    ASSERT_EQ(clean.status, 200);
    EXPECT_EQ(clean.Header("cache-control"), "no-store");
    const std::vector<std::uint8_t> bytes(clean.body.begin(), clean.body.end());
    auto container = media::ReadContainer(bytes, media::MediaLimits{});
    ASSERT_TRUE(container);
    EXPECT_TRUE(container->exif.empty());
    EXPECT_EQ(clean.body.find("Canon"), std::string::npos);
    // The pixels of the name changed; the certificate's blank margin did not.
    const cv::Mat after = cv::imdecode(bytes, cv::IMREAD_COLOR);
    ASSERT_EQ(after.size(), photo.size());
    const json::value& box = body.at("findings").at(0).at("box");
    const cv::Rect name(static_cast<int>(box.at("x").as_int64()),
                        static_cast<int>(box.at("y").as_int64()),
                        static_cast<int>(box.at("width").as_int64()),
                        static_cast<int>(box.at("height").as_int64()));
    cv::Mat difference;
    cv::absdiff(photo, after, difference);
    EXPECT_GT(cv::mean(difference(name))[0], 15.0);
    EXPECT_LT(cv::mean(difference(cv::Rect(330, 0, 500, 20)))[0], 4.0);
}

TEST_F(MediaApiTest, TagsAreCheckedAndANewTagDropsThePublishableCopy) {
    cv::Mat astronaut;
    cv::resize(AstronautPhoto(), astronaut, cv::Size(320, 320), 0, 0, cv::INTER_AREA);
    const HttpResult uploaded = Upload(AsString(media::testing::Encode(astronaut, ".jpg")));
    ASSERT_EQ(uploaded.status, 201) << uploaded.body;
    const std::string id(json::parse(uploaded.body).at("media_id").as_string());
    const std::string tags = kBase + "/" + id + "/tags";
    ASSERT_EQ(Send(http::verb::post, kBase + "/" + id + "/redact").status, 200);

    const HttpResult tagged = Send(http::verb::put, tags, R"([{"face":0,"tag":"BEL1000"}])");
    ASSERT_EQ(tagged.status, 200) << tagged.body;
    const json::value after = json::parse(tagged.body);
    EXPECT_EQ(after.at("tags").at(0).at("tag").as_string(), "BEL1000");
    EXPECT_FALSE(after.at("redacted").as_bool());

    EXPECT_EQ(Send(http::verb::put, tags, R"([{"face":7,"tag":"adult"}])").status, 404);
    const HttpResult stranger = Send(http::verb::put, tags, R"([{"face":0,"tag":"KEN9999"}])");
    EXPECT_EQ(stranger.status, 400);
    EXPECT_EQ(stranger.body.find("KEN9999"), std::string::npos);
    EXPECT_EQ(Send(http::verb::put, tags, R"([{"face":0}])").status, 400);
    EXPECT_EQ(Send(http::verb::put, tags, R"({"face":0})").status, 400);

    json::array everyone;  // every face found, tagged adult
    const auto faces = json::parse(uploaded.body).at("faces").as_array().size();
    for (std::size_t face = 0; face < faces; ++face) {
        everyone.push_back(json::object{{"face", face}, {"tag", "adult"}});
    }
    const HttpResult adult = Send(http::verb::put, tags,
                                  json::serialize(json::object{{"tags", std::move(everyone)}}));
    ASSERT_EQ(adult.status, 200) << adult.body;
    const HttpResult redacted = Send(http::verb::post, kBase + "/" + id + "/redact");
    ASSERT_EQ(redacted.status, 200);
    EXPECT_TRUE(json::parse(redacted.body).at("redacted_faces").as_array().empty());
}

TEST_F(MediaApiTest, BadFilesAreRefusedWithAReasonAndTheServerStaysUp) {
    cv::Mat astronaut;
    cv::resize(AstronautPhoto(), astronaut, cv::Size(200, 200), 0, 0, cv::INTER_AREA);
    const std::string jpeg = AsString(media::testing::Encode(astronaut, ".jpg"));
    cv::Mat small;
    cv::resize(astronaut, small, cv::Size(48, 48), 0, 0, cv::INTER_AREA);
    std::string huge_png = AsString(media::testing::Encode(small, ".png"));  // says 8 million px
    for (int k : {16, 17, 18, 19, 20, 21, 22, 23}) huge_png[k] = k % 4 == 1 ? '\x7f' : '\0';
    const std::vector<std::string> bad = {"", "This is a caption, not a photo.",
                                          jpeg.substr(0, jpeg.size() / 2), huge_png,
                                          "%PDF-1.4\n" + jpeg};
    for (const std::string& file : bad) {
        const HttpResult refused = Upload(file);
        EXPECT_EQ(refused.status, 400) << refused.body;
        const json::value error = json::parse(refused.body).at("error");
        EXPECT_EQ(error.at("code").as_string(), "invalid_input");
        EXPECT_FALSE(error.at("message").as_string().empty());
    }
    // The route's own 25 MiB limit (the server's is 64 KiB here), judged on the declared length.
    const std::string too_big = RawExchange(
        server_->port(), "POST " + kBase + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " +
                             std::to_string((25 << 20) + 1) + "\r\n\r\n");
    EXPECT_EQ(too_big.rfind("HTTP/1.1 413", 0), 0u) << too_big.substr(0, 200);
    EXPECT_EQ(client_->Get("/healthz").status, 200);
    EXPECT_EQ(Upload(jpeg).status, 201);
}

}  // namespace
}  // namespace steward::api::testing
