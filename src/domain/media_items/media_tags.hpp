// Internal to the media library room: resolving staff's tag texts, and a video's side of tagging
// and redaction (a tag per track; the publishable copy re-encoded with the chosen tracks blurred).
// Callers: media_library.cpp only.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/media_items/media_library.hpp"

namespace steward::domain {

// Parses `text` for subject `index` (a face, or a video's track); a pupil must be on the school's
// roster. kInvalidInput for an empty tag or a pupil not on the roster, with `where`.
core::Result<FaceTag> ResolveTag(Tx& tx, std::string_view school_id, std::size_t index,
                                 std::string_view text, const std::string& where);

// "pupil", "adult" or "not_a_pupil", as stored in tag_kind.
std::string KindText(const FaceTag& tag);

// Tags a video's tracks: each request names a track, or a sampled face whose track is tagged.
// Appends "track=kind" pairs to `summary` (no pupil ids). kNotFound for an unknown track or face.
core::Status SaveTrackTags(Tx& tx, const core::Clock& clock, const Actor& actor,
                           std::string_view school_id, const MediaItem& item,
                           const std::vector<FaceTagRequest>& tags, std::string& summary);

// The publishable copy of a stored video with the tracks `tracks` blurred in every frame.
core::Result<media::RedactedImage> RedactVideoItem(const media::MediaEngine& engine,
                                                   const MediaItem& item, std::string_view original,
                                                   const std::set<std::size_t>& tracks);

}  // namespace steward::domain
