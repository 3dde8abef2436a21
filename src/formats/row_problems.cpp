// Collected errors for all-or-nothing imports.
#include "formats/row_problems.hpp"

#include <cctype>

#include "formats/csv_reader.hpp"

namespace steward::formats {

void RowProblems::Add(int line, std::string message) {
    problems_.push_back({line, std::move(message)});
}

core::Error RowProblems::ToError() const {
    constexpr std::size_t kMaxListed = 50;
    std::string where = source_ + (problems_.size() == 1 ? " line " : " lines ");
    std::string message = std::to_string(problems_.size()) +
                          (problems_.size() == 1 ? " row needs fixing" : " rows need fixing") +
                          "; nothing was imported: ";
    for (std::size_t index = 0; index < problems_.size() && index < kMaxListed; ++index) {
        if (index > 0) {
            where += ", ";
            message += "; ";
        }
        where += std::to_string(problems_[index].line);
        message += "line " + std::to_string(problems_[index].line) + ": " + problems_[index].message;
    }
    if (problems_.size() > kMaxListed) message += "; and more";
    return core::Error{core::ErrorCode::kInvalidInput, message + ".", where};
}

std::optional<bool> ParseFlag(std::string_view text, bool empty_value) {
    std::string lower(Trim(text));
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower.empty()) return empty_value;
    if (lower == "true" || lower == "yes" || lower == "y" || lower == "1") return true;
    if (lower == "false" || lower == "no" || lower == "n" || lower == "0") return false;
    return std::nullopt;
}

}  // namespace steward::formats
