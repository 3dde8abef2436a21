// Reason codes and decision names exactly as the exchange format spells them.
#include "domain/posts/post_types.hpp"

namespace steward::domain {

std::string_view PostReasonCode(PostReason reason) {
    switch (reason) {
        case PostReason::kNoConsentMedia: return "NO_CONSENT_MEDIA";
        case PostReason::kNoConsentPlatform: return "NO_CONSENT_PLATFORM";
        case PostReason::kConsentExpired: return "CONSENT_EXPIRED";
        case PostReason::kConsentWithdrawn: return "CONSENT_WITHDRAWN";
        case PostReason::kDoNotPublish: return "DO_NOT_PUBLISH";
        case PostReason::kFullNameWithMedia: return "FULL_NAME_WITH_MEDIA";
        case PostReason::kNameWithoutConsent: return "NAME_WITHOUT_CONSENT";
        case PostReason::kPersonalData: return "PERSONAL_DATA";
        case PostReason::kNegativeTone: return "NEGATIVE_TONE";
        case PostReason::kOffensive: return "OFFENSIVE";
        case PostReason::kUntaggedFace: return "UNTAGGED_FACE";
        case PostReason::kNameVisibleInImage: return "NAME_VISIBLE_IN_IMAGE";
        case PostReason::kPersonalDataInImage: return "PERSONAL_DATA_IN_IMAGE";
        case PostReason::kLocationMetadata: return "LOCATION_METADATA";
    }
    return "UNKNOWN";
}

std::string_view PostDecisionName(PostDecision decision) {
    switch (decision) {
        case PostDecision::kApprove: return "approve";
        case PostDecision::kNeedsChanges: return "needs_changes";
        case PostDecision::kBlock: return "block";
    }
    return "block";
}

const std::vector<PostReason>& AllPostReasons() {
    // Walks the enum until PostReasonCode no longer knows the value, so new reasons count too.
    static const std::vector<PostReason> all = [] {
        std::vector<PostReason> reasons;
        for (int value = 0; value < 256; ++value) {
            const auto reason = static_cast<PostReason>(value);
            if (PostReasonCode(reason) == "UNKNOWN") break;
            reasons.push_back(reason);
        }
        return reasons;
    }();
    return all;
}

std::optional<PostReason> ParsePostReason(std::string_view code) {
    // Walks the enum until PostReasonCode no longer knows the value, so new reasons parse too.
    for (int value = 0; value < 256; ++value) {
        const auto reason = static_cast<PostReason>(value);
        const std::string_view known = PostReasonCode(reason);
        if (known == "UNKNOWN") return std::nullopt;
        if (known == code) return reason;
    }
    return std::nullopt;
}

std::optional<PostDecision> ParsePostDecision(std::string_view name) {
    for (PostDecision decision :
         {PostDecision::kApprove, PostDecision::kNeedsChanges, PostDecision::kBlock}) {
        if (PostDecisionName(decision) == name) return decision;
    }
    return std::nullopt;
}

bool Blocks(PostReason reason) {
    switch (reason) {
        case PostReason::kFullNameWithMedia:
        case PostReason::kNameWithoutConsent:
        case PostReason::kPersonalData:
        case PostReason::kNegativeTone:
        case PostReason::kUntaggedFace:  // blocks only when the pack says so (media_check.hpp)
        case PostReason::kNameVisibleInImage:
        case PostReason::kPersonalDataInImage:
        case PostReason::kLocationMetadata:
            return false;
        default:
            return true;
    }
}

}  // namespace steward::domain
