// Consent routes under /api/schools/{school_id} (issue 4 items 1-2, CON-01..06, CON-10):
// consent?pupil_id= (history), consent (record a decision or amendment),
// consent/{record_id}/withdrawal, consent/import (text/csv, 400 lists every bad row),
// consent/missing, consent/coverage, and do-not-publish (list, put, delete).
// Pupils' names appear in bodies only: never in paths, logs or audit events.
#include <boost/json.hpp>
#include <cctype>

#include "api/error_mapping.hpp"
#include "api/handlers/consent_http.hpp"
#include "api/handlers/domain_routes.hpp"
#include "api/handlers/posts_takedowns.hpp"
#include "api/handlers/rows_refused.hpp"
#include "api/handlers/school_access.hpp"
#include "api/server/run_blocking.hpp"
#include "domain/consent/consent_decisions.hpp"
#include "domain/consent/consent_import.hpp"
#include "domain/consent/consent_reports.hpp"
#include "domain/consent/do_not_publish.hpp"
#include "formats/consent_csv.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;
using domain::Action;

core::Result<bool> BoolField(const json::object& body, std::string_view name) {
    const json::value* value = body.if_contains(name);
    if (value == nullptr || !value->is_bool()) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "The field " + std::string(name) + " must be true or false.",
                           std::string(name)};
    }
    return value->as_bool();
}

core::Result<domain::NewConsentDecision> DecisionFrom(const json::object& body) {
    domain::NewConsentDecision decision;
    for (auto [name, field, required] :
         {std::tuple{"pupil_id", &decision.pupil_id, true},
          std::tuple{"academic_year", &decision.academic_year, true},
          std::tuple{"platform", &decision.platform, true},
          std::tuple{"given_by", &decision.given_by, true},
          std::tuple{"method", &decision.method, true},
          std::tuple{"recorded_on", &decision.recorded_on, true},
          std::tuple{"amends_id", &decision.amends_id, false}}) {
        auto text = StringField(body, name, required);
        if (!text) return text.error();
        *field = std::move(*text);
    }
    for (auto [name, flag] : {std::pair{"image", &decision.image},
                              std::pair{"video", &decision.video},
                              std::pair{"name", &decision.name}}) {
        auto value = BoolField(body, name);
        if (!value) return value.error();
        *flag = *value;
    }
    return decision;
}

// Runs `use_case(tx, actor, school_id)` in one read-write transaction after the permission check.
template <class Fn>
auto AsConsentUser(ApiEnvironment& environment, RequestContext& context, Action action,
                   Fn&& use_case) {
    const std::string school_id = SchoolIdOf(context);
    const Principal& principal = *context.principal();
    return RunBlocking(context.workers(), [&environment, school_id, &principal, action,
                                           use_case = std::forward<Fn>(use_case)]() mutable {
        return AtSchool(environment, principal, school_id, action, TxMode::kWrite,
                        [&](domain::Tx& tx, const SchoolAccess& access, const policy::PolicyPack*) {
                            return use_case(tx, access.actor, school_id);
                        });
    });
}

net::awaitable<Response> History(ApiEnvironment& environment, RequestContext& context) {
    const std::string pupil_id = QueryParam(context.request().query, "pupil_id");
    struct Out {
        std::vector<domain::ConsentRecord> records;
        std::optional<domain::DoNotPublishEntry> do_not_publish;
    };
    auto out = co_await AsConsentUser(
        environment, context, Action::kViewConsent,
        [&](domain::Tx& tx, const domain::Actor& actor,
            const std::string& school_id) -> core::Result<Out> {
            if (pupil_id.empty()) {
                return core::Error{core::ErrorCode::kInvalidInput,
                                   "Say which pupil: add ?pupil_id= to the address.", "pupil_id"};
            }
            auto records = domain::ConsentHistory(tx, actor, environment.clock, school_id, pupil_id);
            if (!records) return records.error();
            auto flag = tx.Consent().FindDoNotPublish(school_id, pupil_id);
            if (!flag) return flag.error();
            return Out{std::move(*records), std::move(*flag)};
        });
    if (!out) co_return ErrorResponse(out.error());
    json::array records;
    for (const auto& record : out->records) records.push_back(ConsentRecordJson(record));
    co_return JsonResponse(
        200, json::object{{"pupil_id", pupil_id},
                          {"records", std::move(records)},
                          {"do_not_publish", out->do_not_publish
                                                 ? json::value(DoNotPublishJson(*out->do_not_publish))
                                                 : json::value(nullptr)},
                          {"scope", kConsentScope}});
}

