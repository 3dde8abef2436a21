// Case lifecycle routes: POST cases/{case_id}/transition, notes and members (INC-04, INC-17).
#include <boost/json.hpp>

#include "api/handlers/cases_http.hpp"
#include "api/handlers/cases_json.hpp"
#include "domain/cases/case_service.hpp"

namespace steward::api::cases_http {
namespace {

namespace json = boost::json;
using cases_json::Seconds;

core::Result<domain::CaseTransition> TransitionFrom(const json::object& body) {
    domain::CaseTransition step;
    auto to = StringField(body, "to");
    if (!to) return to.error();
    const auto state = domain::ParseCaseState(*to);
    if (!state || *state == domain::CaseState::kReported) {
        return Invalid("Move to triaged, investigating, outcome or closed.", "to");
    }
    step.to = *state;
    auto outcome = StringField(body, "outcome", /*required=*/false);
    if (!outcome) return outcome.error();
    if (!outcome->empty()) {
        const auto parsed = domain::ParseCaseOutcome(*outcome);
        if (!parsed) {
            return Invalid(
                "Use an outcome: no_further_action, advice, disciplinary_referral,"
                " police_or_ceop_referral or content_removed.",
                "outcome");
        }
        step.outcome = *parsed;
    }
    auto note = StringField(body, "note", /*required=*/false);
    if (!note) return note.error();
    step.note = std::move(*note);
    if (const json::value* referral = body.if_contains("referral");
        referral && !referral->is_null()) {
        if (!referral->is_object()) {
            return Invalid("The referral must be {body, reference}.", "referral");
        }
        auto referral_body = StringField(referral->as_object(), "body");
        if (!referral_body) return Invalid("Give the referral body.", "referral.body");
        auto reference = StringField(referral->as_object(), "reference", /*required=*/false);
        if (!reference) return Invalid("The reference must be text.", "referral.reference");
        step.referral = domain::CaseReferral{*referral_body, *reference, "", {}};
    }
    return step;
}

net::awaitable<Response> Transition(ApiEnvironment& environment, RequestContext& context) {
    return cases_http::CaseStep(
        environment, context, TransitionFrom,
        [&environment](domain::Tx& tx, const domain::Actor& actor, const policy::PolicyPack* pack,
                       const std::string& school_id, const std::string& case_id,
                       const domain::CaseTransition& step) -> core::Result<json::value> {
            auto moved = domain::TransitionCase(tx, actor, environment.clock, pack, school_id,
                                                case_id, step);
            if (!moved) return moved.error();
            return json::value(cases_json::CaseJson(*moved));
        });
}

net::awaitable<Response> AddNote(ApiEnvironment& environment, RequestContext& context) {
    return cases_http::CaseStep(
        environment, context, [](const json::object& body) { return StringField(body, "text"); },
        [&environment](domain::Tx& tx, const domain::Actor& actor, const policy::PolicyPack* pack,
                       const std::string& school_id, const std::string& case_id,
                       const std::string& text) -> core::Result<json::value> {
            auto note =
                domain::AddCaseNote(tx, actor, environment.clock, pack, school_id, case_id, text);
            if (!note) return note.error();
            return json::value(json::object{{"id", note->id},
                                            {"author_person_id", note->author_person_id},
                                            {"text", note->text},
                                            {"created_at", Seconds(note->created_at)}});
        });
}

net::awaitable<Response> AddMember(ApiEnvironment& environment, RequestContext& context) {
    return cases_http::CaseStep(
        environment, context,
        [](const json::object& body) { return StringField(body, "person_id"); },
        [&environment](domain::Tx& tx, const domain::Actor& actor, const policy::PolicyPack* pack,
                       const std::string& school_id, const std::string& case_id,
                       const std::string& person_id) -> core::Result<json::value> {
            auto member = domain::AddCaseMember(tx, actor, environment.clock, pack, school_id,
                                                case_id, person_id);
            if (!member) return member.error();
            return json::value(json::object{{"person_id", member->person_id},
                                            {"added_by", member->added_by},
                                            {"added_at", Seconds(member->added_at)}});
        });
}

}  // namespace

void RegisterCaseStepRoutes(Router& router, ApiEnvironment& environment) {
    AddCaseRoute(
        router, environment, Method::kPost, "cases/{case_id}/transition",
        {.summary = "Moves a case one step: {to, outcome?, note?, referral?:{body, reference}}; "
                    "investigating needs the initial assessment, police contact the police "
                    "contact role.",
         .json_body = true},
        Transition);
    AddCaseRoute(router, environment, Method::kPost, "cases/{case_id}/notes",
                 {.summary = "Adds a note: {text}.", .json_body = true}, AddNote);
    AddCaseRoute(router, environment, Method::kPost, "cases/{case_id}/members",
                 {.summary = "Adds a co-investigator: {person_id}.", .json_body = true}, AddMember);
}

}  // namespace steward::api::cases_http
