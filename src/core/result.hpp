// Result<T> and Status: how every fallible function in Steward reports failure (STYLE.md section 5).
// Method names follow std::expected so that the move to C++23 is a rename.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "core/check.hpp"

namespace steward::core {

enum class ErrorCode {
    kInvalidInput,
    kNotFound,
    kAlreadyExists,
    kConflict,
    kFailedPrecondition,
    kPermissionDenied,
    kUnauthenticated,
    kUnsupportedMediaType,  // the request body is of a kind the operation does not take
    kUnavailable,
    kInternal,
};

// Returns the snake_case name used in JSON error bodies, e.g. "invalid_input".
std::string_view ErrorCodeName(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::kInternal;
    std::string message;  // one sentence a school admin can act on; never a pupil's data
    std::string where;    // optional: "roster.csv line 14, column dob"

    // Returns "where: message", or just the message when `where` is empty.
    std::string ToString() const;
};

// Holds either a T or an Error. Accessing the wrong alternative is a bug and aborts.
template <class T>
class [[nodiscard]] Result {
  public:
    Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}      // NOLINT
    Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}  // NOLINT

    bool has_value() const { return state_.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T& value() & {
        STEWARD_CHECK(has_value());
        return std::get<0>(state_);
    }
    const T& value() const& {
        STEWARD_CHECK(has_value());
        return std::get<0>(state_);
    }
    T&& value() && {
        STEWARD_CHECK(has_value());
        return std::get<0>(std::move(state_));
    }
    const Error& error() const {
        STEWARD_CHECK(!has_value());
        return std::get<1>(state_);
    }

    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T&& operator*() && { return std::move(*this).value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

  private:
    std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
  public:
    Result() = default;
    Result(Error error) : error_(std::move(error)) {}  // NOLINT

    bool has_value() const { return !error_.has_value(); }
    explicit operator bool() const { return has_value(); }
    const Error& error() const {
        STEWARD_CHECK(!has_value());
        return *error_;
    }

  private:
    std::optional<Error> error_;
};

using Status = Result<void>;

inline Status OkStatus() { return {}; }

}  // namespace steward::core
