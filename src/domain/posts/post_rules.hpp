// Turns a school's policy pack into the rules the post check applies (PST-07, PST-08, CON-02,
// CON-03). Entry point: PostRulesFromPack().
#pragma once

#include "domain/posts/post_checker.hpp"
#include "policy/policy_pack.hpp"

namespace steward::domain {

// Reads posts.pupil_name_rule, posts.do_not_publish_list, consent.validity and
// consent.dimensions from `pack`.
PostRules PostRulesFromPack(const policy::PolicyPack& pack);

}  // namespace steward::domain
