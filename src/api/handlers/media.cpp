// Media routes (issue 6), all under /api/schools/{school_id}/media, for signed-in staff of that
// school who may draft or approve posts (kDraftPost or kApprovePost):
//   POST media                       raw photo or video body, judged by its content -> inspection
//   GET  media/{media_id}            the inspection, tags and whether a publishable copy exists
//   PUT  media/{media_id}/tags       [{face | track, tag: pupil_id | "adult" | "not_a_pupil"}]
//   POST media/{media_id}/redact     {platform?, posting_date?} -> makes the publishable copy
//   GET  media/{media_id}/preview?version=original|redacted   the bytes, Cache-Control: no-store
// Photos are never served publicly. Names read in a photo appear in bodies only, never in logs.
#include <boost/json.hpp>
#include <cmath>
#include <memory>
#include <mutex>

#include "api/error_mapping.hpp"
#include "api/handlers/domain_routes.hpp"
#include "api/handlers/media_json.hpp"
#include "api/handlers/school_access.hpp"
#include "api/server/run_blocking.hpp"
#include "core/uk_time.hpp"
#include "domain/media_items/media_library.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;
using domain::Action;

// A 12 MP phone photo is 3-8 MB as JPEG and more as HEIC or PNG; the engine's own limit
// (media::MediaLimits::max_bytes) is higher still. Every other route keeps the server's limit.
constexpr std::size_t kMaxUploadBytes = 25u << 20;

// The engines load models (about a second) once, on the first media request, and are shared by
// every request until the process ends. Never destroyed on purpose: Tesseract's own caches are
// static objects that may go first at exit.
core::Result<const media::MediaEngine*> Engine() {
    static std::once_flag once;
    static const media::MediaEngine* engine = nullptr;
    static core::Error failure{core::ErrorCode::kUnavailable, "", ""};
    std::call_once(once, [] {
        auto created = media::MediaEngine::Create(media::MediaConfig{});
        if (created) {
            engine = created->release();
        } else {
            failure = created.error();
        }
    });
    if (engine == nullptr) return failure;
    return engine;
}

std::string MediaIdOf(const RequestContext& context) {
    return std::string(context.Param("media_id").value_or(""));
}

// Staff who may draft or approve posts at the school.
core::Result<SchoolAccess> AuthoriseMedia(domain::Store& store, const Principal& principal,
                                          std::string_view school_id) {
    return store.Read([&](domain::Tx& tx) -> core::Result<SchoolAccess> {
        auto drafting = AuthoriseAtSchool(tx, principal, Action::kDraftPost, school_id);
        if (drafting || drafting.error().code != core::ErrorCode::kPermissionDenied) {
            return drafting;
        }
        return AuthoriseAtSchool(tx, principal, Action::kApprovePost, school_id);
    });
}

net::awaitable<Response> Upload(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const Principal& principal = *context.principal();
    const std::string& body = context.request().body;
    auto result = co_await RunBlocking(context.workers(), [&]() -> core::Result<json::object> {
        auto access = AuthoriseMedia(environment.store, principal, school_id);
        if (!access) return access.error();
        auto engine = Engine();
        if (!engine) return engine.error();
        const auto* data = reinterpret_cast<const std::uint8_t*>(body.data());
        auto uploaded = domain::UploadMedia(environment.store, environment.clock, access->actor,
                                            **engine, *environment.screeners, school_id,
                                            std::span(data, body.size()), InspectionJson);
        if (!uploaded) return uploaded.error();
        return ItemJson(uploaded->item);
    });
    if (!result) co_return ErrorResponse(result.error());
    co_return JsonResponse(201, *result);
}

net::awaitable<Response> Show(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const std::string media_id = MediaIdOf(context);
    const Principal& principal = *context.principal();
    auto result = co_await RunBlocking(context.workers(), [&]() -> core::Result<json::object> {
        auto access = AuthoriseMedia(environment.store, principal, school_id);
        if (!access) return access.error();
        auto item = environment.store.Read(
            [&](domain::Tx& tx) { return tx.Media().FindMedia(school_id, media_id); });
        if (!item) return item.error();
        if (!*item) {
            return core::Error{core::ErrorCode::kNotFound,
                               "There is no such photo or video at this school.",
                               "media " + media_id};
        }
        return ItemJson(**item);
    });
    if (!result) co_return ErrorResponse(result.error());
    co_return JsonResponse(200, *result);
}

