// Mapping from the policy model's enums to the checker's; kept in one place so that a new
// schema value fails to compile here rather than being silently ignored.
#include "domain/posts/post_rules.hpp"

#include <algorithm>

namespace steward::domain {
namespace {

PupilNameRule NameRule(policy::PupilNameRule rule) {
    switch (rule) {
        case policy::PupilNameRule::kNever: return PupilNameRule::kNever;
        case policy::PupilNameRule::kNoFullNameWithMedia: return PupilNameRule::kNoFullNameWithMedia;
        case policy::PupilNameRule::kWithNameConsent: return PupilNameRule::kWithNameConsent;
    }
    return PupilNameRule::kNever;
}

}  // namespace

PostRules PostRulesFromPack(const policy::PolicyPack& pack) {
    PostRules rules;
    rules.pupil_name_rule = NameRule(pack.posts.pupil_name_rule);
    rules.do_not_publish_list = pack.posts.do_not_publish_list;
    rules.consent.validity = pack.consent.validity == policy::ConsentValidity::kUntilWithdrawn
                                 ? ConsentValidity::kUntilWithdrawn
                                 : ConsentValidity::kAcademicYear;
    const auto& dimensions = pack.consent.dimensions;
    auto has = [&](policy::ConsentDimension dimension) {
        return std::find(dimensions.begin(), dimensions.end(), dimension) != dimensions.end();
    };
    rules.consent.dimensions.platform = has(policy::ConsentDimension::kPlatform);
    rules.consent.dimensions.media_kind = has(policy::ConsentDimension::kMediaKind);
    rules.consent.dimensions.name = has(policy::ConsentDimension::kName);
    return rules;
}

}  // namespace steward::domain
