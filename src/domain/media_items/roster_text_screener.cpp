#include "domain/media_items/roster_text_screener.hpp"

#include <vector>

namespace steward::domain {

RosterTextScreener::RosterTextScreener(const SchoolScreener& school)
    : names_(school.names()), screener_(school.screener()) {
    first_name_ids_.reserve(school.roster().size());
    for (const Pupil& pupil : school.roster()) first_name_ids_.insert(pupil.id);
}

std::vector<media::ScreenedSpan> RosterTextScreener::Screen(std::string_view line) const {
    std::vector<media::ScreenedSpan> spans;
    for (const auto& mention : names_.FindMentions(line, first_name_ids_)) {
        const bool full = mention.form == screening::MentionForm::kFull;
        // A first name alone counts when the index is sure it is used as a name ("Amara",
        // not "Summer" in "Summer Fair").
        if (!full && mention.confidence < 0.9) continue;
        spans.push_back({mention.span.begin, mention.span.end, "name",
                         full ? "name/full" : "name/first", mention.confidence});
    }
    if (screener_ != nullptr) {
        auto found = screener_->FindPersonalData(line, {});
        auto offensive = screener_->FindOffensive(line);
        found.insert(found.end(), offensive.begin(), offensive.end());
        for (const auto& finding : found) {
            spans.push_back({finding.span.begin, finding.span.end,
                             std::string(screening::CategoryName(finding.category)),
                             finding.rule_id, finding.confidence});
        }
    }
    return spans;
}

}  // namespace steward::domain
