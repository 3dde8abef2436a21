// Subject access request export (issue 4 item 8, AUD-04): everything Steward holds about one
// data subject — a pupil (roster entry, consent history, do-not-publish entry) or a staff member
// (person record, roles, sign-in account facts) — with the audit events about them and one section
// per room that registers a collector (posts, comments, cases: see README.md).
// Entry points: CollectSubjectAccess(), RenderSubjectAccessHtml() (sar_html.hpp).
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/access/access_types.hpp"
#include "domain/access/pupil.hpp"
#include "domain/audit/audit_types.hpp"
#include "domain/consent/consent_store.hpp"
#include "domain/ports/actor.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {

// Who a subject access request is about.
enum class SubjectKind { kPupil, kStaff };

// Returns "pupil" or "staff".
std::string_view SubjectKindName(SubjectKind kind);

// The data subject as the collectors see it: a roster pupil or a person of the people register.
struct DataSubject {
    SubjectKind kind = SubjectKind::kPupil;
    std::string id;  // pupil id or person id
    Pupil pupil;     // when kind == kPupil
    Person person;   // when kind == kStaff
};

// One thing held about the subject, as ordered (field, value) pairs, e.g. a post.
using SubjectAccessItem = std::vector<std::pair<std::string, std::string>>;

// What one room holds about the subject.
struct SubjectAccessSection {
    std::string room;   // "posts", "comments", "cases"; "" = nothing for this kind of subject
    std::string title;  // "Posts that show or name the pupil"
    std::vector<SubjectAccessItem> items;
};

// The extension point: a room returns its section for `subject` of `school_id`, reading through
// `tx`. It must leave out other people's personal data (other pupils' names, staff beyond their
// role, reporters) or mark it "[redacted]". A section with an empty `room` is left out of the
// bundle (the room holds nothing about that kind of subject).
using SubjectAccessCollector = std::function<core::Result<SubjectAccessSection>(
    Tx& tx, std::string_view school_id, const DataSubject& subject)>;

// A sign-in account of a staff member, without secrets (no password hash, no session tokens).
struct SignInAccount {
    std::string user_id;
    std::string username;
    std::string email;
    core::TimePoint created_at{};
    bool disabled = false;
    int sign_ins = 0;         // audited successful sign-ins
    int failed_sign_ins = 0;  // audited refused attempts naming the account
    std::optional<core::TimePoint> last_sign_in;
};

// What the people register and the sign-in store hold about a staff member.
struct StaffRecord {
    std::vector<RoleAssignment> roles;
    std::vector<SignInAccount> accounts;
};

// The same sentence in every bundle, whether or not anything was withheld (saying so only when
// something was would itself disclose it).
inline constexpr std::string_view kWithheldNotice =
    "Some records may be withheld under an exemption of the Data Protection Act 2018 "
    "(safeguarding of children, the prevention or detection of crime, or other people's data). "
    "This report does not say whether any were, or which.";

struct SubjectAccessBundle {
    std::string school_id;
    core::TimePoint generated_at{};
    std::string generated_by;  // person id of whoever exported it
    DataSubject subject;
    std::optional<StaffRecord> staff;    // staff subjects only
    std::vector<ConsentRecord> consent;  // pupils only; newest first
    std::optional<DoNotPublishEntry> do_not_publish;  // pupils only
    std::vector<AuditEvent> audit_events;  // about the subject, oldest first; others as roles only
    std::vector<SubjectAccessSection> sections;  // from the collectors, in their order
    std::string withheld_notice{kWithheldNotice};
};

// Gathers the bundle for the subject `subject_id` (a pupil id or a person id) of `school_id` and
// audits the export itself ("subject_access.export", object "pupil" or "person").
// Pupils: audit events count as "about the pupil" when their object is the pupil or their summary
// names "pupil=<id>". Staff: when they acted, their person or sign-in account is the object, or a
// summary names "person=<id>"; other pupils' and people's ids in those events are redacted.
// Staff who acted appear by role, not by person id (other people's data).
// Errors: kPermissionDenied unless the actor may see both the consent register and the audit trail
// (headteacher, DPO) or is the system, and for a staff member exporting their own request (the
// DPO does that: cases about a headteacher are hidden from them); kNotFound for a pupil not on
// the school's roster or a person not of the school; a collector's or the store's error.
core::Result<SubjectAccessBundle> CollectSubjectAccess(
    Tx& tx, const Actor& actor, const core::Clock& clock, std::string_view school_id,
    SubjectKind kind, std::string_view subject_id,
    std::span<const SubjectAccessCollector> collectors = {});

// The pupil request: CollectSubjectAccess(..., SubjectKind::kPupil, pupil_id, collectors).
core::Result<SubjectAccessBundle> CollectSubjectAccess(
    Tx& tx, const Actor& actor, const core::Clock& clock, std::string_view school_id,
    std::string_view pupil_id, std::span<const SubjectAccessCollector> collectors = {});

}  // namespace steward::domain
