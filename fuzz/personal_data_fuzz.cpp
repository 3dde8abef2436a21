// Fuzzes the personal-data detectors (screening/personal_data.cpp), whose hand-written parsers
// (obfuscated e-mails "jo (at) gmail (dot) com", phone and address trimming, spelled phones) walk
// the normalised text by hand: any bytes must give findings whose spans lie inside the input,
// begin <= end, with `matched` equal to the spanned text, and never a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "screening/builtin_lexicons.hpp"
#include "screening/screener.hpp"

namespace {

const steward::screening::Screener& Screener() {
    static std::shared_ptr<const steward::screening::Screener> screener = [] {
        steward::screening::ScreenerConfig config;
        auto lexicon = steward::screening::LoadBuiltinLexicons();
        if (!lexicon) std::abort();
        config.lexicon = std::move(*lexicon);
        auto created = steward::screening::Screener::Create(config);
        if (!created) std::abort();
        return *created;
    }();
    return *screener;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    steward::screening::SchoolContacts school;
    school.emails = {"office@brookfield.bristol.sch.uk"};
    school.phones = {"0117 496 0382"};
    school.postcodes = {"BS15 9QX"};
    for (const auto& f : Screener().FindPersonalData(input, school)) {
        if (f.span.begin > f.span.end || f.span.end > size) std::abort();
        if (f.matched != input.substr(f.span.begin, f.span.end - f.span.begin)) std::abort();
    }
    return 0;
}
