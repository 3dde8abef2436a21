// The in-server check of a stored post: the school's compiled screener (domain/screeners, one per
// roster version) with the pack's rules, and the consent of the pupils in the post read in one
// query. Entry point: EvaluatePost().
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/ports/store.hpp"
#include "domain/posts/post_checker.hpp"
#include "domain/posts/post_workflow_types.hpp"
#include "domain/screeners/school_screener.hpp"

namespace steward::domain {

// What one check of a school's post needs besides the post: cheap to build per request.
struct CompiledCheck {
    std::shared_ptr<const SchoolScreener> school;  // roster, name index, engine, contacts
    PostRules rules;
};

// Checks `post` with `compiled`: reads the consent records of the pupils in the post (tagged and
// named) with one tx.Consent().ListForPupils() and returns the decision; the caption's personal
// data, offensive words and tone come from the school's engine when it has one, with the school's
// own contacts allowed. kInvalidInput when the post tags a pupil not on the roster. Writes
// nothing. `pupils_in_post`, when given, receives the ids of the pupils in the post.
core::Result<PostCheckResult> EvaluatePost(Tx& tx, const CompiledCheck& compiled, const Post& post,
                                           std::vector<std::string>* pupils_in_post = nullptr);

}  // namespace steward::domain
