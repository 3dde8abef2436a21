// The process-wide plan cache: key -> weak reference, under one mutex held only for lookups.
#include "screening/plan_cache.hpp"

#include <atomic>
#include <map>
#include <mutex>

#include "screening/screener_internal.hpp"

namespace steward::screening {
namespace {

struct Cache {
    std::mutex mutex;
    std::map<std::string, std::weak_ptr<const ScanPlan>> plans;
    std::atomic<std::size_t> compiled{0};
};

Cache& TheCache() {
    static Cache* cache = new Cache();  // never destroyed: screeners may outlive static teardown
    return *cache;
}

// Length-prefixed, so that no two different rule sets give the same key.
void Put(std::string& key, std::string_view field) {
    key += std::to_string(field.size());
    key += ':';
    key += field;
}

void PutFlag(std::string& key, bool flag) { key += flag ? '1' : '0'; }

}  // namespace

// Every field a rule is made of (the entry in full, though source and version do not change the
// databases: a plan shared between two lexicon versions would be correct but confusing).
std::string PlanKey(const std::vector<Rule>& rules) {
    std::string key;
    key.reserve(rules.size() * 96);
    for (const Rule& rule : rules) {
        Put(key, rule.kind);
        Put(key, rule.tag);
        Put(key, rule.rule_id);
        Put(key, rule.regex);
        Put(key, rule.canonical_regex);
        key += std::to_string(static_cast<int>(rule.group));
        for (bool flag : {rule.word, rule.hashtag_join, rule.lead_boundary, rule.trail_boundary,
                          rule.entry.is_regex, rule.entry.any_suffix, rule.entry.explicit_suffixes}) {
            PutFlag(key, flag);
        }
        Put(key, rule.entry.kind);
        Put(key, rule.entry.tag);
        Put(key, rule.entry.text);
        key += std::to_string(rule.entry.suffixes.size());
        for (const std::string& suffix : rule.entry.suffixes) Put(key, suffix);
        key += std::to_string(static_cast<int>(rule.entry.severity));
        Put(key, rule.entry.source);
        Put(key, rule.entry.version);
        key += ';';
    }
    return key;
}

core::Result<std::shared_ptr<const ScanPlan>> SharedPlan(const std::vector<Rule>& rules) {
    Cache& cache = TheCache();
    std::string key = PlanKey(rules);
    {
        std::lock_guard<std::mutex> lock(cache.mutex);
        auto found = cache.plans.find(key);
        if (found != cache.plans.end()) {
            if (auto live = found->second.lock()) return live;
        }
    }
    auto built = ScanPlan::Build(rules);  // outside the lock: other schools' lookups go on
    if (!built) return built.error();
    cache.compiled.fetch_add(1, std::memory_order_relaxed);
    std::shared_ptr<const ScanPlan> plan = std::move(*built);
    std::lock_guard<std::mutex> lock(cache.mutex);
    std::weak_ptr<const ScanPlan>& slot = cache.plans[key];
    if (auto raced = slot.lock()) return raced;  // another thread compiled the same rules first
    slot = plan;
    for (auto it = cache.plans.begin(); it != cache.plans.end();) {  // forget freed plans
        it = it->second.expired() ? cache.plans.erase(it) : std::next(it);
    }
    return plan;
}

std::size_t PlansCompiled() { return TheCache().compiled.load(std::memory_order_relaxed); }

}  // namespace steward::screening
