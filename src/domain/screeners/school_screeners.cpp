// The per-school screener cache: one cheap read of the roster version per call, a compile per
// new version, never inside a transaction.
#include "domain/screeners/school_screeners.hpp"

#include <cctype>
#include <optional>
#include <utility>

#include "screening/builtin_lexicons.hpp"

namespace steward::domain {
namespace {

bool IsStaff(PersonCategory category) {
    return category == PersonCategory::kTeachingStaff || category == PersonCategory::kSupportStaff;
}

// "Mrs Jane Smith" -> title "Mrs", first "Jane", surname "Smith"; the register keeps one
// display name, so a middle name stays with the first name. Nullopt when the display name is not
// a person's name ("Staff", "Demo headteacher"): its words would pass for a staff member's name.
std::optional<StaffMember> StaffFrom(const Person& person) {
    static const std::vector<std::string_view> kTitles = {"Mr", "Mrs", "Ms", "Miss", "Mx",
                                                         "Dr", "Prof", "Sir", "Dame"};
    std::vector<std::string> words;
    std::string word;
    for (char c : person.display_name + " ") {
        if (c == ' ') {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word.push_back(c);
        }
    }
    StaffMember member;
    std::size_t first = 0;
    if (!words.empty()) {
        std::string_view head = words[0];
        if (!head.empty() && head.back() == '.') head.remove_suffix(1);
        for (std::string_view title : kTitles) {
            if (head == title) {
                member.title = std::string(head);
                first = 1;
            }
        }
    }
    const std::size_t needed = member.title.empty() ? 2 : 1;  // "Mrs Smith" or "Jane Smith"
    if (words.size() < first + needed) return std::nullopt;
    for (std::size_t i = first; i < words.size(); ++i) {
        if (!std::isupper(static_cast<unsigned char>(words[i][0]))) return std::nullopt;
    }
    member.surname = words.back();
    for (std::size_t i = first; i + 1 < words.size(); ++i) {
        if (!member.first_name.empty()) member.first_name += ' ';
        member.first_name += words[i];
    }
    return member;
}

}  // namespace

core::Result<SchoolProfile> ReadSchoolProfile(Tx& tx, std::string_view school_id) {
    auto school = tx.Access().FindSchool(school_id);
    if (!school) return school.error();
    if (!*school) {
        return core::Error{core::ErrorCode::kNotFound, "There is no school with this id.",
                           "school_id"};
    }
    SchoolProfile profile;
    profile.name = (*school)->name;
    // The school's own published contacts (domain/schools): never personal data.
    auto contacts = tx.Schools().ReadContacts(school_id);
    if (!contacts) return contacts.error();
    profile.address = std::move(contacts->address);
    profile.postcode = std::move(contacts->postcode);
    profile.phones = std::move(contacts->phones);
    profile.emails = std::move(contacts->emails);
    profile.website = std::move(contacts->website);
    profile.handles = std::move(contacts->handles);
    profile.motto_hashtags = std::move(contacts->motto_hashtags);
    profile.public_venues = std::move(contacts->public_venues);
    auto people = tx.Access().ListPeople(school_id);
    if (!people) return people.error();
    for (const Person& person : *people) {
        if (!IsStaff(person.category) || person.status != PersonStatus::kActive) continue;
        if (auto member = StaffFrom(person)) profile.staff.push_back(std::move(*member));
    }
    return profile;
}

core::Result<std::vector<screening::LexiconEntry>> SchoolScreeners::Lexicon() {
    {
        std::lock_guard lock(mutex_);
        if (lexicon_) return *lexicon_;
    }
    auto loaded = screening::LoadBuiltinLexicons();
    if (!loaded) return loaded.error();
    auto shared = std::make_shared<const std::vector<screening::LexiconEntry>>(std::move(*loaded));
    std::lock_guard lock(mutex_);
    if (!lexicon_) lexicon_ = std::move(shared);
    return *lexicon_;
}

core::Result<std::shared_ptr<const SchoolScreener>> SchoolScreeners::Compile(
    const std::string& school_id) {
    struct Snapshot {
        std::int64_t version = 0;
        std::vector<Pupil> roster;
        SchoolProfile profile;
    };
    // The version, roster and profile come from one snapshot, so the version names exactly what
    // is compiled.
    auto snapshot = store_.Read([&](Tx& tx) -> core::Result<Snapshot> {
        auto version = tx.Access().RosterVersion(school_id);
        if (!version) return version.error();
        auto profile = ReadSchoolProfile(tx, school_id);
        if (!profile) return profile.error();
        auto roster = tx.Access().ListPupils(school_id);
        if (!roster) return roster.error();
        return Snapshot{*version, std::move(*roster), std::move(*profile)};
    });
    if (!snapshot) return snapshot.error();
    auto lexicon = Lexicon();
    if (!lexicon) return lexicon.error();
    return CompileSchoolScreener(school_id, snapshot->version, std::move(snapshot->roster),
                                 std::move(snapshot->profile), std::move(*lexicon));
}

core::Result<std::shared_ptr<const SchoolScreener>> SchoolScreeners::Get(
    std::string_view school_id) {
    auto version = store_.Read([&](Tx& tx) { return tx.Access().RosterVersion(school_id); });
    if (!version) return version.error();
    return Get(school_id, *version);
}

core::Result<std::shared_ptr<const SchoolScreener>> SchoolScreeners::Get(
    std::string_view school_id, std::int64_t roster_version) {
    // Versions only grow, so a cached screener at or past the version read is current enough.
    auto fresh = [&](const Entry& entry) {
        return entry.screener && entry.screener->roster_version() >= roster_version;
    };
    std::shared_ptr<std::mutex> build_mutex;
    {
        std::lock_guard lock(mutex_);
        Entry& entry = entries_[std::string(school_id)];
        if (fresh(entry)) return entry.screener;
        build_mutex = entry.build_mutex;
    }
    std::lock_guard build(*build_mutex);  // one compile per school at a time; others wait for it
    {
        std::lock_guard lock(mutex_);
        Entry& entry = entries_[std::string(school_id)];
        if (fresh(entry)) return entry.screener;
    }
    auto compiled = Compile(std::string(school_id));
    if (!compiled) return compiled.error();
    std::lock_guard lock(mutex_);
    ++compilations_;
    Entry& entry = entries_[std::string(school_id)];
    if (!entry.screener || entry.screener->roster_version() < (*compiled)->roster_version()) {
        entry.screener = *compiled;
    }
    return *compiled;
}

int SchoolScreeners::compilations() const {
    std::lock_guard lock(mutex_);
    return compilations_;
}

}  // namespace steward::domain
