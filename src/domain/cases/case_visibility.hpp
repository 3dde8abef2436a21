// Who may see a case (issue 7 item 6; INC-03, INC-18, AUD-06): its routed owner, people the owner
// added, and the roles the pack names for its concern type; never the person it concerns; a case
// about the headteacher never the headteacher; a reporter sees only its status.
// Entry points: ViewerAt(), AccessTo(). ListCases/GetCase apply these; the API cannot bypass them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/cases/case_types.hpp"
#include "domain/ports/actor.hpp"
#include "policy/policy_pack.hpp"

namespace steward::domain {

class Tx;

// A person and the roles they hold at one school (there, or across its trust).
struct CaseViewer {
    std::string person_id;  // "" for the system: sees nothing
    std::vector<Role> roles;
};

// Loads the actor's roles that reach `school_id`. kNotFound for an unknown school.
core::Result<CaseViewer> ViewerAt(Tx& tx, const Actor& actor, std::string_view school_id);

enum class CaseAccess {
    kNone,        // the case is invisible: lists skip it, reads say not found
    kStatusOnly,  // the reporter: id, type, state and dates only
    kHandler,     // full record; may transition, note, add members and evidence
};

// Decides what `viewer` may do with `record`, given the ids of people the owner added.
CaseAccess AccessTo(const Case& record, const CaseViewer& viewer,
                    const std::vector<std::string>& member_ids, const policy::PolicyPack* pack);

// Returns `record` reduced to what a kStatusOnly viewer sees.
Case StatusOnly(const Case& record);

// A case as one viewer may see it.
struct VisibleCase {
    Case record;
    std::vector<CaseMember> members;
    CaseViewer viewer;
    CaseAccess access = CaseAccess::kNone;
    bool is_member_only = false;  // a handler only because the owner added them
};

// Loads the case for `actor`. kNotFound when it does not exist or is invisible to the actor
// (the two are indistinguishable on purpose).
core::Result<VisibleCase> LoadVisibleCase(Tx& tx, const Actor& actor,
                                          const policy::PolicyPack* pack,
                                          std::string_view school_id, std::string_view case_id);

}  // namespace steward::domain
