// OpenStore: chooses the engine from a database URL and returns the migrated Store.
#pragma once

#include <memory>
#include <string_view>

#include "core/result.hpp"
#include "domain/ports/store.hpp"

namespace steward::store {

// Opens `url`: "sqlite:PATH" (file, created if missing), "sqlite::memory:" (private, in memory)
// or "postgresql://…" / "postgres://…". kInvalidInput for any other form; the engine's error
// (kUnavailable, kFailedPrecondition for a database newer than this binary) otherwise.
core::Result<std::unique_ptr<domain::Store>> OpenStore(std::string_view url);

}  // namespace steward::store
