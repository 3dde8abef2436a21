// Fuzzes the screening normaliser with every option combination: any bytes (invalid UTF-8, NUL,
// huge runs) must normalise without crashing, every output byte must map back inside the input
// with begin <= end, and the fast path (ASCII loop, in-place passes, reused buffers) must give
// the same text and offsets as the reference normaliser.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "screening/normalizer.hpp"
#include "screening/normalizer_internal.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    for (int mask = 0; mask < 8; ++mask) {
        steward::screening::NormalizeOptions options;
        options.collapse_separators = (mask & 1) != 0;
        options.undo_leet = (mask & 2) != 0;
        options.squeeze_repeats = (mask & 4) != 0;
        steward::screening::NormalizedText n = steward::screening::Normalize(input, options);
        for (std::size_t i = 0; i < n.size(); ++i) {
            steward::screening::Span s = n.ToOriginal(i, i + 1);
            if (s.begin > s.end || s.end > size) std::abort();
        }
        steward::screening::Span all = n.ToOriginal(0, n.size());
        if (all.end > size) std::abort();
        steward::screening::NormalizedText want = steward::screening::NormalizeReference(input, options);
        if (want.text() != n.text()) std::abort();
        for (std::size_t i = 0; i < n.size(); ++i) {
            if (want.OrigBegin(i) != n.OrigBegin(i) || want.OrigEnd(i) != n.OrigEnd(i)) std::abort();
        }
    }
    return 0;
}
