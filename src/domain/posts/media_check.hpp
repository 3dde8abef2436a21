// The post check for a photo (issue 6 item 5, PST-09, PST-12, CON-02): what the media engine saw
// (faces, visible text findings, metadata) plus staff's face tags and the consent register become
// post reasons (UNTAGGED_FACE, NO_CONSENT_MEDIA, NAME_VISIBLE_IN_IMAGE, PERSONAL_DATA_IN_IMAGE,
// LOCATION_METADATA) with the box each concerns, and the boxes the one redaction action hides.
// Entry points: CheckMedia(), MergeMediaCheck(), ParseFaceTag(). Pure: no I/O.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/consent/consent_register.hpp"
#include "domain/posts/post_types.hpp"
#include "media/media_types.hpp"
#include "policy/policy_pack.hpp"

namespace steward::domain {

// What staff said a detected face is.
enum class FaceTagKind { kPupil, kAdult, kNotAPupil };

struct FaceTag {
    std::size_t face = 0;  // index into InspectResult::faces; for a video, the track id
    FaceTagKind kind = FaceTagKind::kNotAPupil;
    std::string pupil_id;  // kPupil only
    bool operator==(const FaceTag&) const = default;
};

// Reads the API's tag text: "adult", "not_a_pupil", or a pupil id (anything else non-empty).
// kInvalidInput for an empty tag.
core::Result<FaceTag> ParseFaceTag(std::size_t face, std::string_view tag);
// "adult", "not_a_pupil" or the pupil id.
std::string FaceTagText(const FaceTag& tag);

// What happens to a face nobody has tagged: blurred by the redaction (UNTAGGED_FACE needs
// changes, the redaction resolves it) or the post is blocked until every face is tagged.
enum class UntaggedFaces { kBlur, kBlock };

struct MediaCheckRules {
    UntaggedFaces untagged = UntaggedFaces::kBlur;
    bool do_not_publish_list = true;  // a tagged pupil on the list is blurred like no consent
    ConsentDimensions dimensions;
};

// No pack: kBlur. A pack whose consent.required_for_pupil_media is true: kBlock, because only a
// tagged face can be checked against the register; posts.do_not_publish_list and
// consent.dimensions as for the caption check.
MediaCheckRules MediaCheckRulesFromPack(const policy::PolicyPack* pack);

struct MediaCheckInput {
    const media::InspectResult* inspection = nullptr;  // required
    std::span<const FaceTag> tags;
    const ConsentRegister* consent = nullptr;  // required
    Platform platform = Platform::kWebsite;
    Date posted_on;
    MediaKind media_kind = MediaKind::kImage;
    std::span<const std::string> do_not_publish;  // pupil ids on the school's list
};

struct MediaFinding {
    PostReason reason = PostReason::kUntaggedFace;
    std::string pupil_id;              // NO_CONSENT_MEDIA: the tagged pupil
    std::optional<std::size_t> face;   // index into InspectResult::faces (video: the track id)
    std::optional<std::size_t> line;   // index into InspectResult::text
    media::Box box;                    // the face or the words; empty for metadata
    bool hidden_by_redaction = false;  // the publishable version blurs or removes it
    std::string message;               // a sentence for staff, never a name read in the photo
};

struct MediaCheckResult {
    std::vector<MediaFinding> findings;  // in PostReason order, then face or line order
    std::vector<media::Box> redact;      // what the publishable version blurs
    std::vector<std::size_t> redact_faces;  // the faces in `redact` (video: track ids)
    bool blocks = false;                 // an untagged face under UntaggedFaces::kBlock
};

// Checks one inspected photo or video. Faces tagged "adult" or "not_a_pupil" raise nothing; a
// tagged pupil without consent for `media_kind` on `platform` on `posted_on` (or withdrawn,
// expired, or on the do-not-publish list) raises NO_CONSENT_MEDIA and is blurred. For a video
// (`media_kind` kVideo) the subject is the track, not the sampled face: one UNTAGGED_FACE or
// NO_CONSENT_MEDIA per person, tagged once (FaceTag::face is the track id), box and times of the
// track's best sample.
MediaCheckResult CheckMedia(const MediaCheckInput& input, const MediaCheckRules& rules);

// Adds `media`'s findings to a post's check and decides again (Finalize). When the post will use
// the current redacted version (`publishing_redacted`), findings that version hides are left out
// (metadata is always gone from it); UNTAGGED_FACE under kBlock always blocks. Each finding added
// carries `media_id` and, for a face, its index. Call once per item: a block stays a block.
void MergeMediaCheck(const MediaCheckResult& media, bool publishing_redacted,
                     PostCheckResult& post, std::string_view media_id = {});

}  // namespace steward::domain
