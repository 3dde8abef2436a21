// Building the index: every first and preferred name is paired with the surname, keyed by its
// first folded token, so lookups touch only people who share that token.
#include "screening/names/name_index.hpp"

#include <algorithm>

#include "screening/names/name_tokens.hpp"

namespace steward::screening {
namespace {

std::string Joined(const std::vector<std::string>& tokens) {
    std::string out;
    for (const std::string& token : tokens) {
        for (char c : token) {
            if (c != '\'') out += c;
        }
    }
    return out;
}

std::string Spaced(const std::vector<std::string>& tokens) {
    std::string out;
    for (const std::string& token : tokens) {
        if (!out.empty()) out += ' ';
        out += token;
    }
    return out;
}

}  // namespace

std::vector<std::string> NameTokens(std::string_view name) {
    std::vector<std::string> out;
    for (NameToken& token : TokenizeForNames(name, {}).tokens) out.push_back(std::move(token.folded));
    return out;
}

NameIndex::NameIndex(std::span<const RosterName> people, NameContext context)
    : people_(people.begin(), people.end()), context_(std::move(context)) {
    for (std::size_t person = 0; person < people_.size(); ++person) {
        const RosterName& name = people_[person];
        const std::vector<std::string> surname = NameTokens(name.last_name);
        std::vector<std::vector<std::string>> givens = {NameTokens(name.first_name)};
        if (!name.preferred_name.empty()) {
            auto preferred = NameTokens(name.preferred_name);
            if (preferred != givens.front()) givens.push_back(std::move(preferred));
        }
        for (std::vector<std::string>& given : givens) {
            if (given.empty()) continue;
            name_tokens_.insert(given.begin(), given.end());
            name_tokens_.insert(surname.begin(), surname.end());
            Entry entry{person, given, surname};
            by_given_[given.front()].push_back(entry);
            if (surname.empty()) continue;
            by_surname_[surname.front()].push_back(entry);
            by_joined_[Joined(given) + Joined(surname)].push_back(person);
        }
    }
    for (const RosterName& adult : context_.staff) {
        auto given = NameTokens(adult.first_name);
        auto surname = NameTokens(adult.last_name);
        if (given.empty() || surname.empty()) continue;
        staff_full_.insert(Spaced(given) + " " + Spaced(surname));
    }
}

}  // namespace steward::screening
