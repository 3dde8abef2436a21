// ConsentStore: the port through which the consent room reads and writes consent records and the
// do-not-publish details inside a transaction (tx.Consent()). Implemented once for both engines in
// store/sql/consent_store.cpp. Records are never edited or deleted; a withdrawal is added once.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/consent/consent_types.hpp"

namespace steward::domain {

// Why a pupil is on the do-not-publish list. A pupil whose roster row carries the flag but who
// was never put on the list in Steward has from_roster = true and empty reason/set_by.
struct DoNotPublishEntry {
    std::string pupil_id;
    std::string reason;  // the school's words, e.g. "court order" (never a pupil's name)
    std::string set_by;  // person id
    core::TimePoint set_at{};
    bool from_roster = false;
};

// Every method returns kUnavailable when the database fails.
class ConsentStore {
  public:
    virtual ~ConsentStore() = default;

    // Returns every record of the school (all years, withdrawn ones too), ordered by pupil id,
    // then recorded_on, then revision: the order ConsentRegister expects.
    virtual core::Result<std::vector<ConsentRecord>> ListForSchool(std::string_view school_id) = 0;

    // Returns the pupil's history, newest first (recorded_on, then revision, descending).
    virtual core::Result<std::vector<ConsentRecord>> ListForPupil(std::string_view school_id,
                                                                  std::string_view pupil_id) = 0;

    // Returns every record of the given pupils of the school (all years, withdrawn ones too) in
    // one query, ordered like ListForSchool (pupil id, recorded_on, revision): what a post check
    // needs for the pupils in one post. Unknown ids simply have no records; an empty list gives
    // none.
    virtual core::Result<std::vector<ConsentRecord>> ListForPupils(
        std::string_view school_id, const std::vector<std::string>& pupil_ids) = 0;

    // Returns the record `record_id` of the school, or nullopt.
    virtual core::Result<std::optional<ConsentRecord>> FindRecord(std::string_view school_id,
                                                                  std::string_view record_id) = 0;

    // Inserts `record` (id, school_id, revision and created_at set by the caller). Returns
    // kAlreadyExists for a repeated id or revision, kFailedPrecondition for an unknown pupil.
    virtual core::Status Add(const ConsentRecord& record) = 0;

    // Sets the withdrawal of a record that has none. kNotFound for an unknown record,
    // kFailedPrecondition when it was already withdrawn.
    virtual core::Status Withdraw(std::string_view school_id, std::string_view record_id,
                                  Date withdrawn_on, std::string_view note,
                                  std::string_view withdrawn_by) = 0;

    // Returns the pupils whose do_not_publish flag is set, ordered by pupil id, with details.
    virtual core::Result<std::vector<DoNotPublishEntry>> ListDoNotPublish(
        std::string_view school_id) = 0;
    // Returns the entry of one pupil, or nullopt when the pupil is not on the list.
    virtual core::Result<std::optional<DoNotPublishEntry>> FindDoNotPublish(
        std::string_view school_id, std::string_view pupil_id) = 0;
    // Puts the pupil on the list (flag and details; replaces earlier details). kNotFound for an
    // unknown pupil. The details keep the flag set across roster re-imports.
    virtual core::Status SetDoNotPublish(std::string_view school_id,
                                         const DoNotPublishEntry& entry) = 0;
    // Takes the pupil off the list (details removed, flag cleared). kNotFound for an unknown pupil.
    virtual core::Status ClearDoNotPublish(std::string_view school_id,
                                           std::string_view pupil_id) = 0;
};

}  // namespace steward::domain
