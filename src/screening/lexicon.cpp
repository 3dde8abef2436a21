// Lexicon parsing and word-to-regex compilation.
#include "screening/lexicon.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

#include "screening/normalizer.hpp"

namespace steward::screening {
namespace {

constexpr std::array<std::string_view, 11> kDefaultEndings = {
    "", "s", "es", "ed", "d", "ing", "in", "er", "ers", "y", "ey"};

std::string_view Trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

bool ParseSeverity(std::string_view s, Severity* out) {
    if (s == "low") *out = Severity::kLow;
    else if (s == "medium") *out = Severity::kMedium;
    else if (s == "high") *out = Severity::kHigh;
    else return false;
    return true;
}

// Characters a letter may be written as (leetspeak); '*' masks any letter but the first.
std::string LetterClass(char c, bool first) {
    std::string alts(1, c);
    switch (c) {
        case 'a': alts += "4@"; break;
        case 'b': alts += "8"; break;
        case 'e': alts += "3"; break;
        case 'i': alts += "1!|"; break;
        case 'l': alts += "1|"; break;
        case 'o': alts += "0"; break;
        case 's': alts += "5$"; break;
        case 't': alts += "7"; break;
        case 'g': alts += "9"; break;
        default: break;
    }
    if (!first) alts += "*";
    std::string out = "[";
    for (char a : alts) {
        if (a == '$' || a == '*' || a == '|' || a == '!' || a == '@') out += '\\';
        out += a;
    }
    return out + "]";
}

std::string EscapeChar(char c) {
    static const std::string_view kSpecial = "\\^$.|?*+()[]{}/-#&~";
    std::string out;
    if (kSpecial.find(c) != std::string_view::npos) out += '\\';
    out += c;
    return out;
}

std::string WordRegex(std::string_view word) {
    std::string out;
    bool first = true;
    std::size_t i = 0;
    while (i < word.size()) {
        char c = word[i];
        if (c == ' ' || c == '-' || c == '_') {
            while (i < word.size() && (word[i] == ' ' || word[i] == '-' || word[i] == '_')) ++i;
            out += "[\\s\\-_.]+";
            first = true;
            continue;
        }
        if (c == '\'') {
            out += "'?";
            ++i;
            continue;
        }
        if (c >= 'a' && c <= 'z') {
            out += LetterClass(c, first);
            ++i;
        } else {
            out += EscapeChar(c);
            ++i;
        }
        first = false;
    }
    return out;
}

core::Status ParseEntryLine(std::string_view line, LexiconEntry entry, std::vector<LexiconEntry>& out) {
    // Trailing severity override.
    std::size_t bang = line.rfind(" !");
    if (bang != std::string_view::npos) {
        Severity s;
        if (ParseSeverity(Trim(line.substr(bang + 2)), &s)) {
            entry.severity = s;
            line = Trim(line.substr(0, bang));
        }
    }
    if (line.substr(0, 3) == "re:") {
        entry.is_regex = true;
        entry.text = std::string(Trim(line.substr(3)));
        out.push_back(std::move(entry));
        return core::OkStatus();
    }
    std::string_view word = line;
    std::size_t slash = word.find('/');
    if (slash != std::string_view::npos) {
        entry.explicit_suffixes = true;
        std::string_view list = word.substr(slash + 1);
        word = Trim(word.substr(0, slash));
        entry.suffixes.emplace_back("");
        while (!list.empty()) {
            std::size_t comma = list.find(',');
            std::string_view item = Trim(list.substr(0, comma));
            if (!item.empty()) entry.suffixes.emplace_back(item);
            if (comma == std::string_view::npos) break;
            list.remove_prefix(comma + 1);
        }
    } else if (!word.empty() && word.back() == '*') {
        entry.any_suffix = true;
        word.remove_suffix(1);
    }
    entry.text = NormalizeForMatch(word);
    if (entry.text.empty()) {
        return core::Error{core::ErrorCode::kInvalidInput, "A lexicon entry is empty.", entry.source};
    }
    out.push_back(std::move(entry));
    return core::OkStatus();
}

}  // namespace

char LeetCanonical(char c) {
    switch (c) {
        case '4': case '@': return 'a';
        case '8': return 'b';
        case '3': return 'e';
        case '!': return 'i';
        case '0': return 'o';
        case '5': case '$': return 's';
        case '7': return 't';
        case '9': return 'g';
        default: return c;
    }
}

std::string CanonicalWordRegex(const LexiconEntry& entry) {
    if (entry.is_regex) return "";
    const std::string& word = entry.text;
    std::string out;
    std::size_t i = 0;
    while (i < word.size()) {
        char c = word[i];
        if (LeetCanonical(c) != c) return "";  // "n4gger" would need the unmapped text
        if (c == ' ' || c == '-' || c == '_') {  // as WordRegex
            while (i < word.size() && (word[i] == ' ' || word[i] == '-' || word[i] == '_')) ++i;
            out += "[\\s\\-_.]+";
            continue;
        }
        if (c == '\'') out += "'?";
        else if (c == 'i') out += "[i1\\|]";
        else if (c == 'l') out += "[l1\\|]";
        else if (c >= 'a' && c <= 'z') out += c;
        else if (c >= '0' && c <= '9') out += c;
        else out += EscapeChar(c);
        ++i;
    }
    return out;
}

core::Result<std::vector<LexiconEntry>> ParseLexicon(std::string_view content,
                                                     std::string_view source_name) {
    std::vector<LexiconEntry> out;
    LexiconEntry defaults;
    int line_no = 0;
    std::istringstream in{std::string(content)};
    std::string raw;
    while (std::getline(in, raw)) {
        ++line_no;
        std::string_view line = raw;
        bool is_regex = Trim(line).substr(0, 3) == "re:";
        if (!is_regex) line = line.substr(0, line.find('#'));
        line = Trim(line);
        if (line.empty()) continue;
        std::string where = std::string(source_name) + ":" + std::to_string(line_no);
        if (line.front() == '@') {
            std::size_t space = line.find(' ');
            std::string_view key = line.substr(1, space == std::string_view::npos ? line.size() : space - 1);
            std::string_view value = space == std::string_view::npos ? "" : Trim(line.substr(space));
            if (key == "version") defaults.version = std::string(value);
            else if (key == "kind") defaults.kind = std::string(value);
            else if (key == "severity") {
                if (!ParseSeverity(value, &defaults.severity)) {
                    return core::Error{core::ErrorCode::kInvalidInput,
                                       "Severity must be low, medium or high.", where};
                }
            } else {
                return core::Error{core::ErrorCode::kInvalidInput,
                                   "Unknown lexicon directive; use @version, @kind or @severity.", where};
            }
            continue;
        }
        if (line.front() == '[' && line.back() == ']') {
            defaults.tag = std::string(line.substr(1, line.size() - 2));
            continue;
        }
        if (defaults.kind.empty()) {
            return core::Error{core::ErrorCode::kInvalidInput,
                               "A lexicon entry comes before any @kind line.", where};
        }
        LexiconEntry entry = defaults;
        entry.source = where;
        auto status = ParseEntryLine(line, std::move(entry), out);
        if (!status) return status.error();
    }
    return out;
}

core::Result<std::vector<LexiconEntry>> LoadLexiconDir(const std::filesystem::path& dir) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        return core::Error{core::ErrorCode::kNotFound,
                           "The lexicon folder does not exist; pass --lexicons or install data/lexicons.",
                           dir.string()};
    }
    std::vector<std::filesystem::path> files;
    for (const auto& item : std::filesystem::directory_iterator(dir, ec)) {
        if (item.is_regular_file() && item.path().extension() == ".txt") files.push_back(item.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<LexiconEntry> all;
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            return core::Error{core::ErrorCode::kUnavailable, "Cannot read a lexicon file.", path.string()};
        }
        std::stringstream buffer;
        buffer << in.rdbuf();
        auto parsed = ParseLexicon(buffer.str(), path.filename().string());
        if (!parsed) return parsed.error();
        for (auto& e : *parsed) all.push_back(std::move(e));
    }
    return all;
}

