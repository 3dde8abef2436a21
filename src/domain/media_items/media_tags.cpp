#include "domain/media_items/media_tags.hpp"

namespace steward::domain {

core::Result<FaceTag> ResolveTag(Tx& tx, std::string_view school_id, std::size_t index,
                                 std::string_view text, const std::string& where) {
    auto tag = ParseFaceTag(index, text);
    if (!tag) return core::Error{tag.error().code, tag.error().message, where};
    if (tag->kind != FaceTagKind::kPupil) return tag;
    auto pupil = tx.Access().FindPupil(school_id, tag->pupil_id);
    if (!pupil) return pupil.error();
    if (!*pupil) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "The tag is not a pupil on this school's roster; choose the pupil "
                           "again, or tag the face adult or not_a_pupil.",
                           where};
    }
    return tag;
}

std::string KindText(const FaceTag& tag) {
    switch (tag.kind) {
        case FaceTagKind::kPupil:
            return "pupil";
        case FaceTagKind::kAdult:
            return "adult";
        case FaceTagKind::kNotAPupil:
            return "not_a_pupil";
    }
    return "not_a_pupil";
}

namespace {

// The track a request names: its own, or that of the sampled face it names.
core::Result<const StoredTrack*> TrackOf(const MediaItem& item, const FaceTagRequest& request,
                                         const std::string& where) {
    int track = -1;
    if (request.track) {
        track = *request.track;
    } else if (request.face >= 0 && request.face < static_cast<int>(item.faces.size())) {
        track = item.faces[static_cast<std::size_t>(request.face)].track;
    }
    for (const StoredTrack& stored : item.tracks) {
        if (stored.track == track) return &stored;
    }
    return core::Error{core::ErrorCode::kNotFound,
                       request.track ? "The video has no person (track) with this number."
                                     : "The video has no face with this number.",
                       where};
}

}  // namespace

core::Status SaveTrackTags(Tx& tx, const core::Clock& clock, const Actor& actor,
                           std::string_view school_id, const MediaItem& item,
                           const std::vector<FaceTagRequest>& tags, std::string& summary) {
    std::vector<StoredTrack> changes;
    for (const FaceTagRequest& request : tags) {
        const std::string where = request.track ? "tags, track " + std::to_string(*request.track)
                                                : "tags, face " + std::to_string(request.face);
        auto track = TrackOf(item, request, where);
        if (!track) return track.error();
        StoredTrack change = **track;
        auto tag =
            ResolveTag(tx, school_id, static_cast<std::size_t>(change.track), request.tag, where);
        if (!tag) return tag.error();
        change.tag_kind = KindText(*tag);
        change.pupil_id = tag->pupil_id;
        change.tagged_by = actor.person_id;
        change.tagged_at = clock.Now();
        summary += (summary.empty() ? "track " : " track ") + std::to_string(change.track) + "=" +
                   change.tag_kind;
        changes.push_back(std::move(change));
    }
    return tx.Media().SetTrackTags(school_id, item.id, changes);
}

core::Result<media::RedactedImage> RedactVideoItem(const media::MediaEngine& engine,
                                                   const MediaItem& item, std::string_view original,
                                                   const std::set<std::size_t>& tracks) {
    const media::InspectResult inspection = InspectionOf(item);
    std::vector<media::Face> hide;
    for (const media::Face& face : inspection.faces) {
        if (tracks.count(static_cast<std::size_t>(face.track)) > 0) hide.push_back(face);
    }
    const auto* data = reinterpret_cast<const std::uint8_t*>(original.data());
    return engine.RedactVideo(std::span(data, original.size()), hide);
}

}  // namespace steward::domain
