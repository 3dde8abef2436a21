// Non-throwing field access: STYLE.md section 5 rule 4 keeps Boost.JSON's exceptions out.
#include "formats/json_fields.hpp"

namespace steward::formats {
namespace {

core::Error WrongType(std::string_view key, const std::string& where, std::string_view expected) {
    return core::Error{core::ErrorCode::kInvalidInput,
                       "Field \"" + std::string(key) + "\" must be " + std::string(expected) + ".",
                       where + ", field " + std::string(key)};
}

}  // namespace

core::Result<std::string> StringField(const boost::json::object& object, std::string_view key,
                                      const std::string& where) {
    const boost::json::value* value = object.if_contains(key);
    if (value == nullptr || value->is_null()) return std::string();
    if (!value->is_string()) return WrongType(key, where, "a string");
    return std::string(value->get_string());
}

core::Result<std::string> RequiredString(const boost::json::object& object, std::string_view key,
                                         const std::string& where) {
    const boost::json::value* value = object.if_contains(key);
    if (value == nullptr || !value->is_string()) return WrongType(key, where, "a string");
    return std::string(value->get_string());
}

core::Result<std::vector<std::string>> StringList(const boost::json::object& object,
                                                  std::string_view key, const std::string& where) {
    std::vector<std::string> out;
    const boost::json::value* value = object.if_contains(key);
    if (value == nullptr || value->is_null()) return out;
    if (!value->is_array()) return WrongType(key, where, "a list of strings");
    for (const boost::json::value& item : value->get_array()) {
        if (!item.is_string()) return WrongType(key, where, "a list of strings");
        out.emplace_back(item.get_string());
    }
    return out;
}

}  // namespace steward::formats
