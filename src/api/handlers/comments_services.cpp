// CommentServices and the webhook settings loader.
#include "api/handlers/comments_services.hpp"

#include <cstdlib>
#include <fstream>

namespace steward::api {
namespace {

std::string Trimmed(std::string text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) return {};
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

}  // namespace

core::Result<MetaWebhookSettings> LoadMetaWebhookSettings(const std::string& file) {
    MetaWebhookSettings settings;
    if (const char* secret = std::getenv("STEWARD_META_APP_SECRET")) settings.app_secret = secret;
    if (const char* token = std::getenv("STEWARD_META_VERIFY_TOKEN")) settings.verify_token = token;
    if (file.empty()) return settings;
    std::ifstream in(file);
    if (!in) {
        return core::Error{core::ErrorCode::kNotFound,
                           "The Meta webhook settings file cannot be read; check the path.", file};
    }
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        line = Trimmed(line);
        if (line.empty() || line[0] == '#') continue;
        const auto equals = line.find('=');
        const std::string key = Trimmed(line.substr(0, equals));
        const std::string value =
            equals == std::string::npos ? std::string() : Trimmed(line.substr(equals + 1));
        if (equals == std::string::npos || (key != "app_secret" && key != "verify_token")) {
            return core::Error{core::ErrorCode::kInvalidInput,
                               "Each line must be app_secret = ... or verify_token = ....",
                               file + " line " + std::to_string(number)};
        }
        (key == "app_secret" ? settings.app_secret : settings.verify_token) = value;
    }
    return settings;
}

CommentServices::CommentServices(ApiEnvironment& environment_in, MetaWebhookSettings webhooks_in)
    : environment(environment_in),
      intake(environment_in.store, environment_in.clock, *environment_in.screeners,
             [this](const domain::School& school) { return PackOf(school); }),
      webhooks(std::move(webhooks_in)) {}

const policy::PolicyPack* CommentServices::PackOf(const domain::School& school) const {
    return PackFor(environment.packs, school.id, school.trust_id);
}

}  // namespace steward::api
