// Subject access request export (issue 4 item 8, AUD-04): everything Steward holds about one
// pupil — roster entry, consent history, do-not-publish entry, audit events about them, and one
// section per further room that registers a collector (posts, comments, cases: see README.md).
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
#include "domain/access/pupil.hpp"
#include "domain/audit/audit_types.hpp"
#include "domain/consent/consent_store.hpp"
#include "domain/ports/actor.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {

// One thing held about the subject, as ordered (field, value) pairs, e.g. a post.
using SubjectAccessItem = std::vector<std::pair<std::string, std::string>>;

// What one room holds about the subject.
struct SubjectAccessSection {
    std::string room;   // "posts", "comments", "cases"
    std::string title;  // "Posts that show or name the pupil"
    std::vector<SubjectAccessItem> items;
};

// The extension point: a room returns its section for pupil `pupil` of `school_id`, reading
// through `tx`. It must leave out other people's personal data (other pupils' names, staff
// beyond their role) or mark it "[redacted]".
using SubjectAccessCollector = std::function<core::Result<SubjectAccessSection>(
    Tx& tx, std::string_view school_id, const Pupil& pupil)>;

struct SubjectAccessBundle {
    std::string school_id;
    std::string pupil_id;
    core::TimePoint generated_at{};
    std::string generated_by;  // person id of whoever exported it
    Pupil pupil;
    std::vector<ConsentRecord> consent;  // newest first
    std::optional<DoNotPublishEntry> do_not_publish;
    std::vector<AuditEvent> audit_events;  // about the pupil, oldest first; actors as roles only
    std::vector<SubjectAccessSection> sections;  // from the collectors, in their order
};

// Gathers the bundle for `pupil_id` of `school_id` and audits the export itself
// ("subject_access.export", object the pupil). Audit events count as "about the pupil" when their
// object is the pupil or their summary names "pupil=<id>". Staff who acted appear by role, not by
// person id (other people's data). Errors: kPermissionDenied unless the actor may see both the
// consent register and the audit trail (headteacher, DPO) or is the system, kNotFound for a pupil
// not on the school's roster, or a collector's or the store's error.
core::Result<SubjectAccessBundle> CollectSubjectAccess(
    Tx& tx, const Actor& actor, const core::Clock& clock, std::string_view school_id,
    std::string_view pupil_id, std::span<const SubjectAccessCollector> collectors = {});

}  // namespace steward::domain