core::Result<domain::NewConsentDecision> DecisionBody(const RequestContext& context) {
    auto body = JsonObjectBody(context);
    if (!body) return body.error();
    return DecisionFrom(*body);
}

core::Result<domain::NewWithdrawal> WithdrawalBody(const RequestContext& context) {
    auto body = JsonObjectBody(context);
    if (!body) return body.error();
    auto date = StringField(*body, "withdrawn_on");
    if (!date) return date.error();
    auto note = StringField(*body, "note", /*required=*/false);
    if (!note) return note.error();
    return domain::NewWithdrawal{std::move(*date), std::move(*note)};
}

// Bodies are read before, but judged after, the permission check: a role that may not record
// consent gets 403 whatever it sent.
net::awaitable<Response> Record(ApiEnvironment& environment, RequestContext& context) {
    const auto decision = DecisionBody(context);
    auto record = co_await AsConsentUser(
        environment, context, Action::kRecordConsent,
        [&](domain::Tx& tx, const domain::Actor& actor,
            const std::string& school_id) -> core::Result<domain::ConsentRecord> {
            if (!decision) return decision.error();
            return domain::RecordConsentDecision(tx, actor, environment.clock, school_id,
                                                 *decision);
        });
    if (!record) co_return ErrorResponse(record.error());
    co_return JsonResponse(201, ConsentRecordJson(*record));
}

// The withdrawal and, in the same transaction, the takedown tasks it opens (CON-07): the posts
// room adds its OpenTakedownTasks call where marked.
net::awaitable<Response> Withdraw(ApiEnvironment& environment, RequestContext& context) {
    const auto withdrawal = WithdrawalBody(context);
    const std::string record_id(context.Param("record_id").value_or(""));
    struct Out {
        domain::ConsentRecord record;
        std::vector<std::string> takedown_tasks;
    };
    auto out = co_await AsConsentUser(
        environment, context, Action::kRecordConsent,
        [&](domain::Tx& tx, const domain::Actor& actor,
            const std::string& school_id) -> core::Result<Out> {
            if (!withdrawal) return withdrawal.error();
            auto record = domain::WithdrawConsent(tx, actor, environment.clock, school_id,
                                                  record_id, *withdrawal);
            if (!record) return record.error();
            Out result{std::move(*record), {}};
            // Takedown tasks (posts room) are opened here, in this transaction.
            auto tasks = OpenTakedownsForWithdrawal(environment, tx, actor, school_id, result.record);
            if (!tasks) return tasks.error();
            result.takedown_tasks = std::move(*tasks);
            return result;
        });
    if (!out) co_return ErrorResponse(out.error());
    json::array tasks;
    for (const auto& task : out->takedown_tasks) tasks.push_back(json::value(task));
    co_return JsonResponse(200, json::object{{"record", ConsentRecordJson(out->record)},
                                             {"takedown_tasks", std::move(tasks)}});
}

