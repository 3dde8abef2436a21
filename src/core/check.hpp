// STEWARD_CHECK: guards invariants (never input). A failed check is a bug: it logs and aborts.
#pragma once

namespace steward::core {
[[noreturn]] void CheckFailed(const char* expression, const char* file, int line);
}  // namespace steward::core

#define STEWARD_CHECK(condition)                                           \
    do {                                                                   \
        if (!(condition)) {                                                \
            ::steward::core::CheckFailed(#condition, __FILE__, __LINE__); \
        }                                                                  \
    } while (false)
