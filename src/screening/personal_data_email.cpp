// E-mail addresses written to dodge filters ("jo at gmail dot com", "jo[at]hotmail[dot]co[dot]uk",
// "jo (at) outlook (dot) com", "jo @ gmail . com"), parsed from the normalised text after the scan.
#include "screening/personal_data_parsers.hpp"

#include <algorithm>
#include <optional>

namespace steward::screening {
namespace {

// E-mail addresses written to dodge filters: "jo at gmail dot com", "jo[at]hotmail[dot]co[dot]uk",
// "jo (at) outlook (dot) com", "jo @ gmail . com", "jo at hotmail.co.uk". Found on the normalised
// text (lower case) after the scan; the plain form is the pd/email rule's.
bool IsLocalChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '%' || c == '+' ||
           c == '-';
}
bool IsLabelChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }

std::size_t SkipSpaces(const std::string& t, std::size_t i) {
    while (i < t.size() && t[i] == ' ') ++i;
    return i;
}

std::size_t LabelEnd(const std::string& t, std::size_t i) {
    while (i < t.size() && IsLabelChar(t[i])) ++i;
    return i;
}

// An "at" or "dot" marker starting at t[i]: the symbol ('@', '.'), the word in brackets ("[at]",
// "(dot)", "{at}", "<dot>"), or the bare word. Returns its end (0 if none); `bare` says it was the
// bare word, which ordinary sentences use too ("meet at the gate").
std::size_t MarkerEnd(const std::string& t, std::size_t i, std::string_view word, char symbol, bool& bare) {
    bare = false;
    if (i >= t.size()) return 0;
    if (t[i] == symbol) return i + 1;
    constexpr std::string_view kOpen = "[({<", kClose = "])}>";
    if (std::size_t open = kOpen.find(t[i]); open != std::string_view::npos) {
        std::size_t k = SkipSpaces(t, i + 1);
        if (k < t.size() && t[k] == symbol) {
            k = SkipSpaces(t, k + 1);  // "[@]", "[.]"
        } else if (t.compare(k, word.size(), word) == 0) {
            k = SkipSpaces(t, k + word.size());
        } else {
            return 0;
        }
        return k < t.size() && t[k] == kClose[open] ? k + 1 : 0;
    }
    if (t.compare(i, word.size(), word) != 0 || LabelEnd(t, i) != i + word.size()) return 0;
    bare = true;
    return i + word.size();
}

