// The comment model's rule features (comment_model.hpp, RuleFeatures) from a comment's scan: what
// the phrase rules found. Compiled into the screening library (it reads the scan's internals); the
// model library only knows the features' names.
#pragma once

#include <cstdint>

#include "screening/model/comment_model.hpp"

namespace steward::screening {

class CommentHits;

namespace model {

// Bits for each lexicon kind with a hit that is not defused (a word-class hit, tag "part_...",
// counts as its class only), and each word class with such a hit.
RuleFeatures RuleFeaturesOf(CommentHits& comment);

}  // namespace model
}  // namespace steward::screening
