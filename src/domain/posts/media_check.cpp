#include "domain/posts/media_check.hpp"

#include <algorithm>

#include "domain/posts/post_checker.hpp"

namespace steward::domain {
namespace {

constexpr std::string_view kAdult = "adult";
constexpr std::string_view kNotAPupil = "not_a_pupil";

std::string Where(const media::Box& box) {
    return "at x " + std::to_string(box.x) + ", y " + std::to_string(box.y) + " (" +
           std::to_string(box.width) + " x " + std::to_string(box.height) + " px)";
}

std::string FaceName(std::size_t face) { return "Face " + std::to_string(face + 1); }

// Why a tagged pupil may not appear: empty when consent allows this media kind here.
std::string NoConsentReason(const MediaCheckInput& input, const MediaCheckRules& rules,
                            const std::string& pupil_id) {
    if (rules.do_not_publish_list &&
        std::find(input.do_not_publish.begin(), input.do_not_publish.end(), pupil_id) !=
            input.do_not_publish.end()) {
        return "is on the do-not-publish list";
    }
    const ConsentStanding standing =
        input.consent->Find(pupil_id, input.platform, input.posted_on);
    using State = ConsentStanding::State;
    switch (standing.state) {
        case State::kExpired: return "has no consent for this academic year";
        case State::kWithdrawn: return "had consent withdrawn";
        case State::kNoPlatform:
            return "has no consent for " + std::string(PlatformName(input.platform));
        case State::kInForce: break;
    }
    if (!standing.AllowsMedia(input.media_kind, rules.dimensions)) {
        return "has no consent for " + std::string(MediaKindName(input.media_kind));
    }
    return {};
}

// One face of a photo, or one person (track) of a video, as the check words and blurs it.
struct Subject {
    std::size_t index = 0;  // the face, or the track id
    media::Box box;
    std::string name;  // "Face 2 at x ..." or "Person 3 (track 3), seen 0:02-0:07, at x ..."
};

std::string MinutesSeconds(double seconds) {
    const int whole = static_cast<int>(seconds + 0.5);
    const std::string secs = std::to_string(whole % 60);
    return std::to_string(whole / 60) + ":" + (secs.size() < 2 ? "0" : "") + secs;
}

std::vector<Subject> SubjectsOf(const MediaCheckInput& input) {
    std::vector<Subject> subjects;
    const auto& faces = input.inspection->faces;
    if (input.media_kind != MediaKind::kVideo) {
        for (std::size_t index = 0; index < faces.size(); ++index) {
            subjects.push_back({index, faces[index].box,
                                FaceName(index) + " " + Where(faces[index].box)});
        }
        return subjects;
    }
    for (const media::FaceTrack& track : media::TracksOf(faces)) {
        const auto id = static_cast<std::size_t>(track.track);
        const std::string seen =
            MinutesSeconds(track.first_seconds) + "-" + MinutesSeconds(track.last_seconds);
        subjects.push_back({id, track.box,
                            "Person " + std::to_string(id + 1) + " (track " + std::to_string(id) +
                                "), seen " + seen + ", " + Where(track.box) + ","});
    }
    return subjects;
}

void CheckFaces(const MediaCheckInput& input, const MediaCheckRules& rules,
                MediaCheckResult& result) {
    const bool video = input.media_kind == MediaKind::kVideo;
    for (const Subject& subject : SubjectsOf(input)) {
        const std::size_t index = subject.index;
        const media::Box& box = subject.box;
        const auto tag = std::find_if(input.tags.begin(), input.tags.end(),
                                      [&](const FaceTag& t) { return t.face == index; });
        if (tag == input.tags.end()) {
            const bool blur = rules.untagged == UntaggedFaces::kBlur;
            std::string message = subject.name + " is not tagged; ";
            message += blur ? "tag it, or the publishable version blurs it"
                            : "tag it as a pupil, an adult or not a pupil before posting";
            message += video ? " in every frame." : ".";
            result.findings.push_back(MediaFinding{PostReason::kUntaggedFace, "", index,
                                                   std::nullopt, box, blur, std::move(message)});
            if (blur) {
                result.redact.push_back(box);
                result.redact_faces.push_back(index);
            } else {
                result.blocks = true;
            }
            continue;
        }
        if (tag->kind != FaceTagKind::kPupil) continue;
        const std::string why = NoConsentReason(input, rules, tag->pupil_id);
        if (why.empty()) continue;
        result.findings.push_back(MediaFinding{
            PostReason::kNoConsentMedia, tag->pupil_id, index, std::nullopt, box, true,
            subject.name + " is " + tag->pupil_id + ", who " + why + "; the publishable version " +
                (video ? "blurs this person in every frame." : "blurs this face.")});
        result.redact.push_back(box);
        result.redact_faces.push_back(index);
    }
}

void CheckText(const MediaCheckInput& input, MediaCheckResult& result) {
    for (const media::ImageFinding& found : input.inspection->findings) {
        PostReason reason;
        std::string what;
        if (found.category == "name") {
            reason = PostReason::kNameVisibleInImage;
            what = "A pupil's name";
        } else if (found.category == "personal_data") {
            reason = PostReason::kPersonalDataInImage;
            what = "Personal data (" + found.rule_id + ")";
        } else {
            continue;  // offensive words in a photo: the caption check's business, not blurred
        }
        result.findings.push_back(MediaFinding{
            reason, "", std::nullopt, found.line, found.box, true,
            what + " is readable in the photo " + Where(found.box) +
                "; the publishable version blurs it."});
        result.redact.push_back(found.box);
    }
}

}  // namespace

core::Result<FaceTag> ParseFaceTag(std::size_t face, std::string_view tag) {
    if (tag.empty()) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "A face tag is empty; tag the face with a pupil, \"adult\" or "
                           "\"not_a_pupil\".",
                           "face " + std::to_string(face)};
    }
    if (tag == kAdult) return FaceTag{face, FaceTagKind::kAdult, ""};
    if (tag == kNotAPupil) return FaceTag{face, FaceTagKind::kNotAPupil, ""};
    return FaceTag{face, FaceTagKind::kPupil, std::string(tag)};
}

