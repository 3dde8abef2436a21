// Evidence routes (issue 7 item 5): POST cases/{case_id}/evidence (the raw file, ?filename=, or
// JSON {reference}) stored with its SHA-256, and GET cases/{case_id}/evidence/{evidence_id}
// returning the bytes to the case's handlers only, checked against the SHA-256 and audited.
#include <boost/json.hpp>

#include "api/handlers/cases_http.hpp"
#include "api/handlers/cases_json.hpp"
#include "domain/cases/case_service.hpp"

namespace steward::api::cases_http {
namespace {

namespace json = boost::json;

// Evidence: a JSON {reference: "https://..."} for a link, or the raw file as the body with its
// content type and ?filename=. The server's body limit answers 413 before this runs.
core::Result<domain::CaseEvidence> EvidenceFrom(const RequestContext& context) {
    domain::CaseEvidence evidence;
    const std::string content_type(context.request().Header("content-type").value_or(""));
    if (content_type.rfind("application/json", 0) == 0) {
        auto body = JsonObjectBody(context);
        if (!body) return body.error();
        auto reference = StringField(*body, "reference");
        if (!reference) return reference.error();
        evidence.reference = std::move(*reference);
        return evidence;
    }
    if (context.request().body.empty()) {
        return Invalid("Send the evidence file as the request body.", "request body");
    }
    evidence.content = context.request().body;
    evidence.content_type = content_type.empty() ? "application/octet-stream" : content_type;
    evidence.filename = QueryParam(context.request().query, "filename");
    return evidence;
}

net::awaitable<Response> AddEvidence(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const std::string case_id(context.Param("case_id").value_or(""));
    auto added = co_await RunBlocking(context.workers(), [&] {
        return CaseTransaction(
            environment, *context.principal(), school_id, TxMode::kWrite,
            [&](domain::Tx& tx, const SchoolAccess& access,
                const policy::PolicyPack* pack) -> core::Result<domain::CaseEvidence> {
                auto evidence = EvidenceFrom(context);
                if (!evidence) return evidence.error();
                return domain::AddCaseEvidence(tx, access.actor, environment.clock, pack, school_id,
                                               case_id, std::move(*evidence));
            });
    });
    if (!added) co_return ErrorResponse(added.error());
    co_return JsonResponse(201, cases_json::EvidenceJson(*added));
}

// Content types a browser may render inline; anything else is sent as application/octet-stream
// so uploaded HTML or SVG can never run on Steward's origin.
bool SafeToName(std::string_view content_type) {
    return content_type == "image/png" || content_type == "image/jpeg" ||
           content_type == "image/gif" || content_type == "image/webp" ||
           content_type == "application/pdf" || content_type == "text/plain" ||
           content_type == "text/uri-list";
}

// A filename for Content-Disposition: letters, digits, '.', '-', '_' only.
std::string SafeFilename(std::string_view filename, std::string_view fallback) {
    std::string out;
    for (const char c : filename) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
        out += plain ? c : '_';
    }
    if (out.empty() || out.find_first_not_of("._") == std::string::npos)
        return std::string(fallback);
    return out.substr(0, 100);
}

net::awaitable<Response> DownloadEvidence(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const std::string case_id(context.Param("case_id").value_or(""));
    const std::string evidence_id(context.Param("evidence_id").value_or(""));
    auto read = co_await RunBlocking(context.workers(), [&] {
        return CaseTransaction(
            environment, *context.principal(), school_id,
            TxMode::kWrite,  // the download is audited
            [&](domain::Tx& tx, const SchoolAccess& access, const policy::PolicyPack* pack) {
                return domain::ReadCaseEvidence(tx, access.actor, environment.clock, pack,
                                                school_id, case_id, evidence_id);
            });
    });
    if (!read) co_return ErrorResponse(read.error());
    const bool is_link = !read->reference.empty();
    Response response;
    response.status = 200;
    response.content_type =
        SafeToName(read->content_type) ? read->content_type : "application/octet-stream";
    response.body = is_link ? read->reference : std::move(read->content);
    response.headers.push_back({"cache-control", "no-store"});
    response.headers.push_back(
        {"content-disposition",
         "attachment; filename=\"" + SafeFilename(read->filename, read->id) + "\""});
    response.headers.push_back({"x-evidence-sha256", read->sha256});
    co_return response;
}

}  // namespace

void RegisterCaseEvidenceRoutes(Router& router, ApiEnvironment& environment) {
    AddCaseRoute(router, environment, Method::kPost, "cases/{case_id}/evidence",
                 {.summary = "Attaches evidence: the raw file (?filename=) or JSON {reference}; "
                             "stored with its SHA-256 (at most 5 MB).",
                  .max_body_bytes = static_cast<std::size_t>(domain::kMaxEvidenceBytes)},
                 AddEvidence);
    AddCaseRoute(router, environment, Method::kGet, "cases/{case_id}/evidence/{evidence_id}",
                 {.summary = "The evidence's bytes (a link: its text) for the case's handlers, "
                             "checked against its SHA-256 (header X-Evidence-SHA256); audited.",
                  .response_type = "application/octet-stream"},
                 DownloadEvidence);
}

}  // namespace steward::api::cases_http
