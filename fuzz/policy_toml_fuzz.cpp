// Fuzzes the policy-pack loader: any bytes must yield a report (or a pack), never a crash, hang
// or uncaught exception. Entry point: CheckPolicyPack / LoadPolicyPack (policy/policy_loader.hpp).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "policy/policy_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const steward::policy::PolicyCheckReport report =
        steward::policy::CheckPolicyPack(text, "clarendon.toml");
    // A report is valid exactly when it carries a pack.
    if (report.ok() != report.pack.has_value()) __builtin_trap();
    for (const auto& problem : report.problems) {
        if (problem.line < 1 || problem.message.empty()) __builtin_trap();
    }
    const auto pack = steward::policy::LoadPolicyPack(text, "");
    if (pack.has_value() == false && pack.error().message.empty()) __builtin_trap();
    return 0;
}
