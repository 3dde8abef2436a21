// HEIF/HEIC decoding through libheif: reads the primary image's size from the header first (so a
// decompression bomb is refused before decoding), notes its Exif/XMP/ICC metadata, then decodes
// to interleaved RGB with the rotation and mirroring the file asks for.
#include <libheif/heif.h>

#include <cstring>
#include <memory>
#include <opencv2/imgproc.hpp>
#include <string>
#include <vector>

#include "media/image_codec.hpp"

namespace steward::media {
namespace {

struct ContextFree {
    void operator()(heif_context* context) const { heif_context_free(context); }
};
struct HandleFree {
    void operator()(heif_image_handle* handle) const { heif_image_handle_release(handle); }
};
struct ImageFree {
    void operator()(heif_image* image) const { heif_image_release(image); }
};

core::Error HeifError(std::string_view detail) { return Corrupt(MediaFormat::kHeif, detail); }

void NoteMetadata(heif_image_handle* handle, Container& container) {
    const int count = heif_image_handle_get_number_of_metadata_blocks(handle, nullptr);
    if (count <= 0 || count > 64) return;
    std::vector<heif_item_id> ids(static_cast<std::size_t>(count));
    heif_image_handle_get_list_of_metadata_block_IDs(handle, nullptr, ids.data(), count);
    for (heif_item_id id : ids) {
        const std::string type = heif_image_handle_get_metadata_type(handle, id);
        const char* content = heif_image_handle_get_metadata_content_type(handle, id);
        if (type == "Exif") {
            // libheif's Exif block starts with a 4-byte offset to the TIFF header.
            const std::size_t size = heif_image_handle_get_metadata_size(handle, id);
            if (size < 8 || size > (1u << 20)) continue;
            std::vector<std::uint8_t> block(size);
            if (heif_image_handle_get_metadata(handle, id, block.data()).code != heif_error_Ok) {
                continue;
            }
            const std::size_t skip =
                4 + ((std::size_t{block[0]} << 24) | (block[1] << 16) | (block[2] << 8) | block[3]);
            if (skip >= size) continue;
            container.exif_copies.emplace_back(block.begin() + static_cast<std::ptrdiff_t>(skip),
                                               block.end());
        }
        if (type == "mime" && content != nullptr && std::string(content) == "application/rdf+xml") {
            container.xmp = true;
        }
    }
    if (heif_image_handle_get_color_profile_type(handle) != heif_color_profile_type_not_present) {
        container.icc_profile = true;
    }
}

}  // namespace

core::Result<cv::Mat> DecodeHeif(Bytes bytes, Container& container, const MediaLimits& limits) {
    std::unique_ptr<heif_context, ContextFree> context(heif_context_alloc());
    if (!context) return core::Error{core::ErrorCode::kInternal, "libheif could not start."};
    heif_error error = heif_context_read_from_memory_without_copy(context.get(), bytes.data(),
                                                                  bytes.size(), nullptr);
    if (error.code != heif_error_Ok) return HeifError("unreadable HEIF structure");
    heif_image_handle* raw_handle = nullptr;
    error = heif_context_get_primary_image_handle(context.get(), &raw_handle);
    if (error.code != heif_error_Ok) return HeifError("no primary image");
    std::unique_ptr<heif_image_handle, HandleFree> handle(raw_handle);
    const int width = heif_image_handle_get_width(handle.get());
    const int height = heif_image_handle_get_height(handle.get());
    if (width <= 0 || height <= 0 || width > limits.max_side || height > limits.max_side ||
        std::uint64_t(width) * std::uint64_t(height) > limits.max_pixels) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "The HEIF image is over the size limit; resize it before uploading."};
    }
    container.width = width;
    container.height = height;
    NoteMetadata(handle.get(), container);
    heif_image* raw_image = nullptr;
    error = heif_decode_image(handle.get(), &raw_image, heif_colorspace_RGB,
                              heif_chroma_interleaved_RGB, nullptr);
    if (error.code != heif_error_Ok) return HeifError("pixels could not be decoded");
    std::unique_ptr<heif_image, ImageFree> image(raw_image);
    int stride = 0;
    const std::uint8_t* plane =
        heif_image_get_plane_readonly(image.get(), heif_channel_interleaved, &stride);
    const int out_width = heif_image_get_width(image.get(), heif_channel_interleaved);
    const int out_height = heif_image_get_height(image.get(), heif_channel_interleaved);
    if (plane == nullptr || out_width <= 0 || out_height <= 0) return HeifError("empty image");
    try {
        const cv::Mat rgb(out_height, out_width, CV_8UC3, const_cast<std::uint8_t*>(plane),
                          static_cast<std::size_t>(stride));
        cv::Mat bgr;
        cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
        return bgr;
    } catch (const std::exception&) {
        return HeifError("pixels could not be converted");
    }
}

}  // namespace steward::media
