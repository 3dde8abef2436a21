// Ingest: check, find the accounts (one read transaction), screen outside any transaction (the
// screener's batch form, school by school), then store with the arrival rules in one transaction.
#include "domain/comments/comment_intake.hpp"

#include <cstdio>
#include <map>
#include <optional>

#include "domain/audit/audit_log.hpp"
#include "domain/comments/comment_cases.hpp"
#include "domain/comments/comment_deadline.hpp"
#include "domain/ports/store.hpp"
#include "security/tokens.hpp"

namespace steward::domain {
namespace {

core::Error Invalid(std::string message, std::string where) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), std::move(where)};
}

void AppendJsonString(std::string& out, std::string_view text) {
    out += '"';
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", byte);
            out += escaped;
        } else {
            out += c;
        }
    }
    out += '"';
}

// Spans, categories and rules only: the matched words are in the text the spans point into.
std::string FindingsJson(const std::vector<screening::Finding>& findings) {
    std::string json = "[";
    for (const screening::Finding& finding : findings) {
        if (json.size() > 1) json += ',';
        json += "{\"span\":[" + std::to_string(finding.span.begin) + "," +
                std::to_string(finding.span.end) + "],\"category\":";
        AppendJsonString(json, screening::CategoryName(finding.category));
        json += ",\"rule_id\":";
        AppendJsonString(json, finding.rule_id);
        json += ",\"severity\":";
        AppendJsonString(json, screening::SeverityName(finding.severity));
        json += '}';
    }
    return json + "]";
}

// Req: MON-09 the pack's immediate-removal categories: hate and sexual abuse are extreme
// offence, threats a risk of harm. Without a pack, all three are removed at once.
bool RemoveOnArrival(const Comment& comment, const policy::PolicyPack* pack) {
    auto listed = [&](policy::RemovalCategory category) {
        if (pack == nullptr) return true;
        for (const auto entry : pack->monitoring.immediate_removal_categories) {
            if (entry == category) return true;
        }
        return false;
    };
    if ((comment.HasCategory("hate") || comment.HasCategory("sexual")) &&
        listed(policy::RemovalCategory::kExtremeOffence)) {
        return true;
    }
    return comment.HasCategory("threat") && listed(policy::RemovalCategory::kRiskOfHarm);
}

}  // namespace

core::Status CheckIncoming(const IncomingComment& incoming, std::string_view where) {
    const std::string prefix(where);
    if (incoming.platform_comment_id.empty() ||
        incoming.platform_comment_id.size() > kMaxCommentIdBytes) {
        return Invalid("Give the platform's comment id (1 to 200 characters).",
                       prefix + ", field platform_comment_id");
    }
    if (incoming.text.empty() || incoming.text.size() > kMaxCommentTextBytes) {
        return Invalid("The comment text must be 1 to 16384 bytes.", prefix + ", field text");
    }
    if (incoming.account_id.empty() && incoming.account_external_id.empty()) {
        return Invalid("Say which official account the comment was made on.",
                       prefix + ", field account_id");
    }
    if (incoming.received_at.time_since_epoch().count() <= 0) {
        return Invalid("Give the time the comment was made, e.g. 2026-11-21T10:00:00Z.",
                       prefix + ", field received_at");
    }
    for (const std::string* field :
         {&incoming.author_handle, &incoming.author_name, &incoming.link,
          &incoming.platform_post_id, &incoming.author_platform_id}) {
        if (field->size() > 2048) return Invalid("A field is longer than 2048 bytes.", prefix);
    }
    return core::OkStatus();
}

struct CommentIntake::Prepared {
    Comment comment;
    const policy::PolicyPack* pack = nullptr;
    bool duplicate = false;
};

