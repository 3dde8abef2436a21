// GET and POST /webhooks/meta: Meta's subscription handshake and signed deliveries of Facebook
// Page feed comments and Instagram comments (issue 7 item 1). No session: a delivery is
// authenticated by X-Hub-Signature-256 (HMAC-SHA256 of the raw body with the app secret,
// compared in constant time). Refused deliveries (bad or missing signature, older than the
// replay window, oversized, malformed, naming an unknown account) are logged and store nothing;
// a redelivery stores nothing twice (comments are unique per platform comment id).
#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include "api/error_mapping.hpp"
#include "api/handlers/comments_services.hpp"
#include "api/handlers/school_access.hpp"
#include "api/server/run_blocking.hpp"
#include "formats/meta_webhook.hpp"
#include "security/hmac.hpp"
#include "security/sha256.hpp"
#include "security/tokens.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;
using Services = std::shared_ptr<CommentServices>;

constexpr std::string_view kSignaturePrefix = "sha256=";
constexpr auto kFutureSkew = std::chrono::minutes(5);

Response Refuse(const RequestContext& context, int status, std::string_view code,
                std::string_view message) {
    // The reason and request id only: never the body, the signature or the secret.
    spdlog::warn("webhook delivery refused ({}): {} [request {}]", status, message,
                 context.request_id());
    return ProtocolErrorResponse(status, code, message);
}

net::awaitable<Response> Handshake(Services services, RequestContext& context) {
    const std::string mode = QueryParam(context.request().query, "hub.mode");
    const std::string token = QueryParam(context.request().query, "hub.verify_token");
    const std::string challenge = QueryParam(context.request().query, "hub.challenge");
    const std::string& expected = services->webhooks.verify_token;
    if (mode != "subscribe" || expected.empty() || challenge.empty() ||
        !security::ConstantTimeEquals(token, expected)) {
        co_return Refuse(context, 403, "forbidden", "The subscription could not be verified.");
    }
    co_return Response::Text(200, challenge);
}

// Checks size and signature; returns the refusal, or nullopt when the delivery may be read.
std::optional<Response> CheckSignature(const CommentServices& services,
                                       const RequestContext& context) {
    const std::string& body = context.request().body;
    if (body.size() > services.webhooks.max_body_bytes) {
        return Refuse(context, 413, "payload_too_large", "The delivery is too large.");
    }
    if (services.webhooks.app_secret.empty()) {
        return Refuse(context, 403, "forbidden", "Webhooks are not configured (no app secret).");
    }
    const auto header = context.request().Header("x-hub-signature-256");
    if (!header || header->rfind(kSignaturePrefix, 0) != 0) {
        return Refuse(context, 401, "unauthenticated", "The delivery is not signed.");
    }
    if (!security::VerifyHmacSha256Hex(services.webhooks.app_secret, body,
                                       header->substr(kSignaturePrefix.size()))) {
        return Refuse(context, 403, "forbidden", "The delivery's signature does not match.");
    }
    return std::nullopt;
}

struct Outcome {
    int64_t queued = 0;
    int64_t duplicates = 0;
    bool redelivery = false;
};

net::awaitable<Response> Deliver(Services services, RequestContext& context) {
    if (auto refused = CheckSignature(*services, context)) co_return std::move(*refused);
    const std::string& body = context.request().body;
    auto delivery = formats::ParseMetaWebhook(body);
    if (!delivery) {
        co_return Refuse(context, 400, "invalid_input", delivery.error().message);
    }
    const core::TimePoint now = services->environment.clock.Now();
    if (!delivery->comments.empty() || delivery->skipped_changes > 0) {
        if (delivery->oldest_entry_time < now - services->webhooks.max_age) {
            co_return Refuse(context, 403, "forbidden", "The delivery is older than the replay window.");
        }
        if (delivery->oldest_entry_time > now + kFutureSkew) {
            co_return Refuse(context, 403, "forbidden", "The delivery is dated in the future.");
        }
    }
    auto outcome = co_await RunBlocking(context.workers(), [&]() -> core::Result<Outcome> {
        Outcome result;
        auto stored = services->intake.IngestAll(domain::Actor::System(), delivery->comments);
        if (!stored) return stored.error();
        for (const auto& one : *stored) ++(one.duplicate ? result.duplicates : result.queued);
        auto recorded = services->environment.store.Transact([&](domain::Tx& tx) {
            return tx.Comments().RecordDelivery(security::Sha256Hex(body), "meta", now,
                                                static_cast<int>(result.queued));
        });
        if (!recorded && recorded.error().code != core::ErrorCode::kAlreadyExists) {
            return recorded.error();
        }
        result.redelivery = !recorded;
        return result;
    });
    if (!outcome) {
        const core::Error& error = outcome.error();
        if (error.code == core::ErrorCode::kNotFound || error.code == core::ErrorCode::kInvalidInput) {
            co_return Refuse(context, HttpStatusFor(error.code),
                             error.code == core::ErrorCode::kNotFound ? "not_found" : "invalid_input",
                             error.message);
        }
        co_return ErrorResponse(error);
    }
    co_return JsonResponse(200, json::object{{"received", delivery->comments.size()},
                                             {"queued", outcome->queued},
                                             {"duplicates", outcome->duplicates},
                                             {"skipped", delivery->skipped_changes},
                                             {"redelivery", outcome->redelivery}});
}

}  // namespace

void AddWebhookRoutes(Router& router, std::shared_ptr<CommentServices> services) {
    router.Add(Method::kGet, "/webhooks/meta",
               {.summary = "Meta's subscription handshake: echoes hub.challenge when hub.mode is "
                           "subscribe and hub.verify_token matches; 403 otherwise.",
                .tag = "comments",
                .access = Access::kPublic,
                .response_type = "text/plain"},
               [services](RequestContext& context) { return Handshake(services, context); });
    router.Add(Method::kPost, "/webhooks/meta",
               {.summary = "A signed Meta delivery (X-Hub-Signature-256): Facebook Page feed "
                           "comments and Instagram comments are screened and queued; 401/403 "
                           "for a missing or bad signature or a replay, 413 when too large.",
                .tag = "comments",
                .access = Access::kPublic,
                .json_body = true},
               [services](RequestContext& context) { return Deliver(services, context); });
}

}  // namespace steward::api
