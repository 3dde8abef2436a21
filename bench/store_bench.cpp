// Store throughput: one audited AddPerson transaction (SQLite in memory and on a file with
// synchronous=FULL) against a bare SQLite insert transaction as the baseline, and VerifyChain per
// event. Compare the *_Workflow figures with BM_BaselineRawInsert from the same run.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>

#include "domain/access/organisation.hpp"
#include "domain/access/people_register.hpp"
#include "domain/audit/audit_chain.hpp"
#include "store/open_store.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace steward {
namespace {

const core::FixedClock kClock(core::TimePoint(std::chrono::seconds(1'790'000'000)));

std::unique_ptr<domain::Store> OpenWithSchool(const std::string& url) {
    auto store = store::OpenStore(url);
    if (!store) return nullptr;
    (void)domain::Organisation(**store, kClock).AddSchool(domain::Actor::System(), {"s1", "S", ""});
    return std::move(*store);
}

void AddPeople(benchmark::State& state, domain::Store& store) {
    domain::PeopleRegister people(store, kClock);
    int64_t next = 0;
    for (auto _ : state) {
        domain::Person person{"p" + std::to_string(next++),          "s1",        "", "Staff", "",
                              domain::PersonCategory::kSupportStaff, "2024-09-01"};
        if (!people.AddPerson(domain::Actor::System("s1"), person)) state.SkipWithError("failed");
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_BaselineRawInsert(benchmark::State& state) {
    auto connection = store::sqlite::SqliteConnection::Open(":memory:");
    (void)(*connection)->ExecScript("CREATE TABLE t (id TEXT PRIMARY KEY, name TEXT)");
    int64_t next = 0;
    for (auto _ : state) {
        (void)(*connection)->Begin(domain::AccessMode::kReadWrite);
        (void)(*connection)
            ->Exec("INSERT INTO t VALUES ($1, $2)",
                   {store::sql::Text(std::to_string(next++)), store::sql::Text("x")});
        (void)(*connection)->Commit();
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_BaselineRawInsert);

void BM_AddPersonWorkflowMemory(benchmark::State& state) {
    auto store = OpenWithSchool("sqlite::memory:");
    AddPeople(state, *store);
}
BENCHMARK(BM_AddPersonWorkflowMemory);

void BM_AddPersonWorkflowFile(benchmark::State& state) {
    auto directory = std::filesystem::temp_directory_path() / "steward-store-bench";
    std::filesystem::remove_all(directory);
    std::filesystem::create_directories(directory);
    {
        auto store = OpenWithSchool("sqlite:" + (directory / "bench.db").string());
        AddPeople(state, *store);
    }
    std::filesystem::remove_all(directory);
}
BENCHMARK(BM_AddPersonWorkflowFile)->Iterations(300);

void BM_VerifyChainPerEvent(benchmark::State& state) {
    auto store = OpenWithSchool("sqlite::memory:");
    domain::PeopleRegister people(*store, kClock);
    for (int index = 0; index < 2000; ++index) {
        (void)people.AddPerson(domain::Actor::System("s1"),
                               {"p" + std::to_string(index), "s1", "", "Staff", "",
                                domain::PersonCategory::kSupportStaff, "2024-09-01"});
    }
    for (auto _ : state) {
        auto report = domain::VerifyChain(*store);
        benchmark::DoNotOptimize(report);
    }
    state.SetItemsProcessed(state.iterations() * 2001);
}
BENCHMARK(BM_VerifyChainPerEvent)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace steward
BENCHMARK_MAIN();
