// Runs every contract suite on SQLite: in memory and in a file.
#include "store/contract/store_fixture.hpp"

namespace steward::store::contract {

#define STEWARD_SQLITE_ENGINES testing::Values(Engine::kSqliteMemory, Engine::kSqliteFile)
INSTANTIATE_TEST_SUITE_P(Sqlite, StoreContract, STEWARD_SQLITE_ENGINES, EngineName);
INSTANTIATE_TEST_SUITE_P(Sqlite, AccessStoreContract, STEWARD_SQLITE_ENGINES, EngineName);
INSTANTIATE_TEST_SUITE_P(Sqlite, PostsStoreContract, STEWARD_SQLITE_ENGINES, EngineName);
INSTANTIATE_TEST_SUITE_P(Sqlite, AuditStoreContract, STEWARD_SQLITE_ENGINES, EngineName);
INSTANTIATE_TEST_SUITE_P(Sqlite, ConsentStoreContract, STEWARD_SQLITE_ENGINES, EngineName);
INSTANTIATE_TEST_SUITE_P(Sqlite, CasesStoreContract, STEWARD_SQLITE_ENGINES, EngineName);
INSTANTIATE_TEST_SUITE_P(Sqlite, MediaStoreContract, STEWARD_SQLITE_ENGINES, EngineName);
INSTANTIATE_TEST_SUITE_P(Sqlite, CommentsStoreContract, STEWARD_SQLITE_ENGINES, EngineName);

}  // namespace steward::store::contract