bool InList(std::string_view word, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

// Mail providers: after a bare "at" they make an address ("jo at outlook dot com"); the ones that
// are no English word make one even without a dot ("jo at hotmail"; not "Dad at Sky").
bool IsMailProvider(std::string_view d) {
    return InList(d, {"gmail", "googlemail", "hotmail", "yahoo", "icloud", "btinternet", "outlook", "aol",
                      "protonmail", "live", "msn", "ymail", "virginmedia", "sky", "talktalk", "btopenworld"});
}
bool IsWordlessMailProvider(std::string_view d) {
    return InList(d, {"gmail", "googlemail", "hotmail", "yahoo", "icloud", "btinternet", "protonmail", "ymail",
                      "btopenworld"});
}

// Words that end a sentence's subject before "at" ("I'm at school", "see you at gmail's office").
bool IsProseBeforeAt(std::string_view w) {
    return InList(w, {"me", "us", "him", "her", "them", "it", "you", "i", "im", "we", "they", "she", "he", "is",
                      "are", "was", "were", "be", "been", "look", "looking", "meet", "see", "arrive", "stay",
                      "work", "works", "working", "live", "lives", "here", "there", "back", "home", "out", "up",
                      "not", "all", "just", "still", "only", "even", "email", "mail", "e-mail", "contact",
                      "message", "text", "or", "and", "but", "staff", "people", "everyone", "someone"});
}

struct ObfuscatedEmail {
    std::size_t from = 0, to = 0;  // normalised offsets
    std::string compact;           // "jo@gmail.com"
};

// The end of the local part that starts at t[i] ("claire (dot) booth" -> "claire.booth" in `local`).
std::size_t LocalPartEnd(const std::string& t, std::size_t i, std::string& local) {
    std::size_t j = i;
    for (;;) {
        std::size_t w = j;
        while (w < t.size() && IsLocalChar(t[w])) ++w;
        while (w > j && t[w - 1] == '.') --w;
        if (w == j) break;
        if (!local.empty()) local += '.';
        local.append(t, j, w - j);
        j = w;
        bool bare = false;
        std::size_t dot = MarkerEnd(t, SkipSpaces(t, j), "dot", '.', bare);
        std::size_t next = dot ? SkipSpaces(t, dot) : 0;
        if (!dot || next >= t.size() || !IsLocalChar(t[next])) break;
        bool at_next = false;
        if (MarkerEnd(t, next, "at", '@', at_next) && at_next) break;  // "jo. at gmail": "at" is the marker
        j = next;
    }
    return j;
}

// The address whose local part starts at t[i], or nullopt.
std::optional<ObfuscatedEmail> EmailAt(const std::string& t, std::size_t i) {
    std::string local;
    const std::size_t j = LocalPartEnd(t, i, local);
    if (local.empty()) return std::nullopt;
    bool bare_at = false;
    std::size_t k = MarkerEnd(t, SkipSpaces(t, j), "at", '@', bare_at);
    if (k == 0) return std::nullopt;
    std::size_t d = SkipSpaces(t, k), end = LabelEnd(t, d);
    if (end == d) return std::nullopt;
    const std::string_view domain(t.data() + d, end - d);
    std::vector<std::string_view> labels;
    bool literal_dots = true;  // "at freshbox.co.uk" is a web site, not an address
    for (;;) {
        bool bare = false;
        const std::size_t at_dot = SkipSpaces(t, end);
        std::size_t dot = MarkerEnd(t, at_dot, "dot", '.', bare);
        std::size_t l = dot ? SkipSpaces(t, dot) : 0, l_end = dot ? LabelEnd(t, l) : 0;
        if (!dot || l_end == l) break;
        literal_dots = literal_dots && at_dot == end && dot == end + 1 && l == dot;
        labels.emplace_back(t.data() + l, l_end - l);
        end = l_end;
    }
    const bool provider = IsMailProvider(domain);
    // "jo at hotmail", "jo@gmail"; not "thanks @gmail".
    const bool attached = t[j] == '@';
    if (labels.empty() && !((bare_at || attached) && IsWordlessMailProvider(domain))) return std::nullopt;
    if (!labels.empty()) {
        std::string_view last = labels.back();
        if (std::find(kWebTopLevelDomains.begin(), kWebTopLevelDomains.end(), last) == kWebTopLevelDomains.end()) {
            return std::nullopt;
        }
        const bool uk_second = last == "uk" && labels.size() >= 2 &&
                               InList(labels[labels.size() - 2], {"co", "org", "sch", "ac", "gov", "nhs", "ltd", "plc", "net", "me", "police"});
        if (last == "uk" && !uk_second) return std::nullopt;
        if (bare_at && !provider && (!uk_second || literal_dots)) return std::nullopt;
    }
    if (bare_at && IsProseBeforeAt(local)) return std::nullopt;
    ObfuscatedEmail e{i, end, local + "@" + std::string(domain)};
    for (std::string_view l : labels) e.compact += "." + std::string(l);
    return e;
}

// A quick necessary condition, so that most comments skip the word-by-word search below: every
// address EmailAt accepts has an "at" marker ('@', or "at" after a byte no local part holds and
// not followed by a letter, digit or '-': bare or in brackets) and, after it, a dot marker ('.'
// or "dot") or a provider that needs no dot ("jo at hotmail").
bool MayHoldObfuscatedEmail(const std::string& t) {
    std::size_t first = t.find('@');
    for (std::size_t p = t.find("at"); p != std::string::npos && p < first; p = t.find("at", p + 1)) {
        // A marker follows the local part and a space or bracket: "that", "great" end no address.
        if (p > 0 && !IsLocalChar(t[p - 1]) && (p + 2 >= t.size() || !IsLabelChar(t[p + 2]))) first = p;
    }
    if (first == std::string::npos) return false;
    const std::string_view after = std::string_view(t).substr(first);
    if (after.find('.') != std::string_view::npos || after.find("dot") != std::string_view::npos) return true;
    for (std::string_view provider : {"gmail", "googlemail", "hotmail", "yahoo", "icloud", "btinternet",
                                      "protonmail", "ymail", "btopenworld"}) {
        if (after.find(provider) != std::string_view::npos) return true;
    }
    return false;
}

}  // namespace

void AddObfuscatedEmails(std::string_view text, const NormalizedText& norm, const PreparedContacts& contacts,
                         std::vector<Finding>& out) {
    const std::string& t = norm.text();
    const std::size_t plain = out.size();
    if (!MayHoldObfuscatedEmail(t)) return;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!IsLocalChar(t[i]) || (i > 0 && (IsLocalChar(t[i - 1]) || t[i - 1] == '\''))) continue;
        // Cheap test first: a marker ("at", "dot", '@', '.', a bracket) must follow the word.
        std::size_t w = i;
        while (w < t.size() && IsLocalChar(t[w])) ++w;
        const std::size_t m = SkipSpaces(t, w);
        if (m >= t.size() || std::string_view("@.[({<ad").find(t[m]) == std::string_view::npos) {
            i = w;
            continue;
        }
        std::optional<ObfuscatedEmail> e = EmailAt(t, i);
        if (!e) continue;
        i = e->to;
        if (std::any_of(contacts.emails.begin(), contacts.emails.end(), [&](const std::string& s) { return s == e->compact; })) continue;
        Span span = norm.ToOriginal(e->from, e->to);
        bool seen = std::any_of(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(plain), [&](const Finding& f) {
            return f.span.begin < span.end && span.begin < f.span.end;
        });
        if (seen) continue;
        out.push_back(SpanFinding(text, span, Category::kPersonalData, "pd/email_obfuscated", Severity::kHigh, 0.85));
    }
}

}  // namespace steward::screening
