// Name forms of a staff member and whole-word matching in comment text.
#include "domain/subject_access/staff_names.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace steward::domain {
namespace {

constexpr std::array<std::string_view, 9> kTitles = {"mr", "mrs", "ms",   "miss", "mx",
                                                     "dr", "prof", "sir", "dame"};

bool IsTitle(std::string_view word) {
    return std::find(kTitles.begin(), kTitles.end(), word) != kTitles.end();
}

bool IsWordByte(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || (c & 0x80) != 0;
}

}  // namespace

std::vector<std::string> LowerWords(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : text) {
        if (IsWordByte(c)) {
            word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

StaffNameForms::StaffNameForms(std::string_view display_name) {
    std::vector<std::string> words = LowerWords(display_name);
    if (!words.empty() && IsTitle(words.front())) words.erase(words.begin());
    if (words.empty()) return;
    const std::string& surname = words.back();
    if (words.size() >= 2) {
        forms_.push_back(words);                        // "jane anne smith"
        forms_.push_back({words.front(), surname});     // "jane smith"
    }
    if (words.size() >= 2 || display_name.find(' ') != std::string_view::npos) {
        for (std::string_view title : kTitles) forms_.push_back({std::string(title), surname});
    }
}

bool StaffNameForms::NamedIn(std::string_view text) const {
    const std::vector<std::string> words = LowerWords(text);
    for (const auto& form : forms_) {
        if (form.size() > words.size()) continue;
        for (std::size_t at = 0; at + form.size() <= words.size(); ++at) {
            if (std::equal(form.begin(), form.end(), words.begin() + static_cast<long>(at))) {
                return true;
            }
        }
    }
    return false;
}

}  // namespace steward::domain
