#include "media/metadata_report.hpp"

#include "media/exif_reader.hpp"

namespace steward::media {

MetadataReport ReportMetadata(const Container& container) {
    MetadataReport report;
    report.xmp = container.xmp;
    report.icc_profile = container.icc_profile;
    report.iptc = container.iptc;
    report.comment = container.comment;
    report.trailing_text = container.text_chunks;
    std::vector<Bytes> blocks = container.exif;
    for (const auto& copy : container.exif_copies) blocks.emplace_back(copy);
    for (Bytes block : blocks) {
        report.exif = true;
        auto summary = ReadExif(block);
        if (!summary) continue;
        report.gps_position = report.gps_position || summary->gps_position;
        report.camera_serial = report.camera_serial || summary->camera_serial;
        if (summary->make) report.camera_make = summary->make;
        if (summary->model) report.camera_model = summary->model;
        if (summary->date_taken) report.date_taken = summary->date_taken;
        if (summary->software) report.software = summary->software;
    }
    return report;
}

}  // namespace steward::media
