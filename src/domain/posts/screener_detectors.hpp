// ScreenerDetectors: the post check's CaptionDetectors over the screening engine, with the
// school's own published contacts (school.json) allowed as non-personal data (README rule 4).
#pragma once

#include <utility>

#include "domain/posts/post_checker.hpp"
#include "domain/screeners/school_screener.hpp"  // ContactsOf
#include "screening/screener.hpp"

namespace steward::domain {

class ScreenerDetectors final : public CaptionDetectors {
  public:
    // `screener` must outlive this object. Thread-safe (const) like the screener.
    ScreenerDetectors(const screening::Screener& screener, const SchoolProfile& school)
        : screener_(screener), contacts_(ContactsOf(school)) {}
    // Same, with the contacts already in the engine's terms (SchoolScreener::contacts()).
    ScreenerDetectors(const screening::Screener& screener, screening::SchoolContacts contacts)
        : screener_(screener), contacts_(std::move(contacts)) {}

    std::vector<screening::Finding> FindPersonalData(std::string_view caption) const override;
    std::vector<screening::Finding> FindOffensive(std::string_view caption) const override;
    // One finding spanning the caption when the engine judges its tone negative, else none.
    std::vector<screening::Finding> FindNegativeTone(std::string_view caption) const override;

  private:
    const screening::Screener& screener_;
    screening::SchoolContacts contacts_;
};

}  // namespace steward::domain
