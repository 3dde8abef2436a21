// For tests only: a screener built from the repository's lexicons (data/lexicons) and the school
// parts a test sets in `config` (contacts, staff, pupils). Needs STEWARD_SOURCE_DIR, which
// steward_tests() defines.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>

#include "screening/screener.hpp"

namespace steward::screening {

inline std::shared_ptr<const Screener> ScreenerWithRepositoryLexicons(ScreenerConfig config = {}) {
    auto lexicon = LoadLexiconDir(std::string(STEWARD_SOURCE_DIR) + "/data/lexicons");
    EXPECT_TRUE(lexicon.has_value());
    if (lexicon) config.lexicon = std::move(*lexicon);
    auto created = Screener::Create(config);
    EXPECT_TRUE(created.has_value()) << created.error().ToString();
    return created ? *created : nullptr;
}

}  // namespace steward::screening
