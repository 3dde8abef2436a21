// NoticeTime and NotifyTakedownOpened (notices.hpp).
#include "domain/notify/notices.hpp"

#include <ctime>

#include "domain/notify/outbox.hpp"

namespace steward::domain {

std::string NoticeTime(core::TimePoint at) {
    const std::time_t seconds = at.time_since_epoch().count();
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof(text), "%Y-%m-%d %H:%M UTC", &utc);
    return text;
}

core::Status NotifyTakedownOpened(Tx& tx, const core::Clock& clock, std::string_view school_id,
                                  std::string_view task_id, std::string_view post_id,
                                  const std::vector<std::string>& assignees) {
    for (const std::string& person_id : assignees) {
        NotificationRequest request;
        request.school_id = std::string(school_id);
        request.to_person_id = person_id;
        request.subject = "[Steward] A post must come down: consent was withdrawn";
        request.body = "Consent for a pupil shown in post " + std::string(post_id) +
                       " has been withdrawn, so the post must be taken down.\n"
                       "Open Steward, go to Posts > Takedowns and close task " +
                       std::string(task_id) + " once it is removed.\n";
        request.reason = "posts.takedown_opened";
        request.object_type = "takedown_task";
        request.object_id = std::string(task_id);
        request.urgent = true;
        auto sent = Notify(tx, clock, std::move(request));
        if (!sent) return sent.error();
    }
    return core::OkStatus();
}

}  // namespace steward::domain
