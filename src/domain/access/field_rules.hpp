// Field rules shared by the access workflows: ids are slugs, dates are YYYY-MM-DD, and who may
// administer a school's organisation data.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "domain/ports/actor.hpp"

namespace steward::domain {

// True for 1-64 characters of a-z, A-Z, 0-9, '-', '_', '.', starting with a letter or digit.
bool IsSlug(std::string_view text);

// True for a real calendar date written YYYY-MM-DD.
bool IsIsoDate(std::string_view text);

// Returns kInvalidInput naming `field` unless `value` is a slug.
core::Status RequireSlug(std::string_view field, std::string_view value);

// Returns OK when `actor` may change organisation data of `school_id` (a trust's when
// `school_id` is empty): the system, the trust board, or the school's headteacher, senior
// leadership team or IT manager. Otherwise kPermissionDenied.
core::Status RequireAdministrator(const Actor& actor, std::string_view school_id);

}  // namespace steward::domain
