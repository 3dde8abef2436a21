#include "api/handlers/media_json.hpp"

#include <cmath>

namespace steward::api {
namespace {

namespace json = boost::json;

double Seconds(double seconds) { return std::round(seconds * 1000) / 1000; }

json::object BoxJson(const media::Box& b) {
    return {{"x", b.x}, {"y", b.y}, {"width", b.width}, {"height", b.height}};
}

json::object MetadataJson(const media::MetadataReport& m) {
    json::array removed;
    for (const auto& sentence : media::DescribeRemovals(m)) removed.emplace_back(sentence);
    json::object out{{"exif", m.exif},
                     {"gps_position", m.gps_position},
                     {"camera_serial", m.camera_serial},
                     {"xmp", m.xmp},
                     {"icc_profile", m.icc_profile},
                     {"iptc", m.iptc},
                     {"comment", m.comment || m.trailing_text},
                     {"removed_on_output", std::move(removed)}};
    if (m.date_taken) out["date_taken"] = *m.date_taken;
    return out;
}

// A video's people (tracks) with their current tags; replaces the inspection's copy in ItemJson.
json::array TracksJson(const domain::MediaItem& item) {
    json::array tracks;
    for (const auto& track : item.tracks) {
        json::object entry{{"track", track.track},
                           {"first_seconds", track.first_ms / 1000.0},
                           {"last_seconds", track.last_ms / 1000.0},
                           {"samples", track.samples},
                           {"box", BoxJson(track.box)}};
        if (!track.tag_kind.empty()) {
            entry["tag"] = track.tag_kind == "pupil" ? track.pupil_id : track.tag_kind;
        }
        tracks.push_back(std::move(entry));
    }
    return tracks;
}

}  // namespace

// The inspection as stored with the item and returned by POST media.
std::string InspectionJson(const media::InspectResult& r) {
    const bool video = media::IsVideo(r.format);
    json::array faces;
    for (std::size_t k = 0; k < r.faces.size(); ++k) {
        json::object face{{"face", k},
                          {"box", BoxJson(r.faces[k].box)},
                          {"confidence", std::round(r.faces[k].confidence * 1000) / 1000},
                          {"detector", media::FaceDetectorName(r.faces[k].detector)}};
        if (video) {
            face["track"] = r.faces[k].track;
            face["time_seconds"] = Seconds(r.faces[k].time_seconds);
        }
        faces.push_back(std::move(face));
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
    json::object out{{"format", media::MediaFormatName(r.format)},
                     {"width", r.width},
                     {"height", r.height},
                     {"faces", std::move(faces)},
                     {"text", std::move(text)},
                     {"findings", std::move(findings)},
                     {"metadata", MetadataJson(r.metadata)}};
    if (video) {
        out["kind"] = "video";
        out["duration_seconds"] = Seconds(r.duration_seconds);
        out["frames_sampled"] = r.frames_sampled;
    } else {
        out["kind"] = "photo";
    }
    return json::serialize(out);
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
        tags.push_back(
            json::object{{"face", face.face},
                         {"tag", face.tag_kind == "pupil" ? face.pupil_id : face.tag_kind}});
    }
    for (const auto& track : item.tracks) {
        if (track.tag_kind.empty()) continue;
        tags.push_back(
            json::object{{"track", track.track},
                         {"tag", track.tag_kind == "pupil" ? track.pupil_id : track.tag_kind}});
    }
    out["tags"] = std::move(tags);
    out["redacted"] = item.has_redacted;
    json::array blurred;
    for (int face : item.redacted_faces) blurred.push_back(face);
    if (item.IsVideo()) {
        out["tracks"] = TracksJson(item);
        out["redacted_tracks"] = blurred;
        if (item.has_redacted) out["redacted_content_type"] = "video/mp4";
    }
    out["redacted_faces"] = std::move(blurred);
    return out;
}

}  // namespace steward::api
