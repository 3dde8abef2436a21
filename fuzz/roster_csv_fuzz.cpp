// Fuzzes the roster import: any bytes must give pupils or an error, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "formats/roster_csv.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto pupils = steward::formats::ParseRosterCsv(text);
    if (!pupils) (void)pupils.error().ToString();
    return 0;
}
