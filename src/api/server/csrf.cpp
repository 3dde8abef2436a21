#include "api/server/csrf.hpp"

#include "security/tokens.hpp"

namespace steward::api {

bool NeedsCsrfToken(const Request& request) {
    return IsStateChanging(request.method) && request.path.rfind("/api/", 0) == 0;
}

core::Status CheckCsrfToken(const Request& request, const Principal& principal) {
    const auto token = request.Header(kCsrfHeaderName);
    const bool matches = token.has_value() && security::IsWellFormedToken(*token) &&
                         !principal.csrf_token_hash.empty() &&
                         security::TokenMatchesHash(*token, principal.csrf_token_hash);
    if (matches) return core::OkStatus();
    return core::Error{core::ErrorCode::kPermissionDenied,
                       "This request was refused because its security token is missing or out "
                       "of date; reload the page and try again.",
                       "X-CSRF-Token header"};
}

}  // namespace steward::api
