#include "media/media_types.hpp"

#include <algorithm>
#include <map>

namespace steward::media {

std::string_view MediaFormatName(MediaFormat format) {
    switch (format) {
        case MediaFormat::kJpeg:
            return "jpeg";
        case MediaFormat::kPng:
            return "png";
        case MediaFormat::kWebp:
            return "webp";
        case MediaFormat::kHeif:
            return "heif";
        case MediaFormat::kMp4:
            return "mp4";
        case MediaFormat::kQuickTime:
            return "quicktime";
    }
    return "unknown";
}

bool IsVideo(MediaFormat format) {
    return format == MediaFormat::kMp4 || format == MediaFormat::kQuickTime;
}

std::string_view FaceDetectorName(FaceDetectorKind kind) {
    switch (kind) {
        case FaceDetectorKind::kFrontalHog:
            return "hog";
        case FaceDetectorKind::kFrontalCascade:
            return "cascade";
        case FaceDetectorKind::kProfileCascade:
            return "profile";
    }
    return "unknown";
}

std::vector<FaceTrack> TracksOf(const std::vector<Face>& faces) {
    std::map<int, FaceTrack> by_track;
    std::map<int, double> best;
    for (const Face& face : faces) {
        auto [it, added] = by_track.try_emplace(face.track);
        FaceTrack& track = it->second;
        if (added) {
            track = FaceTrack{face.track, face.time_seconds, face.time_seconds, 0, face.box};
            best[face.track] = face.confidence;
        }
        track.first_seconds = std::min(track.first_seconds, face.time_seconds);
        track.last_seconds = std::max(track.last_seconds, face.time_seconds);
        ++track.samples;
        if (face.confidence > best[face.track]) {
            best[face.track] = face.confidence;
            track.box = face.box;
        }
    }
    std::vector<FaceTrack> out;
    for (auto& [id, track] : by_track) out.push_back(track);
    std::stable_sort(out.begin(), out.end(), [](const FaceTrack& a, const FaceTrack& b) {
        return a.first_seconds < b.first_seconds;
    });
    return out;
}

std::vector<std::string> DescribeRemovals(const MetadataReport& report) {
    std::vector<std::string> out;
    if (report.gps_position) {
        out.emplace_back(report.video ? "location recorded with the video removed"
                                      : "GPS position of the photo removed");
    }
    if (report.video) out.emplace_back("creation date, camera and other metadata atoms removed");
    if (report.camera_serial) out.emplace_back("camera serial number removed");
    if (report.camera_make || report.camera_model)
        out.emplace_back("camera make and model removed");
    if (report.date_taken) out.emplace_back("date and time the photo was taken removed");
    if (report.software) out.emplace_back("editing software name removed");
    if (report.exif && out.empty()) out.emplace_back("EXIF camera data removed");
    if (report.xmp)
        out.emplace_back("XMP metadata (may hold location, names or edit history) removed");
    if (report.iptc) out.emplace_back("IPTC captions and keywords removed");
    if (report.icc_profile)
        out.emplace_back("colour profile removed (colours converted to sRGB as decoded)");
    if (report.comment || report.trailing_text)
        out.emplace_back("embedded comments and text removed");
    return out;
}

}  // namespace steward::media
