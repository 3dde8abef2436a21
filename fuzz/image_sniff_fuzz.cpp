// Fuzzes the image front door: format sniffing, the container walkers (JPEG, PNG, WebP, ISO-BMFF)
// with their size limits, the metadata report, and decoding of whatever is accepted and small.
// Any bytes give a Container or an Error, never a crash; accepted sizes respect the limits.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "media/container.hpp"
#include "media/image_codec.hpp"
#include "media/metadata_report.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace steward::media;
    MediaLimits limits;
    limits.max_pixels = 4'000'000;  // keep each run fast; the logic is the same at 50 MP
    const Bytes bytes(data, size);
    auto container = ReadContainer(bytes, limits);
    if (!container) {
        if (container.error().message.empty()) std::abort();
        return 0;
    }
    if (std::uint64_t(container->width) * std::uint64_t(container->height) > limits.max_pixels) {
        std::abort();
    }
    (void)DescribeRemovals(ReportMetadata(*container));
    auto image = DecodeImage(bytes, *container, limits);
    if (image && std::uint64_t(image->cols) * std::uint64_t(image->rows) > limits.max_pixels) {
        std::abort();
    }
    return 0;
}
