// school.json: read leniently (unknown fields ignored) but type-checked field by field.
#include "formats/school_json.hpp"

#include <boost/json.hpp>

#include "formats/json_fields.hpp"

namespace steward::formats {
namespace {

core::Error Bad(std::string message, std::string where) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), std::move(where)};
}

core::Status ReadStaff(const boost::json::object& root, const std::string& where,
                       domain::SchoolProfile& school) {
    const boost::json::value* staff = root.if_contains("staff");
    if (staff == nullptr || staff->is_null()) return core::OkStatus();
    if (!staff->is_array()) return Bad("Field \"staff\" must be a list.", where + ", field staff");
    for (const boost::json::value& item : staff->get_array()) {
        if (!item.is_object()) return Bad("Each staff entry must be an object.", where + ", field staff");
        const auto& object = item.get_object();
        domain::StaffMember member;
        for (auto [key, target] : {std::pair{"title", &member.title},
                                   std::pair{"first_name", &member.first_name},
                                   std::pair{"surname", &member.surname},
                                   std::pair{"role", &member.role}}) {
            auto value = StringField(object, key, where + ", staff");
            if (!value) return value.error();
            *target = std::move(*value);
        }
        school.staff.push_back(std::move(member));
    }
    return core::OkStatus();
}

core::Status ReadVenues(const boost::json::object& root, const std::string& where,
                        domain::SchoolProfile& school) {
    const boost::json::value* venues = root.if_contains("public_venues");
    if (venues == nullptr || venues->is_null()) return core::OkStatus();
    if (!venues->is_array()) {
        return Bad("Field \"public_venues\" must be a list.", where + ", field public_venues");
    }
    for (const boost::json::value& item : venues->get_array()) {
        if (!item.is_object()) {
            return Bad("Each public venue must be an object.", where + ", field public_venues");
        }
        const auto& object = item.get_object();
        domain::PublicVenue venue;
        for (auto [key, target] : {std::pair{"name", &venue.name}, std::pair{"address", &venue.address},
                                   std::pair{"postcode", &venue.postcode}}) {
            auto value = StringField(object, key, where + ", public_venues");
            if (!value) return value.error();
            *target = std::move(*value);
        }
        school.public_venues.push_back(std::move(venue));
    }
    return core::OkStatus();
}

}  // namespace

core::Result<domain::SchoolProfile> ParseSchoolJson(std::string_view text, std::string_view source) {
    const std::string where(source);
    boost::system::error_code ec;
    boost::json::value root = boost::json::parse(text, ec);
    if (ec || !root.is_object()) {
        return Bad("The school details are not a JSON object.", where);
    }
    const auto& object = root.get_object();
    domain::SchoolProfile school;
    for (auto [key, target] : {std::pair{"name", &school.name}, std::pair{"address", &school.address},
                               std::pair{"postcode", &school.postcode},
                               std::pair{"website", &school.website}}) {
        auto value = StringField(object, key, where);
        if (!value) return value.error();
        *target = std::move(*value);
    }
    for (auto [key, target] : {std::pair{"phones", &school.phones}, std::pair{"emails", &school.emails},
                               std::pair{"motto_hashtags", &school.motto_hashtags}}) {
        auto value = StringList(object, key, where);
        if (!value) return value.error();
        *target = std::move(*value);
    }
    if (const boost::json::value* handles = object.if_contains("handles");
        handles != nullptr && handles->is_object()) {
        for (const auto& entry : handles->get_object()) {
            if (entry.value().is_string()) school.handles.emplace_back(entry.value().get_string());
        }
    }
    if (auto status = ReadStaff(object, where, school); !status) return status.error();
    if (auto status = ReadVenues(object, where, school); !status) return status.error();
    return school;
}

}  // namespace steward::formats
