// Fuzzes the EXIF (TIFF/IFD) reader: any bytes give a summary or an Error, never a crash or a
// read outside the block; orientation stays 1..8 and strings stay short and printable.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "media/exif_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto summary = steward::media::ReadExif(std::span<const std::uint8_t>(data, size));
    if (!summary) return 0;
    if (summary->orientation < 1 || summary->orientation > 8) std::abort();
    for (const auto* text :
         {&summary->make, &summary->model, &summary->date_taken, &summary->software}) {
        if (!text->has_value()) continue;
        if ((*text)->empty() || (*text)->size() > 64) std::abort();
        for (char c : **text) {
            if (c < 0x20 || c > 0x7E) std::abort();
        }
    }
    return 0;
}
