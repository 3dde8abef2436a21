// SQL of the media library: an item row with its bytes, one row per face (with its tag) and one
// per visible-text finding. Items are never deleted here; the redacted copy is replaced.
#include "store/sql/media_store.hpp"

#include <array>
#include <chrono>

namespace steward::store::sql {
namespace {

using domain::MediaItem;

constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

constexpr std::string_view kItemColumns =
    "id, school_id, format, content_type, width, height, byte_size, sha256, gps_position,"
    " inspection_json, uploaded_by, uploaded_at, CASE WHEN redacted IS NULL THEN 0 ELSE 1 END,"
    " redacted_format,"
    " redacted_sha256, redacted_faces, redacted_by, redacted_at, duration_ms";

int64_t Seconds(core::TimePoint at) {
    return std::chrono::duration_cast<std::chrono::seconds>(at.time_since_epoch()).count();
}
core::TimePoint FromSeconds(int64_t seconds) {
    return core::TimePoint(std::chrono::seconds(seconds));
}

std::string FaceList(const std::vector<int>& faces) {
    std::string out;
    for (int face : faces) out += (out.empty() ? "" : ",") + std::to_string(face);
    return out;
}

std::vector<int> ParseFaceList(const std::string& text) {
    std::vector<int> faces;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find(',', at);
        if (end == std::string::npos) end = text.size();
        int value = 0;
        for (std::size_t k = at; k < end; ++k) {
            if (text[k] < '0' || text[k] > '9') break;
            value = value * 10 + (text[k] - '0');
        }
        faces.push_back(value);
        at = end + 1;
    }
    return faces;
}

MediaItem ItemFrom(const Row& row) {
    MediaItem item;
    item.id = row.Text(0);
    item.school_id = row.Text(1);
    item.format = row.Text(2);
    item.content_type = row.Text(3);
    item.width = static_cast<int>(row.Int(4));
    item.height = static_cast<int>(row.Int(5));
    item.byte_size = row.Int(6);
    item.sha256 = row.Text(7);
    item.gps_position = row.Int(8) != 0;
    item.inspection_json = row.Text(9);
    item.uploaded_by = row.Text(10);
    item.uploaded_at = FromSeconds(row.Int(11));
    item.has_redacted = row.Int(12) != 0;
    item.redacted_format = row.Text(13);
    item.redacted_sha256 = row.Text(14);
    item.redacted_faces = ParseFaceList(row.Text(15));
    item.redacted_by = row.Text(16);
    item.redacted_at = FromSeconds(row.Int(17));
    item.duration_ms = row.Int(18);
    return item;
}

std::vector<Value> BoxValues(const media::Box& box) {
    return {Int(box.x), Int(box.y), Int(box.width), Int(box.height)};
}

}  // namespace

std::string MediaToBase64(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t k = 0;
    for (; k + 2 < bytes.size(); k += 3) {
        const unsigned v = (static_cast<unsigned char>(bytes[k]) << 16) |
                           (static_cast<unsigned char>(bytes[k + 1]) << 8) |
                           static_cast<unsigned char>(bytes[k + 2]);
        for (int shift : {18, 12, 6, 0}) out.push_back(kAlphabet[(v >> shift) & 63]);
    }
    const std::size_t rest = bytes.size() - k;
    if (rest > 0) {
        unsigned v = static_cast<unsigned char>(bytes[k]) << 16;
        if (rest == 2) v |= static_cast<unsigned char>(bytes[k + 1]) << 8;
        out.push_back(kAlphabet[(v >> 18) & 63]);
        out.push_back(kAlphabet[(v >> 12) & 63]);
        out.push_back(rest == 2 ? kAlphabet[(v >> 6) & 63] : '=');
        out.push_back('=');
    }
    return out;
}

std::optional<std::string> MediaFromBase64(std::string_view text) {
    std::array<int, 256> value{};
    value.fill(-1);
    for (std::size_t k = 0; k < kAlphabet.size(); ++k) {
        value[static_cast<unsigned char>(kAlphabet[k])] = static_cast<int>(k);
    }
    std::string out;
    out.reserve(text.size() / 4 * 3);
    unsigned buffer = 0;
    int bits = 0;
    for (char c : text) {
        if (c == '=') break;
        const int v = value[static_cast<unsigned char>(c)];
        if (v < 0) return std::nullopt;
        buffer = (buffer << 6) | static_cast<unsigned>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((buffer >> bits) & 0xFF));
        }
    }
    return out;
}

