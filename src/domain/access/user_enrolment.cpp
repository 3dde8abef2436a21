// EnrolUser: person, role and account in one audited transaction.
#include "domain/access/user_enrolment.hpp"

#include <cctype>
#include <chrono>

#include "core/civil_date.hpp"

#include "domain/access/field_rules.hpp"
#include "domain/audit/audit_log.hpp"

namespace steward::domain {
namespace {

core::Error Invalid(std::string message, std::string where) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), std::move(where)};
}

core::Status Audit(Tx& tx, const Actor& actor, const core::Clock& clock, AuditChange change) {
    auto event = RecordAudit(tx, actor, clock, std::move(change));
    if (!event) return event.error();
    return core::OkStatus();
}

core::Status Validate(const Enrolment& enrolment) {
    if (!IsUsername(enrolment.username)) {
        return Invalid(
            "A username is 3 to 64 letters, digits, '.', '-', '_' or '@', starting with a letter "
            "or digit.",
            "username");
    }
    if (enrolment.person_id.empty() && enrolment.display_name.empty()) {
        return Invalid("Give the person's display name.", "display_name");
    }
    if (enrolment.password_hash.empty()) {
        return Invalid("A password hash is required.", "password_hash");
    }
    return RequireSlug("school_id", enrolment.school_id);
}

// Loads the existing person or inserts the new one (audited).
core::Result<Person> PersonFor(Tx& tx, const core::Clock& clock, const Actor& actor,
                               const Enrolment& enrolment) {
    if (!enrolment.person_id.empty()) {
        auto found = tx.Access().FindPerson(enrolment.person_id);
        if (!found) return found.error();
        if (!*found) {
            return core::Error{core::ErrorCode::kNotFound, "No person has the id given.",
                               "person_id"};
        }
        if ((*found)->school_id != enrolment.school_id) {
            return core::Error{core::ErrorCode::kPermissionDenied,
                               "That person belongs to another school.", "person_id"};
        }
        return std::move(**found);
    }
    Person person;
    person.id = PersonIdForUsername(enrolment.username);
    person.school_id = enrolment.school_id;
    person.display_name = enrolment.display_name;
    person.email = enrolment.email;
    person.category = enrolment.category;
    person.start_date = core::FormatIsoDate(
        core::Date(std::chrono::floor<std::chrono::days>(clock.Now())));
    if (auto inserted = tx.Access().InsertPerson(person); !inserted) return inserted.error();
    std::string after = "category=" + std::string(PersonCategoryKey(person.category)) +
                        " status=active";
    if (auto ok = Audit(tx, actor, clock,
                        {"access.add_person", "person", person.id, "", after, person.school_id});
        !ok) {
        return ok.error();
    }
    return person;
}

core::Status GiveRole(Tx& tx, const core::Clock& clock, const Actor& actor,
                      const Enrolment& enrolment, const School& school, const Person& person) {
    if (!enrolment.role) return core::OkStatus();
    RoleAssignment assignment{person.id, *enrolment.role, enrolment.school_id, ""};
    if (enrolment.role_across_trust) {
        if (school.trust_id.empty()) {
            return Invalid("This school is in no trust, so a role cannot be held across one.",
                           "role");
        }
        if (auto ok = RequireAdministrator(actor, ""); !ok) return ok;
        assignment.school_id.clear();
        assignment.trust_id = school.trust_id;
    }
    if (auto inserted = tx.Access().InsertRole(assignment); !inserted) return inserted;
    std::string after = "role=" + std::string(RoleKey(assignment.role)) +
                        (assignment.trust_id.empty() ? " school=" + assignment.school_id
                                                     : " trust=" + assignment.trust_id);
    return Audit(tx, actor, clock,
                 {"access.assign_role", "person", person.id, "", after, enrolment.school_id});
}

}  // namespace

bool IsUsername(std::string_view username) {
    if (username.size() < 3 || username.size() > 64) return false;
    if (!std::isalnum(static_cast<unsigned char>(username.front()))) return false;
    for (char c : username) {
        const bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' ||
                        c == '_' || c == '@';
        if (!ok) return false;
    }
    return true;
}

std::string PersonIdForUsername(std::string_view username) {
    std::string id;
    for (char c : username) {
        id += c == '@' ? '.' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return id;
}

core::Result<Enrolled> EnrolUser(Store& store, const core::Clock& clock, const Actor& actor,
                                 const Enrolment& enrolment) {
    if (auto ok = Validate(enrolment); !ok) return ok.error();
    if (auto ok = RequireAdministrator(actor, enrolment.school_id); !ok) return ok.error();
    return store.Transact([&](Tx& tx) -> core::Result<Enrolled> {
        auto school = tx.Access().FindSchool(enrolment.school_id);
        if (!school) return school.error();
        if (!*school) {
            return core::Error{core::ErrorCode::kNotFound, "No school has the id given.",
                               "school_id"};
        }
        auto person = PersonFor(tx, clock, actor, enrolment);
        if (!person) return person.error();
        if (auto ok = GiveRole(tx, clock, actor, enrolment, **school, *person); !ok) {
            return ok.error();
        }
        UserAccount user;
        user.id = "user." + PersonIdForUsername(enrolment.username);
        user.username = enrolment.username;
        user.password_hash = enrolment.password_hash;
        user.person_id = person->id;
        user.created_at = clock.Now();
        if (auto inserted = tx.Access().InsertUser(user); !inserted) return inserted.error();
        if (auto ok = Audit(tx, actor, clock,
                            {"access.create_user", "user", user.id, "",
                             "username=" + user.username + " person=" + person->id,
                             enrolment.school_id});
            !ok) {
            return ok.error();
        }
        return Enrolled{std::move(user), std::move(*person)};
    });
}

}  // namespace steward::domain
