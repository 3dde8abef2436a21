// Fuzzes the Meta webhook payload parser as POST /webhooks/meta runs it after the signature
// check: every body yields a delivery or an error, never a crash; parsed comments respect the
// limits the intake relies on (ids present, times positive).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "formats/meta_webhook.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    auto delivery = steward::formats::ParseMetaWebhook(body);
    if (!delivery) return 0;
    if (delivery->comments.size() > steward::formats::kMaxWebhookChanges) std::abort();
    for (const auto& comment : delivery->comments) {
        if (comment.platform_comment_id.empty() || comment.account_external_id.empty()) std::abort();
        if (comment.received_at.time_since_epoch().count() <= 0) std::abort();
    }
    return 0;
}
