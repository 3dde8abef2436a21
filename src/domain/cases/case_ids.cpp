#include "domain/cases/case_ids.hpp"

#include "security/tokens.hpp"

namespace steward::domain {

std::string NewCaseRecordId(std::string_view prefix) {
    // 20 base64url characters carry 120 random bits: no collision in a school's lifetime.
    return std::string(prefix) + "-" + security::GenerateToken().substr(0, 20);
}

}  // namespace steward::domain
