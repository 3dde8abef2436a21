// OfficialAccount helpers.
#include "domain/accounts/account_types.hpp"

#include <algorithm>

namespace steward::domain {

bool OfficialAccount::IsRunner(const std::string& person_id) const {
    return std::find(administrators.begin(), administrators.end(), person_id) !=
               administrators.end() ||
           std::find(moderators.begin(), moderators.end(), person_id) != moderators.end();
}

}  // namespace steward::domain