std::string EntryRegex(const LexiconEntry& entry) {
    if (entry.is_regex) return entry.text;
    return WordRegex(entry.text);
}

std::string StripWordBoundaries(std::string_view regex, bool* lead, bool* trail) {
    std::string out(regex);
    *lead = out.rfind("\\b", 0) == 0;
    if (*lead) out.erase(0, 2);
    *trail = out.size() >= 2 && out.compare(out.size() - 2, 2, "\\b") == 0 &&
             (out.size() < 3 || out[out.size() - 3] != '\\');
    if (*trail) out.erase(out.size() - 2);
    // Inner \b: dropped (Hyperscan compiles \b slowly; the phrases stay specific enough).
    std::string result;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i] == '\\' && i + 1 < out.size()) {
            if (out[i + 1] != 'b') result += out.substr(i, 2);
            ++i;
            continue;
        }
        result += out[i];
    }
    return result;
}

bool WordEndingAllowed(const LexiconEntry& entry, std::string_view ending) {
    if (entry.is_regex || entry.any_suffix) return true;
    if (entry.explicit_suffixes) {
        return std::find(entry.suffixes.begin(), entry.suffixes.end(), ending) != entry.suffixes.end();
    }
    return std::find(kDefaultEndings.begin(), kDefaultEndings.end(), ending) != kDefaultEndings.end();
}

}  // namespace steward::screening
