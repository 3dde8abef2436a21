// The in-server post check: one consent query per post, whatever the number of pupils in it.
#include "domain/posts/stored_post_check.hpp"

#include <optional>

#include "domain/posts/screener_detectors.hpp"

namespace steward::domain {

core::Result<PostCheckResult> EvaluatePost(Tx& tx, const CompiledCheck& compiled, const Post& post,
                                           std::vector<std::string>* pupils_in_post) {
    std::optional<ScreenerDetectors> detectors;
    if (const screening::Screener* screener = compiled.school->screener(); screener != nullptr) {
        detectors.emplace(*screener, compiled.school->contacts());
    }
    const PostChecker checker(compiled.school, compiled.rules,
                              detectors ? &*detectors : nullptr);
    const PostDraft draft = post.AsDraft();
    auto pupils = checker.PupilsInPost(draft);
    if (!pupils) return pupils.error();
    auto records = tx.Consent().ListForPupils(post.school_id, *pupils);
    if (!records) return records.error();
    const ConsentRegister consent(std::move(*records), compiled.rules.consent);
    if (pupils_in_post != nullptr) *pupils_in_post = std::move(*pupils);
    return checker.Check(draft, consent);
}

}  // namespace steward::domain
