// RosterTextScreener: what the media engine asks of text read in a photo, answered for one school
// with its compiled screener (domain/screeners): its pupils' names (full names, and first names
// where they cannot be ordinary words), personal data and offensive words. Entry point: the
// constructor.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <unordered_set>

#include "domain/screeners/school_screener.hpp"
#include "media/text_screener.hpp"
#include "screening/names/name_index.hpp"
#include "screening/screener.hpp"

namespace steward::domain {

class RosterTextScreener final : public media::TextScreener {
  public:
    // `school` must outlive this object. Without an engine (school.screener() null) names only.
    explicit RosterTextScreener(const SchoolScreener& school);

    std::vector<media::ScreenedSpan> Screen(std::string_view line) const override;

  private:
    const screening::NameIndex& names_;
    std::unordered_set<std::string> first_name_ids_;
    const screening::Screener* screener_;
};

}  // namespace steward::domain
