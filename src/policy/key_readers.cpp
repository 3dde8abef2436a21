// Scalar readers and message helpers for pack values; every message names the key and says what
// to write instead (STYLE.md section 5, rule 7).
#include "policy/key_readers.hpp"

#include <limits>

#include "policy/text_formats.hpp"

namespace steward::policy {
namespace {

std::string Quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

// "posts.approver_roles" or "each item of posts.approver_roles", the subject of a message.
std::string Subject(const KeySpec& spec, bool in_list) {
    return in_list ? "each item of " + spec.path : spec.path;
}

void ReportWrongType(const toml::node& node, const KeySpec& spec, ReadContext& context,
                     bool in_list, std::string_view expected) {
    context.Report(node, spec.path,
                   Subject(spec, in_list) + " must be " + std::string(expected) + ", not " +
                       std::string(NodeTypeName(node)) + "; write it like " + ExampleValue(spec) +
                       ".");
}

std::string RangeText(const KeySpec& spec) {
    if (spec.max_value == std::numeric_limits<int>::max()) {
        return "at least " + std::to_string(spec.min_value);
    }
    return "between " + std::to_string(spec.min_value) + " and " + std::to_string(spec.max_value);
}

// Checks a string value against the key's format; returns "" or the problem.
std::string CheckText(const KeySpec& spec, bool in_list, const std::string& value) {
    const std::string subject = Subject(spec, in_list);
    if (spec.kind == ValueKind::kDate && !value.empty() && !IsIsoDate(value)) {
        return subject + " is " + Quoted(value) +
               ", which is not a date; use YYYY-MM-DD (e.g. \"2024-09-01\"), or \"\" for no date.";
    }
    if (spec.kind == ValueKind::kTime && !IsTimeOfDay(value)) {
        return subject + " is " + Quoted(value) +
               ", which is not a time; use 24-hour HH:MM (e.g. \"17:00\").";
    }
    if (spec.kind == ValueKind::kString && !spec.allowed.empty()) {
        for (std::string_view allowed : spec.allowed) {
            if (allowed == value) return "";
        }
        return subject + " has " + Quoted(value) +
               ", which is not allowed; use one of: " + JoinNames(spec.allowed) + ".";
    }
    if (spec.text_check) return spec.text_check(value);
    return "";
}

}  // namespace

void ReadContext::Report(const toml::node& node, std::string_view key, std::string message) {
    ReportAt(node.source(), key, std::move(message));
}

void ReadContext::ReportAt(const toml::source_region& where, std::string_view key,
                           std::string message) {
    const int line = where.begin.line > 0 ? static_cast<int>(where.begin.line) : 1;
    problems.push_back(PolicyProblem{std::string(file), line, static_cast<int>(where.begin.column),
                                     std::string(key), std::move(message)});
}

std::string_view NodeTypeName(const toml::node& node) {
    switch (node.type()) {
        case toml::node_type::table:
            return "a table";
        case toml::node_type::array:
            return "a list";
        case toml::node_type::string:
            return "a string";
        case toml::node_type::integer:
            return "a whole number";
        case toml::node_type::floating_point:
            return "a decimal number";
        case toml::node_type::boolean:
            return "true/false";
        case toml::node_type::date:
            return "a bare date";
        case toml::node_type::time:
            return "a bare time";
        case toml::node_type::date_time:
            return "a date-time";
        case toml::node_type::none:
            break;
    }
    return "nothing";
}

std::string ExampleValue(const KeySpec& spec) {
    const std::string first = spec.allowed.empty() ? "" : std::string(spec.allowed.front());
    switch (spec.kind) {
        case ValueKind::kBool:
            return "true";
        case ValueKind::kInt:
            return std::to_string(spec.min_value);
        case ValueKind::kString:
            return spec.allowed.empty() ? "\"text\"" : Quoted(first);
        case ValueKind::kDate:
            return "\"2024-09-01\"";
        case ValueKind::kTime:
            return "\"17:00\"";
        case ValueKind::kStringList:
            return "[\"text\"]";
        case ValueKind::kEnum:
            return Quoted(first);
        case ValueKind::kEnumList:
            return "[" + Quoted(first) + "]";
        case ValueKind::kRole:
            return "\"headteacher\"";
        case ValueKind::kRoleList:
            return "[\"headteacher\"]";
    }
    return "\"text\"";
}

std::string JoinNames(const std::vector<std::string_view>& names, std::size_t limit) {
    std::string joined;
    for (std::size_t index = 0; index < names.size() && index < limit; ++index) {
        if (index > 0) joined += ", ";
        joined += names[index];
    }
    if (names.size() > limit) {
        joined += ", ... and " + std::to_string(names.size() - limit) + " more";
    }
    return joined;
}

bool ReadScalar(const toml::node& node, const KeySpec& spec, ReadContext& context, bool in_list,
                bool& out) {
    const auto* value = node.as_boolean();
    if (value == nullptr) {
        ReportWrongType(node, spec, context, in_list, "true or false");
        return false;
    }
    out = value->get();
    return true;
}

bool ReadScalar(const toml::node& node, const KeySpec& spec, ReadContext& context, bool in_list,
                int& out) {
    const auto* value = node.as_integer();
    if (value == nullptr) {
        ReportWrongType(node, spec, context, in_list, "a whole number");
        return false;
    }
    const std::int64_t number = value->get();
    if (number < spec.min_value || number > spec.max_value) {
        context.Report(node, spec.path,
                       Subject(spec, in_list) + " is " + std::to_string(number) + " but must be " +
                           RangeText(spec) + ".");
        return false;
    }
    out = static_cast<int>(number);
    return true;
}

bool ReadScalar(const toml::node& node, const KeySpec& spec, ReadContext& context, bool in_list,
                std::string& out) {
    const auto* value = node.as_string();
    if (value == nullptr) {
        ReportWrongType(node, spec, context, in_list, "a quoted string");
        return false;
    }
    // Enum kinds check their names in the enum reader; only plain strings are checked here.
    if (spec.kind != ValueKind::kEnum && spec.kind != ValueKind::kEnumList) {
        const std::string problem = CheckText(spec, in_list, value->get());
        if (!problem.empty()) {
            context.Report(node, spec.path, problem);
            return false;
        }
    }
    out = value->get();
    return true;
}

bool ReadScalar(const toml::node& node, const KeySpec& spec, ReadContext& context, bool in_list,
                Role& out) {
    const auto* value = node.as_string();
    if (value == nullptr) {
        ReportWrongType(node, spec, context, in_list, "a quoted role key");
        return false;
    }
    const std::string& name = value->get();
    const std::optional<Role> role = ParseRole(name);
    bool allowed = role && IsCanonical(*role);
    for (std::string_view special : spec.allowed) allowed = allowed || special == name;
    if (!allowed) {
        std::vector<std::string_view> names(EnumTraits<Role>::kNames.begin(),
                                            EnumTraits<Role>::kNames.begin() + kCanonicalRoleCount);
        names.insert(names.end(), spec.allowed.begin(), spec.allowed.end());
        context.Report(node, spec.path,
                       Subject(spec, in_list) + " has \"" + name +
                           "\", which is not a role key allowed here; use one of: " +
                           JoinNames(names, names.size()) + ".");
        return false;
    }
    out = *role;
    return true;
}

}  // namespace steward::policy
