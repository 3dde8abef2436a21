// Hand-written parsers of the personal-data detectors (personal_data.cpp): obfuscated e-mail
// addresses ("jo at gmail dot com", "jo[at]hotmail[dot]co[dot]uk", "jo (at) outlook (dot) com",
// "jo @ gmail . com"; personal_data_email.cpp) and phone numbers spelled partly in words
// ("oh seven seven double oh ..."; spelled_phone.cpp).
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "screening/findings.hpp"
#include "screening/normalizer.hpp"
#include "screening/screener_internal.hpp"

namespace steward::screening {

// The top-level domains after which a dotted word is a web address ("ravensworth-meals.co/login")
// and with which an obfuscated e-mail address may end ("jo at freshbox dot ie"): one list, so the
// link rule and the e-mail parser agree. ".uk" needs a second level ("co.uk", "sch.uk") in an
// e-mail address (EmailAt).
inline constexpr auto kWebTopLevelDomains = std::to_array<std::string_view>(
    {"com", "co",   "net",   "org", "uk",  "ie",  "shop", "club", "ly",  "io",   "me",    "info", "biz",
     "xyz", "online", "site", "store", "app", "link", "top", "edu", "gov", "scot", "wales", "cymru"});

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
