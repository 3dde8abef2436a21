// SchoolScreener: one school's compiled screening, immutable once built and shared (by
// shared_ptr) by every request that uses it: the roster (pupils on roll) with its name index, the
// school's profile and contacts, and the screening engine compiled with the built-in lexicons,
// the pupils' and staff's names and the school's contacts. Built by SchoolScreeners
// (school_screeners.hpp) per roster version; the CLI builds one from files.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.hpp"
#include "domain/access/pupil.hpp"
#include "domain/screeners/school_profile.hpp"
#include "screening/lexicon.hpp"
#include "screening/names/name_index.hpp"
#include "screening/screener.hpp"

namespace steward::domain {

// Returns the school's phones, e-mails, postcodes, addresses, website and handles, plus the
// public venues' addresses and postcodes, in the engine's terms.
screening::SchoolContacts ContactsOf(const SchoolProfile& school);

// Returns the engine's configuration for the school: `lexicon`, the profile's contacts and staff,
// and the roster's names (a pupil's full name in a comment is personal data).
screening::ScreenerConfig ScreenerConfigFor(std::span<const Pupil> roster,
                                            const SchoolProfile& profile,
                                            std::vector<screening::LexiconEntry> lexicon);

class SchoolScreener {
  public:
    // Indexes `roster` by id and by name (the profile's staff and motto hashtags are the name
    // index's context). `screener` may be null: names only (the CLI compiles its own engine).
    SchoolScreener(std::string school_id, std::int64_t roster_version, std::vector<Pupil> roster,
                   SchoolProfile profile, std::shared_ptr<const screening::Screener> screener);
    SchoolScreener(const SchoolScreener&) = delete;
    SchoolScreener& operator=(const SchoolScreener&) = delete;

    const std::string& school_id() const { return school_id_; }
    // The store's roster version this was compiled for (0 when built from files).
    std::int64_t roster_version() const { return roster_version_; }
    // The pupils on roll, in the order given to the constructor.
    std::span<const Pupil> roster() const { return roster_; }
    // Returns the pupil on roll with this id, or null.
    const Pupil* FindPupil(std::string_view pupil_id) const;
    const screening::NameIndex& names() const { return *names_; }
    const SchoolProfile& profile() const { return profile_; }
    const screening::SchoolContacts& contacts() const { return contacts_; }
    // The compiled engine, or null when built without one. Thread-safe (const).
    const screening::Screener* screener() const { return screener_.get(); }
    const std::shared_ptr<const screening::Screener>& shared_screener() const { return screener_; }

  private:
    std::string school_id_;
    std::int64_t roster_version_ = 0;
    std::vector<Pupil> roster_;
    std::unordered_map<std::string, std::size_t> by_id_;
    SchoolProfile profile_;
    screening::SchoolContacts contacts_;
    std::unique_ptr<screening::NameIndex> names_;
    std::shared_ptr<const screening::Screener> screener_;
};

// Compiles the engine for `roster` and `profile` with `lexicon` (about a second for 3,000 pupils)
// and returns the whole. An engine compiled from the same names, contacts and lexicon that is
// still in use anywhere in the process is shared rather than compiled again. Returns the
// screening engine's error when the patterns fail to compile. Thread-safe.
core::Result<std::shared_ptr<const SchoolScreener>> CompileSchoolScreener(
    std::string school_id, std::int64_t roster_version, std::vector<Pupil> roster,
    SchoolProfile profile, std::vector<screening::LexiconEntry> lexicon);

}  // namespace steward::domain
