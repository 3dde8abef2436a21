#include "core/result.hpp"

#include <cstdio>
#include <cstdlib>

namespace steward::core {

std::string_view ErrorCodeName(ErrorCode code) {
    switch (code) {
        case ErrorCode::kInvalidInput: return "invalid_input";
        case ErrorCode::kNotFound: return "not_found";
        case ErrorCode::kAlreadyExists: return "already_exists";
        case ErrorCode::kConflict: return "conflict";
        case ErrorCode::kFailedPrecondition: return "failed_precondition";
        case ErrorCode::kPermissionDenied: return "permission_denied";
        case ErrorCode::kUnauthenticated: return "unauthenticated";
        case ErrorCode::kUnsupportedMediaType: return "unsupported_media_type";
        case ErrorCode::kUnavailable: return "unavailable";
        case ErrorCode::kInternal: return "internal";
    }
    return "internal";
}

std::string Error::ToString() const {
    if (where.empty()) return message;
    return where + ": " + message;
}

void CheckFailed(const char* expression, const char* file, int line) {
    std::fprintf(stderr, "STEWARD_CHECK failed: %s at %s:%d\n", expression, file, line);
    std::abort();
}

}  // namespace steward::core
