// People register workflows: validation, authority, store calls and one audit event each.
#include "domain/access/people_register.hpp"

#include <string>

#include "domain/access/field_rules.hpp"
#include "domain/audit/audit_log.hpp"

namespace steward::domain {
namespace {

core::Error Invalid(std::string message, std::string field) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), std::move(field)};
}

core::Status ValidatePerson(const Person& person) {
    if (auto ok = RequireSlug("person id", person.id); !ok) return ok;
    if (person.display_name.empty() || person.display_name.size() > 200) {
        return Invalid("display_name must be 1-200 characters.", "display_name");
    }
    if (person.school_id.empty() == person.trust_id.empty()) {
        return Invalid("A person belongs to exactly one school or one trust; set one of them.",
                       "school_id");
    }
    if (!IsIsoDate(person.start_date)) {
        return Invalid("start_date must be a date written YYYY-MM-DD.", "start_date");
    }
    if (!person.end_date.empty() && !IsIsoDate(person.end_date)) {
        return Invalid("end_date must be empty or a date written YYYY-MM-DD.", "end_date");
    }
    if (!person.end_date.empty() && person.end_date < person.start_date) {
        return Invalid("end_date is before start_date.", "end_date");
    }
    return core::OkStatus();
}

// Names the fields that differ, e.g. "fields=email,status"; never their values.
std::string ChangedFields(const Person& before, const Person& after) {
    std::string out;
    auto add = [&out](bool changed, const char* name) {
        if (!changed) return;
        out += out.empty() ? "fields=" : ",";
        out += name;
    };
    add(before.display_name != after.display_name, "display_name");
    add(before.email != after.email, "email");
    add(before.category != after.category, "category");
    add(before.start_date != after.start_date, "start_date");
    add(before.end_date != after.end_date, "end_date");
    add(before.status != after.status, "status");
    return out;
}

std::string Where(const RoleAssignment& assignment) {
    return assignment.school_id.empty() ? "trust=" + assignment.trust_id
                                        : "school=" + assignment.school_id;
}

core::Status Audit(Tx& tx, const Actor& actor, const core::Clock& clock, AuditChange change) {
    auto event = RecordAudit(tx, actor, clock, std::move(change));
    if (!event) return event.error();
    return core::OkStatus();
}

}  // namespace

core::Result<Person> PeopleRegister::LoadPerson(Tx& tx, std::string_view person_id,
                                                std::string_view field) {
    auto found = tx.Access().FindPerson(person_id);
    if (!found) return found.error();
    if (!*found) {
        return core::Error{core::ErrorCode::kNotFound, "No person has the id given.",
                           std::string(field)};
    }
    return std::move(**found);
}

core::Status PeopleRegister::AddPerson(const Actor& actor, const Person& person) {
    if (auto ok = ValidatePerson(person); !ok) return ok;
    if (auto ok = RequireAdministrator(actor, person.school_id); !ok) return ok;
    return store_.Transact([&](Tx& tx) -> core::Status {
        if (auto inserted = tx.Access().InsertPerson(person); !inserted) return inserted;
        std::string after = "category=" + std::string(PersonCategoryKey(person.category)) +
                            " status=" + std::string(PersonStatusKey(person.status));
        return Audit(tx, actor, clock_,
                     {"access.add_person", "person", person.id, "", after, person.school_id});
    });
}

core::Status PeopleRegister::UpdatePerson(const Actor& actor, const Person& person) {
    if (auto ok = ValidatePerson(person); !ok) return ok;
    return store_.Transact([&](Tx& tx) -> core::Status {
        auto before = LoadPerson(tx, person.id, "id");
        if (!before) return before.error();
        if (auto ok = RequireAdministrator(actor, before->school_id); !ok) return ok;
        Person updated = person;
        updated.school_id = before->school_id;  // a person does not move tenant by update
        updated.trust_id = before->trust_id;
        std::string changed = ChangedFields(*before, updated);
        if (changed.empty()) return core::OkStatus();
        if (auto saved = tx.Access().UpdatePerson(updated); !saved) return saved;
        return Audit(tx, actor, clock_,
                     {"access.update_person", "person", person.id, "", changed, before->school_id});
    });
}

