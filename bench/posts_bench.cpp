// Post checks per second against a large register: 3,000 pupils x 6 platforms x 3 academic
// years (54,000 consent records), posts tagging 1, 5, 15 or 30 pupils and naming some of them.
// Baseline in the same run: the same posts without a caption (consent look-ups only).
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "domain/posts/post_checker.hpp"

namespace steward::domain {
namespace {

constexpr int kPupils = 3000;
const char* const kFirst[] = {"Amara", "Rhys", "Zoë", "Hope", "Tomos", "Aisha", "Jack", "Mei Ling",
                              "Oliwia", "Kwame", "Siobhán", "Summer"};
const char* const kLast[] = {"Okafor", "Evans", "D'Arcy", "Hall-Osei", "Nowak", "Khan", "Smith",
                             "Wong", "Murphy", "Mensah", "ap Rhys", "Day"};

struct World {
    std::vector<Pupil> roster;
    std::unique_ptr<PostChecker> checker;
};

const World& TheWorld() {
    static const World world = [] {
        World w;
        std::vector<ConsentRecord> records;
        for (int index = 0; index < kPupils; ++index) {
            Pupil pupil;
            pupil.id = "P" + std::to_string(index);
            pupil.first_name = std::string(kFirst[index % 12]) + (index >= 12 ? std::to_string(index / 12) : "");
            pupil.last_name = std::string(kLast[(index / 12) % 12]) + std::to_string(index % 97);
            pupil.year_group = std::to_string(1 + index % 13);
            pupil.do_not_publish = index % 100 == 7;
            w.roster.push_back(pupil);
            for (int year = 2024; year <= 2026; ++year) {
                for (int platform = 0; platform < 6; ++platform) {
                    ConsentRecord record;
                    record.pupil_id = pupil.id;
                    record.academic_year = AcademicYear{year};
                    record.platform = static_cast<Platform>(platform);
                    record.image = record.video = record.name = index % 5 != 0;
                    record.recorded_on = Date{year, 9, 10};
                    records.push_back(std::move(record));
                }
            }
        }
        w.checker = std::make_unique<PostChecker>(w.roster, ConsentRegister(std::move(records)),
                                                  SchoolProfile{}, PostRules{}, nullptr);
        return w;
    }();
    return world;
}

PostDraft MakePost(int tagged) {
    const World& world = TheWorld();
    PostDraft post{"b", Platform::kInstagram, MediaKind::kImage, Date{2027, 3, 1}, "", {}};
    post.caption = "Well done to ";
    for (int k = 0; k < tagged; ++k) {
        const Pupil& pupil = world.roster[(k * 101) % kPupils];
        post.tagged_pupil_ids.push_back(pupil.id);
        if (k % 3 == 0) post.caption += pupil.first_name + ", ";
    }
    post.caption += "who made the Summer Fair a success. We hope you enjoyed it! #TeamSchool";
    return post;
}

void BM_CheckPost(benchmark::State& state) {
    const PostDraft post = MakePost(static_cast<int>(state.range(0)));
    const PostChecker& checker = *TheWorld().checker;
    for (auto _ : state) benchmark::DoNotOptimize(checker.Check(post));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CheckPost)->Arg(1)->Arg(5)->Arg(15)->Arg(30);

// Baseline: the same posts with an empty caption (consent look-ups only), so the ratio shows
// what the name finder adds.
void BM_CheckPostNoCaption(benchmark::State& state) {
    PostDraft post = MakePost(static_cast<int>(state.range(0)));
    post.caption.clear();
    const PostChecker& checker = *TheWorld().checker;
    for (auto _ : state) benchmark::DoNotOptimize(checker.Check(post));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CheckPostNoCaption)->Arg(1)->Arg(30);

}  // namespace
}  // namespace steward::domain
BENCHMARK_MAIN();
