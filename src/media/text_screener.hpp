// The seam between the media engine and a text engine: media reads the text in a picture and
// hands each line to a TextScreener; whoever wires the program (cli/wiring.cpp) plugs in the
// screening engine (names, personal data, offensive words). Media depends on nothing of it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace steward::media {

struct ScreenedSpan {
    std::size_t begin = 0;  // byte offsets into the screened text, half-open
    std::size_t end = 0;
    std::string category;  // "name", "personal_data", "profanity", ... (screening's names)
    std::string rule_id;   // e.g. "name/full", "pd/uk_mobile"
    double confidence = 1.0;
};

class TextScreener {
  public:
    virtual ~TextScreener() = default;
    // Returns what the screener found in `text` (one OCR line, UTF-8). Must be thread-safe.
    virtual std::vector<ScreenedSpan> Screen(std::string_view text) const = 0;
};

}  // namespace steward::media
