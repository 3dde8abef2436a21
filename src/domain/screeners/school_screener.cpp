// The compiled screening of one school: roster lookups, the name index and the engine.
#include "domain/screeners/school_screener.hpp"

#include <iterator>
#include <map>
#include <mutex>
#include <utility>

namespace steward::domain {
namespace {

screening::NameContext NameContextFor(const SchoolProfile& school) {
    screening::NameContext context;
    context.motto_hashtags = school.motto_hashtags;
    for (const StaffMember& member : school.staff) {
        context.staff.push_back({"", member.first_name, member.surname, ""});
    }
    return context;
}

void Put(std::string& key, std::string_view text) {
    key += text;
    key += '\x1f';  // unit separator: never in names or lexicon entries
}

void Put(std::string& key, const std::vector<std::string>& texts) {
    Put(key, std::to_string(texts.size()));
    for (const std::string& text : texts) Put(key, text);
}

// Everything the engine is compiled from, as one string.
std::string ConfigKey(const screening::ScreenerConfig& config) {
    std::string key;
    Put(key, std::to_string(config.lexicon.size()));
    for (const screening::LexiconEntry& entry : config.lexicon) {
        Put(key, entry.kind);
        Put(key, entry.tag);
        Put(key, entry.text);
        Put(key, std::string{static_cast<char>('0' + entry.is_regex),
                             static_cast<char>('0' + entry.any_suffix),
                             static_cast<char>('0' + entry.explicit_suffixes),
                             static_cast<char>('0' + static_cast<int>(entry.severity))});
        Put(key, entry.suffixes);
        Put(key, entry.version);
    }
    Put(key, config.allow);
    const screening::SchoolContacts& contacts = config.contacts;
    for (const auto* list : {&contacts.phones, &contacts.emails, &contacts.postcodes,
                             &contacts.addresses, &contacts.websites, &contacts.handles}) {
        Put(key, *list);
    }
    for (const auto* people : {&config.pupils, &config.staff}) {
        Put(key, std::to_string(people->size()));
        for (const screening::PersonName& person : *people) {
            Put(key, person.first);
            Put(key, person.last);
            Put(key, person.preferred);
            Put(key, person.title);
        }
    }
    return key;
}

// Engines by what they were compiled from, for as long as some school uses one: a roster change
// that leaves every name as it was (year group, do-not-publish, a pupil back on roll with the same
// name) and a second database with the same roster (tests) reuse the compiled patterns.
core::Result<std::shared_ptr<const screening::Screener>> SharedEngine(
    const screening::ScreenerConfig& config) {
    static std::mutex mutex;  // guards engines
    static std::map<std::string, std::weak_ptr<const screening::Screener>, std::less<>> engines;
    std::string key = ConfigKey(config);
    {
        std::lock_guard lock(mutex);
        auto found = engines.find(key);
        if (found != engines.end()) {
            if (auto engine = found->second.lock()) return engine;
        }
    }
    auto created = screening::Screener::Create(config);  // outside the lock: about a second
    if (!created) return created.error();
    std::lock_guard lock(mutex);
    for (auto it = engines.begin(); it != engines.end();) {  // forget engines nobody uses
        it = it->second.expired() ? engines.erase(it) : std::next(it);
    }
    engines[std::move(key)] = *created;
    return *created;
}

}  // namespace

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

screening::ScreenerConfig ScreenerConfigFor(std::span<const Pupil> roster,
                                            const SchoolProfile& profile,
                                            std::vector<screening::LexiconEntry> lexicon) {
    screening::ScreenerConfig config;
    config.lexicon = std::move(lexicon);
    config.contacts = ContactsOf(profile);
    config.pupils.reserve(roster.size());
    for (const Pupil& pupil : roster) {
        config.pupils.push_back({pupil.first_name, pupil.last_name, pupil.preferred_name, ""});
    }
    for (const StaffMember& member : profile.staff) {
        config.staff.push_back({member.first_name, member.surname, "", member.title});
    }
    return config;
}

SchoolScreener::SchoolScreener(std::string school_id, std::int64_t roster_version,
                               std::vector<Pupil> roster, SchoolProfile profile,
                               std::shared_ptr<const screening::Screener> screener)
    : school_id_(std::move(school_id)),
      roster_version_(roster_version),
      roster_(std::move(roster)),
      profile_(std::move(profile)),
      contacts_(ContactsOf(profile_)),
      screener_(std::move(screener)) {
    std::vector<screening::RosterName> names;
    names.reserve(roster_.size());
    by_id_.reserve(roster_.size());
    for (std::size_t index = 0; index < roster_.size(); ++index) {
        const Pupil& pupil = roster_[index];
        by_id_.emplace(pupil.id, index);
        names.push_back({pupil.id, pupil.first_name, pupil.last_name, pupil.preferred_name});
    }
    names_ = std::make_unique<screening::NameIndex>(names, NameContextFor(profile_));
}

const Pupil* SchoolScreener::FindPupil(std::string_view pupil_id) const {
    auto found = by_id_.find(std::string(pupil_id));
    return found == by_id_.end() ? nullptr : &roster_[found->second];
}

core::Result<std::shared_ptr<const SchoolScreener>> CompileSchoolScreener(
    std::string school_id, std::int64_t roster_version, std::vector<Pupil> roster,
    SchoolProfile profile, std::vector<screening::LexiconEntry> lexicon) {
    auto screener = SharedEngine(ScreenerConfigFor(roster, profile, std::move(lexicon)));
    if (!screener) return screener.error();
    return std::make_shared<const SchoolScreener>(std::move(school_id), roster_version,
                                                  std::move(roster), std::move(profile),
                                                  std::move(*screener));
}

}  // namespace steward::domain
