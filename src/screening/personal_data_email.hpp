// Obfuscated e-mail addresses for the personal-data detectors (personal_data.cpp): "jo at gmail
// dot com", "jo[at]hotmail[dot]co[dot]uk", "jo (at) outlook (dot) com", "jo @ gmail . com".
#pragma once

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

}  // namespace steward::screening
