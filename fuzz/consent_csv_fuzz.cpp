// Fuzzes the consent import: any bytes must give records or an error, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "formats/consent_csv.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    steward::formats::ConsentCsvOptions options;
    options.today = steward::domain::Date{2027, 1, 1};
    auto records = steward::formats::ParseConsentCsv(text, options);
    if (!records) (void)records.error().ToString();
    return 0;
}