// Finds the comment's account, whether it is already stored, and its school's pack.
core::Status CommentIntake::LookUp(Tx& tx, const IncomingComment& incoming, Prepared& prepared) {
    Comment& comment = prepared.comment;
    std::optional<OfficialAccount> account;
    if (!incoming.account_id.empty()) {
        auto got = tx.Accounts().GetAccount(incoming.school_id, incoming.account_id);
        if (!got) return got.error();
        account = std::move(*got);
    } else {
        auto got = tx.Accounts().FindAccountByPlatformId(incoming.platform,
                                                         incoming.account_external_id);
        if (!got) return got.error();
        account = std::move(*got);
    }
    // A school's own ingest may only name its own accounts (tenant isolation).
    if (account && !incoming.school_id.empty() && account->school_id != incoming.school_id) {
        account.reset();
    }
    if (!account) {
        return core::Error{core::ErrorCode::kNotFound,
                           "No official account matches this comment; register the account "
                           "first.",
                           "account"};
    }
    comment.school_id = account->school_id;
    comment.account_id = account->id;
    comment.platform = account->platform;
    auto existing = tx.Comments().FindByPlatformId(account->platform,
                                                   incoming.platform_comment_id);
    if (!existing) return existing.error();
    if (*existing) {
        comment = std::move(**existing);
        prepared.duplicate = true;
        return core::OkStatus();
    }
    auto school = tx.Access().FindSchool(account->school_id);
    if (!school) return school.error();
    if (*school) prepared.pack = packs_ ? packs_(**school) : nullptr;
    return core::OkStatus();
}

// The verdict and the incoming fields onto the new comment, with its deadlines.
core::Status CommentIntake::Fill(const IncomingComment& incoming,
                                 const screening::CommentVerdict& verdict, Prepared& prepared) {
    Comment& comment = prepared.comment;
    for (const screening::Category category : verdict.categories) {
        comment.categories.emplace_back(screening::CategoryName(category));
    }
    comment.action = std::string(screening::ActionName(verdict.action));
    comment.findings_json = FindingsJson(verdict.findings);

    auto deadlines = DeadlinesFor(prepared.pack);
    if (!deadlines) return deadlines.error();
    comment.id = "cmt-" + security::GenerateToken().substr(0, 16);
    comment.platform_comment_id = incoming.platform_comment_id;
    comment.platform_post_id = incoming.platform_post_id;
    comment.author_platform_id = incoming.author_platform_id;
    comment.author_handle = incoming.author_handle;
    comment.author_name = incoming.author_name;
    comment.text = incoming.text;
    comment.link = incoming.link;
    comment.source = incoming.source;
    comment.received_at = incoming.received_at;
    comment.due_at = deadlines->DueAt(incoming.received_at);
    comment.warn_at = deadlines->WarnAt(incoming.received_at);
    return core::OkStatus();
}

// Looks every comment up in one read transaction, then screens the new ones school by school
// with the batch form of the screener (outside any transaction). Errors name the row when the
// batch has more than one comment.
core::Result<std::vector<CommentIntake::Prepared>> CommentIntake::PrepareAll(
    std::span<const IncomingComment> batch) {
    auto where = [&](std::size_t index, core::Error error) {
        if (batch.size() == 1) return error;
        error.where = "row " + std::to_string(index + 1) +
                      (error.where.empty() ? "" : ", " + error.where);
        return error;
    };
    std::vector<Prepared> prepared(batch.size());
    auto found = store_.Read([&](Tx& tx) -> core::Status {
        for (std::size_t index = 0; index < batch.size(); ++index) {
            if (auto one = LookUp(tx, batch[index], prepared[index]); !one) {
                return where(index, one.error());
            }
        }
        return core::OkStatus();
    });
    if (!found) return found.error();

    std::map<std::string, std::vector<std::size_t>> by_school;  // new comments only
    for (std::size_t index = 0; index < batch.size(); ++index) {
        if (!prepared[index].duplicate) by_school[prepared[index].comment.school_id].push_back(index);
    }
    for (const auto& [school_id, indexes] : by_school) {
        auto screener = screeners_.Get(school_id);
        if (!screener) return screener.error();
        std::vector<std::string_view> texts;
        texts.reserve(indexes.size());
        for (const std::size_t index : indexes) texts.emplace_back(batch[index].text);
        std::optional<core::Error> failed;
        (*screener)->screener()->ScreenComments(
            texts, [&](std::size_t i, const screening::CommentVerdict& verdict) {
                const std::size_t index = indexes[i];
                auto filled = Fill(batch[index], verdict, prepared[index]);
                if (!filled && !failed) failed = where(index, filled.error());
            });
        if (failed) return *failed;
    }
    return prepared;
}

