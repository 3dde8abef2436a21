// SchoolStore: the port through which the schools room reads and writes a school's own contact
// details inside a transaction (tx.Schools()). Implemented once for both engines in
// store/sql/schools_store.cpp (migration 0011, table school_contacts).
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "domain/schools/school_contacts.hpp"

namespace steward::domain {

// Every method returns kUnavailable when the database fails.
class SchoolStore {
  public:
    virtual ~SchoolStore() = default;

    // Returns the school's contacts, in the order they were set; all empty when none were set.
    virtual core::Result<SchoolContacts> ReadContacts(std::string_view school_id) = 0;

    // Replaces all of the school's contacts. kFailedPrecondition for an unknown school. Raises
    // the school's roster version (the screener cache key) in the same transaction.
    virtual core::Status ReplaceContacts(std::string_view school_id,
                                         const SchoolContacts& contacts) = 0;
};

}  // namespace steward::domain
