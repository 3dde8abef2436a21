// Value types of the post check: a draft post as the check sees it and the decision with its
// reasons. The school's published details (SchoolProfile) live in domain/screeners.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/consent/consent_types.hpp"
#include "domain/screeners/school_profile.hpp"  // SchoolProfile, StaffMember, PublicVenue

namespace steward::domain {

// A draft post (PST-01) with only what the check reads.
struct PostDraft {
    std::string id;
    Platform platform = Platform::kWebsite;
    MediaKind media_kind = MediaKind::kNone;
    Date posted_on;
    std::string caption;
    std::vector<std::string> tagged_pupil_ids;  // pupils shown (or, text-only, the post is about)
};

// Reason codes in their fixed output order (data/dev README).
enum class PostReason {
    kNoConsentMedia,
    kNoConsentPlatform,
    kConsentExpired,
    kConsentWithdrawn,
    kDoNotPublish,
    kFullNameWithMedia,
    kNameWithoutConsent,
    kPersonalData,
    kNegativeTone,
    kOffensive,
    kUntaggedFace,         // media_check.hpp: a face in the photo not yet tagged
    kNameVisibleInImage,   // media_check.hpp: a pupil's name readable in the photo
    kPersonalDataInImage,  // media_check.hpp: personal data readable in the photo
    kLocationMetadata,     // media_check.hpp: GPS in the original (removed on output)
};

enum class PostDecision { kApprove, kNeedsChanges, kBlock };

// Returns "NO_CONSENT_MEDIA" etc. / "approve" etc.
std::string_view PostReasonCode(PostReason reason);
std::string_view PostDecisionName(PostDecision decision);
// Parse the names above; nullopt for anything else.
std::optional<PostReason> ParsePostReason(std::string_view code);
// Every reason, in the fixed order, media reasons included: loops over reasons use this, never a
// count written by hand.
const std::vector<PostReason>& AllPostReasons();
std::optional<PostDecision> ParsePostDecision(std::string_view name);
// True for the reasons that block a post outright (README rule 7).
bool Blocks(PostReason reason);

// One finding: the reason, whom or what it concerns, and a sentence for staff.
struct PostFinding {
    PostReason reason = PostReason::kOffensive;
    std::string pupil_id;           // empty when the finding concerns a text span only
    std::optional<std::size_t> begin;  // byte span in the caption, when there is one
    std::optional<std::size_t> end;
    std::string message;            // never more pupil data than the id
    std::string media_id;              // media_check.hpp: the photo the finding is in
    std::optional<std::size_t> face;   // media_check.hpp: the face in that photo (0-based)
};

struct PostCheckResult {
    std::string post_id;
    PostDecision decision = PostDecision::kApprove;
    std::vector<PostReason> reasons;     // distinct, in the fixed order
    std::vector<PostFinding> findings;   // in reason order
};

}  // namespace steward::domain