core::Result<IntakeResult> CommentIntake::StoreOne(Tx& tx, const Actor& actor,
                                                   Prepared& prepared) {
    Comment& comment = prepared.comment;
    if (prepared.duplicate) return IntakeResult{comment, true};
    auto existing = tx.Comments().FindByPlatformId(comment.platform, comment.platform_comment_id);
    if (!existing) return existing.error();
    if (*existing) return IntakeResult{std::move(**existing), true};

    const core::TimePoint now = clock_.Now();
    comment.created_at = now;
    const bool remove = RemoveOnArrival(comment, prepared.pack);
    const std::optional<ConcernType> concern = ArrivalConcern(comment);
    if (remove) {
        comment.visibility = CommentVisibility::kHidden;
        comment.first_response_at = now;
    }
    comment.urgent = concern == ConcernType::kSafeguardingDisclosure;
    if (auto inserted = tx.Comments().InsertComment(comment); !inserted) return inserted.error();
    if (remove) {
        CommentAction hide{"cma-" + security::GenerateToken().substr(0, 16), comment.id,
                           comment.school_id, ModerationKind::kHide,
                           "Screening found " + comment.action + " content (" +
                               (comment.categories.empty() ? "" : comment.categories.front()) +
                               "): hidden on arrival (MON-09).",
                           "", "system", now, PlatformStatus::kPending};
        if (auto added = tx.Comments().InsertAction(hide); !added) return added.error();
    }
    if (concern) {
        auto case_id = OpenCaseForComment(tx, actor, clock_, prepared.pack, comment, *concern);
        if (!case_id) return case_id.error();
        comment.case_id = *case_id;
        if (auto updated = tx.Comments().UpdateComment(comment); !updated) return updated.error();
    }
    std::string after = "account=" + comment.account_id + " action=" + comment.action +
                        " visibility=" + std::string(CommentVisibilityName(comment.visibility));
    if (!comment.case_id.empty()) after += " case=" + comment.case_id;
    auto audited = RecordAudit(tx, actor, clock_,
                               {"comments.receive", "comment", comment.id, "", std::move(after),
                                comment.school_id});
    if (!audited) return audited.error();
    return IntakeResult{comment, false};
}

core::Result<IntakeResult> CommentIntake::Ingest(const Actor& actor,
                                                 const IncomingComment& incoming) {
    if (auto checked = CheckIncoming(incoming); !checked) return checked.error();
    auto prepared = PrepareAll({&incoming, 1});
    if (!prepared) return prepared.error();
    auto stored = store_.Transact([&](Tx& tx) -> core::Result<IntakeResult> {
        return StoreOne(tx, actor, prepared->front());
    });
    if (!stored && stored.error().code == core::ErrorCode::kAlreadyExists) {
        // Another delivery of the same comment won the race: report the stored one.
        auto again = PrepareAll({&incoming, 1});
        if (again && again->front().duplicate) return IntakeResult{again->front().comment, true};
    }
    return stored;
}

core::Result<std::vector<IntakeResult>> CommentIntake::IngestAll(
    const Actor& actor, const std::vector<IncomingComment>& batch) {
    std::string problems;
    for (std::size_t index = 0; index < batch.size(); ++index) {
        auto checked = CheckIncoming(batch[index], "row " + std::to_string(index + 1));
        if (!checked) problems += (problems.empty() ? "" : "; ") + checked.error().where + ": " +
                                  checked.error().message;
    }
    if (!problems.empty()) return Invalid("Nothing was imported: " + problems, "comments");
    auto prepared = PrepareAll(batch);
    if (!prepared) return prepared.error();
    return store_.Transact([&](Tx& tx) -> core::Result<std::vector<IntakeResult>> {
        std::vector<IntakeResult> results;
        results.reserve(prepared->size());
        for (Prepared& one : *prepared) {
            auto stored = StoreOne(tx, actor, one);
            if (!stored) return stored.error();
            results.push_back(std::move(*stored));
        }
        return results;
    });
}

}  // namespace steward::domain
