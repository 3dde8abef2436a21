// Where the CLI's screening commands (screen, check posts, media) get their lexicons: one rule,
// shared, so they behave the same from any working directory.
#pragma once

#include <string>
#include <vector>

#include "core/result.hpp"
#include "screening/lexicon.hpp"

namespace steward::cli {

// `given` (a --lexicons folder) if not empty, failing if it is missing; else $STEWARD_LEXICONS if
// set and not empty (also failing if missing); else the lexicons built into steward.
core::Result<std::vector<screening::LexiconEntry>> LoadLexicons(const std::string& given);

}  // namespace steward::cli
