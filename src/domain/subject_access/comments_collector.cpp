// Comments naming or about a pupil, redacted, for the subject access export.
#include "domain/subject_access/comments_collector.hpp"

#include <algorithm>
#include <charconv>
#include <set>

#include "domain/comments/comment_store.hpp"
#include "domain/subject_access/sar_html.hpp"
#include "screening/normalizer.hpp"
#include "screening/pupil_names.hpp"

namespace steward::domain {
namespace {

constexpr std::string_view kPupilNameRule = "pd/pupil_full_name";

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

// Replaces every personal-data span except the subject's own name, from the end backwards so
// that earlier offsets stay valid.
std::string RedactedText(const Comment& comment, const screening::PupilNameIndex& subject) {
    std::vector<StoredFinding> findings = ParseFindings(comment.findings_json);
    std::sort(findings.begin(), findings.end(),
              [](const auto& a, const auto& b) { return a.begin > b.begin; });
    std::string text = comment.text;
    std::size_t limit = text.size();
    for (const StoredFinding& finding : findings) {
        if (finding.rule_id.rfind("pd/", 0) != 0) continue;
        if (finding.begin >= finding.end || finding.end > limit) continue;  // overlaps or stale
        const std::string_view span(text.data() + finding.begin, finding.end - finding.begin);
        std::string replacement;
        if (finding.rule_id == kPupilNameRule) {
            if (NamesSubject(subject, span)) continue;
            replacement = "[another pupil]";
        } else {
            replacement = "[personal data removed]";
        }
        text.replace(finding.begin, finding.end - finding.begin, replacement);
        limit = finding.begin;
    }
    return text;
}

std::string ActionsSummary(Tx& tx, const Comment& comment, core::Status& status) {
    auto actions = tx.Comments().ListActions(comment.id);
    if (!actions) {
        status = actions.error();
        return {};
    }
    std::string summary;
    for (const CommentAction& action : *actions) {
        if (!summary.empty()) summary += "; ";
        summary += std::string(ModerationKindName(action.kind)) + " " + FormatUtc(action.at) +
                   " by " + (action.actor == "system" ? "Steward" : "[staff member]");
    }
    return summary.empty() ? "none" : summary;
}

core::Result<SubjectAccessItem> CommentItem(Tx& tx, const Comment& comment, bool named,
                                            bool about, const screening::PupilNameIndex& subject) {
    core::Status status = core::OkStatus();
    std::string actions = ActionsSummary(tx, comment, status);
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
        {"how the pupil appears", named && about ? "named, and a case about them was opened"
                                  : named        ? "named in the comment"
                                                 : "a case about them was opened from it"},
        {"text", RedactedText(comment, subject)},
        {"screening", categories.empty() ? "none" : categories},
        {"state", std::string(CommentStateName(comment.state))},
        {"visibility", std::string(CommentVisibilityName(comment.visibility))},
        {"moderation", std::move(actions)}};
    if (!comment.case_id.empty()) item.emplace_back("case", comment.case_id);
    return item;
}

}  // namespace

SubjectAccessCollector CommentsCollector() {
    return [](Tx& tx, std::string_view school_id,
              const Pupil& pupil) -> core::Result<SubjectAccessSection> {
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
        SubjectAccessSection section{"comments",
                                     "Comments on the school's accounts that name the pupil or "
                                     "were the source of a case about them",
                                     {}};
        for (const Comment& comment : *comments) {
            const bool named = NamesSubject(subject, comment.text);
            const bool is_about = about.count(comment.id) != 0;
            if (!named && !is_about) continue;
            auto item = CommentItem(tx, comment, named, is_about, subject);
            if (!item) return item.error();
            section.items.push_back(std::move(*item));
        }
        return section;
    };
}

}  // namespace steward::domain
