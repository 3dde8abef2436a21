// RosterTextScreener: what the media engine asks of text read in a photo, answered for one school:
// its pupils' names (full names, and first names where they cannot be ordinary words) and, with a
// screening::Screener, personal data and offensive words. Entry point: the constructor.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <unordered_set>

#include "domain/access/pupil.hpp"
#include "media/text_screener.hpp"
#include "screening/names/name_index.hpp"
#include "screening/screener.hpp"

namespace steward::domain {

class RosterTextScreener final : public media::TextScreener {
  public:
    // `screener` may be null (names only); if given it must outlive this object.
    RosterTextScreener(std::span<const Pupil> roster, const screening::Screener* screener);

    std::vector<media::ScreenedSpan> Screen(std::string_view line) const override;

  private:
    std::unique_ptr<screening::NameIndex> names_;
    std::unordered_set<std::string> first_name_ids_;
    const screening::Screener* screener_;
};

}  // namespace steward::domain
