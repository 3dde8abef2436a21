// Personal-data detectors: UK phone numbers (every common format, and spelled out), e-mail
// addresses, UK postcodes, street addresses, dates of birth and pupils' full names. Patterns are
// compiled into the screener's one database; validation and the school's allow list run here.
#include <algorithm>
#include <set>

#include "screening/personal_data_parsers.hpp"
#include "screening/screener_internal.hpp"

namespace steward::screening {
namespace {

constexpr const char* kMonth =
    "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";

Rule BuiltIn(std::string kind, std::string id, std::string regex, Severity severity,
             ScanGroup group = ScanGroup::kDigit) {
    Rule rule;
    rule.group = group;
    rule.SetKind(std::move(kind));
    rule.rule_id = std::move(id);
    rule.entry.kind = rule.kind;
    rule.entry.is_regex = true;
    rule.entry.text = std::move(regex);
    rule.entry.severity = severity;
    return rule;
}

std::string Digits(std::string_view s) {
    std::string d;
    for (char c : s) {
        if (c >= '0' && c <= '9') d += c;
    }
    return d;
}

// UK national form (leading 0) of a digit string, or "" if it is not a UK phone number.
std::string NationalPhone(const std::string& digits) {
    std::string d = digits;
    if (d.rfind("0044", 0) == 0) d = d.substr(2);  // international prefix written "00 44"
    if (d.rfind("44", 0) == 0) {
        d = d.substr(2);
        if (!d.empty() && d[0] == '0') d = d.substr(1);
        d = "0" + d;
    }
    if (d.size() < 10 || d.size() > 11 || d[0] != '0') return "";
    if (std::string_view("12378").find(d[1]) == std::string_view::npos) return "";
    return d;
}

// True for UK numbers that only organisations hold: freephone (080x), 03 (public bodies and
// charities) and 084/087 service numbers. A helpline such as "0808 800 5000" is public
// information, not a person's contact details.
bool IsOrganisationNumber(const std::string& national) {
    for (const char* prefix : {"03", "080", "084", "087"}) {
        if (national.rfind(prefix, 0) == 0) return true;
    }
    return false;
}

// Trims a phone candidate [from, to) to the longest prefix that is a valid UK number ending at a
// digit boundary. Returns the new end, or 0 if none.
std::size_t PhoneEnd(const std::string& t, std::size_t from, std::size_t to) {
    if (from > 0 && t[from - 1] >= '0' && t[from - 1] <= '9') return 0;
    // "07700/900/123" is a number; "01/02/2016 05/03" is a list of dates.
    if (std::string_view(t).substr(from, to - from).find('/') != std::string_view::npos) {
        std::size_t k = from;
        while (k < to && (t[k] < '0' || t[k] > '9')) ++k;
        std::size_t run = k;
        while (run < to && t[run] >= '0' && t[run] <= '9') ++run;
        if (run - k < 3) return 0;
    }
    std::size_t best = 0;
    std::string digits;
    for (std::size_t i = from; i < to; ++i) {
        if (t[i] < '0' || t[i] > '9') continue;
        digits += t[i];
        bool boundary = i + 1 >= t.size() || t[i + 1] < '0' || t[i + 1] > '9';
        if (boundary && !NationalPhone(digits).empty()) best = i + 1;
    }
    return best;
}

std::string Compact(std::string_view s) {
    std::string out;
    for (char c : NormalizeForMatch(s)) {
        if (c != ' ') out += c;
    }
    return out;
}

bool ContainsEither(const std::string& a, const std::string& b) {
    return !a.empty() && !b.empty() &&
           (a.find(b) != std::string::npos || b.find(a) != std::string::npos);
}

bool IsSchoolContact(Kind kind, std::string_view normalized, const PreparedContacts& c) {
    auto any = [](const std::vector<std::string>& list, auto&& same) { return std::any_of(list.begin(), list.end(), same); };
    if (kind == Kind::kPdPhone) {
        std::string mine = NationalPhone(Digits(normalized));
        return any(c.phones, [&](const std::string& p) { return p == mine; });
    }
    if (kind == Kind::kPdEmail) {
        std::string mine = Compact(normalized);
        return any(c.emails, [&](const std::string& e) { return e == mine; });
    }
    if (kind == Kind::kPdPostcode) {
        std::string mine = Compact(normalized);
        return any(c.postcodes, [&](const std::string& p) { return p == mine; });
    }
    if (kind == Kind::kPdAddress) {
        std::string mine = Compact(normalized);
        return any(c.addresses, [&](const std::string& a) { return ContainsEither(a, mine); });
    }
    return false;
}

// The start of the list or range of numbers that ends at `from` ("Year 9 and 10", "Years 5, 6
// & 7", "9-10"): a number in such a list takes the context of the list's first number.
std::size_t NumberListStart(const std::string& t, std::size_t from) {
    std::size_t start = from;
    for (int guard = 0; guard < 8; ++guard) {
        std::size_t k = start;
        while (k > 0 && std::string_view(" ,&-/").find(t[k - 1]) != std::string_view::npos) --k;
        for (std::string_view joiner : {" and", " or", " to"}) {
            if (k >= joiner.size() && t.compare(k - joiner.size(), joiner.size(), joiner) == 0) k -= joiner.size();
        }
        while (k > 0 && t[k - 1] == ' ') --k;
        if (k == start || k == 0 || t[k - 1] < '0' || t[k - 1] > '9') break;
        while (k > 0 && t[k - 1] >= '0' && t[k - 1] <= '9') --k;
        start = k;
    }
    return start;
}

bool IsWelshStreetType(std::string_view word) {
    static const std::set<std::string_view> kTypes = {"cilgant", "clos", "cwrt", "ffordd", "heol", "llwyn",
                                                      "lon", "maes", "rhodfa", "sgwar", "stryd", "teras"};
    return kTypes.count(word) > 0;
}

// Where "birthday" ("bday", "b-day") starts in the 60 bytes before `at`, in the same sentence,
// or npos; npos too when a building's founding comes between ("opened", "founded", ...).
std::size_t BirthdayBefore(const std::string& t, std::size_t at) {
    const std::size_t from = at > 60 ? at - 60 : 0;
    std::string_view before = std::string_view(t).substr(from, at - from);
    const std::size_t stop = before.find_last_of(".!?\n");
    if (stop != std::string_view::npos) before.remove_prefix(stop + 1);
    for (std::string_view word : {"birthday", "bday", "b-day"}) {
        const std::size_t k = before.rfind(word);
        if (k == std::string_view::npos) continue;
        // A place's birthday: "happy birthday to the school, opened 1st September 1965".
        const std::string_view between = before.substr(k);
        for (std::string_view founded : {"opened", "founded", "built", "established"}) {
            if (between.find(founded) != std::string_view::npos) return std::string::npos;
        }
        return static_cast<std::size_t>(before.data() - t.data()) + k;
    }
    return std::string::npos;
}

// The end of a street-address match ("72 Fern Grove", "7 Ffordd y Parc"), or 0 when it reads as
// ordinary prose: "Year 4 trip to Ashton Court", "Year 9 and 10 DofE walk", "11 take place".
// A Welsh address (street type first) ends before the first prose word after its name.
std::size_t AddressEnd(const std::string& t, std::size_t from, std::size_t to) {
    static const std::set<std::string> kNotStreetWords = {
        "a", "an", "the", "at", "in", "on", "to", "for", "and", "of", "from", "with", "our", "my",
        "your", "their", "his", "her", "is", "are", "was", "were", "per", "each", "every", "all",
        "more", "miles", "mile", "minutes", "mins", "hours", "days", "weeks", "pupils", "children",
        "kids", "students", "people", "years", "year", "times", "take", "took", "sponsored", "by",
        "goals", "points", "out", "or", "than", "x", "pm", "am", "km", "laps", "teams", "boys", "girls"};
    const std::size_t start = NumberListStart(t, from);
    const std::string before = t.substr(start >= 7 ? start - 7 : 0, start >= 7 ? 7 : start);
    for (std::string_view p : {"year ", "years ", "yr ", "yrs ", "y", "under ", "u", "aged ", "£", "no. "}) {
        if (before.size() >= p.size() && before.compare(before.size() - p.size(), p.size(), p) == 0) return 0;
    }
    const std::size_t first_word = t.find(' ', from) + 1;
    bool welsh = false;
    std::size_t word_begin = first_word;
    std::size_t last_end = 0;  // end of the last street word before a prose word
    for (std::size_t i = first_word; i <= to; ++i) {
        if (i < to && t[i] != ' ') continue;
        std::string word = t.substr(word_begin, i - word_begin);
        if (!word.empty() && word.back() == ',') word.pop_back();
        if (word_begin == first_word) welsh = IsWelshStreetType(word);
        if (kNotStreetWords.count(word)) {
            // "7 Heol y Felin is where ..." keeps "7 Heol y Felin"; English prose is not an address.
            return welsh && last_end > t.find(' ', first_word) ? last_end : 0;
        }
        last_end = i;
        word_begin = i + 1;
    }
    return to;
}

}  // namespace

PreparedContacts PrepareContacts(const SchoolContacts& contacts) {
    PreparedContacts c;
    for (const std::string& p : contacts.phones) c.phones.push_back(NationalPhone(Digits(p)));
    for (const std::string& e : contacts.emails) {
        c.emails.push_back(Compact(e));
        std::string domain = NormalizeForMatch(e);
        c.domains.push_back(domain.substr(domain.find('@') + 1));
    }
    for (const std::string& p : contacts.postcodes) c.postcodes.push_back(Compact(p));
    for (const std::string& a : contacts.addresses) c.addresses.push_back(Compact(a));
    for (const std::string& w : contacts.websites) {
        std::string site = NormalizeForMatch(w);
        if (site.rfind("www.", 0) == 0) site = site.substr(4);
        c.sites.push_back(site);
    }
    return c;
}

void AddPersonalDataRules(std::vector<Rule>& rules) {
    const std::string month = kMonth;
    const std::string date = "(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?(?: of)? " +
                             month + "(?:,? \\d{4})?|" + month + " \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?)";
    rules.push_back(BuiltIn("pd_phone", "pd/uk_phone", "(?:\\+ ?44|\\(?0)[0-9 ().\\-/]{8,18}[0-9]", Severity::kHigh));
    rules.push_back(BuiltIn("pd_email", "pd/email",
                            "[a-z0-9._%+\\-]+@[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)+", Severity::kHigh,
                            ScanGroup::kAt));
    rules.push_back(BuiltIn("pd_postcode", "pd/uk_postcode",
                            "\\b[a-z]{1,2}[0-9][a-z0-9]? {0,2}[0-9][abd-hjlnp-uw-z]{2}\\b", Severity::kMedium));
    rules.push_back(BuiltIn(
        "pd_address", "pd/street_address",
        "\\b[0-9]{1,4}[a-z]?,? (?:(?:[a-z']+ ){1,3}(?:road|rd|street|st|avenue|ave|lane|close|drive|way|"
        "grove|rise|crescent|court|gardens|place|terrace|walk|view|park|mews|row|square|green|vale|"
        "parade|hill|meadows?|fields|croft|wharf|gate|cottages|bank|dene|wynd|chase|fold|garth|mount|brow|side|"
        "yard|approach|boulevard|grange|heights|ridge|villas|quay|lea)|(?:heol|ffordd|stryd|lon|cilgant|rhodfa|"
        "teras|cwrt|clos|llwyn|maes|sgwar)(?: [a-z']+){1,3})\\b",
        Severity::kHigh));
    rules.push_back(BuiltIn("pd_dob", "pd/date_of_birth",
                            "\\b(?:date of birth|dob|d\\.o\\.b\\.?|born(?: on)?|birthday is(?: on)?)(?: is| was)?[\\s:,(]*" + date,
                            Severity::kHigh));
    // A whole date from before 2020: a date of birth when "birthday" comes shortly before it in its
    // sentence ("happy birthday to my boy, 2013-12-24"; BirthdayBefore). A party date is this
    // year's or later. (One regex with the words between cost 6% of all screening time.)
    const std::string old_year = "(?:19[0-9]{2}|20[01][0-9])";
    rules.push_back(BuiltIn("pd_birth_date", "pd/date_of_birth",
                            "\\b(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]" + old_year + "|" + old_year +
                                "-\\d{1,2}-\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?(?: of)? " + month + ",? " + old_year + ")\\b",
                            Severity::kHigh));
    rules.push_back(BuiltIn("pd_spelled", "pd/spelled_phone_trigger",
                            "\\b(?:double|triple|treble|oh|zero|nought|naught|o[0-9]|0[0-9]*o|[0-9]oo|[il][0-9]|"
                            "0[0-9 .\\-]*(?:one|two|three|four|five|six|seven|eight|nine)\\b)",
                            Severity::kLow,
                            ScanGroup::kAlways));
    std::string tlds;
    for (std::string_view tld : kWebTopLevelDomains) {
        if (!tlds.empty()) tlds += '|';
        tlds += tld;
    }
    rules.push_back(BuiltIn("url", "link/url",
                            "(?:https?://|www\\.)[^\\s]+|\\b[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)*\\.(?:" + tlds +
                                ")\\b(?:/[^\\s]*)?",
                            Severity::kLow, ScanGroup::kUrl));
    rules.push_back(BuiltIn("handle", "link/handle", "@[a-z0-9_][a-z0-9_.]{1,29}", Severity::kLow, ScanGroup::kAt));
}

std::vector<Finding> PersonalDataFindings(std::string_view text, const ScanResult& scan,
                                          const PreparedContacts& contacts, bool include_names) {
    std::vector<Finding> out;
    const std::string& t = scan.norm.text();
    bool spelled = false;
    for (const Hit& hit : scan.hits) {
        if (!hit.rule->personal) continue;
        const Kind code = hit.rule->code;
        if (code == Kind::kPdSpelled) spelled = true;
        if (code == Kind::kPdSpelled || (code == Kind::kPupilName && !include_names)) continue;
        Hit h = hit;
        if (code == Kind::kPdBirthDate) {
            h.from = BirthdayBefore(t, h.from);
            if (h.from == std::string::npos) continue;
        }
        if (code == Kind::kPdAddress) {
            h.to = AddressEnd(t, h.from, h.to);
            if (h.to == 0) continue;
        }
        if (code == Kind::kPdPhone) {
            h.to = PhoneEnd(t, h.from, h.to);
            if (h.to == 0 || IsOrganisationNumber(NationalPhone(Digits(t.substr(h.from, h.to - h.from))))) continue;
        }
        if (IsSchoolContact(code, std::string_view(t).substr(h.from, h.to - h.from), contacts)) continue;
        out.push_back(MakeFinding(text, scan, h, Category::kPersonalData));
    }
    if (spelled) {
        for (const SpelledPhone& phone : FindSpelledPhoneNumbers(scan.norm)) {
            // The school's own number, or a helpline, spelled out is still not personal data.
            if (IsOrganisationNumber(NationalPhone(phone.digits)) ||
                IsSchoolContact(Kind::kPdPhone, phone.digits, contacts)) {
                continue;
            }
            out.push_back(
                SpanFinding(text, phone.span, Category::kPersonalData, "pd/uk_phone_spelled", Severity::kHigh, 0.9));
        }
    }
    AddObfuscatedEmails(text, scan.norm, contacts, out);
    SortFindings(out);
    return out;
}

}  // namespace steward::screening
