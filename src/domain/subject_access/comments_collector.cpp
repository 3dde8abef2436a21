// Comments naming or about a pupil, redacted, for the subject access export.
#include "domain/subject_access/comments_collector.hpp"

#include <algorithm>
#include <charconv>
#include <functional>
#include <optional>
#include <set>

#include "domain/comments/comment_store.hpp"
#include "domain/subject_access/sar_html.hpp"
#include "domain/subject_access/staff_names.hpp"
#include "screening/findings.hpp"
#include "screening/normalizer.hpp"
#include "screening/pupil_names.hpp"

namespace steward::domain {
namespace {

constexpr std::string_view kPupilNameRule = "pd/pupil_full_name";
// The upper bound of "every comment" (year 9999).
const core::TimePoint kEndOfTime{std::chrono::seconds(253402300799LL)};

// A finding as comment intake stored it: original byte span and rule.
struct StoredFinding {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string rule_id;
};

// Reads the findings JSON comment intake writes ([{"span":[b,e],...,"rule_id":"..",...}]).
// Anything it cannot read is skipped: the text is then shown unredacted only where no span was
// found, which the DPO reviews before disclosure.
std::vector<StoredFinding> ParseFindings(std::string_view json) {
    std::vector<StoredFinding> findings;
    constexpr std::string_view kSpan = "\"span\":[";
    constexpr std::string_view kRule = "\"rule_id\":\"";
    std::size_t at = 0;
    while ((at = json.find(kSpan, at)) != std::string_view::npos) {
        at += kSpan.size();
        StoredFinding finding;
        auto first = std::from_chars(json.data() + at, json.data() + json.size(), finding.begin);
        if (first.ec != std::errc() || *first.ptr != ',') continue;
        auto second = std::from_chars(first.ptr + 1, json.data() + json.size(), finding.end);
        if (second.ec != std::errc()) continue;
        const std::size_t rule = json.find(kRule, at);
        const std::size_t next = json.find(kSpan, at);
        if (rule == std::string_view::npos || (next != std::string_view::npos && rule > next)) {
            continue;
        }
        const std::size_t rule_begin = rule + kRule.size();
        const std::size_t rule_end = json.find('"', rule_begin);
        if (rule_end == std::string_view::npos) break;
        finding.rule_id = std::string(json.substr(rule_begin, rule_end - rule_begin));
        findings.push_back(std::move(finding));
    }
    return findings;
}

bool NamesSubject(const screening::PupilNameIndex& subject, std::string_view text) {
    return !subject.Find(screening::NormalizeForMatch(text)).empty();
}

// The replacement for a finding's span (rule, original text), or nullopt to keep it.
using SpanRedaction =
    std::function<std::optional<std::string>(std::string_view rule, std::string_view span)>;

// Replaces the findings' spans `redact` asks for, from the end backwards so that earlier offsets
// stay valid.
std::string RedactedText(const Comment& comment, const SpanRedaction& redact) {
    std::vector<StoredFinding> findings = ParseFindings(comment.findings_json);
    std::sort(findings.begin(), findings.end(),
              [](const auto& a, const auto& b) { return a.begin > b.begin; });
    std::string text = comment.text;
    std::size_t limit = text.size();
    for (const StoredFinding& finding : findings) {
        if (finding.begin >= finding.end || finding.end > limit) continue;  // overlaps or stale
        const std::string_view span(text.data() + finding.begin, finding.end - finding.begin);
        const std::optional<std::string> replacement = redact(finding.rule_id, span);
        if (!replacement) continue;
        text.replace(finding.begin, finding.end - finding.begin, *replacement);
        limit = finding.begin;
    }
    return text;
}

std::string ActionsSummary(Tx& tx, const Comment& comment, std::string_view subject_id,
                           core::Status& status) {
    auto actions = tx.Comments().ListActions(comment.id);
    if (!actions) {
        status = actions.error();
        return {};
    }
    std::string summary;
    for (const CommentAction& action : *actions) {
        if (!summary.empty()) summary += "; ";
        summary += std::string(ModerationKindName(action.kind)) + " " + FormatUtc(action.at) +
                   " by " +
                   (action.actor == "system"     ? "Steward"
                    : action.actor == subject_id ? "you"
                                                 : "[staff member]");
    }
    return summary.empty() ? "none" : summary;
}

core::Result<SubjectAccessItem> CommentItem(Tx& tx, const Comment& comment,
                                            std::pair<std::string, std::string> how,
                                            std::string_view subject_id,
                                            const SpanRedaction& redact) {
    core::Status status = core::OkStatus();
    std::string actions = ActionsSummary(tx, comment, subject_id, status);
    if (!status) return status.error();
    std::string categories;
    for (const std::string& category : comment.categories) {
        categories += (categories.empty() ? "" : ", ") + category;
    }
    SubjectAccessItem item = {
        {"comment", comment.id},
        {"account", comment.account_id},
        {"platform", std::string(PlatformName(comment.platform))},
        {"received", FormatUtc(comment.received_at)},
        {"author", "[comment author]"},
        std::move(how),
        {"text", RedactedText(comment, redact)},
        {"screening", categories.empty() ? "none" : categories},
        {"state", std::string(CommentStateName(comment.state))},
        {"visibility", std::string(CommentVisibilityName(comment.visibility))},
        {"moderation", std::move(actions)}};
    if (!comment.case_id.empty()) item.emplace_back("case", comment.case_id);
    return item;
}

core::Result<SubjectAccessSection> PupilComments(Tx& tx, std::string_view school_id,
                                                 const Pupil& pupil) {
    auto cases = tx.Cases().ListCases(school_id);
    if (!cases) return cases.error();
    std::set<std::string> about;
    for (const Case& record : *cases) {
        const auto& ids = record.pupil_ids;
        if (!record.source_comment_id.empty() &&
            std::find(ids.begin(), ids.end(), pupil.id) != ids.end()) {
            about.insert(record.source_comment_id);
        }
    }
    auto comments = tx.Comments().ListNamingPupilsOr(
        school_id, std::vector<std::string>(about.begin(), about.end()));
    if (!comments) return comments.error();
    const screening::PupilNameIndex subject(
        {{pupil.first_name, pupil.last_name, pupil.preferred_name, ""}});
    const SpanRedaction redact = [&](std::string_view rule,
                                     std::string_view span) -> std::optional<std::string> {
        if (rule.rfind("pd/", 0) != 0) return std::nullopt;
        if (rule != kPupilNameRule) return "[personal data removed]";
        if (NamesSubject(subject, span)) return std::nullopt;
        return "[another pupil]";
    };
    SubjectAccessSection section{"comments",
                                 "Comments on the school's accounts that name the pupil or "
                                 "were the source of a case about them",
                                 {}};
    for (const Comment& comment : *comments) {
        const bool named = NamesSubject(subject, comment.text);
        const bool is_about = about.count(comment.id) != 0;
        if (!named && !is_about) continue;
        auto item = CommentItem(
            tx, comment,
            {"how the pupil appears", named && is_about ? "named, and a case about them was opened"
                                      : named           ? "named in the comment"
                                                        : "a case about them was opened from it"},
            pupil.id, redact);
        if (!item) return item.error();
        section.items.push_back(std::move(*item));
    }
    return section;
}

core::Result<SubjectAccessSection> StaffComments(Tx& tx, std::string_view school_id,
                                                 const Person& person) {
    std::vector<std::string> every;
    for (int c = 0; c <= static_cast<int>(screening::Category::kTone); ++c) {
        every.emplace_back(screening::CategoryName(static_cast<screening::Category>(c)));
    }
    auto comments = tx.Comments().ListFlagged(school_id, every, core::TimePoint{}, kEndOfTime);
    if (!comments) return comments.error();
    const StaffNameForms forms(person.display_name);
    const SpanRedaction redact = [&](std::string_view rule,
                                     std::string_view span) -> std::optional<std::string> {
        if (rule == kPupilNameRule) return "[a pupil]";
        if (rule.rfind("pd/", 0) == 0) return "[personal data removed]";
        if (rule.rfind("insult/targets_", 0) == 0 && !forms.NamedIn(span)) {
            return "[another staff member]";
        }
        return std::nullopt;
    };
    SubjectAccessSection section{
        "comments", "Comments on the school's accounts that name the staff member", {}};
    for (auto it = comments->rbegin(); it != comments->rend(); ++it) {  // oldest first
        if (!forms.NamedIn(it->text)) continue;
        auto item = CommentItem(tx, *it, {"how the staff member appears", "named in the comment"},
                                person.id, redact);
        if (!item) return item.error();
        section.items.push_back(std::move(*item));
    }
    return section;
}

}  // namespace

SubjectAccessCollector CommentsCollector() {
    return [](Tx& tx, std::string_view school_id,
              const DataSubject& subject) -> core::Result<SubjectAccessSection> {
        if (subject.kind == SubjectKind::kStaff) {
            return StaffComments(tx, school_id, subject.person);
        }
        return PupilComments(tx, school_id, subject.pupil);
    };
}

}  // namespace steward::domain
