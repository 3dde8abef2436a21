// `steward media inspect FILE [--roster R.csv]` prints one JSON object with the photo's faces,
// visible text, findings in that text (roster names, personal data, offensive words) and the
// metadata it carries; for a video (MP4/MOV) the faces of one frame a second with track and time,
// and the tracks. `steward media redact FILE --out OUT [--blur untagged|all|BOXES]` writes the
// cleaned copy: re-encoded from pixels, faces and visible names obscured (a video: every tracked
// face, or the boxes, in every frame, as a fresh MP4 without metadata).
#include <boost/json.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.hpp"
#include "cli/commands/commands.hpp"
#include "cli/lexicon_source.hpp"
#include "formats/roster_csv.hpp"
#include "media/container.hpp"
#include "media/media_engine.hpp"
#include "screening/names/name_index.hpp"
#include "screening/screener.hpp"

namespace steward::cli {
namespace {

namespace json = boost::json;

struct MediaOptions {
    std::string file;
    std::string roster;
    std::string lexicons;
    std::string out;
    std::string blur = "untagged";
};

core::Result<std::vector<std::uint8_t>> ReadBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return core::Error{core::ErrorCode::kNotFound, "The file cannot be opened; check the path.",
                           path};
    return std::vector<std::uint8_t>(std::istreambuf_iterator<char>(in), {});
}

// Plugs the screening engine into the media engine: roster full names, personal data, and
// offensive words, each reported with screening's own category names.
class ScreeningAdapter : public media::TextScreener {
  public:
    std::unique_ptr<screening::NameIndex> names;
    std::shared_ptr<const screening::Screener> screener;

    std::vector<media::ScreenedSpan> Screen(std::string_view text) const override {
        std::vector<media::ScreenedSpan> spans;
        if (names) {
            for (const auto& mention : names->FindMentions(text, {})) {
                spans.push_back({mention.span.begin, mention.span.end, "name", "name/full",
                                 mention.confidence});
            }
        }
        if (screener) {
            auto found = screener->FindPersonalData(text, {});
            auto offensive = screener->FindOffensive(text);
            found.insert(found.end(), offensive.begin(), offensive.end());
            for (const auto& f : found) {
                spans.push_back({f.span.begin, f.span.end,
                                 std::string(screening::CategoryName(f.category)), f.rule_id,
                                 f.confidence});
            }
        }
        return spans;
    }
};

core::Result<std::unique_ptr<ScreeningAdapter>> BuildScreener(const MediaOptions& options) {
    auto adapter = std::make_unique<ScreeningAdapter>();
    if (!options.roster.empty()) {
        std::ifstream in(options.roster, std::ios::binary);
        if (!in)
            return core::Error{core::ErrorCode::kNotFound,
                               "The roster cannot be opened; check the path.", options.roster};
        std::stringstream text;
        text << in.rdbuf();
        auto pupils = formats::ParseRosterCsv(text.str(), options.roster);
        if (!pupils) return pupils.error();
        std::vector<screening::RosterName> people;
        for (const auto& p : *pupils)
            people.push_back({p.id, p.first_name, p.last_name, p.preferred_name});
        adapter->names = std::make_unique<screening::NameIndex>(people);
    }
    auto lexicon = LoadLexicons(options.lexicons);
    if (!lexicon) return lexicon.error();
    screening::ScreenerConfig config;
    config.lexicon = std::move(*lexicon);
    auto screener = screening::Screener::Create(config);
    if (!screener) return screener.error();
    adapter->screener = std::move(*screener);
    return adapter;
}

json::object BoxJson(const media::Box& b) {
    return {{"x", b.x}, {"y", b.y}, {"width", b.width}, {"height", b.height}};
}

double Round3(double v) { return std::round(v * 1000) / 1000; }

json::object MetadataJson(const media::MetadataReport& m) {
    json::object out{{"exif", m.exif},
                     {"gps_position", m.gps_position},
                     {"camera_serial", m.camera_serial},
                     {"xmp", m.xmp},
                     {"icc_profile", m.icc_profile},
                     {"iptc", m.iptc},
                     {"comment", m.comment || m.trailing_text}};
    if (m.camera_make) out["camera_make"] = *m.camera_make;
    if (m.camera_model) out["camera_model"] = *m.camera_model;
    if (m.date_taken) out["date_taken"] = *m.date_taken;
    if (m.software) out["software"] = *m.software;
    json::array removed;
    for (const auto& sentence : media::DescribeRemovals(m)) removed.emplace_back(sentence);
    out["removed_on_output"] = std::move(removed);
    return out;
}

json::object InspectJson(const std::string& file, const media::InspectResult& r) {
    json::array faces, text, findings;
    for (const auto& f : r.faces) {
        json::object face{{"box", BoxJson(f.box)},
                          {"confidence", Round3(f.confidence)},
                          {"detector", media::FaceDetectorName(f.detector)}};
        if (media::IsVideo(r.format)) {
            face["time_seconds"] = Round3(f.time_seconds);
            face["track"] = f.track;
        }
        faces.push_back(std::move(face));
    }
    for (const auto& line : r.text) {
        text.push_back(json::object{{"text", line.text},
                                    {"box", BoxJson(line.box)},
                                    {"confidence", Round3(line.confidence)}});
    }
    for (const auto& f : r.findings) {
        findings.push_back(
            json::object{{"category", f.category},
                         {"rule_id", f.rule_id},
                         {"line", f.line},
                         {"text", r.text[f.line].text.substr(f.begin, f.end - f.begin)},
                         {"box", BoxJson(f.box)},
                         {"confidence", Round3(f.confidence)}});
    }
    json::object out{{"file", file},
                     {"format", media::MediaFormatName(r.format)},
                     {"width", r.width},
                     {"height", r.height},
                     {"faces", std::move(faces)},
                     {"text", std::move(text)},
                     {"findings", std::move(findings)},
                     {"metadata", MetadataJson(r.metadata)}};
    if (media::IsVideo(r.format)) {
        out["duration_seconds"] = Round3(r.duration_seconds);
        out["frames_sampled"] = r.frames_sampled;
        json::array tracks;
        for (const auto& t : r.tracks) {
            tracks.push_back(json::object{{"track", t.track},
                                          {"first_seconds", Round3(t.first_seconds)},
                                          {"last_seconds", Round3(t.last_seconds)},
                                          {"samples", t.samples},
                                          {"box", BoxJson(t.box)}});
        }
        out["tracks"] = std::move(tracks);
    }
    return out;
}

core::Result<std::vector<media::Box>> ParseBoxes(const std::string& spec) {
    std::vector<media::Box> boxes;
    std::stringstream all(spec);
    std::string one;
    while (std::getline(all, one, ';')) {
        media::Box b;
        char c1 = 0, c2 = 0, c3 = 0;
        std::stringstream in(one);
        if (!(in >> b.x >> c1 >> b.y >> c2 >> b.width >> c3 >> b.height) || c1 != ',' ||
            c2 != ',' || c3 != ',' || b.width <= 0 || b.height <= 0 || !(in >> std::ws).eof()) {
            return core::Error{core::ErrorCode::kInvalidInput,
                               "--blur takes untagged, all, or boxes as x,y,width,height;x,y,... "
                               "in pixels.",
                               "--blur"};
        }
        boxes.push_back(b);
    }
    if (boxes.empty())
        return core::Error{core::ErrorCode::kInvalidInput, "--blur lists no boxes.", "--blur"};
    return boxes;
}

std::optional<media::MediaFormat> FormatForName(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".jpg" || ext == ".jpeg") return media::MediaFormat::kJpeg;
    if (ext == ".png") return media::MediaFormat::kPng;
    if (ext == ".webp") return media::MediaFormat::kWebp;
    return std::nullopt;
}

