// JSON of the media routes (media.cpp): an upload's inspection as stored with the item, and an
// item as GET media/{id} returns it (inspection, tags, a video's tracks, the publishable copy).
// Names read in a photo appear in bodies only, never in logs.
#pragma once

#include <boost/json.hpp>
#include <string>

#include "domain/media_items/media_item_types.hpp"
#include "media/media_types.hpp"

namespace steward::api {

// {kind: "photo"|"video", format, width, height, faces:[{face, box, confidence, detector,
// track?, time_seconds?}], text, findings, metadata, duration_seconds?, frames_sampled?}
std::string InspectionJson(const media::InspectResult& result);

// The stored inspection plus {media_id, sha256, content_type, uploaded_by, tags:[{face|track,
// tag}], redacted, redacted_faces} and, for a video, {tracks:[{track, first_seconds,
// last_seconds, samples, box, tag?}], redacted_tracks, redacted_content_type?}.
boost::json::object ItemJson(const domain::MediaItem& item);

}  // namespace steward::api