// Reads [{face, tag}] (or {"tags": [...]}) from the body.
core::Result<std::vector<domain::FaceTagRequest>> TagsFrom(const json::value& body) {
    const json::array* list = body.if_array();
    if (list == nullptr && body.is_object()) {
        if (const json::value* tags = body.as_object().if_contains("tags")) list = tags->if_array();
    }
    if (list == nullptr) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "Send the tags as a JSON array of {face, tag}.", "request body"};
    }
    std::vector<domain::FaceTagRequest> tags;
    for (std::size_t k = 0; k < list->size(); ++k) {
        const std::string where = "tags[" + std::to_string(k) + "]";
        const json::object* entry = (*list)[k].if_object();
        const json::value* face = entry ? entry->if_contains("face") : nullptr;
        const json::value* track = entry ? entry->if_contains("track") : nullptr;
        const json::value* tag = entry ? entry->if_contains("tag") : nullptr;
        const json::value* number = track != nullptr ? track : face;
        if (number == nullptr || !number->is_int64() || (face != nullptr && track != nullptr) ||
            tag == nullptr || !tag->is_string()) {
            return core::Error{core::ErrorCode::kInvalidInput,
                               "Each tag needs a face number (a video: a face or track number) "
                               "and a tag text (a pupil id, \"adult\" or \"not_a_pupil\").",
                               where};
        }
        if (number->as_int64() < 0 || number->as_int64() > 100'000) {
            return core::Error{core::ErrorCode::kNotFound,
                               track != nullptr ? "The video has no track with this number."
                                                : "The photo has no face with this number.",
                               where};
        }
        domain::FaceTagRequest request;
        request.tag = std::string(tag->as_string());
        if (track != nullptr) {
            request.track = static_cast<int>(number->as_int64());
        } else {
            request.face = static_cast<int>(number->as_int64());
        }
        tags.push_back(std::move(request));
    }
    return tags;
}

net::awaitable<Response> PutTags(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const std::string media_id = MediaIdOf(context);
    const Principal& principal = *context.principal();
    auto result = co_await RunBlocking(context.workers(), [&]() -> core::Result<json::object> {
        auto access = AuthoriseMedia(environment.store, principal, school_id);
        if (!access) return access.error();
        auto body = context.JsonBody();
        if (!body) return body.error();
        auto tags = TagsFrom(*body);
        if (!tags) return tags.error();
        auto item = domain::TagFaces(environment.store, environment.clock, access->actor,
                                     school_id, media_id, *tags);
        if (!item) return item.error();
        return ItemJson(*item);
    });
    if (!result) co_return ErrorResponse(result.error());
    co_return JsonResponse(200, *result);
}

// Today in the school's zone (Europe/London), the default posting date.
domain::Date Today(const core::Clock& clock) {
    const core::TimePoint now = clock.Now();
    const auto local = now + core::TimeZone::London().OffsetAt(now);
    const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(local)};
    return domain::Date{static_cast<int>(day.year()), static_cast<int>(unsigned(day.month())),
                        static_cast<int>(unsigned(day.day()))};
}

core::Result<domain::RedactionTarget> TargetFrom(const RequestContext& context,
                                                 const core::Clock& clock) {
    domain::RedactionTarget target;
    target.posting_date = Today(clock);
    if (context.request().body.empty()) return target;
    auto body = JsonObjectBody(context);
    if (!body) return body.error();
    auto platform = StringField(*body, "platform", false);
    if (!platform) return platform.error();
    if (!platform->empty()) {
        target.platform = domain::ParsePlatform(*platform);
        if (!target.platform) {
            return core::Error{core::ErrorCode::kInvalidInput, "The platform is not one Steward knows.",
                               "platform"};
        }
    }
    auto date = StringField(*body, "posting_date", false);
    if (!date) return date.error();
    if (!date->empty()) {
        auto parsed = domain::ParseIsoDate(*date);
        if (!parsed) {
            return core::Error{core::ErrorCode::kInvalidInput,
                               "The posting date must be a date written YYYY-MM-DD.",
                               "posting_date"};
        }
        target.posting_date = *parsed;
    }
    return target;
}

