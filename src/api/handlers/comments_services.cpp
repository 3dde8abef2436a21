// CommentServices and the webhook settings loader.
#include "api/handlers/comments_services.hpp"

#include <spdlog/spdlog.h>

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include "domain/comments/comment_due_checks.hpp"

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
      webhooks(std::move(webhooks_in)) {
    if (const auto interval = DueCheckInterval(); interval.count() > 0) {
        due_checks = std::make_unique<DueCheckRunner>(
            environment, [this](const domain::School& school) { return PackOf(school); },
            interval);
    }
}

std::chrono::seconds DueCheckInterval() {
    constexpr std::chrono::seconds kDefault{60};
    const char* text = std::getenv("STEWARD_DUE_CHECK_SECONDS");
    if (text == nullptr || *text == '\0') return kDefault;
    long seconds = 0;
    const auto [end, ec] = std::from_chars(text, text + std::strlen(text), seconds);
    if (ec != std::errc() || *end != '\0' || seconds < 0) {
        spdlog::warn("STEWARD_DUE_CHECK_SECONDS is not a whole number of seconds; using 60");
        return kDefault;
    }
    return std::chrono::seconds(seconds);
}

DueCheckRunner::DueCheckRunner(ApiEnvironment& environment, domain::PackLookup packs,
                               std::chrono::seconds interval)
    : environment_(environment), packs_(std::move(packs)) {
    thread_ = std::thread([this, interval] { Loop(interval); });
}

DueCheckRunner::~DueCheckRunner() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void DueCheckRunner::Loop(std::chrono::seconds interval) {
    for (;;) {
        {
            std::unique_lock lock(mutex_);
            if (wake_.wait_for(lock, interval, [this] { return stopping_; })) return;
        }
        try {
            auto report = domain::RunDueChecks(environment_.store, environment_.clock, packs_);
            if (!report) {
                spdlog::warn("comment due check failed ({}); retrying in {} s",
                             core::ErrorCodeName(report.error().code), interval.count());
            } else if (report->alerts > 0 || report->escalated > 0) {
                spdlog::info("comment due check: {} warned, {} escalated, {} alerts",
                             report->warned, report->escalated, report->alerts);
            }
        } catch (const std::exception& e) {  // a bug or the database gone: keep serving
            spdlog::error("comment due check threw: {}", e.what());
        }
    }
}

const policy::PolicyPack* CommentServices::PackOf(const domain::School& school) const {
    return PackFor(environment.packs, school.id, school.trust_id);
}

}  // namespace steward::api
