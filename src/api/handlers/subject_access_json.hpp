// The subject access bundle as JSON, for GET subject-access/pupils/{pupil_id} and
// `steward export sar` (sar.json). Entry point: SubjectAccessJson().
#pragma once

#include <boost/json.hpp>

#include "domain/subject_access/subject_access.hpp"

namespace steward::api {

// {format, school_id, pupil_id, generated_at, generated_by, pupil, consent:[...],
//  do_not_publish, sections:[{room, title, items:[{field: value}]}], audit_events:[...]}
boost::json::object SubjectAccessJson(const domain::SubjectAccessBundle& bundle);

}  // namespace steward::api
