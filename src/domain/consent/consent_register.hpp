// ConsentRegister: the in-memory register of consent records and the one question every post
// check asks: what consent is in force for pupil P on platform X on date D (CON-01..CON-04,
// CON-06, CON-11). Pure: records in, answers out. Entry points: Find(), PupilsWithoutDecision().
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/access/pupil.hpp"
#include "domain/consent/consent_types.hpp"

namespace steward::domain {

// The answer to "what is in force": the state and, for kInForce and kWithdrawn, the record.
struct ConsentStanding {
    enum class State {
        kInForce,     // a record for this platform is in force and not withdrawn on the date
        kWithdrawn,   // the record for this platform was withdrawn on or before the date
        kNoPlatform,  // records are in force for this year, but none for this platform (or none ever)
        kExpired,     // nothing in force for this year, but records exist for an earlier year
    };
    State state = State::kNoPlatform;
    const ConsentRecord* record = nullptr;  // points into the register; valid while it lives

    // True if in force and the record allows `kind` (respecting the media-kind dimension).
    bool AllowsMedia(MediaKind kind, const ConsentDimensions& dimensions) const;
    // True if in force and the record allows the pupil's name (respecting the name dimension).
    bool AllowsName(const ConsentDimensions& dimensions) const;
};

class ConsentRegister {
  public:
    ConsentRegister() = default;
    // Takes the records; their order breaks ties between records with the same recorded_on.
    explicit ConsentRegister(std::vector<ConsentRecord> records, ConsentSettings settings = {});

    // Returns what is in force for `pupil_id` on `platform` on `on` (data/dev README rule 1-2):
    // a record is in force if it covers the academic year of `on` (or any earlier year with
    // validity kUntilWithdrawn) and was recorded on or before `on`; the latest such record wins
    // (an amendment supersedes); it is withdrawn if withdrawn_on <= `on`. Thread-safe (const).
    ConsentStanding Find(std::string_view pupil_id, Platform platform, Date on) const;

    // Returns the ids of `pupils` with no record at all for `year`, in roster order: the
    // annual collection list.
    std::vector<std::string> PupilsWithoutDecision(std::span<const Pupil> pupils,
                                                   AcademicYear year) const;

    const ConsentSettings& settings() const { return settings_; }
    std::size_t size() const { return count_; }

  private:
    bool InForce(const ConsentRecord& record, Date on) const;

    ConsentSettings settings_;
    std::unordered_map<std::string, std::vector<ConsentRecord>> by_pupil_;
    std::size_t count_ = 0;
};

}  // namespace steward::domain
