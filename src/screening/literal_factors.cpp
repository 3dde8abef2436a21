// Literal factors: a small recursive-descent parser over the regex subset the lexicons use,
// computing per node the exact set of strings it matches (when finite and small) and a set of
// strings one of which every match contains. Unknown syntax makes the parse fail, and a failed
// parse means "nothing known": the caller then scans the regex without a prefilter.
#include "screening/literal_factors.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "screening/literal_parser.hpp"

namespace steward::screening {

using literal_parser::HasEmpty;
using literal_parser::MinLength;
using literal_parser::Necessary;
using literal_parser::Parser;
using literal_parser::Prefix;
using literal_parser::StringSet;

std::vector<std::string> NecessaryLiterals(std::string_view regex, std::size_t min_length) {
    auto info = Parser(regex).Parse();
    if (!info) return {};
    auto need = Necessary(*info);
    if (!need || need->empty() || MinLength(*need) < min_length) return {};
    return {need->begin(), need->end()};
}

std::vector<std::string> LeadingStrings(std::string_view regex, std::size_t min_length) {
    auto info = Parser(regex).Parse();
    if (!info) return {};
    auto prefix = Prefix(*info);
    if (!prefix || prefix->empty() || MinLength(*prefix) < min_length) return {};
    return {prefix->begin(), prefix->end()};
}

std::vector<std::string> ExactStrings(std::string_view regex, std::size_t cap) {
    Parser parser(regex);
    auto info = parser.Parse();
    // An anchored regex is not its strings: "\bzork quux$" must not match "zork quux and more".
    if (!info || parser.saw_anchor()) return {};
    if (!info->exact || info->exact->size() > cap || HasEmpty(*info->exact)) return {};
    return {info->exact->begin(), info->exact->end()};
}

std::size_t MinDigits(std::string_view regex) {
    auto info = Parser(regex).Parse();
    return info ? info->min_digits : 0;
}

std::vector<std::vector<std::string>> WordStartFactors(std::string_view regex, std::size_t max_sets) {
    Parser parser(regex);
    auto info = parser.Parse();
    if (!info) return {};
    std::vector<StringSet> sets;
    if (parser.top_words().size() == 1) sets = parser.top_words().front();
    else if (info->words) sets.push_back(*info->words);  // one of the alternatives' best sets
    // Each set costs a check at every word start that spells one of its strings: after the best
    // set, only rare ones (no common word, few short strings) are worth it, unless the best is
    // common too ("to|at|for" AND "you|him|school": the pair is much rarer than either).
    constexpr std::size_t kRare = 64;
    if (!sets.empty() && literal_parser::WordScore(sets.front()) >= kRare && sets.size() > 2) sets.resize(2);
    auto common = std::find_if(sets.begin() + (sets.empty() ? 0 : 1), sets.end(), [&](const StringSet& x) {
        return literal_parser::WordScore(x) >= kRare && literal_parser::WordScore(sets.front()) < kRare;
    });
    sets.erase(common, sets.end());
    if (sets.size() > max_sets) sets.resize(max_sets);
    std::vector<std::vector<std::string>> out;
    for (const StringSet& s : sets) out.emplace_back(s.begin(), s.end());
    return out;
}

}  // namespace steward::screening
