// The lexicons built into the binary: data/lexicons/*.txt, embedded at build time by
// embed_lexicons.cmake (the file list is in src/screening/CMakeLists.txt). Lets `steward` screen
// from any working directory without a data/ folder; a --lexicons folder still overrides them.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "screening/lexicon.hpp"

namespace steward::screening {

struct BuiltinLexiconFile {
    std::string_view name;  // "profanity.txt"
    std::string_view text;  // the file's contents, byte for byte
};

// The embedded files, sorted by name (the order LoadLexiconDir reads a folder in). Generated.
std::span<const BuiltinLexiconFile> BuiltinLexiconFiles();

// Parses every embedded file, as LoadLexiconDir("data/lexicons") would parse the source tree's
// folder: same entries, same order, same `source` names.
core::Result<std::vector<LexiconEntry>> LoadBuiltinLexicons();

}  // namespace steward::screening
