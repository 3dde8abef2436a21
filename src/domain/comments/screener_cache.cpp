// ScreenerCache: compile once per school, recompile when stale, never inside a transaction.
#include "domain/comments/screener_cache.hpp"

#include "domain/ports/store.hpp"
#include "screening/builtin_lexicons.hpp"

namespace steward::domain {

core::Result<std::shared_ptr<const std::vector<screening::LexiconEntry>>> ScreenerCache::Lexicon() {
    {
        std::lock_guard lock(mutex_);
        if (lexicon_) return lexicon_;
    }
    auto loaded = screening::LoadBuiltinLexicons();
    if (!loaded) return loaded.error();
    auto shared = std::make_shared<const std::vector<screening::LexiconEntry>>(std::move(*loaded));
    std::lock_guard lock(mutex_);
    if (!lexicon_) lexicon_ = std::move(shared);
    return lexicon_;
}

core::Result<std::shared_ptr<const screening::Screener>> ScreenerCache::Build(
    Store& store, const std::string& school_id) {
    auto lexicon = Lexicon();
    if (!lexicon) return lexicon.error();
    auto pupils = store.Read([&](Tx& tx) { return tx.Access().ListPupils(school_id); });
    if (!pupils) return pupils.error();
    screening::ScreenerConfig config;
    config.lexicon = **lexicon;
    config.pupils.reserve(pupils->size());
    for (const Pupil& pupil : *pupils) {
        config.pupils.push_back({pupil.first_name, pupil.last_name, pupil.preferred_name, ""});
    }
    return screening::Screener::Create(config);
}

core::Result<std::shared_ptr<const screening::Screener>> ScreenerCache::Get(
    Store& store, std::string_view school_id) {
    std::shared_ptr<std::mutex> build_mutex;
    std::shared_ptr<const screening::Screener> stale;
    {
        std::lock_guard lock(mutex_);
        Entry& entry = entries_[std::string(school_id)];
        if (entry.screener && clock_.Now() - entry.built_at < max_age_) return entry.screener;
        build_mutex = entry.build_mutex;
        stale = entry.screener;
    }
    std::unique_lock build(*build_mutex, std::defer_lock);
    if (stale) {
        if (!build.try_lock()) return stale;  // someone is already recompiling: use the old one
    } else {
        build.lock();
    }
    {
        std::lock_guard lock(mutex_);
        Entry& entry = entries_[std::string(school_id)];
        if (entry.screener && clock_.Now() - entry.built_at < max_age_) return entry.screener;
    }
    auto built = Build(store, std::string(school_id));
    if (!built) {
        if (stale) return stale;
        return built.error();
    }
    std::lock_guard lock(mutex_);
    Entry& entry = entries_[std::string(school_id)];
    entry.screener = *built;
    entry.built_at = clock_.Now();
    return entry.screener;
}

void ScreenerCache::Invalidate(std::string_view school_id) {
    std::lock_guard lock(mutex_);
    auto found = entries_.find(school_id);
    if (found != entries_.end()) found->second.screener.reset();
}

}  // namespace steward::domain
