#include "cli/command.hpp"

#include <cstdio>
#include <exception>

namespace steward::cli {

int ExitCodeFor(core::ErrorCode code) {
    using core::ErrorCode;
    switch (code) {
        case ErrorCode::kInvalidInput:
        case ErrorCode::kNotFound:
        case ErrorCode::kAlreadyExists:
        case ErrorCode::kConflict:
        case ErrorCode::kFailedPrecondition:
        case ErrorCode::kPermissionDenied:
        case ErrorCode::kUnauthenticated:
        case ErrorCode::kUnsupportedMediaType: return 1;
        case ErrorCode::kUnavailable: return 3;
        case ErrorCode::kInternal: return 70;
    }
    return 70;
}

int ReportError(const core::Error& error) {
    std::fprintf(stderr, "steward: %s\n", error.ToString().c_str());
    return ExitCodeFor(error.code);
}

void SetCommand(CLI::App* command, std::function<core::Status()> body) {
    command->callback([body = std::move(body)] {
        core::Status status = [&]() -> core::Status {
            try {
                return body();
            } catch (const std::exception& e) {
                return core::Error{core::ErrorCode::kInternal,
                                   std::string("Unexpected failure: ") + e.what()};
            }
        }();
        if (!status) throw CLI::RuntimeError(ReportError(status.error()));
    });
}

}  // namespace steward::cli