std::string FaceTagText(const FaceTag& tag) {
    switch (tag.kind) {
        case FaceTagKind::kAdult: return std::string(kAdult);
        case FaceTagKind::kNotAPupil: return std::string(kNotAPupil);
        case FaceTagKind::kPupil: return tag.pupil_id;
    }
    return std::string(kNotAPupil);
}

MediaCheckRules MediaCheckRulesFromPack(const policy::PolicyPack* pack) {
    MediaCheckRules rules;
    if (pack == nullptr) return rules;
    rules.untagged =
        pack->consent.required_for_pupil_media ? UntaggedFaces::kBlock : UntaggedFaces::kBlur;
    rules.do_not_publish_list = pack->posts.do_not_publish_list;
    const auto& dimensions = pack->consent.dimensions;
    auto has = [&](policy::ConsentDimension dimension) {
        return std::find(dimensions.begin(), dimensions.end(), dimension) != dimensions.end();
    };
    rules.dimensions.platform = has(policy::ConsentDimension::kPlatform);
    rules.dimensions.media_kind = has(policy::ConsentDimension::kMediaKind);
    rules.dimensions.name = has(policy::ConsentDimension::kName);
    return rules;
}

MediaCheckResult CheckMedia(const MediaCheckInput& input, const MediaCheckRules& rules) {
    MediaCheckResult result;
    if (input.inspection == nullptr || input.consent == nullptr) return result;
    CheckFaces(input, rules, result);
    CheckText(input, result);
    if (input.inspection->metadata.gps_position) {
        const bool video = input.media_kind == MediaKind::kVideo;
        result.findings.push_back(MediaFinding{
            PostReason::kLocationMetadata, "", std::nullopt, std::nullopt, media::Box{}, true,
            std::string(video ? "Location recorded with the video removed"
                              : "GPS position of the photo removed") +
                ": the publishable version carries no metadata."});
    }
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const MediaFinding& a, const MediaFinding& b) { return a.reason < b.reason; });
    return result;
}

void MergeMediaCheck(const MediaCheckResult& media, bool publishing_redacted,
                     PostCheckResult& post, std::string_view media_id) {
    const bool blocked = post.decision == PostDecision::kBlock;
    bool untagged_left = false;
    for (const MediaFinding& finding : media.findings) {
        if (publishing_redacted && finding.hidden_by_redaction) continue;
        untagged_left = untagged_left || finding.reason == PostReason::kUntaggedFace;
        post.findings.push_back(PostFinding{finding.reason, finding.pupil_id, std::nullopt,
                                            std::nullopt, finding.message,
                                            std::string(media_id), finding.face});
    }
    Finalize(post);
    if (blocked || (media.blocks && untagged_left)) post.decision = PostDecision::kBlock;
}

}  // namespace steward::domain
