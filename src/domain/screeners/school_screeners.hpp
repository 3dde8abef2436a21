// SchoolScreeners: the one cache of compiled screeners per school in a server process, shared by
// comments intake, the post check and the media OCR screening. An entry is keyed by the school's
// roster version, a counter in the store (schools.roster_version, migration 0007) that every
// change to the school's pupils or staff increases in its own transaction; reading it is one
// indexed query, so nothing reads the roster only to find out whether it changed, and a roster
// import is seen by the very next call. Entry point: Get().
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/ports/store.hpp"
#include "domain/screeners/school_screener.hpp"
#include "screening/lexicon.hpp"

namespace steward::domain {

// Reads what a school's screener is compiled from: the pupils on roll, and the profile the store
// holds (the school's name, its own published contacts from tx.Schools(), and its active teaching
// and support staff). kNotFound for an unknown school.
core::Result<SchoolProfile> ReadSchoolProfile(Tx& tx, std::string_view school_id);

class SchoolScreeners {
  public:
    // One per Store (the server keeps it in ApiEnvironment). `store` must outlive it.
    explicit SchoolScreeners(Store& store) : store_(store) {}
    SchoolScreeners(const SchoolScreeners&) = delete;
    SchoolScreeners& operator=(const SchoolScreeners&) = delete;

    // Returns the school's screener for the roster version the store holds now: one read of the
    // version; when the cached screener is for another version, reads the roster and profile in
    // one read-only transaction and compiles outside it, while other callers for that school wait
    // (they never get a screener older than the version they read). kNotFound for an unknown
    // school, the store's errors, the screening engine's errors. Thread-safe.
    core::Result<std::shared_ptr<const SchoolScreener>> Get(std::string_view school_id);

    // Like Get(), for a caller that has just read `roster_version` itself
    // (tx.Access().RosterVersion()). Returns a screener of that version or a newer one.
    core::Result<std::shared_ptr<const SchoolScreener>> Get(std::string_view school_id,
                                                            std::int64_t roster_version);

    // How many screeners were compiled so far (tests and figures).
    int compilations() const;

  private:
    struct Entry {
        std::shared_ptr<const SchoolScreener> screener;
        std::shared_ptr<std::mutex> build_mutex = std::make_shared<std::mutex>();
    };

    core::Result<std::shared_ptr<const SchoolScreener>> Compile(const std::string& school_id);
    core::Result<std::vector<screening::LexiconEntry>> Lexicon();

    Store& store_;
    mutable std::mutex mutex_;  // guards entries_, lexicon_ and compilations_
    std::map<std::string, Entry, std::less<>> entries_;
    std::shared_ptr<const std::vector<screening::LexiconEntry>> lexicon_;
    int compilations_ = 0;
};

}  // namespace steward::domain
