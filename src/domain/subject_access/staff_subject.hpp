// The staff half of a subject access export: finding the person, their roles and sign-in
// accounts (without secrets), the audit events about them, and redacting other people's ids from
// what is shown. Used by CollectSubjectAccess (subject_access.cpp) and the staff collectors.
// Entry points: LoadStaffSubject(), StaffEventsAndAccounts(), RedactIds().
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/subject_access/subject_access.hpp"

namespace steward::domain {

// Returns the person `person_id` as a staff subject of `school_id`, with their roles. kNotFound
// when no such person exists, or they neither belong to the school nor hold a role there.
core::Result<DataSubject> LoadStaffSubject(Tx& tx, std::string_view school_id,
                                           std::string_view person_id, StaffRecord& record);

// Reads the whole audit trail once. Keeps the school's (and the installation's sign-in) events
// where the person acted, their person record or one of their sign-in accounts is the object, or
// a summary names "person=<id>"; fills `record.accounts` (from FindUserById and the
// "access.create_user" events naming the person) with sign-in counts. Other staff appear as
// "[staff member]", pupils and other people named in an event as "[redacted]".
core::Result<std::vector<AuditEvent>> StaffEventsAndAccounts(Tx& tx, std::string_view school_id,
                                                             const Person& person,
                                                             StaffRecord& record);

// The school's pupil ids and every person id of the school except `keep`: the ids another
// person's data is known by.
core::Result<std::set<std::string>> OtherPeoplesIds(Tx& tx, std::string_view school_id,
                                                    std::string_view keep);

// Returns `summary` ("key=value key=a,b ...") with every value (or list element) in `ids`
// replaced by "[redacted]".
std::string RedactIds(std::string_view summary, const std::set<std::string>& ids);

// Whether the space-separated summary holds the token "<key>=<value>".
bool HasToken(std::string_view summary, std::string_view key, std::string_view value);

}  // namespace steward::domain
