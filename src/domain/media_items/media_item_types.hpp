// Value types of the media library room: a photo uploaded for a post, kept only in its school's
// store (issue 6), with its detected faces (and staff's tags) and its visible-text findings.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "media/media_types.hpp"

namespace steward::domain {

// The two stored versions of an item: as uploaded, and the publishable copy.
enum class MediaVersion { kOriginal, kRedacted };

// One detected face; `tag` is "" until staff tag it: a pupil id, "adult" or "not_a_pupil".
// In a video, a face is one sample of a track, and the track carries the tag (StoredTrack).
struct StoredFace {
    int face = 0;  // 0-based, in the inspection's order
    int track = 0;             // video only: the person across samples
    std::int64_t time_ms = 0;  // video only: when the sampled frame was shown
    media::Box box;
    int confidence_permille = 0;
    std::string detector;   // "hog", "cascade", "profile"
    std::string tag_kind;   // "", "pupil", "adult", "not_a_pupil"
    std::string pupil_id;   // tag_kind "pupil" only
    std::string tagged_by;  // person id
    core::TimePoint tagged_at{};
};

// One person across a video's sampled frames, with staff's tag for all its faces.
struct StoredTrack {
    int track = 0;
    std::int64_t first_ms = 0;
    std::int64_t last_ms = 0;
    int samples = 0;
    media::Box box;         // the most confident sample's box
    std::string tag_kind;   // "", "pupil", "adult", "not_a_pupil"
    std::string pupil_id;   // tag_kind "pupil" only
    std::string tagged_by;  // person id
    core::TimePoint tagged_at{};
};

// A finding in the photo's visible text (category "name", "personal_data", ...), placed on it.
struct StoredTextFinding {
    int finding = 0;
    int line = 0;
    std::string category;
    std::string rule_id;
    media::Box box;
};

// An item without its bytes (those are read with MediaStore::ReadBytes).
struct MediaItem {
    std::string id;  // "md-" + 20 base64url characters
    std::string school_id;
    std::string format;        // "jpeg", "png", "webp", "heif", "mp4", "quicktime"
    std::string content_type;  // "image/jpeg", ..., "video/mp4", "video/quicktime"
    int width = 0;
    int height = 0;
    std::int64_t byte_size = 0;
    std::int64_t duration_ms = 0;  // video only
    std::string sha256;  // of the original bytes, lowercase hex
    bool gps_position = false;
    std::string inspection_json;  // the inspect result as the API returned it
    std::string uploaded_by;
    core::TimePoint uploaded_at{};
    bool has_redacted = false;
    std::string redacted_format;
    std::string redacted_sha256;
    std::vector<int> redacted_faces;  // faces (video: tracks) blurred in the redacted copy
    std::string redacted_by;
    core::TimePoint redacted_at{};
    std::vector<StoredFace> faces;
    std::vector<StoredTrack> tracks;  // video only, in order of first appearance
    std::vector<StoredTextFinding> findings;

    bool IsVideo() const { return content_type.rfind("video/", 0) == 0; }
};

}  // namespace steward::domain
