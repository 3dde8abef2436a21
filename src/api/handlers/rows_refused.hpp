// RowsRefused: the one 400 answer of every all-or-nothing CSV import (roster, consent, comments),
// with each bad row as {line, message} so a screen can link every one to its line.
#pragma once

#include "api/server/http_types.hpp"
#include "core/result.hpp"

namespace steward::api {

// 400 with {"error": {code, message, where, rows:[{line, message}]}} for an import refused by
// formats::RowProblems ("N rows need fixing; nothing was imported: line 4: ...; line 9: ...").
// An error of another shape gets an empty rows array.
Response RowsRefused(const core::Error& error);

}  // namespace steward::api
