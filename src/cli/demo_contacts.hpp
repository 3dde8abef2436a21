// The demo schools' own published contacts (data/demo/contacts/<school_id>.json, the contact part
// of the school.json format), so that the server's post check knows the school's own phone
// number from a parent's. Entry point: SeedDemoContacts().
#pragma once

#include <filesystem>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/ports/store.hpp"

namespace steward::cli {

// Sets the contacts of every school that has a file in `contacts_dir` through SetSchoolContacts
// (validated, audited). A missing directory seeds nothing. kInvalidInput naming the file for one
// that does not parse or validate; a file for an unknown school is kNotFound.
core::Status SeedDemoContacts(domain::Store& store, const core::Clock& clock,
                              const std::filesystem::path& contacts_dir);

}  // namespace steward::cli
