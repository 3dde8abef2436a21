// MediaStore: the port through which the media library room keeps photos, their faces and tags,
// the publishable copy and which posts show which item, inside a transaction. Implemented for
// both engines in store/sql/media_store.cpp. Every method returns kUnavailable when the database
// fails.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/media_items/media_item_types.hpp"

namespace steward::domain {

class MediaStore {
  public:
    virtual ~MediaStore() = default;

    // Stores the item (with its faces, tracks and findings) and its original bytes.
    // kAlreadyExists on a duplicate id; kFailedPrecondition for an unknown school.
    virtual core::Status InsertMedia(const MediaItem& item, std::string_view original) = 0;
    // Returns the item of `school_id` with its faces and findings, or nullopt (also when the id
    // belongs to another school).
    virtual core::Result<std::optional<MediaItem>> FindMedia(std::string_view school_id,
                                                             std::string_view media_id) = 0;
    // Returns the stored bytes of a version, or nullopt when there is no such item or version.
    virtual core::Result<std::optional<std::string>> ReadMediaBytes(std::string_view school_id,
                                                                    std::string_view media_id,
                                                                    MediaVersion version) = 0;
    // Replaces the tags of the listed faces (tag_kind, pupil_id, tagged_by, tagged_at) and drops
    // the redacted copy, which was made for the old tags. kNotFound for an unknown face.
    virtual core::Status SetFaceTags(std::string_view school_id, std::string_view media_id,
                                     const std::vector<StoredFace>& tags) = 0;
    // A video's tags, per track (tag_kind, pupil_id, tagged_by, tagged_at of each listed track),
    // and drops the redacted copy as SetFaceTags does. kNotFound for an unknown track.
    virtual core::Status SetTrackTags(std::string_view school_id, std::string_view media_id,
                                      const std::vector<StoredTrack>& tags) = 0;
    // Stores the publishable copy and who made it (item fields redacted_*).
    virtual core::Status SetRedacted(const MediaItem& item, std::string_view bytes) = 0;

    // The items a post shows (post_media of migration 0008), in the author's order.
    // SetPostMedia replaces the post's list; kFailedPrecondition when an item or the post is not
    // the school's (the caller checks each id first, to name the one at fault).
    virtual core::Status SetPostMedia(std::string_view school_id, std::string_view post_id,
                                      const std::vector<std::string>& media_ids) = 0;
    virtual core::Result<std::vector<std::string>> ListPostMedia(std::string_view school_id,
                                                                 std::string_view post_id) = 0;
    // Returns the ids of the school's posts that show `media_id`, oldest link first.
    virtual core::Result<std::vector<std::string>> ListPostsShowing(std::string_view school_id,
                                                                    std::string_view media_id) = 0;
};

}  // namespace steward::domain