core::Status PeopleRegister::AssignRole(const Actor& actor, const RoleAssignment& assignment) {
    if (assignment.school_id.empty() == assignment.trust_id.empty()) {
        return Invalid("A role is held at exactly one school or across one trust; set one.",
                       "school_id");
    }
    if (auto ok = RequireAdministrator(actor, assignment.school_id); !ok) return ok;
    return store_.Transact([&](Tx& tx) -> core::Status {
        if (auto person = LoadPerson(tx, assignment.person_id, "person_id"); !person) {
            return person.error();
        }
        if (auto inserted = tx.Access().InsertRole(assignment); !inserted) return inserted;
        std::string after =
            "role=" + std::string(RoleKey(assignment.role)) + " " + Where(assignment);
        return Audit(tx, actor, clock_,
                     {"access.assign_role", "person", assignment.person_id, "", after,
                      assignment.school_id});
    });
}

core::Status PeopleRegister::RevokeRole(const Actor& actor, const RoleAssignment& assignment) {
    if (auto ok = RequireAdministrator(actor, assignment.school_id); !ok) return ok;
    return store_.Transact([&](Tx& tx) -> core::Status {
        if (auto deleted = tx.Access().DeleteRole(assignment); !deleted) return deleted;
        std::string before =
            "role=" + std::string(RoleKey(assignment.role)) + " " + Where(assignment);
        return Audit(tx, actor, clock_,
                     {"access.revoke_role", "person", assignment.person_id, before, "",
                      assignment.school_id});
    });
}

core::Status PeopleRegister::SetLineManager(const Actor& actor, const LineManagement& management) {
    if (management.line_manager_id == management.person_id ||
        management.head_of_department_id == management.person_id) {
        return Invalid("A person cannot be their own line manager or head of department.",
                       "line_manager_id");
    }
    return store_.Transact([&](Tx& tx) -> core::Status {
        auto person = LoadPerson(tx, management.person_id, "person_id");
        if (!person) return person.error();
        if (auto ok = RequireAdministrator(actor, person->school_id); !ok) return ok;
        if (auto manager = LoadPerson(tx, management.line_manager_id, "line_manager_id");
            !manager) {
            return manager.error();
        }
        if (!management.head_of_department_id.empty()) {
            auto head = LoadPerson(tx, management.head_of_department_id, "head_of_department_id");
            if (!head) return head.error();
        }
        auto previous = tx.Access().FindLineManagement(management.person_id);
        if (!previous) return previous.error();
        if (auto saved = tx.Access().UpsertLineManagement(management); !saved) return saved;
        std::string before = *previous ? "line_manager=" + (*previous)->line_manager_id : "";
        std::string after = "line_manager=" + management.line_manager_id;
        if (!management.head_of_department_id.empty()) {
            after += " head_of_department=" + management.head_of_department_id;
        }
        return Audit(tx, actor, clock_,
                     {"access.set_line_manager", "person", management.person_id, before, after,
                      person->school_id});
    });
}

core::Result<std::string> PeopleRegister::RequireLineManager(Tx& tx, std::string_view person_id) {
    auto management = tx.Access().FindLineManagement(person_id);
    if (!management) return management.error();
    if (!*management || (*management)->line_manager_id.empty()) {
        return core::Error{core::ErrorCode::kFailedPrecondition,
                           "No line manager is recorded for this person; record one before "
                           "starting a workflow with a line-manager step.",
                           "person_id"};
    }
    return (*management)->line_manager_id;
}

core::Status PeopleRegister::LinkParent(const Actor& actor, const ParentLink& link) {
    if (auto ok = RequireAdministrator(actor, link.school_id); !ok) return ok;
    return store_.Transact([&](Tx& tx) -> core::Status {
        auto parent = LoadPerson(tx, link.parent_person_id, "parent_person_id");
        if (!parent) return parent.error();
        if (parent->category != PersonCategory::kParentCarer) {
            return Invalid("Only a person of category parent_carer can be linked to a pupil.",
                           "parent_person_id");
        }
        auto pupil = tx.Access().FindPupil(link.school_id, link.pupil_id);
        if (!pupil) return pupil.error();
        if (!*pupil) {
            return core::Error{core::ErrorCode::kNotFound,
                               "No pupil on this school's roster has the id given.", "pupil_id"};
        }
        if (auto inserted = tx.Access().InsertParentLink(link); !inserted) return inserted;
        return Audit(tx, actor, clock_,
                     {"access.link_parent", "pupil", link.pupil_id, "",
                      "parent=" + link.parent_person_id, link.school_id});
    });
}

}  // namespace steward::domain
