// Cross-key checks: tenant id against file name, and ORG-07 role presence.
#include "policy/cross_checks.hpp"

#include <algorithm>
#include <filesystem>
#include <string>

namespace steward::policy {
namespace {

const toml::node* NodeAt(const toml::table& root, std::string_view path) {
    return root.at_path(path).node();
}

// The item of a role list spelled `role`, so the problem points at its own line.
const toml::node* ItemFor(const toml::node& list, Role role) {
    if (const toml::array* array = list.as_array()) {
        for (const toml::node& item : *array) {
            const auto* text = item.as_string();
            if (text != nullptr && text->get() == RoleKey(role)) return &item;
        }
    }
    return &list;
}

}  // namespace

void CheckSchoolId(const toml::table& root, std::string_view file_name, ReadContext& context) {
    if (file_name.empty()) return;
    const std::filesystem::path file(file_name);
    const std::string stem = file.stem().string();
    const toml::node* node = NodeAt(root, "meta.school_id");
    if (node == nullptr || !node->is_string()) return;
    const std::string& id = node->as_string()->get();
    if (id == stem) return;
    context.Report(*node, "meta.school_id",
                   "meta.school_id is \"" + id + "\" but the file is named " +
                       file.filename().string() + "; set school_id = \"" + stem +
                       "\" or rename the file to " + id + ".toml.");
}

void CheckRolesPresent(const toml::table& root, ReadContext& context) {
    const toml::node* present_node = NodeAt(root, "roles.present");
    if (present_node == nullptr) return;
    const auto had_problem = [&context](std::string_view key) {
        return std::any_of(context.problems.begin(), context.problems.end(),
                           [key](const PolicyProblem& problem) { return problem.key == key; });
    };
    if (had_problem("roles.present")) return;
    for (const KeySpec& spec : Schema()) {
        // A key with its own problem holds no value worth checking.
        if (spec.path == "roles.present" || had_problem(spec.path)) continue;
        for (Role role : spec.referenced_roles(context.pack)) {
            if (IsRolePresent(context.pack.roles, role)) continue;
            const std::string key(RoleKey(role));
            if (const toml::node* node = NodeAt(root, spec.path)) {
                context.Report(*ItemFor(*node, role), spec.path,
                               spec.path + " refers to role \"" + key +
                                   "\", which roles.present does not list; add \"" + key +
                                   "\" to roles.present or choose a listed role.");
            } else {
                context.Report(*present_node, spec.path,
                               spec.path + " is omitted and defaults to \"" + key +
                                   "\", which roles.present does not list; add \"" + key +
                                   "\" to roles.present or set " + spec.path + ".");
            }
        }
    }
}

}  // namespace steward::policy
