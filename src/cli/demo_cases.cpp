// Demo cases through the cases room's workflows, so they are routed and audited like real ones.
#include "cli/demo_cases.hpp"

#include "domain/cases/case_service.hpp"
#include "domain/cases/follower_vetting.hpp"

namespace steward::cli {
namespace {

using domain::ConcernType;
using domain::NewCase;

// A staff member to report: an account moderator if the school has one, else anyone but the DSL.
std::string ReporterOf(const std::vector<domain::Person>& people) {
    for (const auto& person : people) {
        if (person.id.rfind("account.moderator", 0) == 0) return person.id;
    }
    for (const auto& person : people) {
        if (person.id.rfind("dsl.", 0) != 0) return person.id;
    }
    return "";
}

std::vector<NewCase> DemoConcerns(const std::string& school_id, const std::string& reporter) {
    NewCase behaviour;
    behaviour.school_id = school_id;
    behaviour.concern_type = ConcernType::kPupilOnlineBehaviour;
    behaviour.summary = "Unkind messages in a class group chat, shared with staff by a parent";
    behaviour.reporter = reporter;
    behaviour.fields = {{"description", "Screenshots show repeated unkind messages."},
                        {"first_seen_at", "2026-11-18T16:10"},
                        {"platform", "whatsapp"},
                        {"year_group", "5"}};
    NewCase post;
    post.school_id = school_id;
    post.concern_type = ConcernType::kNegativePostAboutSchool;
    post.summary = "Post in a local community group criticising the school's pick-up rota";
    post.reporter = reporter;
    post.fields = {{"description", "Public post with several replies; no staff named."},
                   {"first_seen_at", "2026-11-19T08:45"},
                   {"platform", "facebook"},
                   {"url", "https://www.facebook.com/groups/demo-community/posts/1"},
                   {"responded", "no"}};
    return {behaviour, post};
}

core::Status SeedSchool(domain::Tx& tx, const core::Clock& clock, const policy::PolicyPack* pack,
                        const domain::School& school) {
    auto people = tx.Access().ListPeople(school.id);
    if (!people) return people.error();
    const std::string reporter = ReporterOf(*people);
    if (reporter.empty()) return core::OkStatus();
    const domain::Actor actor{reporter, std::nullopt, school.id};
    bool first = true;
    for (const NewCase& concern : DemoConcerns(school.id, reporter)) {
        auto id = domain::OpenCase(tx, actor, clock, pack, concern);
        if (!id) return id.error();
        if (!first) continue;
        first = false;
        auto opened = tx.Cases().FindCase(school.id, *id);
        if (!opened) return opened.error();
        if (!*opened || (*opened)->owner_person_id.empty()) continue;
        const domain::Actor owner{(*opened)->owner_person_id, (*opened)->owner_role, school.id};
        domain::CaseTransition triage{domain::CaseState::kTriaged, domain::CaseOutcome::kNone,
                                      "Spoke to the class teacher; watching the group."};
        auto moved = domain::TransitionCase(tx, owner, clock, pack, school.id, *id, triage);
        if (!moved) return moved.error();
    }
    domain::FollowerRequest request;
    request.school_id = school.id;
    request.account_id = school.id + "-facebook";
    request.platform = "facebook";
    request.requester_handle = "@local.sports.club";
    request.requester_kind = domain::RequesterKind::kExternalOrganisation;
    request.note = "Wants to share fixtures with parents.";
    auto logged = domain::LogFollowerRequest(tx, actor, clock, pack, request);
    if (!logged) return logged.error();
    return core::OkStatus();
}

}  // namespace

core::Status SeedDemoCases(domain::Store& store, const core::Clock& clock,
                           const api::PolicyCatalogue& packs) {
    return store.Transact([&](domain::Tx& tx) -> core::Status {
        auto schools = tx.Access().ListSchools("");
        if (!schools) return schools.error();
        for (const auto& school : *schools) {
            const policy::PolicyPack* pack = api::PackFor(packs, school.id, school.trust_id);
            if (auto ok = SeedSchool(tx, clock, pack, school); !ok) return ok;
        }
        return core::OkStatus();
    });
}

}  // namespace steward::cli
