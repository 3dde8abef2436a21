// Runs every contract suite on PostgreSQL (STEWARD_TEST_POSTGRES_URL; skipped when unset).
#include "store/contract/store_fixture.hpp"

namespace steward::store::contract {

INSTANTIATE_TEST_SUITE_P(Postgres, StoreContract, testing::Values(Engine::kPostgres), EngineName);
INSTANTIATE_TEST_SUITE_P(Postgres, AccessStoreContract, testing::Values(Engine::kPostgres),
                         EngineName);
INSTANTIATE_TEST_SUITE_P(Postgres, PostsStoreContract, testing::Values(Engine::kPostgres), EngineName);
INSTANTIATE_TEST_SUITE_P(Postgres, AuditStoreContract, testing::Values(Engine::kPostgres),
                         EngineName);
INSTANTIATE_TEST_SUITE_P(Postgres, ConsentStoreContract, testing::Values(Engine::kPostgres),
                         EngineName);
INSTANTIATE_TEST_SUITE_P(Postgres, CasesStoreContract, testing::Values(Engine::kPostgres),
                         EngineName);
INSTANTIATE_TEST_SUITE_P(Postgres, MediaStoreContract, testing::Values(Engine::kPostgres),
                         EngineName);
INSTANTIATE_TEST_SUITE_P(Postgres, CommentsStoreContract, testing::Values(Engine::kPostgres),
                         EngineName);

}  // namespace steward::store::contract
