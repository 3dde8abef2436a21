// The shared 400 answer of the CSV imports.
#include "api/handlers/rows_refused.hpp"

#include <boost/json.hpp>
#include <cctype>
#include <string>
#include <string_view>

#include "api/handlers/school_access.hpp"

namespace steward::api {

namespace json = boost::json;

namespace {

// Splits formats::RowProblems' message ("N rows need fixing; nothing was imported: line 4: ...;
// line 9: ...") into {line, message} rows.
json::array BadRows(std::string_view message) {
    json::array rows;
    std::size_t at = message.find(": line ");
    if (at == std::string_view::npos) return rows;
    at += 2;
    while (at < message.size() && message.substr(at, 5) == "line ") {
        std::size_t digits_end = at + 5;
        while (digits_end < message.size() &&
               std::isdigit(static_cast<unsigned char>(message[digits_end]))) {
            ++digits_end;
        }
        const std::string_view number = message.substr(at + 5, digits_end - at - 5);
        if (number.empty() || message.substr(digits_end, 2) != ": ") break;
        const std::size_t end = message.find("; line ", digits_end);
        std::string_view text =
            message.substr(digits_end + 2, end == std::string_view::npos ? std::string_view::npos
                                                                         : end - digits_end - 2);
        if (end == std::string_view::npos && !text.empty() && text.back() == '.') {
            text.remove_suffix(1);
        }
        if (const auto more = text.find("; and more"); more != std::string_view::npos) {
            text = text.substr(0, more);
        }
        rows.push_back(json::object{{"line", std::stoi(std::string(number))}, {"message", text}});
        if (end == std::string_view::npos) break;
        at = end + 2;
    }
    return rows;
}

}  // namespace

Response RowsRefused(const core::Error& error) {
    json::object detail{{"code", "invalid_input"},
                        {"message", error.message},
                        {"where", error.where},
                        {"rows", BadRows(error.message)}};
    return JsonResponse(400, json::object{{"error", std::move(detail)}});
}

}  // namespace steward::api
