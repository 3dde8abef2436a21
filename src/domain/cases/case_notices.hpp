// The mail a new case sets off (issue 7; INC-05, INC-15): written to the outbox in the case's own
// transaction. Texts give the case id, concern type and route, never the report, its people or
// pupils; the recipient opens the case in Steward, where confidentiality rules apply.
#pragma once

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/cases/case_types.hpp"

namespace steward::domain {

class Tx;

// Tells the case's owner (the routed role's holders when no one owns it yet) that it was routed
// to them, flagged URGENT for an urgent case. A safeguarding disclosure also goes to every DSL at
// once (INC-05), a data protection breach to the DPO (INC-15). Never to the person the case is
// about. Returns the store's error (the caller rolls the case back with it).
core::Status NotifyCaseOpened(Tx& tx, const core::Clock& clock, const Case& record);

}  // namespace steward::domain
