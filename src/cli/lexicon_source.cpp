// The shared lexicon lookup for the CLI (see lexicon_source.hpp).
#include "cli/lexicon_source.hpp"

#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "screening/builtin_lexicons.hpp"

namespace steward::cli {
namespace {

core::Result<std::vector<screening::LexiconEntry>> LoadFolder(const std::string& dir,
                                                              const char* missing_message) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        return core::Error{core::ErrorCode::kNotFound, missing_message, dir};
    }
    return screening::LoadLexiconDir(dir);
}

}  // namespace

core::Result<std::vector<screening::LexiconEntry>> LoadLexicons(const std::string& given) {
    if (!given.empty()) {
        return LoadFolder(given,
                          "The --lexicons folder does not exist; check the path, or leave "
                          "--lexicons out to use the lexicons built into steward.");
    }
    if (const char* env = std::getenv("STEWARD_LEXICONS"); env != nullptr && *env != 0) {
        return LoadFolder(env,
                          "The $STEWARD_LEXICONS folder does not exist; check the path, or unset "
                          "STEWARD_LEXICONS to use the lexicons built into steward.");
    }
    return screening::LoadBuiltinLexicons();
}

}  // namespace steward::cli
