// Test images made by the project at test time (used by the media tests, fuzz seeds and the
// bench): group photos composed from testdata/media/astronaut.jpg, certificates rendered with
// Debian's DejaVu fonts, and JPEGs carrying an EXIF block with GPS written byte by byte.
#pragma once

#include <cstdint>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

#include "media/media_types.hpp"

namespace steward::media::testing {

// Reads a whole file; empty if it cannot be read.
std::vector<std::uint8_t> ReadFileBytes(const std::string& path);

// testdata/media/astronaut.jpg decoded, and the box of its face.
cv::Mat AstronautPhoto();
Box AstronautFace();

// A canvas of `size` with a smooth background and one copy of the astronaut's face per entry of
// `face_sides` (the face's side in pixels), laid out left to right, top to bottom. `placed`
// receives each face's box.
cv::Mat ComposeGroupPhoto(cv::Size size, const std::vector<int>& face_sides,
                          std::vector<Box>* placed);

// A white certificate of `size` with each line centred in DejaVu Sans at `font_px`, rotated by
// `angle_degrees` (counter-clockwise) about the centre.
cv::Mat RenderCertificate(cv::Size size, const std::vector<std::string>& lines, int font_px,
                          double angle_degrees = 0);

// A JPEG of `image` whose APP1 segment holds an EXIF block with camera make and model, a body
// serial number, DateTimeOriginal and a GPS latitude/longitude (and nothing else).
std::vector<std::uint8_t> JpegWithGpsExif(const cv::Mat& image);

// A HEIC (HEVC via libheif's x265 encoder) of `image` carrying the same EXIF block.
std::vector<std::uint8_t> HeicWithGpsExif(const cv::Mat& image);

// The EXIF (TIFF) block that JpegWithGpsExif() embeds, for the EXIF reader's tests and seeds.
std::vector<std::uint8_t> GpsExifBlock(bool little_endian);

// Plain encoders for the tests.
std::vector<std::uint8_t> Encode(const cv::Mat& image, const std::string& extension);

}  // namespace steward::media::testing
