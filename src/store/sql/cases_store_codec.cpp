// Form fields as a flat JSON object and evidence bytes as base64 text: the only encodings the
// cases tables need, kept here so that store_sql needs no JSON library.
#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>

#include "store/sql/cases_store.hpp"

namespace steward::store::sql {
namespace {

void AppendQuoted(std::string& out, std::string_view text) {
    out += '"';
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            std::array<char, 8> escaped{};
            std::snprintf(escaped.data(), escaped.size(), "\\u%04x", byte);
            out += escaped.data();
        } else {
            out += c;
        }
    }
    out += '"';
}

// Reads a string EncodeFields wrote, starting at the opening quote; advances `at`.
std::optional<std::string> ReadQuoted(std::string_view json, std::size_t& at) {
    if (at >= json.size() || json[at] != '"') return std::nullopt;
    std::string out;
    for (++at; at < json.size(); ++at) {
        const char c = json[at];
        if (c == '"') {
            ++at;
            return out;
        }
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++at >= json.size()) return std::nullopt;
        if (json[at] == 'u') {
            if (at + 4 >= json.size()) return std::nullopt;
            unsigned code = 0;
            const char* first = json.data() + at + 1;
            const auto parsed = std::from_chars(first, first + 4, code, 16);
            if (parsed.ec != std::errc() || parsed.ptr != first + 4) return std::nullopt;
            out += static_cast<char>(code);
            at += 4;
        } else {
            out += json[at];
        }
    }
    return std::nullopt;
}

constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int Sextet(char c) {
    const auto found = kAlphabet.find(c);
    return found == std::string_view::npos ? -1 : static_cast<int>(found);
}

}  // namespace

std::string EncodeFields(const std::map<std::string, std::string>& fields) {
    std::string out = "{";
    for (const auto& [name, value] : fields) {
        if (out.size() > 1) out += ',';
        AppendQuoted(out, name);
        out += ':';
        AppendQuoted(out, value);
    }
    return out + "}";
}

std::optional<std::map<std::string, std::string>> DecodeFields(std::string_view json) {
    std::map<std::string, std::string> fields;
    if (json.size() < 2 || json.front() != '{' || json.back() != '}') return std::nullopt;
    std::size_t at = 1;
    while (at < json.size() - 1) {
        auto name = ReadQuoted(json, at);
        if (!name || at >= json.size() || json[at] != ':') return std::nullopt;
        ++at;
        auto value = ReadQuoted(json, at);
        if (!value) return std::nullopt;
        fields[*name] = *value;
        if (json[at] == ',') ++at;
    }
    return fields;
}

std::string EncodeBase64(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t at = 0; at < bytes.size(); at += 3) {
        uint32_t chunk = static_cast<unsigned char>(bytes[at]) << 16;
        if (at + 1 < bytes.size()) chunk |= static_cast<unsigned char>(bytes[at + 1]) << 8;
        if (at + 2 < bytes.size()) chunk |= static_cast<unsigned char>(bytes[at + 2]);
        out += kAlphabet[(chunk >> 18) & 63];
        out += kAlphabet[(chunk >> 12) & 63];
        out += at + 1 < bytes.size() ? kAlphabet[(chunk >> 6) & 63] : '=';
        out += at + 2 < bytes.size() ? kAlphabet[chunk & 63] : '=';
    }
    return out;
}

std::optional<std::string> DecodeBase64(std::string_view text) {
    if (text.size() % 4 != 0) return std::nullopt;
    std::string out;
    out.reserve(text.size() / 4 * 3);
    for (std::size_t at = 0; at < text.size(); at += 4) {
        uint32_t chunk = 0;
        int padding = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const char c = text[at + k];
            int sextet = 0;
            if (c == '=' && at + 4 == text.size() && k >= 2) {
                ++padding;
            } else if (padding > 0 || (sextet = Sextet(c)) < 0) {
                return std::nullopt;
            }
            chunk = (chunk << 6) | static_cast<uint32_t>(sextet);
        }
        out += static_cast<char>((chunk >> 16) & 0xff);
        if (padding < 2) out += static_cast<char>((chunk >> 8) & 0xff);
        if (padding < 1) out += static_cast<char>(chunk & 0xff);
    }
    return out;
}

}  // namespace steward::store::sql
