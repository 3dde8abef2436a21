// Videos through the media routes over real HTTP on the seeded demo tenants (issue 6): a video the
// test makes itself (two copies of the astronaut's face walking across, with a phone's location
// atom) is accepted by its content, sampled once a second with faces tracked; tags are per track;
// the post check reasons are per track; the redacted copy is a fresh MP4 with the untagged or
// non-consented person blurred in every frame, the other kept, and no location or other metadata.
#include <gtest/gtest.h>

#include <set>

#include "demo_server.hpp"
#include "media/container.hpp"
#include "media/test_videos.hpp"

namespace steward::api::testing {
namespace {

namespace http = boost::beast::http;
namespace json = boost::json;

const std::string kBase = "/api/schools/belgrave/";
constexpr int kWidth = 480;

std::string AsString(const std::vector<std::uint8_t>& bytes) {
    return std::string(bytes.begin(), bytes.end());
}

// One signed-in demo user; each request on its own connection (media requests are slow).
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
    HttpResult Post(const std::string& target, const json::value& body = json::object{}) {
        return Send(http::verb::post, target, json::serialize(body));
    }
    HttpResult Upload(const std::string& bytes) {
        return Send(http::verb::post, kBase + "media", bytes, "application/octet-stream");
    }

  private:
    std::uint16_t port_;
    SignedInClient who_;
};

json::object Parse(const HttpResult& result) { return json::parse(result.body).as_object(); }

const media::testing::TestVideo& Walkers() {
    static const auto video = media::testing::TwoPeopleVideo(cv::Size(kWidth, 272), 3, 10);
    return video;
}

// The tracks of an upload, split by where each person walks: person 0 on the left half, 1 right.
std::array<std::vector<std::int64_t>, 2> TracksByPerson(const json::object& item) {
    std::array<std::vector<std::int64_t>, 2> out;
    for (const auto& track : item.at("tracks").as_array()) {
        const auto& box = track.at("box");
        const auto centre = box.at("x").as_int64() + box.at("width").as_int64() / 2;
        out[centre < kWidth / 2 ? 0 : 1].push_back(track.at("track").as_int64());
    }
    return out;
}

std::vector<json::object> Details(const json::object& check, std::string_view reason) {
    std::vector<json::object> out;
    for (const auto& detail : check.at("details").as_array()) {
        if (detail.at("reason").as_string() == reason) out.push_back(detail.as_object());
    }
    return out;
}

// `video` with the movie header's length set to `seconds` (the frames are left as they are).
std::string WithLength(std::vector<std::uint8_t> video, std::uint32_t seconds) {
    const std::string text = AsString(video);
    const std::size_t at = text.find("mvhd");
    if (at == std::string::npos || video[at + 4] != 0) return "";
    const std::size_t scale_at = at + 4 + 4 + 8;
    const std::uint32_t scale = (std::uint32_t{video[scale_at]} << 24) |
                                (std::uint32_t{video[scale_at + 1]} << 16) |
                                (std::uint32_t{video[scale_at + 2]} << 8) | video[scale_at + 3];
    const std::uint32_t duration = scale * seconds;
    for (int k = 0; k < 4; ++k) {
        video[scale_at + 4 + k] = static_cast<std::uint8_t>(duration >> (24 - 8 * k));
    }
    return AsString(video);
}

// Req: PST-12
TEST(MediaVideoApiTest, VideoIsAcceptedByContentTrackedAndBadVideosAreRefused) {
    ASSERT_FALSE(Walkers().mp4.empty()) << "no MP4 writer in OpenCV's ffmpeg backend";
    DemoServer server;
    As comms(server, "communications.lead@belgrave");
    const std::string mp4 = AsString(media::testing::WithLocationAtom(Walkers().mp4));

    const HttpResult uploaded = comms.Upload(mp4);
    ASSERT_EQ(uploaded.status, 201) << uploaded.body;
    const json::object item = Parse(uploaded);
    EXPECT_EQ(item.at("kind").as_string(), "video");
    EXPECT_EQ(item.at("format").as_string(), "mp4");
    EXPECT_EQ(item.at("content_type").as_string(), "video/mp4");
    EXPECT_EQ(item.at("width").as_int64(), kWidth);
    EXPECT_NEAR(item.at("duration_seconds").to_number<double>(), 3.0, 0.2);
    EXPECT_EQ(item.at("frames_sampled").as_int64(), 3);
    EXPECT_TRUE(item.at("metadata").at("gps_position").as_bool());
    EXPECT_NE(uploaded.body.find("location recorded with the video removed"), std::string::npos);
    for (const auto& face : item.at("faces").as_array()) {
        EXPECT_TRUE(face.as_object().contains("track"));
        EXPECT_TRUE(face.as_object().contains("time_seconds"));
    }
    const auto people = TracksByPerson(item);
    ASSERT_FALSE(people[0].empty()) << uploaded.body;
    ASSERT_FALSE(people[1].empty()) << uploaded.body;
    // Each walker is one track over all three samples (40 px/s apart: tracked, not split).
    EXPECT_EQ(people[0].size(), 1u) << uploaded.body;
    EXPECT_EQ(people[1].size(), 1u) << uploaded.body;
    for (const auto& track : item.at("tracks").as_array()) {
        EXPECT_EQ(track.at("samples").as_int64(), 3) << uploaded.body;
        EXPECT_NEAR(track.at("last_seconds").to_number<double>(), 2.0, 0.01);
    }

    // The original is served only to staff who may see it, never cached.
    const std::string id(item.at("media_id").as_string());
    const HttpResult original = comms.Get(kBase + "media/" + id + "/preview?version=original");
    ASSERT_EQ(original.status, 200);
    EXPECT_EQ(original.Header("content-type"), "video/mp4");
    EXPECT_EQ(original.Header("cache-control"), "no-store");
    EXPECT_EQ(original.body, mp4);
    As dsl(server, "dsl@belgrave");  // staff, but drafts no posts
    EXPECT_EQ(dsl.Get(kBase + "media/" + id + "/preview?version=original").status, 403);
    EXPECT_EQ(comms.Get(kBase + "media/" + id + "/preview?version=redacted").status, 404);

    const std::string clean = AsString(Walkers().mp4);
    // A free box holding a PDF, put right after the file-type box (whose size opens the file).
    const std::size_t ftyp = static_cast<unsigned char>(clean[3]);
    const std::string pdf_body = "%PDF-1.4 a document";
    const std::string pdf_box = std::string("\0\0\0", 3) +
                                static_cast<char>(8 + pdf_body.size()) + "free" + pdf_body;
    const std::vector<std::pair<std::string, std::string>> bad = {
        {clean.substr(0, clean.size() * 2 / 3), "truncated"},
        {clean + "PK\x03\x04 an archive after the movie", ""},
        {clean.substr(0, ftyp) + pdf_box + clean.substr(ftyp), "hidden in its metadata"},
        {WithLength(Walkers().mp4, 600), "600 seconds long"},
    };
    for (const auto& [file, why] : bad) {
        const HttpResult refused = comms.Upload(file);
        ASSERT_EQ(refused.status, 400) << refused.body;
        const json::value error = json::parse(refused.body).at("error");
        EXPECT_EQ(error.at("code").as_string(), "invalid_input");
        EXPECT_NE(error.at("message").as_string().find(why), std::string::npos) << refused.body;
    }
}

// Req: PST-09
// Req: CON-02
TEST(MediaVideoApiTest, TagsArePerTrackAndTheRedactedVideoBlursOnlyThePersonWithoutConsent) {
    ASSERT_FALSE(Walkers().mp4.empty()) << "no MP4 writer in OpenCV's ffmpeg backend";
    DemoServer server;
    As comms(server, "communications.lead@belgrave");
    const HttpResult uploaded =
        comms.Upload(AsString(media::testing::WithLocationAtom(Walkers().mp4)));
    ASSERT_EQ(uploaded.status, 201) << uploaded.body;
    const json::object item = Parse(uploaded);
    const std::string id(item.at("media_id").as_string());
    const auto people = TracksByPerson(item);
    ASSERT_FALSE(people[0].empty() || people[1].empty()) << uploaded.body;

    std::string account;
    const json::object parsed_accounts = Parse(comms.Get(kBase + "accounts"));  // outlives the loop
    for (const auto& listed : parsed_accounts.at("accounts").as_array()) {
        if (listed.at("platform").as_string() == "facebook") account = listed.at("id").as_string();
    }
    const HttpResult created =
        comms.Post(kBase + "posts", json::object{{"account_id", account},
                                                 {"media_kind", "video"},
                                                 {"caption", "Our astronomy club's visitors."},
                                                 {"posting_date", "2026-10-05"},
                                                 {"media_ids", json::array{id.c_str()}}});
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string post = kBase + "posts/" + std::string(Parse(created).at("id").as_string());

    // Untagged: one UNTAGGED_FACE per person (track), not per sampled face.
    const json::object untagged = Parse(comms.Post(post + "/check"));
    const auto untagged_details = Details(untagged, "UNTAGGED_FACE");
    EXPECT_EQ(untagged_details.size(), people[0].size() + people[1].size())
        << json::serialize(untagged);
    EXPECT_LT(untagged_details.size(), item.at("faces").as_array().size());
    EXPECT_EQ(untagged.at("decision").as_string(), "block");

    // BEL1001 has video consent; BEL1000 has image consent only. One tag per track: by track
    // number, or by any sampled face of the track.
    json::array tags;
    for (auto track : people[0]) tags.push_back(json::object{{"track", track}, {"tag", "BEL1001"}});
    std::set<std::int64_t> right(people[1].begin(), people[1].end());
    for (const auto& face : item.at("faces").as_array()) {
        if (right.erase(face.at("track").as_int64()) > 0) {
            tags.push_back(json::object{{"face", face.at("face")}, {"tag", "BEL1000"}});
        }
    }
    const HttpResult tagged =
        comms.Send(http::verb::put, kBase + "media/" + id + "/tags", json::serialize(tags));
    ASSERT_EQ(tagged.status, 200) << tagged.body;
    const json::object parsed_tracks = Parse(tagged);  // outlives the loop
    for (const auto& track : parsed_tracks.at("tracks").as_array()) {
        EXPECT_TRUE(track.as_object().contains("tag")) << tagged.body;
    }
    const HttpResult no_track = comms.Send(http::verb::put, kBase + "media/" + id + "/tags",
                                           R"([{"track":99,"tag":"adult"}])");
    EXPECT_EQ(no_track.status, 404) << no_track.body;

    const json::object consent = Parse(comms.Post(post + "/check"));
    const auto consent_details = Details(consent, "NO_CONSENT_MEDIA");
    ASSERT_EQ(consent_details.size(), people[1].size()) << json::serialize(consent);
    EXPECT_EQ(consent_details[0].at("pupil_id").as_string(), "BEL1000");
    EXPECT_EQ(consent_details[0].at("face").as_int64(), people[1][0]);
    EXPECT_TRUE(Details(consent, "UNTAGGED_FACE").empty());
    EXPECT_EQ(comms.Post(post + "/submit").status, 422);

    const HttpResult redacted =
        comms.Post(kBase + "media/" + id + "/redact",
                   json::object{{"platform", "facebook"}, {"posting_date", "2026-10-05"}});
    ASSERT_EQ(redacted.status, 200) << redacted.body;
    const json::object after_item = Parse(redacted);
    EXPECT_EQ(after_item.at("redacted_content_type").as_string(), "video/mp4");
    std::vector<std::int64_t> blurred;
    for (const auto& track : after_item.at("redacted_tracks").as_array()) {
        blurred.push_back(track.as_int64());
    }
    EXPECT_EQ(blurred, people[1]);
    EXPECT_EQ(Parse(comms.Post(post + "/check")).at("decision").as_string(), "approve");

    const HttpResult clean = comms.Get(kBase + "media/" + id + "/preview?version=redacted");
    ASSERT_EQ(clean.status, 200);
    EXPECT_EQ(clean.Header("content-type"), "video/mp4");
    EXPECT_EQ(clean.Header("cache-control"), "no-store");
    const std::vector<std::uint8_t> bytes(clean.body.begin(), clean.body.end());
    auto container = media::ReadContainer(bytes, media::MediaLimits{});
    ASSERT_TRUE(container) << container.error().message;
    EXPECT_FALSE(container->location);
    EXPECT_EQ(clean.body.find("+51.5072"), std::string::npos);
    EXPECT_EQ(clean.body.find("udta"), std::string::npos) << "user data (metadata) left in";
    EXPECT_EQ(clean.body.find("Lavf"), std::string::npos) << "encoder name left in";

    const std::vector<cv::Mat> frames = media::testing::DecodeVideoFrames(bytes);
    ASSERT_EQ(frames.size(), Walkers().frames.size());
    for (std::size_t index : {0u, 7u, 15u, 29u}) {
        const auto& faces = Walkers().faces[index];
        const auto rect = [](const media::Box& b) { return cv::Rect(b.x, b.y, b.width, b.height); };
        EXPECT_GT(
            media::testing::MeanDifference(Walkers().frames[index], frames[index], rect(faces[1])),
            12.0)
            << "BEL1000 is recognisable in frame " << index;
        EXPECT_LT(
            media::testing::MeanDifference(Walkers().frames[index], frames[index], rect(faces[0])),
            8.0)
            << "BEL1001 was blurred in frame " << index;
    }
}

}  // namespace
}  // namespace steward::api::testing
