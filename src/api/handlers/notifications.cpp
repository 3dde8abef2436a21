// GET /api/schools/{school_id}/notifications: the school's mail notifications (issue 7) with the
// delivery status of each recipient, for those who may read the school's audit (headteacher,
// DPO, IT manager, trust board). Addresses are not shown: recipients are person ids.
#include <boost/json.hpp>
#include <boost/url/parse_query.hpp>
#include <charconv>

#include "api/error_mapping.hpp"
#include "api/handlers/domain_routes.hpp"
#include "api/handlers/school_access.hpp"
#include "api/server/run_blocking.hpp"
#include "domain/notify/outbox.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;

int LimitOf(const RequestContext& context) {
    auto params = boost::urls::parse_query(context.request().query);
    if (!params) return 100;
    for (const auto& param : *params) {
        if (param.key != "limit" || !param.has_value) continue;
        const std::string text = param.value.decode();
        int value = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec == std::errc() && end == text.data() + text.size()) return std::clamp(value, 1, 500);
    }
    return 100;
}

json::object DeliveryJson(const domain::NotificationDelivery& delivery) {
    json::object out{{"person_id", delivery.person_id},
                     {"status", delivery.delivered_at ? "delivered" : "pending"},
                     {"attempts", delivery.attempts},
                     {"last_error", delivery.last_error}};
    out["delivered_at"] = delivery.delivered_at
                              ? json::value(delivery.delivered_at->time_since_epoch().count())
                              : json::value(nullptr);
    out["next_attempt_at"] = delivery.delivered_at
                                 ? json::value(nullptr)
                                 : json::value(delivery.next_attempt_at.time_since_epoch().count());
    return out;
}

json::object RecordJson(const domain::NotificationRecord& record) {
    const domain::Notification& n = record.notification;
    json::array deliveries;
    bool all_delivered = true;
    for (const auto& delivery : record.deliveries) {
        all_delivered = all_delivered && delivery.delivered_at.has_value();
        deliveries.push_back(DeliveryJson(delivery));
    }
    const char* status =
        record.deliveries.empty() ? "no_recipients" : (all_delivered ? "delivered" : "pending");
    return json::object{{"id", n.id},
                        {"recipient_role", n.recipient_role == domain::Role::kNone
                                               ? ""
                                               : std::string(domain::RoleKey(n.recipient_role))},
                        {"recipient_person_id", n.recipient_person_id},
                        {"subject", n.subject},
                        {"body", n.body},
                        {"reason", n.reason},
                        {"object_type", n.object_type},
                        {"object_id", n.object_id},
                        {"urgent", n.urgent},
                        {"created_at", n.created_at.time_since_epoch().count()},
                        {"status", status},
                        {"deliveries", std::move(deliveries)}};
}

net::awaitable<Response> ListNotifications(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const int limit = LimitOf(context);
    const Principal& principal = *context.principal();
    auto records = co_await RunBlocking(context.workers(), [&] {
        return AtSchool(environment, principal, school_id, domain::Action::kViewAudit,
                        TxMode::kRead,
                        [&](domain::Tx& tx, const SchoolAccess&, const policy::PolicyPack*) {
                            return domain::ListNotifications(tx, school_id, limit);
                        });
    });
    if (!records) co_return ErrorResponse(records.error());
    json::array items;
    for (const auto& record : *records) items.push_back(RecordJson(record));
    co_return JsonResponse(200, json::object{{"notifications", std::move(items)}});
}

}  // namespace

void AddNotificationRoutes(Router& router, ApiEnvironment& environment) {
    router.Add(Method::kGet, "/api/schools/{school_id}/notifications",
               {.summary = "The school's mail notifications, newest first (?limit=N, at most 500), "
                           "each with its delivery status per recipient (delivered or pending, "
                           "attempts, last error). For those who may read the school's audit.",
                .tag = "notifications"},
               [&environment](RequestContext& context) {
                   return ListNotifications(environment, context);
               });
}

}  // namespace steward::api
