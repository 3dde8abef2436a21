#include "api/handlers/cases_json.hpp"

#include "api/handlers/school_access.hpp"
#include "domain/cases/case_forms.hpp"

namespace steward::api::cases_json {

namespace json = boost::json;

core::Result<std::vector<std::string>> StringList(const json::object& body, std::string_view name) {
    std::vector<std::string> items;
    const json::value* value = body.if_contains(name);
    if (value == nullptr || value->is_null()) return items;
    const std::string where(name);
    if (!value->is_array() || value->as_array().size() > 50) {
        return Invalid("The field " + where + " must be a list of at most 50 ids.", where);
    }
    for (const auto& item : value->as_array()) {
        if (!item.is_string()) return Invalid("Each entry of " + where + " must be text.", where);
        items.emplace_back(item.as_string());
    }
    return items;
}

int64_t Seconds(core::TimePoint at) { return at.time_since_epoch().count(); }

json::object CaseJson(const domain::Case& record) {
    json::object fields;
    for (const auto& [name, value] : record.fields) fields[name] = value;
    json::array referrals;
    for (const auto& referral : record.referrals) {
        referrals.push_back(json::object{{"body", referral.body},
                                         {"reference", referral.reference},
                                         {"referred_by", referral.referred_by},
                                         {"referred_at", Seconds(referral.referred_at)}});
    }
    json::array pupils;
    for (const auto& pupil_id : record.pupil_ids) pupils.push_back(json::string(pupil_id));
    json::value first_seen = nullptr;
    if (record.first_seen_at) first_seen = Seconds(*record.first_seen_at);
    return json::object{
        {"id", record.id},
        {"school_id", record.school_id},
        {"concern_type", domain::ConcernTypeKey(record.concern_type)},
        {"state", domain::CaseStateKey(record.state)},
        {"urgent", record.urgent},
        {"owner_role", domain::RoleKey(record.owner_role)},
        {"owner_person_id", record.owner_person_id},
        {"procedure", record.procedure},
        {"subject_person_id", record.subject_person_id},
        {"pupil_ids", std::move(pupils)},
        {"reporter", record.reporter},
        {"summary", record.summary},
        {"fields", std::move(fields)},
        {"source_comment_id", record.source_comment_id},
        {"created_at", Seconds(record.created_at)},
        {"updated_at", Seconds(record.updated_at)},
        {"first_seen_at", first_seen},
        {"late_report", record.late_report},
        {"outcome", domain::CaseOutcomeKey(record.outcome)},
        {"outcome_note", record.outcome_note},
        {"referrals", std::move(referrals)},
        {"referral_required", record.concern_type == domain::ConcernType::kIllegalContent}};
}

json::object EvidenceJson(const domain::CaseEvidence& evidence) {
    return json::object{{"id", evidence.id},
                        {"filename", evidence.filename},
                        {"content_type", evidence.content_type},
                        {"reference", evidence.reference},
                        {"size_bytes", evidence.size_bytes},
                        {"sha256", evidence.sha256},
                        {"added_by", evidence.added_by},
                        {"added_at", Seconds(evidence.added_at)}};
}

json::object DecisionJson(const domain::CaseDecision& decision) {
    json::array staff;
    for (const auto& id : decision.staff_involved) staff.push_back(json::string(id));
    json::array agencies;
    for (const auto& agency : decision.agencies) agencies.push_back(json::string(agency));
    return json::object{{"id", decision.id},
                        {"kind", domain::DecisionKindKey(decision.kind)},
                        {"decision", decision.decision},
                        {"text", decision.text},
                        {"staff_involved", std::move(staff)},
                        {"agencies", std::move(agencies)},
                        {"recorded_by", decision.recorded_by},
                        {"recorded_at", Seconds(decision.recorded_at)}};
}

json::object BlockTaskJson(const domain::BlockTask& task) {
    json::value done_at = nullptr;
    if (task.done_at) done_at = Seconds(*task.done_at);
    return json::object{{"id", task.id},
                        {"case_id", task.case_id},
                        {"assignee_role", domain::RoleKey(task.assignee_role)},
                        {"url", task.url},
                        {"platform", task.platform},
                        {"device_or_location", task.device_or_location},
                        {"state", domain::BlockTaskStateKey(task.state)},
                        {"created_at", Seconds(task.created_at)},
                        {"done_by", task.done_by},
                        {"done_at", done_at},
                        {"note", task.note}};
}

json::object DetailJson(const domain::CaseDetail& detail) {
    json::object out = CaseJson(detail.summary);
    json::array notes;
    for (const auto& note : detail.notes) {
        notes.push_back(json::object{{"id", note.id},
                                     {"author_person_id", note.author_person_id},
                                     {"text", note.text},
                                     {"created_at", Seconds(note.created_at)}});
    }
    json::array members;
    for (const auto& member : detail.members) {
        members.push_back(json::object{{"person_id", member.person_id},
                                       {"added_by", member.added_by},
                                       {"added_at", Seconds(member.added_at)}});
    }
    json::array evidence;
    for (const auto& item : detail.evidence) evidence.push_back(EvidenceJson(item));
    json::array decisions;
    for (const auto& decision : detail.decisions) decisions.push_back(DecisionJson(decision));
    json::array tasks;
    for (const auto& task : detail.block_tasks) tasks.push_back(BlockTaskJson(task));
    out["notes"] = std::move(notes);
    out["members"] = std::move(members);
    out["evidence"] = std::move(evidence);
    out["decisions"] = std::move(decisions);
    out["block_tasks"] = std::move(tasks);
    out["can_handle"] = detail.can_handle;
    out["can_assess"] = detail.steps.assess;
    out["can_decide_police"] = detail.steps.decide_police;
    out["can_contact_police"] = detail.steps.contact_police;
    out["can_approve_media"] = detail.steps.approve_media;
    out["can_reply_media"] = detail.steps.reply_media;
    return out;
}

json::array FormsJson() {
    json::array forms;
    for (int index = 0; index < domain::kConcernTypeCount; ++index) {
        const auto type = static_cast<domain::ConcernType>(index);
        json::array fields;
        for (const auto& field : domain::FormFor(type)) {
            json::array choices;
            for (const auto choice : field.choices) choices.push_back(json::string(choice));
            fields.push_back(json::object{{"name", field.name},
                                          {"required", field.required},
                                          {"choices", std::move(choices)},
                                          {"datetime", field.is_datetime}});
        }
        forms.push_back(json::object{{"concern_type", domain::ConcernTypeKey(type)},
                                     {"fields", std::move(fields)}});
    }
    return forms;
}

}  // namespace steward::api::cases_json
