// School contacts: validation, the read, and the audited replacement.
#include "domain/schools/school_contacts.hpp"

#include <algorithm>
#include <cctype>

#include "domain/audit/audit_log.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {
namespace {

core::Error Invalid(std::string where, std::string rule) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(rule), std::move(where)};
}

std::string Trimmed(std::string_view text) {
    const auto space = [](unsigned char c) { return std::isspace(c) != 0; };
    while (!text.empty() && space(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && space(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    return std::string(text);
}

bool HasSpace(std::string_view text) {
    return std::any_of(text.begin(), text.end(),
                       [](unsigned char c) { return std::isspace(c) != 0; });
}

// A value's own rule, or "" when it keeps it. `value` is trimmed and not empty.
using Rule = std::string (*)(std::string_view value);

std::string PhoneRule(std::string_view value) {
    std::size_t digits = 0;
    for (unsigned char c : value) {
        if (std::isdigit(c)) {
            ++digits;
        } else if (c != ' ' && c != '+' && c != '(' && c != ')' && c != '-') {
            return "A phone number may hold only digits, spaces, +, ( ) and -.";
        }
    }
    if (digits < 10 || digits > 13) return "A phone number has 10 to 13 digits.";
    return "";
}

std::string EmailRule(std::string_view value) {
    const auto at = value.find('@');
    if (HasSpace(value) || at == 0 || at == std::string_view::npos ||
        value.find('@', at + 1) != std::string_view::npos ||
        value.find('.', at + 2) == std::string_view::npos || value.back() == '.') {
        return "An e-mail address looks like office@school.sch.uk (one @, a dot after it, no "
               "spaces).";
    }
    return "";
}

std::string PostcodeRule(std::string_view value) {
    const bool letters_digits_spaces = std::all_of(value.begin(), value.end(), [](unsigned char c) {
        return std::isalnum(c) != 0 || c == ' ';
    });
    if (!letters_digits_spaces || value.size() < 5 || value.size() > 8) {
        return "A postcode is 5 to 8 letters, digits and spaces, e.g. BS15 9QX.";
    }
    return "";
}

std::string NoSpacesRule(std::string_view value) {
    return HasSpace(value) ? "This value has no spaces (a website or social handle)." : "";
}

std::string HashtagRule(std::string_view value) {
    if (value.front() != '#' || value.size() < 2 || HasSpace(value)) {
        return "A hashtag starts with # and has no spaces, e.g. #TeamBrookfield.";
    }
    return "";
}

std::string AnyRule(std::string_view /*value*/) { return ""; }

// Trims `value` and checks it; `where` names the field ("phones[1]").
core::Status CheckValue(std::string& value, const std::string& where, Rule rule, bool required) {
    value = Trimmed(value);
    if (value.empty()) {
        if (!required) return core::OkStatus();
        return Invalid(where, "This entry is empty; remove it or fill it in.");
    }
    if (value.size() > kMaxContactLength) {
        return Invalid(where, "This value is longer than " + std::to_string(kMaxContactLength) +
                                  " characters.");
    }
    if (std::string broken = rule(value); !broken.empty()) return Invalid(where, broken);
    return core::OkStatus();
}

core::Status CheckList(std::vector<std::string>& values, const std::string& field, Rule rule) {
    if (values.size() > kMaxContactsPerList) {
        return Invalid(field, "A school lists at most " + std::to_string(kMaxContactsPerList) +
                                  " of these.");
    }
    for (std::size_t index = 0; index < values.size(); ++index) {
        auto ok = CheckValue(values[index], field + "[" + std::to_string(index) + "]", rule, true);
        if (!ok) return ok;
    }
    return core::OkStatus();
}

core::Status CheckVenues(std::vector<PublicVenue>& venues) {
    if (venues.size() > kMaxContactsPerList) {
        return Invalid("public_venues", "A school lists at most " +
                                            std::to_string(kMaxContactsPerList) + " venues.");
    }
    for (std::size_t index = 0; index < venues.size(); ++index) {
        const std::string where = "public_venues[" + std::to_string(index) + "]";
        PublicVenue& venue = venues[index];
        if (auto ok = CheckValue(venue.name, where + ".name", AnyRule, true); !ok) return ok;
        if (auto ok = CheckValue(venue.address, where + ".address", AnyRule, false); !ok) return ok;
        if (auto ok = CheckValue(venue.postcode, where + ".postcode", PostcodeRule, false); !ok) {
            return ok;
        }
    }
    return core::OkStatus();
}

// The audit summary: which fields are set and how many entries, never the values.
std::string Summary(const SchoolContacts& contacts) {
    std::string out;
    const auto add = [&](std::string_view name, std::size_t count) {
        if (count == 0) return;
        if (!out.empty()) out += ' ';
        out += std::string(name) + "=" + std::to_string(count);
    };
    add("address", contacts.address.empty() ? 0 : 1);
    add("postcode", contacts.postcode.empty() ? 0 : 1);
    add("phones", contacts.phones.size());
    add("emails", contacts.emails.size());
    add("website", contacts.website.empty() ? 0 : 1);
    add("handles", contacts.handles.size());
    add("motto_hashtags", contacts.motto_hashtags.size());
    add("public_venues", contacts.public_venues.size());
    return out.empty() ? "none" : out;
}

}  // namespace

bool operator==(const SchoolContacts& a, const SchoolContacts& b) {
    const auto same_venues = [](const PublicVenue& x, const PublicVenue& y) {
        return x.name == y.name && x.address == y.address && x.postcode == y.postcode;
    };
    return a.address == b.address && a.postcode == b.postcode && a.phones == b.phones &&
           a.emails == b.emails && a.website == b.website && a.handles == b.handles &&
           a.motto_hashtags == b.motto_hashtags &&
           std::equal(a.public_venues.begin(), a.public_venues.end(), b.public_venues.begin(),
                      b.public_venues.end(), same_venues);
}

core::Result<SchoolContacts> NormaliseSchoolContacts(SchoolContacts contacts) {
    if (auto ok = CheckValue(contacts.address, "address", AnyRule, false); !ok) return ok.error();
    if (auto ok = CheckValue(contacts.postcode, "postcode", PostcodeRule, false); !ok) {
        return ok.error();
    }
    if (auto ok = CheckValue(contacts.website, "website", NoSpacesRule, false); !ok) {
        return ok.error();
    }
    if (auto ok = CheckList(contacts.phones, "phones", PhoneRule); !ok) return ok.error();
    if (auto ok = CheckList(contacts.emails, "emails", EmailRule); !ok) return ok.error();
    if (auto ok = CheckList(contacts.handles, "handles", NoSpacesRule); !ok) return ok.error();
    if (auto ok = CheckList(contacts.motto_hashtags, "motto_hashtags", HashtagRule); !ok) {
        return ok.error();
    }
    if (auto ok = CheckVenues(contacts.public_venues); !ok) return ok.error();
    return contacts;
}

core::Result<SchoolContacts> ReadSchoolContacts(Tx& tx, std::string_view school_id) {
    auto school = tx.Access().FindSchool(school_id);
    if (!school) return school.error();
    if (!*school) {
        return core::Error{core::ErrorCode::kNotFound, "There is no school with this id.",
                           "school_id"};
    }
    return tx.Schools().ReadContacts(school_id);
}

core::Result<SchoolContacts> SetSchoolContacts(Store& store, const core::Clock& clock,
                                               const Actor& actor, std::string_view school_id,
                                               SchoolContacts contacts) {
    auto normalised = NormaliseSchoolContacts(std::move(contacts));
    if (!normalised) return normalised.error();
    return store.Transact([&](Tx& tx) -> core::Result<SchoolContacts> {
        auto before = ReadSchoolContacts(tx, school_id);
        if (!before) return before.error();
        if (auto ok = tx.Schools().ReplaceContacts(school_id, *normalised); !ok) {
            return ok.error();
        }
        auto audited = RecordAudit(tx, actor, clock,
                                   {"schools.set_contacts", "school", std::string(school_id),
                                    Summary(*before), Summary(*normalised),
                                    std::string(school_id)});
        if (!audited) return audited.error();
        return tx.Schools().ReadContacts(school_id);
    });
}

}  // namespace steward::domain
