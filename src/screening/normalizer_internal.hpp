// Internal to the normaliser and its tests: the reference implementation the fast path must match.
#pragma once

#include <string_view>

#include "screening/normalizer.hpp"

namespace steward::screening {

// The original one-pass-per-option normaliser (normalizer_reference.cpp). Normalize() must give
// the same text and the same offsets for every input and option set; tests check that.
NormalizedText NormalizeReference(std::string_view input, const NormalizeOptions& options);

}  // namespace steward::screening