net::awaitable<Response> Redact(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const std::string media_id = MediaIdOf(context);
    const Principal& principal = *context.principal();
    auto result = co_await RunBlocking(context.workers(), [&]() -> core::Result<json::object> {
        auto access = AuthoriseMedia(environment.store, principal, school_id);
        if (!access) return access.error();
        auto target = TargetFrom(context, environment.clock);
        if (!target) return target.error();
        auto engine = Engine();
        if (!engine) return engine.error();
        auto item = domain::RedactMedia(environment.store, environment.clock, access->actor,
                                        **engine, school_id, media_id, *target);
        if (!item) return item.error();
        return ItemJson(*item);
    });
    if (!result) co_return ErrorResponse(result.error());
    co_return JsonResponse(200, *result);
}

net::awaitable<Response> Preview(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const std::string media_id = MediaIdOf(context);
    const Principal& principal = *context.principal();
    const std::string version = QueryParam(context.request().query, "version");
    const auto which =
        version == "redacted" ? domain::MediaVersion::kRedacted : domain::MediaVersion::kOriginal;
    auto result = co_await RunBlocking(context.workers(), [&]() -> core::Result<domain::MediaBytes> {
        auto access = AuthoriseMedia(environment.store, principal, school_id);
        if (!access) return access.error();
        if (!version.empty() && version != "original" && version != "redacted") {
            return core::Error{core::ErrorCode::kInvalidInput,
                               "version must be original or redacted.", "version"};
        }
        return domain::ReadMediaVersion(environment.store, environment.clock, access->actor,
                                        school_id, media_id, which);
    });
    if (!result) co_return ErrorResponse(result.error());
    Response response;
    response.status = 200;
    response.content_type = result->content_type;
    response.body = std::move(result->bytes);
    response.headers.push_back({"cache-control", "no-store"});
    response.headers.push_back({"content-disposition", "inline"});
    co_return response;
}

}  // namespace

void RegisterMediaRoutes(Router& router, ApiEnvironment& environment) {
    const std::string base = "/api/schools/{school_id}/media";
    router.Add(Method::kPost, base,
               {.summary = "Uploads a photo or a short video (raw body; JPEG, PNG, WebP, HEIC, "
                           "MP4 or MOV, judged by its content, at most 25 MiB; videos up to 3 "
                           "minutes and 4K): faces (videos: sampled once a second, with track "
                           "and time), visible text, findings and metadata.",
                .tag = "media",
                .max_body_bytes = kMaxUploadBytes},
               [&environment](RequestContext& c) { return Upload(environment, c); });
    router.Add(Method::kGet, base + "/{media_id}",
               {.summary = "A photo's or video's inspection, face tags (videos: tracks and their "
                           "tags) and whether its publishable copy exists.",
                .tag = "media"},
               [&environment](RequestContext& c) { return Show(environment, c); });
    router.Add(Method::kPut, base + "/{media_id}/tags",
               {.summary = "Tags faces: [{face, tag: pupil_id | adult | not_a_pupil}]; a video "
                           "takes {track, tag} too, and a tag covers the whole track. Drops the "
                           "publishable copy made for the old tags.",
                .tag = "media",
                .json_body = true},
               [&environment](RequestContext& c) { return PutTags(environment, c); });
    router.Add(Method::kPost, base + "/{media_id}/redact",
               {.summary = "Makes the publishable copy: untagged and non-consented faces and "
                           "visible names blurred, no metadata (a video: those tracks blurred in "
                           "every frame, a fresh H.264 MP4). Body {platform?, posting_date?}.",
                .tag = "media",
                .json_body = true},
               [&environment](RequestContext& c) { return Redact(environment, c); });
    router.Add(Method::kGet, base + "/{media_id}/preview",
               {.summary = "The photo's or video's bytes, ?version=original|redacted (a video's "
                           "redacted copy is video/mp4); never cached.",
                .tag = "media",
                .response_type = "image/jpeg"},
               [&environment](RequestContext& c) { return Preview(environment, c); });
}

}  // namespace steward::api
