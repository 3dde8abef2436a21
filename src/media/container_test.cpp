#include "media/container.hpp"

#include <gtest/gtest.h>

#include "media/test_images.hpp"

namespace steward::media {
namespace {

using testing::Encode;

cv::Mat SmallPhoto() { return cv::Mat(48, 64, CV_8UC3, cv::Scalar(90, 120, 150)); }

std::vector<std::uint8_t> Bytes(std::string_view text) {
    return std::vector<std::uint8_t>(text.begin(), text.end());
}

// A structurally valid PNG whose IHDR claims `width` x `height`, with no real pixel data.
std::vector<std::uint8_t> PngClaiming(std::uint32_t width, std::uint32_t height) {
    std::vector<std::uint8_t> png = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
                                     0,    0,   0,   13,  'I',  'H',  'D',  'R'};
    for (std::uint32_t v : {width, height}) {
        for (int shift : {24, 16, 8, 0}) png.push_back(std::uint8_t(v >> shift));
    }
    png.insert(png.end(), {8, 2, 0, 0, 0, 0, 0, 0, 0});  // depth, colour, methods, CRC
    png.insert(png.end(), {0, 0, 0, 0, 'I', 'E', 'N', 'D', 0, 0, 0, 0});
    return png;
}

TEST(ContainerTest, SniffsFormatsByContentNotName) {
    EXPECT_EQ(SniffFormat(Encode(SmallPhoto(), ".jpg")), MediaFormat::kJpeg);
    EXPECT_EQ(SniffFormat(Encode(SmallPhoto(), ".png")), MediaFormat::kPng);
    EXPECT_EQ(SniffFormat(Encode(SmallPhoto(), ".webp")), MediaFormat::kWebp);
    EXPECT_EQ(SniffFormat(Bytes(std::string("\0\0\0\x18"
                                            "ftypheic\0\0\0\0",
                                            16))),
              MediaFormat::kHeif);
    EXPECT_EQ(SniffFormat(Bytes(std::string("\0\0\0\x18"
                                            "ftypisom\0\0\0\0",
                                            16))),
              MediaFormat::kMp4);
    EXPECT_EQ(SniffFormat(Bytes(std::string("\0\0\0\x14"
                                            "ftypqt  \0\0\0\0",
                                            16))),
              MediaFormat::kQuickTime);
    EXPECT_EQ(SniffFormat(Bytes("GIF89a......")), std::nullopt);
    EXPECT_EQ(SniffFormat(Bytes("%PDF-1.7 hello")), std::nullopt);
}

TEST(ContainerTest, ReadsSizeAndAcceptsPlainImages) {
    for (const char* extension : {".jpg", ".png", ".webp"}) {
        auto container = ReadContainer(Encode(SmallPhoto(), extension), MediaLimits{});
        ASSERT_TRUE(container) << extension << ": " << container.error().message;
        EXPECT_EQ(container->width, 64) << extension;
        EXPECT_EQ(container->height, 48) << extension;
    }
}

TEST(ContainerTest, RefusesZeroByteAndUnknownFiles) {
    auto empty = ReadContainer({}, MediaLimits{});
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, core::ErrorCode::kInvalidInput);
    EXPECT_NE(empty.error().message.find("empty"), std::string::npos);
    auto text = ReadContainer(Bytes("Awarded to Amara Okafor"), MediaLimits{});
    ASSERT_FALSE(text);
    EXPECT_NE(text.error().message.find("not a JPEG"), std::string::npos);
}

TEST(ContainerTest, RefusesTruncatedFilesOfEveryFormat) {
    for (const char* extension : {".jpg", ".png", ".webp"}) {
        auto whole = Encode(SmallPhoto(), extension);
        for (std::size_t keep : {whole.size() / 2, whole.size() - 3}) {
            std::vector<std::uint8_t> cut(whole.begin(), whole.begin() + static_cast<long>(keep));
            auto container = ReadContainer(cut, MediaLimits{});
            ASSERT_FALSE(container) << extension << " cut to " << keep;
            EXPECT_EQ(container.error().code, core::ErrorCode::kInvalidInput);
        }
    }
}

TEST(ContainerTest, RefusesPolyglotWithArchiveAppended) {
    for (const char* extension : {".jpg", ".png", ".webp"}) {
        auto file = Encode(SmallPhoto(), extension);
        const auto zip = Bytes("PK\x03\x04 payload.php");
        file.insert(file.end(), zip.begin(), zip.end());
        auto container = ReadContainer(file, MediaLimits{});
        ASSERT_FALSE(container) << extension;
        EXPECT_NE(container.error().message.find("after the end"), std::string::npos) << extension;
    }
}

TEST(ContainerTest, RefusesScriptHiddenInJpegComment) {
    auto jpeg = Encode(SmallPhoto(), ".jpg");
    const std::string script = "<?php system($_GET['c']); ?>";
    std::vector<std::uint8_t> segment = {0xFF, 0xFE, 0, std::uint8_t(script.size() + 2)};
    segment.insert(segment.end(), script.begin(), script.end());
    jpeg.insert(jpeg.begin() + 2, segment.begin(), segment.end());
    auto container = ReadContainer(jpeg, MediaLimits{});
    ASSERT_FALSE(container);
    EXPECT_NE(container.error().message.find("hidden"), std::string::npos);
}

TEST(ContainerTest, RefusesDecompressionBombFromHeaderBeforeDecoding) {
    auto bomb = ReadContainer(PngClaiming(100'000, 100'000), MediaLimits{});
    ASSERT_FALSE(bomb);
    EXPECT_NE(bomb.error().message.find("over the limit"), std::string::npos);
    auto wide = ReadContainer(PngClaiming(0x7FFFFFFF, 1), MediaLimits{});
    EXPECT_FALSE(wide);
    EXPECT_TRUE(ReadContainer(PngClaiming(640, 480), MediaLimits{}));
}

TEST(ContainerTest, RefusesFilesOverTheByteLimit) {
    MediaLimits limits;
    limits.max_bytes = 100;
    auto container = ReadContainer(Encode(SmallPhoto(), ".png"), limits);
    ASSERT_FALSE(container);
    EXPECT_NE(container.error().message.find("upload limit"), std::string::npos);
}

TEST(ContainerTest, FindsExifSegmentInJpeg) {
    const auto jpeg = testing::JpegWithGpsExif(SmallPhoto());  // the container points into it
    auto container = ReadContainer(jpeg, MediaLimits{});
    ASSERT_TRUE(container) << container.error().message;
    ASSERT_EQ(container->exif.size(), 1u);
    EXPECT_EQ(container->exif[0][0], 'M');
}

TEST(ContainerTest, WalksVideoBoxesAndRefusesTruncatedOnes) {
    std::string mp4(
        "\0\0\0\x10"
        "ftypisom\0\0\0\0"
        "\0\0\0\x0c"
        "mdat"
        "abcd",
        28);
    auto bare = ReadContainer(Bytes(mp4), MediaLimits{});  // media data but no movie header
    ASSERT_FALSE(bare);
    EXPECT_NE(bare.error().message.find("no movie header"), std::string::npos);
    auto cut = ReadContainer(Bytes(mp4.substr(0, 24)), MediaLimits{});
    ASSERT_FALSE(cut);
    EXPECT_NE(cut.error().message.find("truncated"), std::string::npos);
}

}  // namespace
}  // namespace steward::media
