// Loading a pack: size and nesting preflight, toml++ parse (its exception becomes a problem here,
// STYLE.md section 5 rule 4), unknown keys, one read per schema row, then the cross-key checks.
#include "policy/policy_loader.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "policy/cross_checks.hpp"
#include "policy/schema.hpp"
#include "policy/text_formats.hpp"
#include "policy/unknown_keys.hpp"

namespace steward::policy {
namespace {

// A real pack is about 25 KB; anything far larger is the wrong file, and bounding the size and
// the depth of dotted keys keeps toml++ (whose tables nest recursively) away from deep recursion.
constexpr std::size_t kMaxPackBytes = 1 << 20;
constexpr int kMaxKeyDots = 16;
constexpr std::size_t kMaxProblems = 200;

// Returns the first line whose key part (before '=' or a header's ']') has more than
// kMaxKeyDots dots outside quotes, or 0.
int FirstOverDeepLine(std::string_view text) {
    int line = 1;
    int dots = 0;
    bool in_key = true;
    char quote = 0;
    for (char c : text) {
        if (c == '\n') {
            ++line;
            dots = 0;
            in_key = true;
            quote = 0;
            continue;
        }
        if (!in_key) continue;
        if (quote != 0) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '=' || c == '#') {
            in_key = false;
        } else if (c == '.' && ++dots > kMaxKeyDots) {
            return line;
        }
    }
    return 0;
}

std::optional<PolicyProblem> Preflight(std::string_view text, std::string_view file) {
    if (text.size() > kMaxPackBytes) {
        return PolicyProblem{std::string(file), 1, 0, "",
                             "The file is larger than 1 MiB, far beyond a policy pack (about 25 "
                             "KB); check that this is the right file."};
    }
    if (const int line = FirstOverDeepLine(text); line != 0) {
        return PolicyProblem{std::string(file), line, 0, "",
                             "This line nests keys more than 16 levels deep; policy pack keys "
                             "have at most 3 parts (e.g. incidents.routes.parent_breach)."};
    }
    return std::nullopt;
}

// Returns the node at `path`, or nullptr. `blocked` is set when a parent is not a table (the
// unknown-key pass has already reported it), `parent` to the deepest table reached.
const toml::node* FindNode(const toml::table& root, std::string_view path, bool& blocked,
                           const toml::table*& parent) {
    const toml::table* table = &root;
    blocked = false;
    while (true) {
        parent = table;
        const std::size_t dot = path.find('.');
        const toml::node* node = table->get(path.substr(0, dot));
        if (dot == std::string_view::npos || node == nullptr) return node;
        table = node->as_table();
        if (table == nullptr) {
            blocked = true;
            return nullptr;
        }
        path.remove_prefix(dot + 1);
    }
}

std::string SectionOf(const std::string& path) { return path.substr(0, path.rfind('.')); }

// Reads every schema key: present ones are validated and stored, omitted ones take their default
// (required ones are reported). Returns the omitted paths, in schema order.
std::vector<std::string> ReadKeys(const toml::table& root, ReadContext& context) {
    std::vector<std::string> omitted;
    for (const KeySpec& spec : Schema()) {
        bool blocked = false;
        const toml::table* parent = nullptr;
        const toml::node* node = FindNode(root, spec.path, blocked, parent);
        if (node != nullptr) {
            spec.read(*node, spec, context);
            continue;
        }
        spec.apply_default(context.pack);
        if (blocked) continue;
        if (spec.required) {
            context.ReportAt(parent->source(), spec.path,
                             spec.path + " is missing; add it under [" + SectionOf(spec.path) +
                                 "] (it has no default).");
            continue;
        }
        omitted.push_back(spec.path);
    }
    return omitted;
}

// Req: SCHEMA.md "computed": an omitted next_review_due is last_reviewed_on + interval.
void ComputeDerived(PolicyPack& pack, const std::vector<std::string>& omitted) {
    if (std::find(omitted.begin(), omitted.end(), "policy.next_review_due") == omitted.end()) {
        return;
    }
    const auto due = AddMonths(pack.policy.last_reviewed_on, pack.policy.review_interval_months);
    pack.policy.next_review_due = due.value_or("");
}

std::string Summary(const PolicyCheckReport& report) {
    const std::size_t count = report.problems.size();
    std::string message = std::filesystem::path(report.file).filename().string() + " has " +
                          std::to_string(count) + (count == 1 ? " problem: " : " problems: ");
    for (std::size_t index = 0; index < count && index < 5; ++index) {
        const PolicyProblem& problem = report.problems[index];
        if (index > 0) message += "; ";
        message += "line " + std::to_string(problem.line) + ": " + problem.message;
    }
    if (count > 5) message += "; and " + std::to_string(count - 5) + " more";
    return message;
}

core::Result<std::string> ReadFile(const std::filesystem::path& path) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
        return core::Error{core::ErrorCode::kNotFound,
                           "The policy pack file does not exist; check the path.", path.string()};
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in.good() && !in.eof()) {
        return core::Error{core::ErrorCode::kUnavailable,
                           "The policy pack file could not be read; check its permissions.",
                           path.string()};
    }
    return text.str();
}

}  // namespace

std::string PolicyProblem::ToString() const {
    return file + ":" + std::to_string(line) + ": " + message;
}

PolicyCheckReport CheckPolicyPack(std::string_view toml_text, std::string_view file_name) {
    PolicyCheckReport report;
    report.file = std::string(file_name);
    if (auto problem = Preflight(toml_text, file_name)) {
        report.problems.push_back(std::move(*problem));
        return report;
    }
    toml::table root;
    try {
        root = toml::parse(toml_text, file_name);
    } catch (const toml::parse_error& error) {
        const auto& begin = error.source().begin;
        report.problems.push_back(
            PolicyProblem{report.file, begin.line > 0 ? static_cast<int>(begin.line) : 1,
                          static_cast<int>(begin.column), "",
                          "The file is not valid TOML: " + std::string(error.description()) + "."});
        return report;
    }
    PolicyPack pack;
    ReadContext context{pack, report.problems, file_name};
    CheckUnknownKeys(root, context);
    report.defaulted_keys = ReadKeys(root, context);
    ComputeDerived(pack, report.defaulted_keys);
    CheckSchoolId(root, file_name, context);
    CheckRolesPresent(root, context);
    std::stable_sort(
        report.problems.begin(), report.problems.end(),
        [](const PolicyProblem& a, const PolicyProblem& b) { return a.line < b.line; });
    if (report.problems.size() > kMaxProblems) report.problems.resize(kMaxProblems);
    if (report.problems.empty()) {
        pack.omitted_keys = report.defaulted_keys;
        report.pack = std::move(pack);
    }
    return report;
}

core::Result<PolicyCheckReport> CheckPolicyPackFile(const std::filesystem::path& path) {
    auto text = ReadFile(path);
    if (!text) return text.error();
    return CheckPolicyPack(*text, path.string());
}

core::Result<PolicyPack> LoadPolicyPack(std::string_view toml_text, std::string_view file_name) {
    PolicyCheckReport report = CheckPolicyPack(toml_text, file_name);
    if (report.pack) return std::move(*report.pack);
    const PolicyProblem& first = report.problems.front();
    return core::Error{core::ErrorCode::kInvalidInput, Summary(report),
                       first.file + " line " + std::to_string(first.line)};
}

core::Result<PolicyPack> LoadPolicyPackFile(const std::filesystem::path& path) {
    auto text = ReadFile(path);
    if (!text) return text.error();
    return LoadPolicyPack(*text, path.string());
}

}  // namespace steward::policy
