// The engines every contract test runs against, and a fresh database for each test:
// SQLite in memory, an SQLite file in a temporary directory, and PostgreSQL (a fresh schema in
// the database named by STEWARD_TEST_POSTGRES_URL; skipped when that variable is unset).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <ostream>
#include <string>

#include "domain/ports/store.hpp"
#include "store/sql/connection.hpp"

namespace steward::store::contract {

enum class Engine { kSqliteMemory, kSqliteFile, kPostgres };

std::string EngineName(const testing::TestParamInfo<Engine>& info);
// Prints the engine in test names and failure messages.
void PrintTo(Engine engine, std::ostream* out);

class StoreContractTest : public testing::TestWithParam<Engine> {
  protected:
    void SetUp() override;
    void TearDown() override;

    // Opens a second Store on the same database (not possible in memory: returns null).
    std::unique_ptr<domain::Store> Reopen();
    // Opens a raw connection to the same database (in memory: a new, empty database).
    std::unique_ptr<sql::Connection> RawConnection();
    bool SharesDatabase() const { return GetParam() != Engine::kSqliteMemory; }

    std::unique_ptr<domain::Store> store_;
    std::string url_;  // what OpenStore was given

  private:
    std::string directory_;  // SQLite file engine
    std::string schema_;     // PostgreSQL engine
    std::string admin_url_;
};

// One suite per contract file; instantiated per engine in sqlite_instances.cpp and
// postgres_instances.cpp (a separate binary, labelled postgres).
class StoreContract : public StoreContractTest {};
class AccessStoreContract : public StoreContractTest {};
class PostsStoreContract : public StoreContractTest {};
class AuditStoreContract : public StoreContractTest {};
class ConsentStoreContract : public StoreContractTest {};
class CasesStoreContract : public StoreContractTest {};
class MediaStoreContract : public StoreContractTest {};
class CommentsStoreContract : public StoreContractTest {};

}  // namespace steward::store::contract
