// Readers that turn one toml++ node into a typed pack value, checking type, allowed values and
// range against its KeySpec and reporting a one-sentence problem otherwise. Internal to policy.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "policy/schema.hpp"

namespace steward::policy {

// Returns "a string", "an integer", "a table", ... for messages.
std::string_view NodeTypeName(const toml::node& node);

// Returns how a correct value of `spec` is written, e.g. `["headteacher"]`.
std::string ExampleValue(const KeySpec& spec);

// Returns "a, b, c" (or "a, b, ... and 14 more" past `limit`).
std::string JoinNames(const std::vector<std::string_view>& names, std::size_t limit = 20);

// Scalar readers: return true and set `out`, or report a problem and return false.
// `in_list` words messages for an item of a list key.
bool ReadScalar(const toml::node& node, const KeySpec& spec, ReadContext& context, bool in_list,
                bool& out);
bool ReadScalar(const toml::node& node, const KeySpec& spec, ReadContext& context, bool in_list,
                int& out);
bool ReadScalar(const toml::node& node, const KeySpec& spec, ReadContext& context, bool in_list,
                std::string& out);
bool ReadScalar(const toml::node& node, const KeySpec& spec, ReadContext& context, bool in_list,
                Role& out);

// Reads the pack spelling of an enum; the allowed names are spec.allowed.
template <class E>
requires std::is_enum_v<E>
bool ReadScalar(const toml::node& node, const KeySpec& spec, ReadContext& context, bool in_list,
                E& out) {
    std::string name;
    if (!ReadScalar(node, spec, context, in_list, name)) return false;
    const auto value = ParseEnum<E>(name);
    if (!value) {
        context.Report(node, spec.path,
                       spec.path + " has \"" + name + "\", which is not allowed; use one of: " +
                           JoinNames(spec.allowed) + ".");
        return false;
    }
    out = *value;
    return true;
}

// Reads any scalar kind at the top level of a key.
template <class T>
bool ReadValue(const toml::node& node, const KeySpec& spec, ReadContext& context, T& out) {
    return ReadScalar(node, spec, context, /*in_list=*/false, out);
}

// Reads a list: the node must be an array, each item a valid scalar; problems are per item.
template <class T>
bool ReadValue(const toml::node& node, const KeySpec& spec, ReadContext& context,
               std::vector<T>& out) {
    const toml::array* array = node.as_array();
    if (array == nullptr) {
        context.Report(node, spec.path,
                       spec.path + " must be a list, not " + std::string(NodeTypeName(node)) +
                           "; write it like " + ExampleValue(spec) + ".");
        return false;
    }
    if (spec.non_empty && array->empty()) {
        context.Report(
            node, spec.path,
            spec.path + " must name at least one value; write it like " + ExampleValue(spec) + ".");
        return false;
    }
    std::vector<T> values;
    bool all_valid = true;
    for (const toml::node& item : *array) {
        T value{};
        if (ReadScalar(item, spec, context, /*in_list=*/true, value)) {
            values.push_back(std::move(value));
        } else {
            all_valid = false;
        }
    }
    if (all_valid) out = std::move(values);
    return all_valid;
}

}  // namespace steward::policy
