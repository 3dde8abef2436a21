// A staff member's record, sign-in accounts and audit events for the subject access export.
#include "domain/subject_access/staff_subject.hpp"

#include <algorithm>
#include <map>

namespace steward::domain {
namespace {

constexpr int kAuditPage = 1000;

// The sign-in account facts the export shows, never the hash or a session.
SignInAccount FactsOf(const UserAccount& user) {
    SignInAccount account;
    account.user_id = user.id;
    account.username = user.username;
    account.email = user.email;
    account.created_at = user.created_at;
    account.disabled = user.disabled;
    return account;
}

// Adds the account `user_id` to `accounts` when it exists and is the person's.
core::Status AddAccount(Tx& tx, std::string_view user_id, std::string_view person_id,
                        std::map<std::string, SignInAccount>& accounts) {
    if (accounts.count(std::string(user_id)) != 0) return core::OkStatus();
    auto user = tx.Access().FindUserById(user_id);
    if (!user) return user.error();
    if (*user && (*user)->person_id == person_id) accounts[(*user)->id] = FactsOf(**user);
    return core::OkStatus();
}

bool IsAbout(const AuditEvent& event, std::string_view person_id,
             const std::map<std::string, SignInAccount>& accounts) {
    if (event.actor == person_id) return true;
    if (event.object_type == "person" && event.object_id == person_id) return true;
    if (event.object_type == "user" && accounts.count(event.object_id) != 0) return true;
    return HasToken(event.before, "person", person_id) ||
           HasToken(event.after, "person", person_id);
}

void CountSignIn(const AuditEvent& event, std::map<std::string, SignInAccount>& accounts) {
    if (event.object_type != "user") return;
    const auto found = accounts.find(event.object_id);
    if (found == accounts.end()) return;
    if (event.action == "access.sign_in") {
        ++found->second.sign_ins;
        found->second.last_sign_in = event.at;
    } else if (event.action == "access.sign_in_failed") {
        ++found->second.failed_sign_ins;
    }
}

void Redact(AuditEvent& event, std::string_view person_id, const std::set<std::string>& others) {
    if (event.actor != person_id && event.actor != "system") event.actor = "[staff member]";
    if (event.object_type == "pupil" ||
        (event.object_type == "person" && event.object_id != person_id)) {
        event.object_id = "[redacted]";
    }
    event.before = RedactIds(event.before, others);
    event.after = RedactIds(event.after, others);
}

}  // namespace

bool HasToken(std::string_view summary, std::string_view key, std::string_view value) {
    const std::string token = std::string(key) + "=" + std::string(value);
    for (std::size_t at = summary.find(token); at != std::string_view::npos;
         at = summary.find(token, at + 1)) {
        const std::size_t end = at + token.size();
        const bool starts = at == 0 || summary[at - 1] == ' ';
        const bool ends = end == summary.size() || summary[end] == ' ' || summary[end] == ',';
        if (starts && ends) return true;
    }
    return false;
}

std::string RedactIds(std::string_view summary, const std::set<std::string>& ids) {
    std::string out;
    std::string part;
    bool in_value = false;
    auto flush = [&] {
        out += in_value && ids.count(part) != 0 ? "[redacted]" : part;
        part.clear();
    };
    for (char c : summary) {
        if (c == ' ' || c == ',' || (c == '=' && !in_value)) {
            flush();
            in_value = c == '=' || (c == ',' && in_value);
            out += c;
        } else {
            part += c;
        }
    }
    flush();
    return out;
}

core::Result<std::set<std::string>> OtherPeoplesIds(Tx& tx, std::string_view school_id,
                                                    std::string_view keep) {
    std::set<std::string> ids;
    auto pupils = tx.Access().ListPupils(school_id);
    if (!pupils) return pupils.error();
    for (const Pupil& pupil : *pupils) ids.insert(pupil.id);
    auto people = tx.Access().ListPeople(school_id);
    if (!people) return people.error();
    for (const Person& person : *people) {
        if (person.id != keep) ids.insert(person.id);
    }
    return ids;
}

core::Result<DataSubject> LoadStaffSubject(Tx& tx, std::string_view school_id,
                                           std::string_view person_id, StaffRecord& record) {
    const core::Error not_found{core::ErrorCode::kNotFound,
                                "No person with this id belongs to the school or holds a role "
                                "there.",
                                "person_id"};
    auto person = tx.Access().FindPerson(person_id);
    if (!person) return person.error();
    if (!*person) return not_found;
    auto roles = tx.Access().RolesOf(person_id);
    if (!roles) return roles.error();
    record.roles = std::move(*roles);  // every role they hold is their data
    const bool at_school = (*person)->school_id == school_id ||
                           std::any_of(record.roles.begin(), record.roles.end(),
                                       [&](const RoleAssignment& r) {
                                           return r.school_id == school_id;
                                       });
    if (!at_school) return not_found;
    DataSubject subject;
    subject.kind = SubjectKind::kStaff;
    subject.id = std::string(person_id);
    subject.person = std::move(**person);
    return subject;
}

core::Result<std::vector<AuditEvent>> StaffEventsAndAccounts(Tx& tx, std::string_view school_id,
                                                             const Person& person,
                                                             StaffRecord& record) {
    std::map<std::string, SignInAccount> accounts;
    if (auto ok = AddAccount(tx, "user." + person.id, person.id, accounts); !ok) return ok.error();
    auto others = OtherPeoplesIds(tx, school_id, person.id);
    if (!others) return others.error();
    std::vector<AuditEvent> kept;
    int64_t after = 0;
    while (true) {
        auto page = tx.Audit().List(after, kAuditPage);
        if (!page) return page.error();
        for (AuditEvent& event : *page) {
            if (event.action == "access.create_user" && HasToken(event.after, "person", person.id)) {
                if (auto ok = AddAccount(tx, event.object_id, person.id, accounts); !ok) {
                    return ok.error();
                }
            }
            if (!event.school_id.empty() && event.school_id != school_id) continue;
            if (!IsAbout(event, person.id, accounts)) continue;
            CountSignIn(event, accounts);
            Redact(event, person.id, *others);
            kept.push_back(std::move(event));
        }
        if (static_cast<int>(page->size()) < kAuditPage) break;
        after = page->back().seq;
    }
    for (auto& [id, account] : accounts) record.accounts.push_back(std::move(account));
    return kept;
}

}  // namespace steward::domain