core::Status WriteAtomically(const std::string& path, const std::vector<std::uint8_t>& bytes) {
    const std::string temp = path + ".partial";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(bytes.data()),
                  static_cast<std::streamsize>(bytes.size()));
        if (!out)
            return core::Error{core::ErrorCode::kUnavailable,
                               "The cleaned copy could not be written.", path};
    }
    std::error_code ec;
    std::filesystem::rename(temp, path, ec);
    if (ec)
        return core::Error{core::ErrorCode::kUnavailable, "The cleaned copy could not be written.",
                           path};
    return core::OkStatus();
}

core::Result<std::unique_ptr<media::MediaEngine>> Engine(bool read_text) {
    media::MediaConfig config;
    config.read_text = read_text;
    return media::MediaEngine::Create(config);
}

core::Status RunInspect(const MediaOptions& options) {
    auto bytes = ReadBytes(options.file);
    if (!bytes) return bytes.error();
    auto screener = BuildScreener(options);
    if (!screener) return screener.error();
    auto engine = Engine(/*read_text=*/true);
    if (!engine) return engine.error();
    auto result = (*engine)->Inspect(*bytes, screener->get());
    if (!result) return core::Error{result.error().code, result.error().message, options.file};
    std::cout << json::serialize(InspectJson(options.file, *result)) << "\n";
    return core::OkStatus();
}

