// Database keys of the access room's enums, and ORG-03's mapping to policy scope keys.
#include "domain/access/access_types.hpp"

#include <array>
#include <utility>

namespace steward::domain {
namespace {

// {database key, policy scope key}, in the order of PersonCategory.
constexpr std::array<std::pair<std::string_view, std::string_view>, 15> kCategories = {{
    {"teaching_staff", "employees"},
    {"support_staff", "employees"},
    {"contractor", "contractors"},
    {"agency_worker", "agency_workers"},
    {"casual_worker", "casual_workers"},
    {"consultant", "consultants"},
    {"homeworker", "homeworkers"},
    {"third_party_system_user", "third_party_system_users"},
    {"volunteer", "volunteers"},
    {"trainee", "trainees"},
    {"governor", "governors"},
    {"trustee", "trustees"},
    {"parent_carer", "parents"},
    {"pupil", "pupils"},
    {"former_pupil", ""},
}};

constexpr std::array<std::string_view, 3> kStatuses = {"active", "suspended", "left"};

}  // namespace

std::string_view PersonCategoryKey(PersonCategory category) {
    return kCategories.at(static_cast<size_t>(category)).first;
}

std::optional<PersonCategory> ParsePersonCategory(std::string_view key) {
    for (size_t index = 0; index < kCategories.size(); ++index) {
        if (kCategories[index].first == key) return static_cast<PersonCategory>(index);
    }
    return std::nullopt;
}

std::string_view ScopeKey(PersonCategory category) {
    return kCategories.at(static_cast<size_t>(category)).second;
}

std::string_view PersonStatusKey(PersonStatus status) {
    return kStatuses.at(static_cast<size_t>(status));
}

std::optional<PersonStatus> ParsePersonStatus(std::string_view key) {
    for (size_t index = 0; index < kStatuses.size(); ++index) {
        if (kStatuses[index] == key) return static_cast<PersonStatus>(index);
    }
    return std::nullopt;
}

}  // namespace steward::domain
