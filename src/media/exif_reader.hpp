// A small, bounded reader for EXIF (TIFF/IFD) blocks: enough to say what a photo gives away
// (GPS position, camera serial, make and model, date taken) before we re-encode it without any.
// Entry point: ReadExif(). Safe on any input (fuzzed by fuzz/exif_reader_fuzz.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "core/result.hpp"

namespace steward::media {

struct ExifSummary {
    bool gps_position = false;   // a GPS IFD with a latitude or longitude
    bool camera_serial = false;  // BodySerialNumber, LensSerialNumber or CameraSerialNumber
    std::optional<std::string> make;
    std::optional<std::string> model;
    std::optional<std::string> date_taken;  // DateTimeOriginal
    std::optional<std::string> software;
    int orientation = 1;  // 1..8 as in TIFF; 1 if absent or invalid
};

// Reads the TIFF structure starting at its byte-order mark ("II*\0" or "MM\0*"). Visits at most
// IFD0, the Exif IFD and the GPS IFD, each once, with at most 1,000 entries each. Returns
// kInvalidInput for a bad header; damaged entries past a good header are skipped. Strings are
// cut to 64 printable ASCII characters.
core::Result<ExifSummary> ReadExif(std::span<const std::uint8_t> tiff);

}  // namespace steward::media
