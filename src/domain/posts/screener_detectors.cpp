// Adapter from the screening engine's findings to the post check's reasons.
#include "domain/posts/screener_detectors.hpp"

namespace steward::domain {

std::vector<screening::Finding> ScreenerDetectors::FindPersonalData(std::string_view caption) const {
    return screener_.FindPersonalData(caption, contacts_);
}

std::vector<screening::Finding> ScreenerDetectors::FindOffensive(std::string_view caption) const {
    return screener_.FindOffensive(caption);
}

std::vector<screening::Finding> ScreenerDetectors::FindNegativeTone(std::string_view caption) const {
    const screening::ToneScore tone = screener_.ScoreTone(caption);
    if (!tone.negative) return {};
    // One finding for the caption: the contributions mix warm and hostile words.
    screening::Finding whole;
    whole.span = screening::Span{0, caption.size()};
    whole.category = screening::Category::kTone;
    whole.rule_id = "tone/negative";
    return {whole};
}

}  // namespace steward::domain