// A video's cleaned copy: every tracked face (untagged, all) or the given boxes in every frame,
// re-encoded as a fresh MP4 with no metadata and no audio.
core::Status RunRedactVideo(const MediaOptions& options, const std::vector<std::uint8_t>& bytes) {
    const auto named = FormatForName(options.out);
    if (named) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "The cleaned copy of a video is an MP4; give --out a .mp4 name.",
                           "--out"};
    }
    const bool by_detection = options.blur == "untagged" || options.blur == "all";
    std::vector<media::Box> boxes;
    if (!by_detection) {
        auto parsed = ParseBoxes(options.blur);
        if (!parsed) return parsed.error();
        boxes = std::move(*parsed);
    }
    auto engine = Engine(/*read_text=*/false);  // no OCR of video
    if (!engine) return engine.error();
    std::vector<media::Face> hide;
    std::size_t tracks = 0;
    if (by_detection) {
        auto found = (*engine)->Inspect(bytes);
        if (!found) return core::Error{found.error().code, found.error().message, options.file};
        hide = found->faces;
        tracks = found->tracks.size();
    }
    auto cleaned = (*engine)->RedactVideo(bytes, hide, boxes);
    if (!cleaned) return core::Error{cleaned.error().code, cleaned.error().message, options.file};
    if (auto written = WriteAtomically(options.out, cleaned->bytes); !written) return written;
    std::cout << json::serialize(json::object{{"out", options.out},
                                              {"format", media::MediaFormatName(cleaned->format)},
                                              {"blurred_tracks", tracks},
                                              {"blurred_boxes", boxes.size()}})
              << "\n";
    return core::OkStatus();
}

core::Status RunRedact(const MediaOptions& options) {
    auto bytes = ReadBytes(options.file);
    if (!bytes) return bytes.error();
    if (const auto format = media::SniffFormat(*bytes); format && media::IsVideo(*format)) {
        return RunRedactVideo(options, *bytes);
    }
    const bool by_detection = options.blur == "untagged" || options.blur == "all";
    std::vector<media::Box> boxes;
    if (!by_detection) {
        auto parsed = ParseBoxes(options.blur);
        if (!parsed) return parsed.error();
        boxes = std::move(*parsed);
    }
    auto engine = Engine(/*read_text=*/by_detection);
    if (!engine) return engine.error();
    if (by_detection) {
        // No tags exist outside the post workflow, so every detected face is untagged here;
        // "all" and "untagged" differ once staff tagging reaches the CLI.
        auto screener = BuildScreener(options);
        if (!screener) return screener.error();
        auto found = (*engine)->Inspect(*bytes, screener->get());
        if (!found) return core::Error{found.error().code, found.error().message, options.file};
        for (const auto& face : found->faces) boxes.push_back(face.box);
        for (const auto& finding : found->findings) boxes.push_back(finding.box);
    }
    auto cleaned = (*engine)->Redact(*bytes, boxes, FormatForName(options.out));
    if (!cleaned) return core::Error{cleaned.error().code, cleaned.error().message, options.file};
    if (auto written = WriteAtomically(options.out, cleaned->bytes); !written) return written;
    std::cout << json::serialize(json::object{{"out", options.out},
                                              {"format", media::MediaFormatName(cleaned->format)},
                                              {"blurred_boxes", boxes.size()}})
              << "\n";
    return core::OkStatus();
}

}  // namespace

void RegisterMediaCommand(CLI::App& app) {
    auto* media_cmd = app.add_subcommand("media", "Check photos and write cleaned copies");
    media_cmd->require_subcommand(1);
    auto options = std::make_shared<MediaOptions>();

    auto* inspect =
        media_cmd->add_subcommand("inspect", "Faces, visible text, findings and metadata as JSON");
    inspect->add_option("FILE", options->file, "Photo (JPEG, PNG, WebP, HEIC) or video (MP4, MOV)")
        ->required();
    inspect->add_option("--roster", options->roster,
                        "Roster CSV: find pupils' names in the picture");
    inspect->add_option("--lexicons", options->lexicons,
                        "Lexicon folder (default: $STEWARD_LEXICONS, else the lexicons "
                        "built into steward)");
    SetCommand(inspect, [options] { return RunInspect(*options); });

    auto* redact = media_cmd->add_subcommand(
        "redact", "Write the cleaned copy: no metadata, faces and names blurred");
    redact->add_option("FILE", options->file, "Photo (JPEG, PNG, WebP, HEIC) or video (MP4, MOV)")
        ->required();
    redact->add_option("--out", options->out, "Where to write the cleaned copy (a video: .mp4)")
        ->required();
    redact->add_option("--blur", options->blur, "untagged (default), all, or x,y,w,h;x,y,w,h");
    redact->add_option("--roster", options->roster, "Roster CSV: also blur pupils' names");
    redact->add_option("--lexicons", options->lexicons,
                        "Lexicon folder (default: $STEWARD_LEXICONS, else the lexicons "
                        "built into steward)");
    SetCommand(redact, [options] { return RunRedact(*options); });
}

}  // namespace steward::cli
