// Unknown-key detection: a typo in a pack must never pass silently (SCHEMA.md "Conventions").
#include "policy/unknown_keys.hpp"

#include <algorithm>
#include <vector>

#include "policy/key_readers.hpp"

namespace steward::policy {
namespace {

// Levenshtein distance, two rows; keys are short (< 80 characters).
std::size_t EditDistance(std::string_view left, std::string_view right) {
    std::vector<std::size_t> previous(right.size() + 1);
    std::vector<std::size_t> current(right.size() + 1);
    for (std::size_t column = 0; column <= right.size(); ++column) previous[column] = column;
    for (std::size_t row = 1; row <= left.size(); ++row) {
        current[0] = row;
        for (std::size_t column = 1; column <= right.size(); ++column) {
            const std::size_t substitution =
                previous[column - 1] + (left[row - 1] == right[column - 1] ? 0 : 1);
            const std::size_t insertion_or_deletion =
                std::min(previous[column], current[column - 1]) + 1;
            current[column] = std::min(insertion_or_deletion, substitution);
        }
        std::swap(previous, current);
    }
    return previous[right.size()];
}

std::string_view LastPart(std::string_view path) {
    const std::size_t dot = path.rfind('.');
    return dot == std::string_view::npos ? path : path.substr(dot + 1);
}

std::vector<std::string_view> CanonicalRoleNames() {
    return {EnumTraits<Role>::kNames.begin(),
            EnumTraits<Role>::kNames.begin() + kCanonicalRoleCount};
}

void ReportUnknown(const toml::key& key, const std::string& prefix, const std::string& path,
                   ReadContext& context) {
    if (prefix == "roles.titles") {
        context.ReportAt(key.source(), path,
                         path + " is not a canonical role; use one of: " +
                             JoinNames(CanonicalRoleNames(), kCanonicalRoleCount) + ".");
        return;
    }
    if (prefix == "incidents.routes" || prefix == "incidents.route_policies") {
        const auto& names = EnumTraits<IncidentType>::kNames;
        context.ReportAt(key.source(), path,
                         path + " is not an incident type; use one of: " +
                             JoinNames({names.begin(), names.end()}, names.size()) + ".");
        return;
    }
    std::optional<std::string> nearest;
    if (context.suggestions_left > 0 && path.size() <= 120) {
        --context.suggestions_left;
        nearest = NearestKnownPath(path);
    }
    std::string message = path + " is not a key of the policy schema; ";
    message += nearest ? "did you mean " + *nearest + "?"
                       : "remove it or check its spelling against policies/SCHEMA.md.";
    context.ReportAt(key.source(), path, std::move(message));
}

void CheckTable(const toml::table& table, const std::string& prefix, ReadContext& context) {
    for (const auto& [key, node] : table) {
        const std::string segment(key.str());
        const std::string path = prefix.empty() ? segment : prefix + "." + segment;
        // A quoted key such as "posts.approver_roles" = ... is one key containing dots, never
        // the dotted path it looks like.
        const bool quoted_dots = segment.find('.') != std::string::npos;
        if (!quoted_dots && FindKeySpec(path) != nullptr) continue;  // value checked when read
        if (!quoted_dots && IsSchemaTable(path)) {
            if (const toml::table* sub = node.as_table()) {
                CheckTable(*sub, path, context);
            } else {
                context.Report(node, path,
                               path + " must be a table ([" + path + "]), not " +
                                   std::string(NodeTypeName(node)) + ".");
            }
            continue;
        }
        ReportUnknown(key, prefix, path, context);
    }
}

}  // namespace

void CheckUnknownKeys(const toml::table& root, ReadContext& context) {
    CheckTable(root, "", context);
}

std::optional<std::string> NearestKnownPath(std::string_view path) {
    const std::size_t tolerance = std::max<std::size_t>(2, path.size() / 5);
    const std::string* best = nullptr;
    std::size_t best_distance = tolerance + 1;
    for (const std::string& known : KnownPaths()) {
        // The distance is at least the difference in length: skip hopeless candidates cheaply.
        const std::size_t longer = std::max(known.size(), path.size());
        const std::size_t shorter = std::min(known.size(), path.size());
        if (longer - shorter >= best_distance) continue;
        const std::size_t distance = EditDistance(path, known);
        if (distance < best_distance) {
            best = &known;
            best_distance = distance;
        }
    }
    if (best != nullptr) return *best;
    // The right key in the wrong table, e.g. monitoring.approver_roles -> posts.approver_roles.
    for (const std::string& known : KnownPaths()) {
        if (LastPart(known) == LastPart(path)) return known;
    }
    return std::nullopt;
}

}  // namespace steward::policy
