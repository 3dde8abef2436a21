// Adapter from the screening engine's findings to the post check's reasons.
#include "domain/posts/screener_detectors.hpp"

namespace steward::domain {

screening::SchoolContacts ContactsOf(const SchoolProfile& school) {
    screening::SchoolContacts contacts;
    contacts.phones = school.phones;
    contacts.emails = school.emails;
    if (!school.postcode.empty()) contacts.postcodes.push_back(school.postcode);
    if (!school.address.empty()) contacts.addresses.push_back(school.address);
    for (const PublicVenue& venue : school.public_venues) {
        if (!venue.postcode.empty()) contacts.postcodes.push_back(venue.postcode);
        if (!venue.address.empty()) contacts.addresses.push_back(venue.address);
        if (!venue.name.empty()) contacts.addresses.push_back(venue.name);
    }
    if (!school.website.empty()) contacts.websites.push_back(school.website);
    contacts.handles = school.handles;
    return contacts;
}

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
