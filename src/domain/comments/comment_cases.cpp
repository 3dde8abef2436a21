// Comments -> cases: which concern a comment raises and the NewCase it opens.
#include "domain/comments/comment_cases.hpp"

#include "domain/cases/case_service.hpp"

namespace steward::domain {

std::optional<ConcernType> ArrivalConcern(const Comment& comment) {
    // Req: MON-09 safeguarding first: a disclosure that is also abusive goes to the DSL.
    if (comment.HasCategory("safeguarding")) return ConcernType::kSafeguardingDisclosure;
    if (comment.HasCategory("hate") || comment.HasCategory("threat") ||
        comment.HasCategory("sexual")) {
        return ConcernType::kHateOrAbuse;
    }
    return std::nullopt;
}

core::Result<std::string> OpenCaseForComment(Tx& tx, const Actor& actor, const core::Clock& clock,
                                             const policy::PolicyPack* pack,
                                             const Comment& comment, ConcernType type) {
    NewCase request;
    request.school_id = comment.school_id;
    request.concern_type = type;
    std::string categories;
    for (const std::string& category : comment.categories) {
        categories += categories.empty() ? category : ", " + category;
    }
    request.summary = "Comment " + comment.id + " on " +
                      std::string(PlatformName(comment.platform)) + " account " +
                      comment.account_id + " (" + categories + ")";
    request.urgent = type == ConcernType::kSafeguardingDisclosure;
    request.source_comment_id = comment.id;
    request.reporter = actor.person_id.empty() ? "system" : actor.person_id;
    return OpenCase(tx, actor, clock, pack, request);
}

}  // namespace steward::domain
