// Row accessors.
#include "store/sql/connection.hpp"

#include <charconv>

namespace steward::store::sql {

bool Row::IsNull(size_t column) const {
    return std::holds_alternative<std::monostate>(values_.at(column));
}

int64_t Row::Int(size_t column) const {
    const Value& value = values_.at(column);
    if (const auto* number = std::get_if<int64_t>(&value)) return *number;
    if (const auto* text = std::get_if<std::string>(&value)) {
        int64_t parsed = 0;
        std::from_chars(text->data(), text->data() + text->size(), parsed);
        return parsed;
    }
    return 0;
}

std::string Row::Text(size_t column) const {
    const Value& value = values_.at(column);
    if (const auto* text = std::get_if<std::string>(&value)) return *text;
    if (const auto* number = std::get_if<int64_t>(&value)) return std::to_string(*number);
    return {};
}

}  // namespace steward::store::sql
