// Hand-written parsers of the personal-data detectors (personal_data.cpp): obfuscated e-mail
// addresses ("jo at gmail dot com", "jo[at]hotmail[dot]co[dot]uk", "jo (at) outlook (dot) com",
// "jo @ gmail . com"; personal_data_email.cpp) and phone numbers spelled partly in words
// ("oh seven seven double oh ..."; spelled_phone.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "screening/findings.hpp"
#include "screening/normalizer.hpp"
#include "screening/screener_internal.hpp"

namespace steward::screening {

// Appends a "pd/email_obfuscated" finding (span in the original text) for each such address in
// `norm` that is not one of the school's e-mails and does not overlap a finding already in `out`.
void AddObfuscatedEmails(std::string_view text, const NormalizedText& norm, const PreparedContacts& contacts,
                         std::vector<Finding>& out);

// A phone number written partly in words: its original span and the digits it stands for.
struct SpelledPhone {
    Span span;
    std::string digits;  // "07700900123", or "447700900123" as written
};
std::vector<SpelledPhone> FindSpelledPhoneNumbers(const NormalizedText& norm);

}  // namespace steward::screening
