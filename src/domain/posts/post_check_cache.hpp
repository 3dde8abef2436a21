// PostCheckCache: one compiled PostChecker per school, kept while the school's roster and rules
// stay the same (compiling the name index and screener for 3,000 pupils takes about a second),
// and the in-server check of a stored post that uses it. Entry points: PostCheckCache::Get(),
// EvaluatePost().
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "domain/posts/post_checker.hpp"
#include "domain/posts/post_workflow_types.hpp"
#include "domain/posts/screener_detectors.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {

// The screening engine's detectors, compiled once per cache from the built-in lexicons.
struct CaptionScreening {
    std::shared_ptr<const screening::Screener> screener;
    std::unique_ptr<ScreenerDetectors> detectors;
};

// A checker compiled for one roster. Immutable; shared by every request that uses it.
struct CompiledCheck {
    std::uint64_t fingerprint = 0;  // of the roster and rules it was compiled for
    PostRules rules;
    std::shared_ptr<const CaptionScreening> screening;  // outlives `checker`'s detectors pointer
    std::unique_ptr<PostChecker> checker;
};

// Returns a fingerprint of the roster (ids, names, year groups, do-not-publish flags) and rules.
std::uint64_t RosterFingerprint(std::span<const Pupil> roster, const PostRules& rules);

class PostCheckCache {
  public:
    PostCheckCache() = default;
    PostCheckCache(const PostCheckCache&) = delete;
    PostCheckCache& operator=(const PostCheckCache&) = delete;

    // Returns the school's checker for `roster` and `rules`, compiling it when the school has
    // none or its fingerprint changed. Returns the screening engine's error if the built-in
    // lexicons fail to compile. Thread-safe: two callers missing at once may both compile; the
    // last one stays.
    core::Result<std::shared_ptr<const CompiledCheck>> Get(std::string_view school_id,
                                                           std::span<const Pupil> roster,
                                                           const PostRules& rules);

    // How many checkers were compiled so far (for tests and figures).
    int compilations() const;

  private:
    core::Result<std::shared_ptr<const CaptionScreening>> Screening();

    mutable std::mutex mutex_;  // guards screening_, entries_ and compilations_
    std::shared_ptr<const CaptionScreening> screening_;
    std::map<std::string, std::shared_ptr<const CompiledCheck>, std::less<>> entries_;
    int compilations_ = 0;
};

// Checks `post` with `compiled`: reads the consent records of the pupils in the post (tagged and
// named) through tx.Consent() and returns the decision. kInvalidInput when the post tags a pupil
// not on the roster. Writes nothing.
core::Result<PostCheckResult> EvaluatePost(Tx& tx, const CompiledCheck& compiled, const Post& post,
                                           std::vector<std::string>* pupils_in_post = nullptr);

}  // namespace steward::domain
