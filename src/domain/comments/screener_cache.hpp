// ScreenerCache: one compiled screening::Screener per school (built-in lexicons plus the school's
// roster, so a pupil's full name in a comment is personal data), compiled on first use and again
// when older than max_age. Compiling for 3,000 pupils takes about a second, so ingest must not do
// it per comment. Entry point: Get().
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "screening/screener.hpp"

namespace steward::domain {

class Store;

class ScreenerCache {
  public:
    explicit ScreenerCache(const core::Clock& clock,
                           std::chrono::seconds max_age = std::chrono::minutes(10))
        : clock_(clock), max_age_(max_age) {}

    // Returns the school's screener. Reads the roster in its own read-only transaction and
    // compiles outside any transaction. While one caller recompiles a stale screener, others keep
    // using the old one; only a school's first use waits. Returns the store's or the screening
    // engine's error. Thread-safe.
    core::Result<std::shared_ptr<const screening::Screener>> Get(Store& store,
                                                                 std::string_view school_id);

    // Drops the school's screener so that the next Get() compiles a new one (after a roster
    // import, for instance). Thread-safe.
    void Invalidate(std::string_view school_id);

  private:
    struct Entry {
        std::shared_ptr<const screening::Screener> screener;
        core::TimePoint built_at{};
        std::shared_ptr<std::mutex> build_mutex = std::make_shared<std::mutex>();
    };

    core::Result<std::shared_ptr<const screening::Screener>> Build(Store& store,
                                                                   const std::string& school_id);
    core::Result<std::shared_ptr<const std::vector<screening::LexiconEntry>>> Lexicon();

    const core::Clock& clock_;
    const std::chrono::seconds max_age_;
    std::mutex mutex_;  // guards entries_ and lexicon_
    std::map<std::string, Entry, std::less<>> entries_;
    std::shared_ptr<const std::vector<screening::LexiconEntry>> lexicon_;
};

}  // namespace steward::domain
