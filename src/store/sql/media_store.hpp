// SqlMediaStore: the media library room's store port in SQL shared by SQLite and PostgreSQL
// (media_items, media_faces, media_text_findings of migration 0004; post_media of 0008;
// media_tracks and the faces' track and time of 0012). Bytes
// are kept as base64 text, the one encoding both engines store without a BLOB type in Connection.
#pragma once

#include "domain/media_items/media_store.hpp"
#include "store/sql/connection.hpp"

namespace steward::store::sql {

class SqlMediaStore final : public domain::MediaStore {
  public:
    explicit SqlMediaStore(Connection& connection) : connection_(connection) {}

    core::Status InsertMedia(const domain::MediaItem& item, std::string_view original) override;
    core::Result<std::optional<domain::MediaItem>> FindMedia(std::string_view school_id,
                                                             std::string_view media_id) override;
    core::Result<std::optional<std::string>> ReadMediaBytes(
        std::string_view school_id, std::string_view media_id,
        domain::MediaVersion version) override;
    core::Status SetFaceTags(std::string_view school_id, std::string_view media_id,
                             const std::vector<domain::StoredFace>& tags) override;
    core::Status SetTrackTags(std::string_view school_id, std::string_view media_id,
                              const std::vector<domain::StoredTrack>& tags) override;
    core::Status SetRedacted(const domain::MediaItem& item, std::string_view bytes) override;
    core::Status SetPostMedia(std::string_view school_id, std::string_view post_id,
                              const std::vector<std::string>& media_ids) override;
    core::Result<std::vector<std::string>> ListPostMedia(std::string_view school_id,
                                                         std::string_view post_id) override;
    core::Result<std::vector<std::string>> ListPostsShowing(std::string_view school_id,
                                                            std::string_view media_id) override;

  private:
    core::Status LoadFaces(domain::MediaItem& item);
    core::Status LoadTracks(domain::MediaItem& item);
    core::Status LoadFindings(domain::MediaItem& item);
    core::Status DropRedacted(std::string_view school_id, std::string_view media_id);

    Connection& connection_;
};

// Standard base64 with padding; MediaFromBase64 returns nullopt on a character outside it.
std::string MediaToBase64(std::string_view bytes);
std::optional<std::string> MediaFromBase64(std::string_view text);

}  // namespace steward::store::sql
