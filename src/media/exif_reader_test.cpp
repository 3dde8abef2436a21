#include "media/exif_reader.hpp"

#include <gtest/gtest.h>

#include "media/test_images.hpp"

namespace steward::media {
namespace {

TEST(ExifReaderTest, ReadsGpsSerialCameraAndDateInBothByteOrders) {
    for (bool little : {true, false}) {
        auto summary = ReadExif(testing::GpsExifBlock(little));
        ASSERT_TRUE(summary) << summary.error().message;
        EXPECT_TRUE(summary->gps_position);
        EXPECT_TRUE(summary->camera_serial);
        EXPECT_EQ(summary->make, "Canon");
        EXPECT_EQ(summary->model, "Canon EOS R6");
        EXPECT_EQ(summary->date_taken, "2026:06:12 10:31:02");
    }
}

TEST(ExifReaderTest, RefusesBlockWithoutTiffHeader) {
    const std::vector<std::uint8_t> junk = {'J', 'U', 'N', 'K', 0, 0, 0, 8};
    EXPECT_FALSE(ReadExif(junk));
    EXPECT_FALSE(ReadExif({}));
}

TEST(ExifReaderTest, SurvivesEveryTruncationAndOffsetsPointingOutside) {
    const auto block = testing::GpsExifBlock(true);
    for (std::size_t keep = 0; keep <= block.size(); ++keep) {
        auto summary = ReadExif(std::span(block.data(), keep));
        (void)summary;  // must not crash or read out of bounds (ASan)
    }
    auto broken = block;
    broken[4] = 0xFF;  // IFD0 offset far outside the block
    broken[5] = 0xFF;
    auto summary = ReadExif(broken);
    ASSERT_TRUE(summary);
    EXPECT_FALSE(summary->gps_position);
}

TEST(ExifReaderTest, SelfReferencingIfdIsReadOnce) {
    // IFD0 at 8 whose Exif pointer points back at IFD0.
    const std::vector<std::uint8_t> loop = {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x69, 0x87, 4,
                                            0,   1,   0,  0, 0, 8, 0, 0, 0, 0, 0,    0,    0};
    auto summary = ReadExif(loop);
    ASSERT_TRUE(summary);
    EXPECT_FALSE(summary->gps_position);
}

}  // namespace
}  // namespace steward::media