core::Status SqlMediaStore::InsertMedia(const MediaItem& item, std::string_view original) {
    auto inserted = connection_.Exec(
        "INSERT INTO media_items (id, school_id, format, content_type, width, height, byte_size,"
        " sha256, original, gps_position, inspection_json, uploaded_by, uploaded_at, duration_ms)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
        {Text(item.id), Text(item.school_id), Text(item.format), Text(item.content_type),
         Int(item.width), Int(item.height), Int(item.byte_size), Text(item.sha256),
         Text(MediaToBase64(original)), Int(item.gps_position ? 1 : 0), Text(item.inspection_json),
         Text(item.uploaded_by), Int(Seconds(item.uploaded_at)), Int(item.duration_ms)});
    if (!inserted) return inserted.error();
    for (const auto& face : item.faces) {
        std::vector<Value> params = {Text(item.id), Int(face.face)};
        for (Value& v : BoxValues(face.box)) params.push_back(std::move(v));
        params.push_back(Int(face.confidence_permille));
        params.push_back(Text(face.detector));
        params.push_back(Int(face.track));
        params.push_back(Int(face.time_ms));
        auto ok = connection_.Exec(
            "INSERT INTO media_faces (media_id, face, x, y, width, height, confidence, detector,"
            " track, time_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            params);
        if (!ok) return ok.error();
    }
    for (const auto& track : item.tracks) {
        std::vector<Value> params = {Text(item.id), Int(track.track), Int(track.first_ms),
                                     Int(track.last_ms), Int(track.samples)};
        for (Value& v : BoxValues(track.box)) params.push_back(std::move(v));
        auto ok = connection_.Exec(
            "INSERT INTO media_tracks (media_id, track, first_ms, last_ms, samples, x, y, width,"
            " height) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            params);
        if (!ok) return ok.error();
    }
    for (const auto& found : item.findings) {
        std::vector<Value> params = {Text(item.id), Int(found.finding), Int(found.line),
                                     Text(found.category), Text(found.rule_id)};
        for (Value& v : BoxValues(found.box)) params.push_back(std::move(v));
        auto ok = connection_.Exec(
            "INSERT INTO media_text_findings (media_id, finding, line, category, rule_id, x, y,"
            " width, height) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            params);
        if (!ok) return ok.error();
    }
    return core::OkStatus();
}

core::Status SqlMediaStore::LoadFaces(MediaItem& item) {
    auto rows = connection_.Exec(
        "SELECT face, x, y, width, height, confidence, detector, tag_kind, pupil_id, tagged_by,"
        " tagged_at, track, time_ms FROM media_faces WHERE media_id = $1 ORDER BY face",
        {Text(item.id)});
    if (!rows) return rows.error();
    for (const Row& row : *rows) {
        domain::StoredFace face;
        face.face = static_cast<int>(row.Int(0));
        face.box = media::Box{static_cast<int>(row.Int(1)), static_cast<int>(row.Int(2)),
                              static_cast<int>(row.Int(3)), static_cast<int>(row.Int(4))};
        face.confidence_permille = static_cast<int>(row.Int(5));
        face.detector = row.Text(6);
        face.tag_kind = row.Text(7);
        face.pupil_id = row.Text(8);
        face.tagged_by = row.Text(9);
        face.tagged_at = FromSeconds(row.Int(10));
        face.track = static_cast<int>(row.Int(11));
        face.time_ms = row.Int(12);
        item.faces.push_back(std::move(face));
    }
    return core::OkStatus();
}

core::Status SqlMediaStore::LoadTracks(MediaItem& item) {
    auto rows = connection_.Exec(
        "SELECT track, first_ms, last_ms, samples, x, y, width, height, tag_kind, pupil_id,"
        " tagged_by, tagged_at FROM media_tracks WHERE media_id = $1 ORDER BY first_ms, track",
        {Text(item.id)});
    if (!rows) return rows.error();
    for (const Row& row : *rows) {
        domain::StoredTrack track;
        track.track = static_cast<int>(row.Int(0));
        track.first_ms = row.Int(1);
        track.last_ms = row.Int(2);
        track.samples = static_cast<int>(row.Int(3));
        track.box = media::Box{static_cast<int>(row.Int(4)), static_cast<int>(row.Int(5)),
                               static_cast<int>(row.Int(6)), static_cast<int>(row.Int(7))};
        track.tag_kind = row.Text(8);
        track.pupil_id = row.Text(9);
        track.tagged_by = row.Text(10);
        track.tagged_at = FromSeconds(row.Int(11));
        item.tracks.push_back(std::move(track));
    }
    return core::OkStatus();
}

core::Status SqlMediaStore::LoadFindings(MediaItem& item) {
    auto rows = connection_.Exec(
        "SELECT finding, line, category, rule_id, x, y, width, height FROM media_text_findings"
        " WHERE media_id = $1 ORDER BY finding",
        {Text(item.id)});
    if (!rows) return rows.error();
    for (const Row& row : *rows) {
        item.findings.push_back(domain::StoredTextFinding{
            static_cast<int>(row.Int(0)), static_cast<int>(row.Int(1)), row.Text(2), row.Text(3),
            media::Box{static_cast<int>(row.Int(4)), static_cast<int>(row.Int(5)),
                       static_cast<int>(row.Int(6)), static_cast<int>(row.Int(7))}});
    }
    return core::OkStatus();
}

core::Result<std::optional<MediaItem>> SqlMediaStore::FindMedia(std::string_view school_id,
                                                                std::string_view media_id) {
    auto rows = connection_.Exec("SELECT " + std::string(kItemColumns) +
                                     " FROM media_items WHERE school_id = $1 AND id = $2",
                                 {Text(school_id), Text(media_id)});
    if (!rows) return rows.error();
    if (rows->empty()) return std::optional<MediaItem>();
    MediaItem item = ItemFrom(rows->front());
    if (auto ok = LoadFaces(item); !ok) return ok.error();
    if (auto ok = LoadTracks(item); !ok) return ok.error();
    if (auto ok = LoadFindings(item); !ok) return ok.error();
    return std::optional<MediaItem>(std::move(item));
}

core::Result<std::optional<std::string>> SqlMediaStore::ReadMediaBytes(
    std::string_view school_id, std::string_view media_id, domain::MediaVersion version) {
    const std::string column =
        version == domain::MediaVersion::kOriginal ? "original" : "redacted";
    auto rows = connection_.Exec(
        "SELECT " + column + " FROM media_items WHERE school_id = $1 AND id = $2",
        {Text(school_id), Text(media_id)});
    if (!rows) return rows.error();
    if (rows->empty() || rows->front().IsNull(0)) return std::optional<std::string>();
    auto bytes = MediaFromBase64(rows->front().Text(0));
    if (!bytes) {
        return core::Error{core::ErrorCode::kUnavailable,
                           "The stored photo is damaged; upload it again.",
                           "media " + std::string(media_id)};
    }
    return std::optional<std::string>(std::move(*bytes));
}

core::Status SqlMediaStore::SetFaceTags(std::string_view school_id, std::string_view media_id,
                                        const std::vector<domain::StoredFace>& tags) {
    for (const auto& face : tags) {
        auto updated = connection_.Exec(
            "UPDATE media_faces SET tag_kind = $1, pupil_id = $2, tagged_by = $3, tagged_at = $4"
            " WHERE media_id = $5 AND face = $6 AND media_id IN"
            " (SELECT id FROM media_items WHERE school_id = $7) RETURNING face",
            {Text(face.tag_kind), Text(face.pupil_id), Text(face.tagged_by),
             Int(Seconds(face.tagged_at)), Text(media_id), Int(face.face), Text(school_id)});
        if (!updated) return updated.error();
        if (updated->empty()) {
            return core::Error{core::ErrorCode::kNotFound, "The photo has no face with this number.",
                               "face " + std::to_string(face.face)};
        }
    }
    return DropRedacted(school_id, media_id);
}

core::Status SqlMediaStore::DropRedacted(std::string_view school_id, std::string_view media_id) {
    auto dropped = connection_.Exec(
        "UPDATE media_items SET redacted = NULL, redacted_format = '', redacted_sha256 = '',"
        " redacted_faces = '', redacted_by = '', redacted_at = 0"
        " WHERE school_id = $1 AND id = $2",
        {Text(school_id), Text(media_id)});
    if (!dropped) return dropped.error();
    return core::OkStatus();
}

core::Status SqlMediaStore::SetTrackTags(std::string_view school_id, std::string_view media_id,
                                         const std::vector<domain::StoredTrack>& tags) {
    for (const auto& track : tags) {
        auto updated = connection_.Exec(
            "UPDATE media_tracks SET tag_kind = $1, pupil_id = $2, tagged_by = $3, tagged_at = $4"
            " WHERE media_id = $5 AND track = $6 AND media_id IN"
            " (SELECT id FROM media_items WHERE school_id = $7) RETURNING track",
            {Text(track.tag_kind), Text(track.pupil_id), Text(track.tagged_by),
             Int(Seconds(track.tagged_at)), Text(media_id), Int(track.track), Text(school_id)});
        if (!updated) return updated.error();
        if (updated->empty()) {
            return core::Error{core::ErrorCode::kNotFound,
                               "The video has no person (track) with this number.",
                               "track " + std::to_string(track.track)};
        }
    }
    return DropRedacted(school_id, media_id);
}

core::Status SqlMediaStore::SetRedacted(const MediaItem& item, std::string_view bytes) {
    auto updated = connection_.Exec(
        "UPDATE media_items SET redacted = $1, redacted_format = $2, redacted_sha256 = $3,"
        " redacted_faces = $4, redacted_by = $5, redacted_at = $6"
        " WHERE school_id = $7 AND id = $8 RETURNING id",
        {Text(MediaToBase64(bytes)), Text(item.redacted_format), Text(item.redacted_sha256),
         Text(FaceList(item.redacted_faces)), Text(item.redacted_by),
         Int(Seconds(item.redacted_at)), Text(item.school_id), Text(item.id)});
    if (!updated) return updated.error();
    if (updated->empty()) {
        return core::Error{core::ErrorCode::kNotFound, "There is no such photo at this school.",
                           "media " + item.id};
    }
    return core::OkStatus();
}

core::Status SqlMediaStore::SetPostMedia(std::string_view school_id, std::string_view post_id,
                                         const std::vector<std::string>& media_ids) {
    auto cleared = connection_.Exec("DELETE FROM post_media WHERE school_id = $1 AND post_id = $2",
                                    {Text(school_id), Text(post_id)});
    if (!cleared) return cleared.error();
    for (std::size_t k = 0; k < media_ids.size(); ++k) {
        // Inserts only when the post and the item are both the school's.
        auto linked = connection_.Exec(
            "INSERT INTO post_media (post_id, school_id, media_id, position)"
            " SELECT p.id, p.school_id, m.id, $4 FROM posts p JOIN media_items m"
            " ON m.school_id = p.school_id WHERE p.school_id = $1 AND p.id = $2 AND m.id = $3"
            " RETURNING media_id",
            {Text(school_id), Text(post_id), Text(media_ids[k]), Int(static_cast<int64_t>(k))});
        if (!linked) return linked.error();
        if (linked->empty()) {
            return core::Error{core::ErrorCode::kFailedPrecondition,
                               "The photo is not this school's, or the post does not exist.",
                               "media_ids[" + std::to_string(k) + "]"};
        }
    }
    return core::OkStatus();
}

core::Result<std::vector<std::string>> SqlMediaStore::ListPostMedia(std::string_view school_id,
                                                                    std::string_view post_id) {
    auto rows = connection_.Exec(
        "SELECT media_id FROM post_media WHERE school_id = $1 AND post_id = $2 ORDER BY position",
        {Text(school_id), Text(post_id)});
    if (!rows) return rows.error();
    std::vector<std::string> ids;
    for (const Row& row : *rows) ids.push_back(row.Text(0));
    return ids;
}

core::Result<std::vector<std::string>> SqlMediaStore::ListPostsShowing(std::string_view school_id,
                                                                       std::string_view media_id) {
    auto rows = connection_.Exec(
        "SELECT l.post_id FROM post_media l JOIN posts p ON p.id = l.post_id"
        " WHERE l.school_id = $1 AND l.media_id = $2 ORDER BY p.created_at, l.post_id",
        {Text(school_id), Text(media_id)});
    if (!rows) return rows.error();
    std::vector<std::string> ids;
    for (const Row& row : *rows) ids.push_back(row.Text(0));
    return ids;
}

}  // namespace steward::store::sql
