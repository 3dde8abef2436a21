// RuleFeaturesOf: see rule_features.hpp.
#include "screening/model/rule_features.hpp"

#include "screening/classifier_families.hpp"
#include "screening/screener_internal.hpp"

namespace steward::screening::model {

RuleFeatures RuleFeaturesOf(CommentHits& comment) {
    RuleFeatures out;
    for (const Hit& h : comment.scan().hits) {
        if (comment.Defused(h)) continue;
        if (!h.rule->part) out.Set(kRuleKindBase + static_cast<std::size_t>(h.rule->code));
        if (h.rule->part) out.Set(kRuleTagBase + static_cast<std::size_t>(h.rule->tag_code));
    }
    return out;  // bits without a feature name (kinds that decide, say) are dropped by the model
}

}  // namespace steward::screening::model
