// Meta webhook deliveries: Facebook Page feed changes (object "page", field "feed", item
// "comment") and Instagram comments (object "instagram", field "comments" or "live_comments",
// in entry.changes[] or, with Business Login for Instagram, on the entry itself) turned into
// domain::IncomingComment. Other changes (likes, reactions, posts, messages) are counted and
// skipped. Entry point: ParseMetaWebhook(). The signature is checked by the caller first.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/comments/comment_types.hpp"

namespace steward::formats {

inline constexpr std::size_t kMaxWebhookEntries = 1000;
inline constexpr std::size_t kMaxWebhookChanges = 5000;  // over all entries

struct MetaDelivery {
    std::vector<domain::IncomingComment> comments;  // source kWebhook, account_external_id set
    core::TimePoint oldest_entry_time{};  // the earliest entry[].time (for the replay window)
    int skipped_changes = 0;              // changes that are not new comments
};

// Parses one delivery's raw body. kInvalidInput (where = "webhook body[, entry N[, change M]]")
// for malformed JSON, an unknown `object`, a missing entry list or entry time, an entry without
// an id, a comment without an id or text, or more than the limits above. Never throws.
core::Result<MetaDelivery> ParseMetaWebhook(std::string_view body);

}  // namespace steward::formats
