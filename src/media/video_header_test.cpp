// The video front door (issue 6 item 1): MP4/MOV judged by their movie box before any frame is
// decoded. Movies are built box by box here, so each limit and each refusal is tested on its own.
#include <gtest/gtest.h>

#include <string>

#include "media/container.hpp"

namespace steward::media {
namespace {

std::string Be32Text(std::uint32_t v) {
    return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
            static_cast<char>(v)};
}

std::string Box(std::string_view type, const std::string& body) {
    return Be32Text(static_cast<std::uint32_t>(8 + body.size())) + std::string(type) + body;
}

std::string MovieHeader(std::uint32_t timescale, std::uint32_t duration) {
    std::string body(4 + 8, '\0');  // version 0, flags, creation and modification times
    body += Be32Text(timescale) + Be32Text(duration) + std::string(80, '\0');
    return Box("mvhd", body);
}

std::string TrackHeader(std::uint32_t width, std::uint32_t height) {
    std::string body(4 + 20, '\0');         // version 0, flags, times, track id, reserved, duration
    body += std::string(8 + 8 + 36, '\0');  // reserved, layer..volume, matrix
    body += Be32Text(width << 16) + Be32Text(height << 16);
    return Box("tkhd", body);
}

std::string Track(std::string_view handler, std::uint32_t width, std::uint32_t height) {
    const std::string hdlr = Box("hdlr", std::string(8, '\0') + std::string(handler) +
                                             std::string(12, '\0') + "VideoHandler");
    return Box("trak", TrackHeader(width, height) + Box("mdia", hdlr));
}

struct MovieSpec {
    std::uint32_t timescale = 1000;
    std::uint32_t duration = 10'000;  // 10 s
    std::string handler = "vide";
    std::uint32_t width = 1280;
    std::uint32_t height = 720;
    std::string movie_extra;  // more boxes inside moov
    std::string file_extra;   // more top-level boxes
};

std::vector<std::uint8_t> Movie(const MovieSpec& spec) {
    const std::string ftyp = Box("ftyp", "isom" + Be32Text(512) + "isomavc1");
    const std::string moov =
        Box("moov", MovieHeader(spec.timescale, spec.duration) +
                        Track(spec.handler, spec.width, spec.height) + spec.movie_extra);
    const std::string file = ftyp + moov + spec.file_extra + Box("mdat", std::string(64, 'x'));
    return std::vector<std::uint8_t>(file.begin(), file.end());
}

std::string MessageOf(const MovieSpec& spec) {
    auto read = ReadContainer(Movie(spec), MediaLimits{});
    if (read) return "";
    EXPECT_EQ(read.error().code, core::ErrorCode::kInvalidInput);
    return read.error().message;
}

TEST(VideoHeaderTest, ReadsLengthAndPictureSizeWithoutDecoding) {
    auto read = ReadContainer(Movie({}), MediaLimits{});
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_EQ(read->format, MediaFormat::kMp4);
    EXPECT_DOUBLE_EQ(read->duration_seconds, 10.0);
    EXPECT_EQ(read->width, 1280);
    EXPECT_EQ(read->height, 720);
    EXPECT_FALSE(read->location);
}

TEST(VideoHeaderTest, SeesALocationAtomInUserData) {
    MovieSpec spec;
    spec.movie_extra = Box("udta", Box("\xA9xyz", std::string(4, '\0') + "+51.5072-000.1276/"));
    auto read = ReadContainer(Movie(spec), MediaLimits{});
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_TRUE(read->location);
}

TEST(VideoHeaderTest, RefusesTooLongAndTooLargeVideosBeforeDecoding) {
    MovieSpec long_video;
    long_video.duration = 181'000;
    EXPECT_NE(MessageOf(long_video).find("181 seconds long"), std::string::npos);
    MovieSpec huge;
    huge.width = 8000;
    huge.height = 8000;
    EXPECT_NE(MessageOf(huge).find("8000 x 8000"), std::string::npos);
    MovieSpec four_k;
    four_k.width = 3840;
    four_k.height = 2160;
    EXPECT_EQ(MessageOf(four_k), "");
}

TEST(VideoHeaderTest, RefusesSoundOnlyLengthlessAndHeaderlessMovies) {
    MovieSpec sound;
    sound.handler = "soun";
    EXPECT_NE(MessageOf(sound).find("no video track"), std::string::npos);
    MovieSpec live;
    live.duration = 0;
    EXPECT_NE(MessageOf(live).find("no overall length"), std::string::npos);
    MovieSpec no_scale;
    no_scale.timescale = 0;
    EXPECT_NE(MessageOf(no_scale), "");
    const std::string bare = Box("ftyp", "isom" + Be32Text(0)) + Box("mdat", "abcd");
    auto read = ReadContainer(std::vector<std::uint8_t>(bare.begin(), bare.end()), MediaLimits{});
    ASSERT_FALSE(read);
    EXPECT_NE(read.error().message.find("no movie header"), std::string::npos);
}

// Req: PST-12
TEST(VideoHeaderTest, RefusesPolyglotsTruncationAndTrailingData) {
    MovieSpec pdf;
    pdf.file_extra = Box("free", "%PDF-1.4 hidden document");
    EXPECT_NE(MessageOf(pdf).find("hidden in its metadata"), std::string::npos);
    MovieSpec script;
    script.movie_extra = Box("udta", Box("meta", "<script>alert(1)</script>"));
    EXPECT_NE(MessageOf(script).find("hidden"), std::string::npos);

    const auto whole = Movie({});
    for (std::size_t cut : {whole.size() - 1, whole.size() / 2, std::size_t{40}}) {
        const std::vector<std::uint8_t> part(whole.begin(), whole.begin() + cut);
        auto read = ReadContainer(part, MediaLimits{});
        ASSERT_FALSE(read) << "cut at " << cut;
        EXPECT_NE(read.error().message.find("truncated"), std::string::npos)
            << read.error().message;
    }
    std::vector<std::uint8_t> zip_after = whole;
    for (char c : std::string("PK\x03\x04zipfile"))
        zip_after.push_back(static_cast<std::uint8_t>(c));
    EXPECT_FALSE(ReadContainer(zip_after, MediaLimits{}));
}

}  // namespace
}  // namespace steward::media
