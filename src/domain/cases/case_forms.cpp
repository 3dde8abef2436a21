#include "domain/cases/case_forms.hpp"

#include <algorithm>
#include <cctype>

#include "core/civil_date.hpp"

namespace steward::domain {
namespace {

using Fields = std::vector<FormField>;

FormField Text(std::string_view name, bool required) { return {name, required, {}, false}; }
FormField When(std::string_view name, bool required) { return {name, required, {}, true}; }
FormField Choice(std::string_view name, bool required, std::vector<std::string_view> choices) {
    return {name, required, std::move(choices), false};
}

// Every form starts with what INC-01 asks of any report: what, when, where, who.
Fields Common(Fields extra) {
    Fields fields = {Text("description", true), When("first_seen_at", true),
                     Text("platform", false), Text("url", false), Text("people_involved", false)};
    fields.insert(fields.end(), extra.begin(), extra.end());
    return fields;
}

Fields BuildForm(ConcernType type) {
    switch (type) {
        case ConcernType::kInappropriateContent:  // DM-6
        case ConcernType::kIllegalContent:
            return Common(
                {Choice("where_seen", true,
                        {"school_device", "school_network", "personal_device", "official_account",
                         "elsewhere_online"}),
                 Text("device_or_location", false), Text("account_or_author", false),
                 Choice("category", true,
                        {"sexual", "violent_or_extremist", "bullying_or_harassment", "hate",
                         "self_harm", "personal_data_exposure", "reputational", "other"}),
                 Choice("how_reached", true,
                        {"search", "link", "pop_up", "shared_by_someone",
                         "posted_to_official_account"}),
                 Text("immediate_action", true),
                 Choice("suspected_indecent_image_of_child", false, {"yes", "no"}),
                 Choice("pupil_conduct_inadvertent", false, {"yes", "no"})});
        case ConcernType::kCyberbullying:
            return Common(
                {Choice("target", true, {"pupil", "staff"}), Text("account_or_author", false)});
        case ConcernType::kStaffOnlineConduct:
        case ConcernType::kHeadteacherOnlineConduct:
            return Common(
                {Text("subject_description", false), Choice("former_staff", false, {"yes", "no"})});
        case ConcernType::kPupilOnlineBehaviour:
            return Common({Text("year_group", false),
                           Choice("pupil_conduct_inadvertent", false, {"yes", "no"})});
        case ConcernType::kConnectionRequest:
            return Common({Choice("requester_relationship", true, {"pupil", "parent"}),
                           Choice("action_taken", false, {"declined", "ignored", "pending"})});
        case ConcernType::kMediaEnquiry:
            return Common(
                {Text("outlet", true), Text("contact", true), When("reply_deadline", false)});
        case ConcernType::kNegativePostAboutSchool:
            return Common(
                {Text("account_or_author", false), Choice("responded", false, {"yes", "no"})});
        case ConcernType::kSafeguardingDisclosure:
            return Common({Choice("disclosed_by", false, {"victim", "another_child", "adult"}),
                           Choice("pupil_conduct_inadvertent", false, {"yes", "no"})});
        case ConcernType::kHateOrAbuse:
            return Common({Text("account_or_author", false)});
        case ConcernType::kDataProtectionBreach:
            return Common({Text("data_involved", true), Text("immediate_action", false)});
    }
    return Common({});
}

bool IsDigits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
}

// YYYY-MM-DD, optionally followed by THH:MM, :SS and Z.
bool IsDateTime(std::string_view text) {
    if (text.size() < 10 || !IsDigits(text.substr(0, 4)) || text[4] != '-' ||
        !IsDigits(text.substr(5, 2)) || text[7] != '-' || !IsDigits(text.substr(8, 2))) {
        return false;
    }
    std::string_view rest = text.substr(10);
    if (rest.empty()) return true;
    if (!rest.empty() && rest.back() == 'Z') rest.remove_suffix(1);
    if (rest.size() != 6 && rest.size() != 9) return false;
    if (rest[0] != 'T' || !IsDigits(rest.substr(1, 2)) || rest[3] != ':' ||
        !IsDigits(rest.substr(4, 2))) {
        return false;
    }
    return rest.size() == 6 || (rest[6] == ':' && IsDigits(rest.substr(7, 2)));
}

// Hours under 24 and minutes and seconds under 60, once IsDateTime accepted the shape.
bool InRange(std::string_view text) {
    if (text.size() < 16) return true;
    const auto two = [&](std::size_t at) { return (text[at] - '0') * 10 + (text[at + 1] - '0'); };
    return two(11) < 24 && two(14) < 60 && (text.size() < 19 || text[16] != ':' || two(17) < 60);
}

core::Error Invalid(std::string message, std::string_view field) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message),
                       "fields." + std::string(field)};
}

core::Status CheckValue(const FormField& field, std::string_view value) {
    if (value.size() > kMaxFieldBytes) {
        return Invalid("This field is longer than 5,000 bytes; shorten it or attach evidence.",
                       field.name);
    }
    if (!field.choices.empty() &&
        std::find(field.choices.begin(), field.choices.end(), value) == field.choices.end()) {
        std::string allowed;
        for (const auto choice : field.choices) {
            allowed += allowed.empty() ? "" : ", ";
            allowed += choice;
        }
        return Invalid("Choose one of: " + allowed + ".", field.name);
    }
    if (field.is_datetime &&
        (!IsDateTime(value) || !core::ParseIsoDate(value.substr(0, 10)) || !InRange(value))) {
        return Invalid("Give a date as YYYY-MM-DD, or a date and time as YYYY-MM-DDTHH:MM.",
                       field.name);
    }
    return core::OkStatus();
}

}  // namespace

const std::vector<FormField>& FormFor(ConcernType type) {
    static const std::vector<Fields> forms = [] {
        std::vector<Fields> all;
        for (int index = 0; index < kConcernTypeCount; ++index) {
            all.push_back(BuildForm(static_cast<ConcernType>(index)));
        }
        return all;
    }();
    return forms[static_cast<std::size_t>(type)];
}

core::Status ValidateReportForm(ConcernType type, const std::map<std::string, std::string>& fields,
                                bool require_fields) {
    const Fields& form = FormFor(type);
    for (const auto& [name, value] : fields) {
        const auto field = std::find_if(form.begin(), form.end(),
                                        [&](const FormField& known) { return known.name == name; });
        if (field == form.end()) {
            return Invalid("This field is not part of the " + std::string(ConcernTypeKey(type)) +
                               " report form.",
                           name.size() > 64 ? name.substr(0, 64) : name);
        }
        if (value.empty() && !field->required) continue;
        if (auto ok = CheckValue(*field, value); !ok) return ok;
    }
    if (!require_fields) return core::OkStatus();
    for (const FormField& field : form) {
        const auto given = fields.find(std::string(field.name));
        if (field.required && (given == fields.end() || given->second.empty())) {
            return Invalid(
                "This field is required for a " + std::string(ConcernTypeKey(type)) + " report.",
                field.name);
        }
    }
    return core::OkStatus();
}

}  // namespace steward::domain
