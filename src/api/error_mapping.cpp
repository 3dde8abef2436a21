#include "api/error_mapping.hpp"

#include <boost/json.hpp>

namespace steward::api {
namespace {

std::string ErrorBody(std::string_view code, std::string_view message, std::string_view where) {
    boost::json::object error{{"code", code}, {"message", message}};
    if (!where.empty()) error["where"] = where;
    return boost::json::serialize(boost::json::object{{"error", std::move(error)}});
}

}  // namespace

int HttpStatusFor(core::ErrorCode code) {
    using core::ErrorCode;
    switch (code) {
        case ErrorCode::kInvalidInput:
            return 400;
        case ErrorCode::kUnauthenticated:
            return 401;
        case ErrorCode::kPermissionDenied:
            return 403;
        case ErrorCode::kNotFound:
            return 404;
        case ErrorCode::kAlreadyExists:
        case ErrorCode::kConflict:
            return 409;
        case ErrorCode::kFailedPrecondition:
            return 422;
        case ErrorCode::kUnsupportedMediaType:
            return 415;
        case ErrorCode::kUnavailable:
            return 503;
        case ErrorCode::kInternal:
            return 500;
    }
    return 500;
}

Response ErrorResponse(const core::Error& error) {
    return Response::Json(HttpStatusFor(error.code),
                          ErrorBody(core::ErrorCodeName(error.code), error.message, error.where));
}

Response ProtocolErrorResponse(int status, std::string_view code, std::string_view message) {
    return Response::Json(status, ErrorBody(code, message, ""));
}

}  // namespace steward::api
