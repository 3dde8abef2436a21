#include "domain/media_items/media_library.hpp"

#include <algorithm>
#include <set>

#include "domain/audit/audit_log.hpp"
#include "domain/media_items/media_tags.hpp"
#include "domain/media_items/post_media.hpp"
#include "domain/media_items/roster_text_screener.hpp"
#include "security/sha256.hpp"
#include "security/tokens.hpp"

namespace steward::domain {
namespace {

constexpr Platform kPlatforms[] = {Platform::kFacebook, Platform::kInstagram, Platform::kX,
                                   Platform::kYoutube,  Platform::kWebsite,   Platform::kTiktok};

core::Error NoSuchItem(std::string_view media_id) {
    return core::Error{core::ErrorCode::kNotFound,
                       "There is no such photo or video at this school; it may have been removed.",
                       "media " + std::string(media_id)};
}

std::string ContentTypeOf(media::MediaFormat format) {
    switch (format) {
        case media::MediaFormat::kJpeg: return "image/jpeg";
        case media::MediaFormat::kPng: return "image/png";
        case media::MediaFormat::kWebp: return "image/webp";
        case media::MediaFormat::kHeif: return "image/heic";
        case media::MediaFormat::kMp4: return "video/mp4";
        case media::MediaFormat::kQuickTime: return "video/quicktime";
    }
    return "application/octet-stream";
}

std::int64_t Millis(double seconds) { return static_cast<std::int64_t>(seconds * 1000 + 0.5); }

std::string_view AsText(std::span<const std::uint8_t> bytes) {
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

MediaItem ItemFrom(const media::InspectResult& inspection, std::span<const std::uint8_t> bytes) {
    MediaItem item;
    item.id = "md-" + security::GenerateToken().substr(0, 20);
    item.format = std::string(media::MediaFormatName(inspection.format));
    item.content_type = ContentTypeOf(inspection.format);
    item.width = inspection.width;
    item.height = inspection.height;
    item.byte_size = static_cast<std::int64_t>(bytes.size());
    item.sha256 = security::Sha256Hex(AsText(bytes));
    item.gps_position = inspection.metadata.gps_position;
    item.duration_ms = Millis(inspection.duration_seconds);
    for (std::size_t k = 0; k < inspection.faces.size(); ++k) {
        const media::Face& face = inspection.faces[k];
        StoredFace stored;
        stored.face = static_cast<int>(k);
        stored.box = face.box;
        stored.confidence_permille = static_cast<int>(face.confidence * 1000 + 0.5);
        stored.detector = std::string(media::FaceDetectorName(face.detector));
        stored.track = face.track;
        stored.time_ms = Millis(face.time_seconds);
        item.faces.push_back(std::move(stored));
    }
    for (const media::FaceTrack& track : inspection.tracks) {
        item.tracks.push_back(StoredTrack{track.track, Millis(track.first_seconds),
                                          Millis(track.last_seconds), track.samples, track.box});
    }
    for (std::size_t k = 0; k < inspection.findings.size(); ++k) {
        const media::ImageFinding& found = inspection.findings[k];
        item.findings.push_back(StoredTextFinding{static_cast<int>(k), static_cast<int>(found.line),
                                                  found.category, found.rule_id, found.box});
    }
    return item;
}

core::Result<MediaItem> LoadItem(Tx& tx, std::string_view school_id, std::string_view media_id) {
    auto item = tx.Media().FindMedia(school_id, media_id);
    if (!item) return item.error();
    if (!*item) return NoSuchItem(media_id);
    return std::move(**item);
}

struct ConsentView {
    ConsentRegister register_;
    std::vector<std::string> do_not_publish;
};

core::Result<ConsentView> LoadConsent(Tx& tx, std::string_view school_id) {
    auto records = tx.Consent().ListForSchool(school_id);
    if (!records) return records.error();
    auto listed = tx.Consent().ListDoNotPublish(school_id);
    if (!listed) return listed.error();
    ConsentView view{ConsentRegister(std::move(*records)), {}};
    for (const auto& entry : *listed) view.do_not_publish.push_back(entry.pupil_id);
    return view;
}

MediaCheckResult Check(const MediaItem& item, const ConsentView& consent, Platform platform,
                       Date on, const MediaCheckRules& rules) {
    const media::InspectResult inspection = InspectionOf(item);
    const std::vector<FaceTag> tags = TagsOf(item);
    MediaCheckInput input;
    input.inspection = &inspection;
    input.tags = tags;
    input.consent = &consent.register_;
    input.platform = platform;
    input.posted_on = on;
    input.do_not_publish = consent.do_not_publish;
    input.media_kind = item.content_type.rfind("video/", 0) == 0 ? MediaKind::kVideo
                                                                  : MediaKind::kImage;
    return CheckMedia(input, rules);
}

std::string FaceList(const std::vector<int>& faces) {
    std::string out;
    for (int face : faces) out += (out.empty() ? "" : ",") + std::to_string(face + 1);
    return out;
}

core::Status SaveFaceTags(Tx& tx, const core::Clock& clock, const Actor& actor,
                          std::string_view school_id, const MediaItem& item,
                          const std::vector<FaceTagRequest>& tags, std::string& summary) {
    std::vector<StoredFace> changes;
    for (const FaceTagRequest& request : tags) {
        const std::string where = "tags, face " + std::to_string(request.face);
        if (request.track) {
            return core::Error{core::ErrorCode::kInvalidInput,
                               "A photo has faces, not tracks; tag each face by its number.",
                               where};
        }
        if (request.face < 0 || request.face >= static_cast<int>(item.faces.size())) {
            return core::Error{core::ErrorCode::kNotFound,
                               "The photo has no face with this number.", where};
        }
        auto tag = ResolveTag(tx, school_id, static_cast<std::size_t>(request.face),
                              request.tag, where);
        if (!tag) return tag.error();
        StoredFace face = item.faces[static_cast<std::size_t>(request.face)];
        face.tag_kind = KindText(*tag);
        face.pupil_id = tag->pupil_id;
        face.tagged_by = actor.person_id;
        face.tagged_at = clock.Now();
        summary += (summary.empty() ? "" : " ") + std::to_string(request.face + 1) + "=" +
                   face.tag_kind;
        changes.push_back(std::move(face));
    }
    return tx.Media().SetFaceTags(school_id, item.id, changes);
}

}  // namespace

media::InspectResult InspectionOf(const MediaItem& item) {
    media::InspectResult inspection;
    inspection.width = item.width;
    inspection.height = item.height;
    inspection.metadata.gps_position = item.gps_position;
    inspection.duration_seconds = item.duration_ms / 1000.0;
    for (const StoredFace& face : item.faces) {
        inspection.faces.push_back(media::Face{face.box, face.confidence_permille / 1000.0,
                                               media::FaceDetectorKind::kFrontalHog,
                                               face.time_ms / 1000.0, face.track});
    }
    for (const StoredTextFinding& found : item.findings) {
        inspection.findings.push_back(media::ImageFinding{static_cast<std::size_t>(found.line), 0,
                                                          0, found.category, found.rule_id, 1.0,
                                                          found.box});
    }
    return inspection;
}

std::vector<FaceTag> TagsOf(const MediaItem& item) {
    std::vector<FaceTag> tags;
    for (const StoredTrack& track : item.tracks) {  // a video: one tag per track
        if (track.tag_kind.empty()) continue;
        const std::string text = track.tag_kind == "pupil" ? track.pupil_id : track.tag_kind;
        if (auto tag = ParseFaceTag(static_cast<std::size_t>(track.track), text)) {
            tags.push_back(std::move(*tag));
        }
    }
    if (item.IsVideo()) return tags;
    for (const StoredFace& face : item.faces) {
        if (face.tag_kind.empty()) continue;
        const std::string text = face.tag_kind == "pupil" ? face.pupil_id : face.tag_kind;
        if (auto tag = ParseFaceTag(static_cast<std::size_t>(face.face), text)) {
            tags.push_back(std::move(*tag));
        }
    }
    return tags;
}

core::Result<UploadedMedia> UploadMedia(Store& store, const core::Clock& clock, const Actor& actor,
                                        const media::MediaEngine& engine,
                                        SchoolScreeners& screeners,
                                        std::string_view school_id,
                                        std::span<const std::uint8_t> bytes,
                                        const InspectionWriter& to_json) {
    auto school = screeners.Get(school_id);
    if (!school) return school.error();
    const RosterTextScreener text_screener(**school);
    // The slow part (about a second for a 12 MP photo) runs outside any transaction.
    auto inspection = engine.Inspect(bytes, &text_screener);
    if (!inspection) return inspection.error();
    UploadedMedia out{ItemFrom(*inspection, bytes), std::move(*inspection)};
    out.item.school_id = std::string(school_id);
    out.item.inspection_json = to_json(out.inspection);
    out.item.uploaded_by = actor.person_id;
    out.item.uploaded_at = clock.Now();
    auto stored = store.Transact([&](Tx& tx) -> core::Status {
        if (auto ok = tx.Media().InsertMedia(out.item, AsText(bytes)); !ok) return ok;
        auto event = RecordAudit(tx, actor, clock,
                                 {"media.upload", "media", out.item.id, "",
                                  "format=" + out.item.format + " faces=" +
                                      std::to_string(out.item.faces.size()) + " tracks=" +
                                      std::to_string(out.item.tracks.size()) + " findings=" +
                                      std::to_string(out.item.findings.size()),
                                  std::string(school_id)});
        if (!event) return event.error();
        return core::OkStatus();
    });
    if (!stored) return stored.error();
    return out;
}

core::Result<MediaItem> TagFaces(Store& store, const core::Clock& clock, const Actor& actor,
                                 std::string_view school_id, std::string_view media_id,
                                 const std::vector<FaceTagRequest>& tags) {
    return store.Transact([&](Tx& tx) -> core::Result<MediaItem> {
        auto item = LoadItem(tx, school_id, media_id);
        if (!item) return item.error();
        std::string summary;
        auto saved = item->IsVideo()
                         ? SaveTrackTags(tx, clock, actor, school_id, *item, tags, summary)
                         : SaveFaceTags(tx, clock, actor, school_id, *item, tags, summary);
        if (!saved) return saved.error();
        if (auto ok = ReopenPostsShowing(tx, clock, actor, school_id, media_id,
                                         "faces tagged in " + std::string(media_id));
            !ok) {
            return ok.error();
        }
        auto event = RecordAudit(tx, actor, clock,
                                 {"media.tag_faces", "media", std::string(media_id), "", summary,
                                  std::string(school_id)});
        if (!event) return event.error();
        return LoadItem(tx, school_id, media_id);
    });
}

core::Result<MediaItem> RedactMedia(Store& store, const core::Clock& clock, const Actor& actor,
                                    const media::MediaEngine& engine, std::string_view school_id,
                                    std::string_view media_id, const RedactionTarget& target) {
    struct Loaded {
        MediaItem item;
        std::string original;
        ConsentView consent;
    };
    auto loaded = store.Read([&](Tx& tx) -> core::Result<Loaded> {
        auto item = LoadItem(tx, school_id, media_id);
        if (!item) return item.error();
        auto bytes = tx.Media().ReadMediaBytes(school_id, media_id, MediaVersion::kOriginal);
        if (!bytes) return bytes.error();
        if (!*bytes) return NoSuchItem(media_id);
        auto consent = LoadConsent(tx, school_id);
        if (!consent) return consent.error();
        return Loaded{std::move(*item), std::move(**bytes), std::move(*consent)};
    });
    if (!loaded) return loaded.error();
    MediaCheckRules rules;  // the redaction always blurs untagged faces
    std::vector<media::Box> boxes;
    std::set<std::size_t> faces;
    for (Platform platform : kPlatforms) {
        if (target.platform && *target.platform != platform) continue;
        const MediaCheckResult check =
            Check(loaded->item, loaded->consent, platform, target.posting_date, rules);
        for (const MediaFinding& finding : check.findings) {
            if (!finding.hidden_by_redaction || finding.box.width == 0) continue;
            if (finding.face && !faces.insert(*finding.face).second) continue;
            boxes.push_back(finding.box);
        }
    }
    const auto* data = reinterpret_cast<const std::uint8_t*>(loaded->original.data());
    auto redacted =
        loaded->item.IsVideo()
            ? RedactVideoItem(engine, loaded->item, loaded->original, faces)
            : engine.Redact(std::span(data, loaded->original.size()), boxes);
    if (!redacted) return redacted.error();
    MediaItem& item = loaded->item;
    item.has_redacted = true;
    item.redacted_format = std::string(media::MediaFormatName(redacted->format));
    const std::string_view bytes = AsText(redacted->bytes);
    item.redacted_sha256 = security::Sha256Hex(bytes);
    item.redacted_faces.assign(faces.begin(), faces.end());
    item.redacted_by = actor.person_id;
    item.redacted_at = clock.Now();
    auto stored = store.Transact([&](Tx& tx) -> core::Status {
        if (auto ok = tx.Media().SetRedacted(item, bytes); !ok) return ok;
        if (auto ok = ReopenPostsShowing(tx, clock, actor, school_id, item.id,
                                         "publishable copy of " + item.id + " made again");
            !ok) {
            return ok;
        }
        auto event = RecordAudit(tx, actor, clock,
                                 {"media.redact", "media", item.id, "",
                                  (item.IsVideo() ? "tracks_blurred=" : "faces_blurred=") +
                                      FaceList(item.redacted_faces) +
                                      " boxes=" + std::to_string(boxes.size()),
                                  std::string(school_id)});
        if (!event) return event.error();
        return core::OkStatus();
    });
    if (!stored) return stored.error();
    return item;
}

core::Result<MediaBytes> ReadMediaVersion(Store& store, const core::Clock& clock,
                                          const Actor& actor, std::string_view school_id,
                                          std::string_view media_id, MediaVersion version) {
    return store.Transact([&](Tx& tx) -> core::Result<MediaBytes> {
        auto item = LoadItem(tx, school_id, media_id);
        if (!item) return item.error();
        auto bytes = tx.Media().ReadMediaBytes(school_id, media_id, version);
        if (!bytes) return bytes.error();
        if (!*bytes) {
            return core::Error{core::ErrorCode::kNotFound,
                               "No publishable version has been made for the current tags; "
                               "make it with redact first.",
                               "media " + std::string(media_id)};
        }
        const bool redacted = version == MediaVersion::kRedacted;
        auto event = RecordAudit(tx, actor, clock,
                                 {"media.view", "media", item->id, "",
                                  redacted ? "version=redacted" : "version=original",
                                  std::string(school_id)});
        if (!event) return event.error();
        std::string type = item->content_type;
        if (redacted) type = item->redacted_format == "png"    ? "image/png"
                             : item->redacted_format == "webp" ? "image/webp"
                             : item->redacted_format == "mp4"  ? "video/mp4"
                                                               : "image/jpeg";
        return MediaBytes{std::move(**bytes), std::move(type)};
    });
}

core::Result<MediaItemCheck> CheckMediaItem(Tx& tx, std::string_view school_id,
                                            std::string_view media_id, Platform platform,
                                            Date posted_on, const MediaCheckRules& rules) {
    auto item = LoadItem(tx, school_id, media_id);
    if (!item) return item.error();
    auto consent = LoadConsent(tx, school_id);
    if (!consent) return consent.error();
    MediaItemCheck found{Check(*item, *consent, platform, posted_on, rules), false};
    // The copy counts only if it blurs every face this check wants blurred (it may have been
    // made for another platform, whose consent differs).
    const auto& blurred = item->redacted_faces;
    found.has_redacted =
        item->has_redacted &&
        std::all_of(found.check.redact_faces.begin(), found.check.redact_faces.end(),
                    [&](std::size_t face) {
                        return std::find(blurred.begin(), blurred.end(),
                                         static_cast<int>(face)) != blurred.end();
                    });
    return found;
}

}  // namespace steward::domain
