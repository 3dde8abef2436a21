// Parses the embedded lexicon files (see builtin_lexicons.hpp).
#include "screening/builtin_lexicons.hpp"

namespace steward::screening {

core::Result<std::vector<LexiconEntry>> LoadBuiltinLexicons() {
    std::vector<LexiconEntry> all;
    for (const BuiltinLexiconFile& file : BuiltinLexiconFiles()) {
        auto parsed = ParseLexicon(file.text, file.name);
        if (!parsed) return parsed.error();
        for (LexiconEntry& entry : *parsed) all.push_back(std::move(entry));
    }
    return all;
}

}  // namespace steward::screening
