// Fuzzes the date, time and academic-year parsers: any bytes give a value or an error, never a
// crash, and whatever parses formats back to exactly the input (the parsers are strict).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/civil_date.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (auto date = steward::core::ParseIsoDate(text)) {
        if (steward::core::FormatIsoDate(*date) != text) std::abort();
    } else {
        (void)date.error().ToString();
    }
    if (auto time = steward::core::ParseTimeOfDay(text)) {
        if (steward::core::FormatTimeOfDay(*time) != text) std::abort();
    }
    for (const int start_month : {1, 9}) {
        if (auto year = steward::core::AcademicYear::Parse(text, start_month)) {
            if (year->label() != text || !year->Contains(year->start())) std::abort();
        }
    }
    return 0;
}
