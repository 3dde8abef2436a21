// Demo contacts: one school.json-shaped file per school, parsed by formats::ParseSchoolJson.
#include "cli/demo_contacts.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "domain/schools/school_contacts.hpp"
#include "formats/school_json.hpp"

namespace steward::cli {
namespace {

domain::SchoolContacts ContactsOf(domain::SchoolProfile profile) {
    domain::SchoolContacts contacts;
    contacts.address = std::move(profile.address);
    contacts.postcode = std::move(profile.postcode);
    contacts.phones = std::move(profile.phones);
    contacts.emails = std::move(profile.emails);
    contacts.website = std::move(profile.website);
    contacts.handles = std::move(profile.handles);
    contacts.motto_hashtags = std::move(profile.motto_hashtags);
    contacts.public_venues = std::move(profile.public_venues);
    return contacts;
}

}  // namespace

core::Status SeedDemoContacts(domain::Store& store, const core::Clock& clock,
                              const std::filesystem::path& contacts_dir) {
    std::error_code error;
    if (!std::filesystem::is_directory(contacts_dir, error)) return core::OkStatus();
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(contacts_dir, error)) {
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        auto profile = formats::ParseSchoolJson(text.str(), file.string());
        if (!profile) return profile.error();
        const std::string school_id = file.stem().string();
        auto stored = domain::SetSchoolContacts(store, clock, domain::Actor::System(school_id),
                                                school_id, ContactsOf(std::move(*profile)));
        if (!stored) {
            core::Error failed = stored.error();
            failed.where = file.string() + (failed.where.empty() ? "" : ": " + failed.where);
            return failed;
        }
    }
    return core::OkStatus();
}

}  // namespace steward::cli
