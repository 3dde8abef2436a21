// SqlSchoolStore: the schools room's store port (school_contacts, migration 0011) in SQL shared by
// SQLite and PostgreSQL.
#pragma once

#include "domain/schools/school_store.hpp"
#include "store/sql/connection.hpp"

namespace steward::store::sql {

class SqlSchoolStore final : public domain::SchoolStore {
  public:
    explicit SqlSchoolStore(Connection& connection) : connection_(connection) {}

    core::Result<domain::SchoolContacts> ReadContacts(std::string_view school_id) override;
    core::Status ReplaceContacts(std::string_view school_id,
                                 const domain::SchoolContacts& contacts) override;

  private:
    Connection& connection_;
};

}  // namespace steward::store::sql
