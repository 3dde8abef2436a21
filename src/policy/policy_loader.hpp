// Loads and validates a policy pack (TOML, policies/SCHEMA.md v1.0) into a PolicyPack, collecting
// every problem with its line. Entry points: LoadPolicyPackFile() for the server and commands,
// CheckPolicyPack() for `steward policy check`. Functions here are thread-safe.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "policy/policy_pack.hpp"

namespace steward::policy {

// One thing to fix in a pack file.
struct PolicyProblem {
    std::string file;     // file name as given, e.g. "policies/clarendon.toml"
    int line = 0;         // 1-based line in the file
    int column = 0;       // 1-based column, 0 when not known
    std::string key;      // dotted key path, "" for TOML syntax errors
    std::string message;  // one sentence saying what to fix

    // Returns "file:line: message".
    std::string ToString() const;
};

// The outcome of checking one pack: every problem found, the keys the file omitted (they took
// their schema default), and the loaded pack when there were no problems.
struct PolicyCheckReport {
    std::string file;
    std::vector<PolicyProblem> problems;      // in file order
    std::vector<std::string> defaulted_keys;  // omitted keys, in schema order
    std::optional<PolicyPack> pack;           // set only if problems is empty

    bool ok() const { return problems.empty(); }
};

// Parses `toml_text` and validates it against the schema: TOML syntax, unknown keys (with the
// nearest known key suggested), types, allowed values, ranges, required keys, meta.school_id
// equal to the stem of `file_name` (skipped if `file_name` is empty), and every referenced role
// listed in roles.present (ORG-07). Never throws; never fails as a call: problems are in the
// report.
PolicyCheckReport CheckPolicyPack(std::string_view toml_text, std::string_view file_name);

// Reads `path` and checks it as above. Returns kNotFound if the file does not exist and
// kUnavailable if it cannot be read; an invalid pack is a report with problems, not an error.
core::Result<PolicyCheckReport> CheckPolicyPackFile(const std::filesystem::path& path);

// Returns the pack, or kInvalidInput whose message summarises the problems ("clarendon.toml has 2
// problems: line 12: ...") and whose `where` is the first problem's "file line N".
core::Result<PolicyPack> LoadPolicyPack(std::string_view toml_text, std::string_view file_name);

// Reads and loads `path`: kNotFound, kUnavailable or kInvalidInput as described above.
core::Result<PolicyPack> LoadPolicyPackFile(const std::filesystem::path& path);

}  // namespace steward::policy
