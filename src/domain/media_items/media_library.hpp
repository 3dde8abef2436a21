// The media library room's use cases (issue 6 items 1, 3, 5): upload a photo (validated by its
// content, inspected, kept only in the school's store), tag its faces, make the publishable
// version in one action, read either version back, and check a stored item for a post.
// Permission checks are the caller's (api/handlers/media.cpp): these take an authorised Actor.
// Entry points: UploadMedia(), TagFaces(), RedactMedia(), ReadMediaVersion(), CheckMediaItem().
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/media_items/media_item_types.hpp"
#include "domain/ports/actor.hpp"
#include "domain/ports/store.hpp"
#include "domain/posts/media_check.hpp"
#include "domain/screeners/school_screeners.hpp"
#include "media/media_engine.hpp"
#include "screening/screener.hpp"

namespace steward::domain {

// Turns an inspection into the JSON kept with the item (the API's response shape).
using InspectionWriter = std::function<std::string(const media::InspectResult&)>;

struct UploadedMedia {
    MediaItem item;
    media::InspectResult inspection;
};

// Inspects `bytes` with `engine` (photos; MP4/MOV videos sampled once a second with faces tracked),
// screening the visible text with the school's screener from `screeners` (pupils' names,
// personal data and offensive words); then stores the original, faces and findings with an audit
// event "media.upload". kInvalidInput (from the engine) for a file that is not a photo we accept.
core::Result<UploadedMedia> UploadMedia(Store& store, const core::Clock& clock, const Actor& actor,
                                        const media::MediaEngine& engine,
                                        SchoolScreeners& screeners,
                                        std::string_view school_id,
                                        std::span<const std::uint8_t> bytes,
                                        const InspectionWriter& to_json);

struct FaceTagRequest {
    int face = 0;              // a photo's face; in a video, the track of this sampled face
    std::optional<int> track;  // a video's track (then `face` is not used)
    std::string tag;           // pupil id, "adult" or "not_a_pupil"
};

// Tags faces (a pupil must be on the school's roster); for a video, tags whole tracks (one tag
// per person, held for every sampled face of the track). Drops the redacted copy, made for the
// old tags; audits "media.tag_faces" with face or track numbers and tag kinds only. kNotFound for
// an unknown item, face or track; kInvalidInput for an empty tag, a pupil not on the roster, or
// a track on a photo.
core::Result<MediaItem> TagFaces(Store& store, const core::Clock& clock, const Actor& actor,
                                 std::string_view school_id, std::string_view media_id,
                                 const std::vector<FaceTagRequest>& tags);

// Where the post will appear, for the consent question. No platform: a tagged pupil is kept only
// with image consent in force on every platform.
struct RedactionTarget {
    std::optional<Platform> platform;
    Date posting_date;
};

// Makes the publishable version: untagged faces, tagged pupils without consent (or on the
// do-not-publish list) and visible names and personal data blurred beyond recognition, re-encoded
// without metadata (a video: those tracks blurred in every frame, a fresh H.264 MP4 with no
// metadata and no audio). Stores it and audits "media.redact". kNotFound for an unknown item.
core::Result<MediaItem> RedactMedia(Store& store, const core::Clock& clock, const Actor& actor,
                                    const media::MediaEngine& engine, std::string_view school_id,
                                    std::string_view media_id, const RedactionTarget& target);

struct MediaBytes {
    std::string bytes;
    std::string content_type;
};

// Returns a version's bytes, auditing "media.view" (a photo of pupils is a restricted record).
// kNotFound for an unknown item, or for kRedacted before one was made.
core::Result<MediaBytes> ReadMediaVersion(Store& store, const core::Clock& clock,
                                          const Actor& actor, std::string_view school_id,
                                          std::string_view media_id, MediaVersion version);

// For the post check: the stored item as the media check reads it.
media::InspectResult InspectionOf(const MediaItem& item);
std::vector<FaceTag> TagsOf(const MediaItem& item);

struct MediaItemCheck {
    MediaCheckResult check;
    bool has_redacted = false;  // a publishable version for the current tags blurs every face
                                // `check` wants blurred
};

// The post check's media part for a post that shows item `media_id` on `platform` on `posted_on`
// (consent register and do-not-publish list read in `tx`). Merge it into the post's check with
// MergeMediaCheck(found.check, found.has_redacted, post). kNotFound for an unknown item.
core::Result<MediaItemCheck> CheckMediaItem(Tx& tx, std::string_view school_id,
                                              std::string_view media_id, Platform platform,
                                              Date posted_on, const MediaCheckRules& rules);

}  // namespace steward::domain
