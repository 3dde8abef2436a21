// Media routes (issue 6), all under /api/schools/{school_id}/media, for signed-in staff of that
// school who may draft or approve posts (kDraftPost or kApprovePost):
//   POST media                       raw photo body, judged by its content -> the inspection
//   GET  media/{media_id}            the inspection, tags and whether a publishable copy exists
//   PUT  media/{media_id}/tags       [{face, tag: pupil_id | "adult" | "not_a_pupil"}]
//   POST media/{media_id}/redact     {platform?, posting_date?} -> makes the publishable copy
//   GET  media/{media_id}/preview?version=original|redacted   the bytes, Cache-Control: no-store
// Photos are never served publicly. Names read in a photo appear in bodies only, never in logs.
#include <boost/json.hpp>
#include <boost/url/parse_query.hpp>
#include <cmath>
#include <memory>
#include <mutex>

#include "api/error_mapping.hpp"
#include "api/handlers/domain_routes.hpp"
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

std::string QueryParam(std::string_view query, std::string_view name) {
    auto params = boost::urls::parse_query(query);
    if (!params) return {};
    for (const auto& param : *params) {
        if (param.key == name && param.has_value) return param.value.decode();
    }
    return {};
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

json::object BoxJson(const media::Box& b) {
    return {{"x", b.x}, {"y", b.y}, {"width", b.width}, {"height", b.height}};
}

json::object MetadataJson(const media::MetadataReport& m) {
    json::array removed;
    for (const auto& sentence : media::DescribeRemovals(m)) removed.emplace_back(sentence);
    json::object out{{"exif", m.exif},       {"gps_position", m.gps_position},
                     {"camera_serial", m.camera_serial}, {"xmp", m.xmp},
                     {"icc_profile", m.icc_profile},     {"iptc", m.iptc},
                     {"comment", m.comment || m.trailing_text},
                     {"removed_on_output", std::move(removed)}};
    if (m.date_taken) out["date_taken"] = *m.date_taken;
    return out;
}

// The inspection as stored with the item and returned by POST media.
std::string InspectionJson(const media::InspectResult& r) {
    json::array faces;
    for (std::size_t k = 0; k < r.faces.size(); ++k) {
        faces.push_back(json::object{{"face", k},
                                     {"box", BoxJson(r.faces[k].box)},
                                     {"confidence", std::round(r.faces[k].confidence * 1000) / 1000},
                                     {"detector", media::FaceDetectorName(r.faces[k].detector)}});
    }
    json::array text;
    for (const auto& line : r.text) {
        text.push_back(json::object{{"text", line.text},
                                    {"box", BoxJson(line.box)},
                                    {"confidence", std::round(line.confidence * 1000) / 1000}});
    }
    json::array findings;
    for (const auto& f : r.findings) {
        findings.push_back(json::object{{"line", f.line},
                                        {"category", f.category},
                                        {"rule_id", f.rule_id},
                                        {"box", BoxJson(f.box)}});
    }
    return json::serialize(json::object{{"format", media::MediaFormatName(r.format)},
                                        {"width", r.width},
                                        {"height", r.height},
                                        {"faces", std::move(faces)},
                                        {"text", std::move(text)},
                                        {"findings", std::move(findings)},
                                        {"metadata", MetadataJson(r.metadata)}});
}

json::object ItemJson(const domain::MediaItem& item) {
    boost::system::error_code ec;
    json::value inspection = json::parse(item.inspection_json, ec);
    json::object out = !ec && inspection.is_object() ? inspection.as_object() : json::object{};
    out["media_id"] = item.id;
    out["sha256"] = item.sha256;
    out["content_type"] = item.content_type;
    out["uploaded_by"] = item.uploaded_by;
    json::array tags;
    for (const auto& face : item.faces) {
        if (face.tag_kind.empty()) continue;
        tags.push_back(json::object{
            {"face", face.face},
            {"tag", face.tag_kind == "pupil" ? face.pupil_id : face.tag_kind}});
    }
    out["tags"] = std::move(tags);
    out["redacted"] = item.has_redacted;
    json::array blurred;
    for (int face : item.redacted_faces) blurred.push_back(face);
    out["redacted_faces"] = std::move(blurred);
    return out;
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
            return core::Error{core::ErrorCode::kNotFound, "There is no such photo at this school.",
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
        const json::value* tag = entry ? entry->if_contains("tag") : nullptr;
        if (face == nullptr || !face->is_int64() || tag == nullptr || !tag->is_string()) {
            return core::Error{core::ErrorCode::kInvalidInput,
                               "Each tag needs a face number and a tag text (a pupil id, "
                               "\"adult\" or \"not_a_pupil\").",
                               where};
        }
        if (face->as_int64() < 0 || face->as_int64() > 100'000) {
            return core::Error{core::ErrorCode::kNotFound, "The photo has no face with this number.",
                               where};
        }
        tags.push_back({static_cast<int>(face->as_int64()), std::string(tag->as_string())});
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
               {.summary = "Uploads a photo (raw body; JPEG, PNG, WebP or HEIC, judged by its "
                           "content, at most 25 MiB): faces, visible text, findings and "
                           "metadata.",
                .tag = "media",
                .max_body_bytes = kMaxUploadBytes},
               [&environment](RequestContext& c) { return Upload(environment, c); });
    router.Add(Method::kGet, base + "/{media_id}",
               {.summary = "A photo's inspection, face tags and whether its publishable copy "
                           "exists.",
                .tag = "media"},
               [&environment](RequestContext& c) { return Show(environment, c); });
    router.Add(Method::kPut, base + "/{media_id}/tags",
               {.summary = "Tags faces: [{face, tag: pupil_id | adult | not_a_pupil}]; drops "
                           "the publishable copy made for the old tags.",
                .tag = "media",
                .json_body = true},
               [&environment](RequestContext& c) { return PutTags(environment, c); });
    router.Add(Method::kPost, base + "/{media_id}/redact",
               {.summary = "Makes the publishable copy: untagged and non-consented faces and "
                           "visible names blurred, no metadata. Body {platform?, posting_date?}.",
                .tag = "media",
                .json_body = true},
               [&environment](RequestContext& c) { return Redact(environment, c); });
    router.Add(Method::kGet, base + "/{media_id}/preview",
               {.summary = "The photo's bytes, ?version=original|redacted; never cached.",
                .tag = "media",
                .response_type = "image/jpeg"},
               [&environment](RequestContext& c) { return Preview(environment, c); });
}

}  // namespace steward::api
