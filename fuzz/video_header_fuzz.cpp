// Fuzzes the video front door's own parser (media/video_header.cpp): any bytes sniffed as MP4/MOV
// give a Container within the video limits or an Error with a message, never a crash; and the
// metadata scrubber, run on any bytes, keeps their size and never reads or writes out of bounds.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "media/container.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace steward::media;
    const MediaLimits limits;
    const Bytes bytes(data, size);
    auto container = ReadContainer(bytes, limits);
    if (!container) {
        if (container.error().message.empty()) std::abort();
    } else if (IsVideo(container->format)) {
        if (container->duration_seconds <= 0 ||
            container->duration_seconds > limits.max_video_seconds ||
            container->width > limits.max_video_side || container->height > limits.max_video_side) {
            std::abort();
        }
    }
    std::vector<std::uint8_t> copy(data, data + size);
    ScrubMovieMetadata(copy);
    if (copy.size() != size) std::abort();
    return 0;
}
