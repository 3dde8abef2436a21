// Store-backed post checks per second (issue 4 "Figures"): a register of 3,000 pupils x 6
// platforms x 3 academic years (54,000 consent records) in SQLite (a file, synchronous=FULL) and,
// when STEWARD_BENCH_POSTGRES_URL is set, in PostgreSQL; posts tagging 1, 5, 15 or 30 pupils and
// naming a third of them. BM_Evaluate reads the consent of the pupils in the post (one query)
// and checks it (the read path of POST posts/{id}/check); BM_CheckAndRecord is the whole use case (check,
// store the check, history, audit event). Baseline in the same run: BM_InMemory, the same check
// against an in-memory register (bench/posts_bench.cpp's path).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>

#include "domain/posts/post_workflow.hpp"
#include "domain/posts/screener_detectors.hpp"
#include "store/open_store.hpp"

namespace steward::domain {
namespace {

constexpr int kPupils = 3000;
const core::FixedClock kClock(core::TimePoint(std::chrono::seconds(1'790'000'000)));
const char* const kFirst[] = {"Amara", "Rhys", "Zoë", "Hope", "Tomos", "Aisha", "Jack", "Mei Ling",
                              "Oliwia", "Kwame", "Siobhán", "Summer"};
const char* const kLast[] = {"Okafor", "Evans", "D'Arcy", "Hall-Osei", "Nowak", "Khan", "Smith",
                             "Wong", "Murphy", "Mensah", "ap Rhys", "Day"};

std::vector<Pupil> Roster() {
    std::vector<Pupil> roster;
    for (int index = 0; index < kPupils; ++index) {
        Pupil pupil;
        pupil.id = "P" + std::to_string(index);
        pupil.first_name = std::string(kFirst[index % 12]) + (index >= 12 ? std::to_string(index / 12) : "");
        pupil.last_name = std::string(kLast[(index / 12) % 12]) + std::to_string(index % 97);
        pupil.year_group = std::to_string(1 + index % 13);
        pupil.do_not_publish = index % 100 == 7;
        roster.push_back(pupil);
    }
    return roster;
}

std::vector<ConsentRecord> Register(const std::vector<Pupil>& roster) {
    std::vector<ConsentRecord> records;
    for (int index = 0; index < kPupils; ++index) {
        for (int year = 2024; year <= 2026; ++year) {
            for (int platform = 0; platform < 6; ++platform) {
                ConsentRecord record;
                record.id = "cr-" + std::to_string(records.size());
                record.school_id = "s1";
                record.pupil_id = roster[static_cast<std::size_t>(index)].id;
                record.academic_year = AcademicYear{year};
                record.platform = static_cast<Platform>(platform);
                record.image = record.video = record.name = index % 5 != 0;
                record.recorded_on = Date{year, 9, 10};
                record.method = "paper";
                record.recorded_by = "system";
                record.created_at = kClock.Now();
                records.push_back(std::move(record));
            }
        }
    }
    return records;
}

Post MakePost(const std::vector<Pupil>& roster, int tagged) {
    Post post;
    post.id = "bench-" + std::to_string(tagged);
    post.school_id = "s1";
    post.account_id = "acc-1";
    post.platform = Platform::kInstagram;
    post.media_kind = MediaKind::kImage;
    post.posting_date = Date{2027, 3, 1};
    post.author_id = "system";
    post.caption = "Well done to ";
    for (int k = 0; k < tagged; ++k) {
        const Pupil& pupil = roster[static_cast<std::size_t>((k * 101) % kPupils)];
        post.tagged_pupil_ids.push_back(pupil.id);
        if (k % 3 == 0) post.caption += pupil.first_name + ", ";
    }
    post.caption += "who made the Summer Fair a success. We hope you enjoyed it! #TeamSchool";
    return post;
}

struct World {
    std::unique_ptr<Store> store;
    std::vector<Pupil> roster;
    std::unique_ptr<SchoolScreeners> screeners;
    CompiledCheck compiled;
    std::string error;
};

core::Status Fill(Store& store, const std::vector<Pupil>& roster) {
    return store.Transact([&](Tx& tx) -> core::Status {
        if (auto ok = tx.Access().InsertSchool({"s1", "Bench school", ""}); !ok) return ok;
        for (const Pupil& pupil : roster) {
            if (auto ok = tx.Access().UpsertPupil("s1", pupil); !ok) return ok;
        }
        for (const ConsentRecord& record : Register(roster)) {
            if (auto ok = tx.Consent().Add(record); !ok) return ok;
        }
        OfficialAccount account;
        account.id = "acc-1";
        account.school_id = "s1";
        account.platform = Platform::kInstagram;
        account.handle = "@bench";
        if (auto ok = tx.Accounts().AddAccount(account); !ok) return ok;
        for (int tagged : {1, 5, 15, 30}) {
            if (auto ok = tx.Posts().InsertPost(MakePost(roster, tagged)); !ok) return ok;
        }
        return core::OkStatus();
    });
}

// One world per engine, built on first use: "sqlite" or "postgres".
World& TheWorld(const std::string& engine) {
    static std::map<std::string, std::unique_ptr<World>> worlds;
    auto& slot = worlds[engine];
    if (slot) return *slot;
    slot = std::make_unique<World>();
    World& world = *slot;
    std::string url;
    if (engine == "sqlite") {
        const auto dir = std::filesystem::temp_directory_path() / "steward-posts-bench";
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
        url = "sqlite:" + (dir / "bench.db").string();
    } else {
        const char* pg = std::getenv("STEWARD_BENCH_POSTGRES_URL");
        if (pg == nullptr || *pg == 0) {
            world.error = "set STEWARD_BENCH_POSTGRES_URL (scripts/postgres.sh start)";
            return world;
        }
        url = pg;
    }
    auto store = store::OpenStore(url);
    if (!store) {
        world.error = store.error().ToString();
        return world;
    }
    world.store = std::move(*store);
    world.roster = Roster();
    if (auto ok = Fill(*world.store, world.roster); !ok) world.error = ok.error().ToString();
    world.screeners = std::make_unique<SchoolScreeners>(*world.store);
    auto school = world.screeners->Get("s1");
    if (!school) world.error = school.error().ToString();
    else world.compiled = CompiledCheck{*school, PostRules{}};
    return world;
}

void Evaluate(benchmark::State& state, const std::string& engine) {
    World& world = TheWorld(engine);
    if (!world.error.empty()) return state.SkipWithError(world.error.c_str());
    const Post post = MakePost(world.roster, static_cast<int>(state.range(0)));
    for (auto _ : state) {
        auto result = world.store->Read(
            [&](Tx& tx) { return EvaluatePost(tx, world.compiled, post); });
        if (!result) state.SkipWithError(result.error().message.c_str());
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations());
}

void CheckAndRecord(benchmark::State& state, const std::string& engine) {
    World& world = TheWorld(engine);
    if (!world.error.empty()) return state.SkipWithError(world.error.c_str());
    PostWorkflow workflow(*world.store, kClock, nullptr);
    const PostActor by{Actor::System("s1"), {}, ""};
    const std::string id = "bench-" + std::to_string(state.range(0));
    for (auto _ : state) {
        auto record = workflow.Check(by, "s1", id, *world.screeners);
        if (!record) state.SkipWithError(record.error().message.c_str());
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_InMemory(benchmark::State& state) {
    World& world = TheWorld("sqlite");
    if (!world.error.empty()) return state.SkipWithError(world.error.c_str());
    const Post post = MakePost(world.roster, static_cast<int>(state.range(0)));
    const ConsentRegister consent(Register(world.roster), PostRules{}.consent);
    const PostDraft draft = post.AsDraft();
    const ScreenerDetectors detectors(*world.compiled.school->screener(),
                                      world.compiled.school->contacts());
    const PostChecker checker(world.compiled.school, world.compiled.rules, &detectors);
    for (auto _ : state) benchmark::DoNotOptimize(checker.Check(draft, consent));
    state.SetItemsProcessed(state.iterations());
}

void BM_EvaluateSqlite(benchmark::State& state) { Evaluate(state, "sqlite"); }
void BM_EvaluatePostgres(benchmark::State& state) { Evaluate(state, "postgres"); }
void BM_CheckAndRecordSqlite(benchmark::State& state) { CheckAndRecord(state, "sqlite"); }
void BM_CheckAndRecordPostgres(benchmark::State& state) { CheckAndRecord(state, "postgres"); }

BENCHMARK(BM_InMemory)->Arg(1)->Arg(5)->Arg(15)->Arg(30);
BENCHMARK(BM_EvaluateSqlite)->Arg(1)->Arg(5)->Arg(15)->Arg(30);
BENCHMARK(BM_EvaluatePostgres)->Arg(1)->Arg(5)->Arg(15)->Arg(30);
BENCHMARK(BM_CheckAndRecordSqlite)->Arg(1)->Arg(30);
BENCHMARK(BM_CheckAndRecordPostgres)->Arg(1)->Arg(30);

}  // namespace
}  // namespace steward::domain
BENCHMARK_MAIN();
