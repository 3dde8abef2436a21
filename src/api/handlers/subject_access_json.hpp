// The subject access bundle as JSON, for GET subject-access/pupils/{pupil_id} and
// subject-access/staff/{person_id} and
// `steward export sar` (sar.json). Entry point: SubjectAccessJson().
#pragma once

#include <boost/json.hpp>

#include "domain/subject_access/subject_access.hpp"

namespace steward::api {

// Pupil: {format, subject_kind:"pupil", school_id, pupil_id, generated_at, generated_by, pupil,
//  consent:[...], do_not_publish, sections:[{room, title, items:[{field: value}]}],
//  audit_events:[...], withheld_notice}.
// Staff: {format, subject_kind:"staff", school_id, person_id, generated_at, generated_by, person,
//  roles:[{role, school_id, trust_id}], sign_in_accounts:[{user_id, username, email, created_at,
//  disabled, sign_ins, failed_sign_ins, last_sign_in}], sections, audit_events, withheld_notice}.
boost::json::object SubjectAccessJson(const domain::SubjectAccessBundle& bundle);

}  // namespace steward::api