net::awaitable<Response> Import(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const Principal& principal = *context.principal();
    const std::string& csv = context.request().body;
    bool rows_refused = false;
    auto summary = co_await RunBlocking(
        context.workers(), [&]() -> core::Result<domain::ConsentImportSummary> {
            auto access = AuthoriseAtSchool(environment.store, principal,
                                            Action::kRecordConsent, school_id);
            if (!access) return access.error();
            if (auto csv_type =
                    RequireContentType(context, "text/csv", "Send the consent file as text/csv.");
                !csv_type) {
                return csv_type.error();
            }
            auto basis =
                domain::LoadConsentImportBasis(environment.store, environment.clock,
                                               access->actor, school_id);
            if (!basis) return basis.error();
            auto records = formats::ParseConsentCsv(csv, ConsentCsvOptionsFor(*basis),
                                                    "consent.csv");
            if (!records) {
                rows_refused = true;
                return records.error();
            }
            return domain::ImportConsent(environment.store, environment.clock, access->actor,
                                         school_id, std::move(*records));
        });
    if (!summary) {
        if (rows_refused) co_return RowsRefused(summary.error());
        co_return ErrorResponse(summary.error());
    }
    co_return JsonResponse(200, json::object{{"records", summary->records},
                                             {"pupils", summary->pupils},
                                             {"withdrawn", summary->withdrawn}});
}

core::Result<std::optional<domain::AcademicYear>> YearParam(const RequestContext& context) {
    const std::string text = QueryParam(context.request().query, "academic_year");
    if (text.empty()) return std::optional<domain::AcademicYear>();
    auto year = domain::ParseAcademicYear(text);
    if (!year) {
        return core::Error{core::ErrorCode::kInvalidInput, "academic_year must be like 2026/27.",
                           "academic_year"};
    }
    return std::optional(*year);
}

net::awaitable<Response> Missing(ApiEnvironment& environment, RequestContext& context) {
    auto year = YearParam(context);
    if (!year) co_return ErrorResponse(year.error());
    auto report = co_await AsConsentUser(
        environment, context, Action::kViewConsent,
        [&](domain::Tx& tx, const domain::Actor& actor, const std::string& school_id) {
            return domain::MissingConsent(tx, actor, environment.clock, school_id, *year);
        });
    if (!report) co_return ErrorResponse(report.error());
    co_return JsonResponse(200, MissingJson(*report));
}

net::awaitable<Response> Coverage(ApiEnvironment& environment, RequestContext& context) {
    auto year = YearParam(context);
    if (!year) co_return ErrorResponse(year.error());
    auto report = co_await AsConsentUser(
        environment, context, Action::kViewConsent,
        [&](domain::Tx& tx, const domain::Actor& actor, const std::string& school_id) {
            return domain::ConsentCoverage(tx, actor, environment.clock, school_id, *year);
        });
    if (!report) co_return ErrorResponse(report.error());
    co_return JsonResponse(200, CoverageJson(*report));
}

}  // namespace

void RegisterConsentRoutes(Router& router, ApiEnvironment& environment) {
    const std::string base = "/api/schools/{school_id}/";
    auto add = [&](Method method, std::string path, std::string summary, bool json_body,
                   auto handler) {
        router.Add(method, base + path,
                   {.summary = std::move(summary), .tag = "consent", .json_body = json_body},
                   [&environment, handler](RequestContext& context) {
                       return handler(environment, context);
                   });
    };
    add(Method::kGet, "consent",
        "A pupil's consent history (?pupil_id=), newest first, with do-not-publish. Audited.",
        false, History);
    add(Method::kPost, "consent",
        "Records a consent decision, or an amendment naming amends_id (CON-01, CON-06).", true,
        Record);
    add(Method::kPost, "consent/{record_id}/withdrawal",
        "Records a written withdrawal {withdrawn_on, note}; returns {record, takedown_tasks}.",
        true, Withdraw);
    add(Method::kPost, "consent/import",
        "Imports consent.csv (text/csv), all or nothing; 400 lists every bad row as {line, "
        "message}.",
        false, Import);
    add(Method::kGet, "consent/missing",
        "Pupils with no decision for ?academic_year= (default this year), by year group.", false,
        Missing);
    add(Method::kGet, "consent/coverage",
        "Per year group: pupils, with a decision, images allowed (?academic_year=).", false,
        Coverage);
    RegisterDoNotPublishRoutes(router, environment);
}

}  // namespace steward::api
