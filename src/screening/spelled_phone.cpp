// Phone numbers written partly in words ("o7700 nine double-oh 286"), a common way to slip a
// number past filters.
#include <array>

#include "screening/personal_data_parsers.hpp"
#include "screening/screener_internal.hpp"

namespace steward::screening {
namespace {

struct Token {
    std::size_t from = 0;
    std::size_t to = 0;
    std::string text;
};

std::vector<Token> Tokens(const std::string& t) {
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < t.size()) {
        while (i < t.size() && (t[i] == ' ' || t[i] == '-' || t[i] == '.' || t[i] == ',')) ++i;
        std::size_t j = i;
        while (j < t.size() && t[j] != ' ' && t[j] != '-' && t[j] != '.' && t[j] != ',') ++j;
        if (j > i) out.push_back(Token{i, j, t.substr(i, j - i)});
        i = j;
    }
    return out;
}

// The digits a token stands for, or "" if it is not a number token.
std::string DigitsOf(const std::string& word) {
    static const std::array<const char*, 10> kWords = {"zero", "one", "two", "three", "four",
                                                       "five", "six", "seven", "eight", "nine"};
    for (std::size_t d = 0; d < kWords.size(); ++d) {
        if (word == kWords[d]) return std::string(1, static_cast<char>('0' + d));
    }
    if (word == "oh" || word == "o" || word == "nought" || word == "naught") return "0";
    // Letters that look like digits count inside a token that has a real digit ("9oo", "i23").
    const bool has_digit = word.find_first_of("0123456789") != std::string::npos;
    std::string digits;
    for (std::size_t k = 0; k < word.size(); ++k) {
        char c = word[k];
        if (c >= '0' && c <= '9') digits += c;
        else if (c == 'o' && (word.size() > 1)) digits += '0';
        else if ((c == 'i' || c == 'l') && has_digit) digits += '1';
        else if (c == '+' && k == 0) continue;
        else return "";
    }
    return digits;
}

}  // namespace

std::vector<SpelledPhone> FindSpelledPhoneNumbers(const NormalizedText& norm) {
    std::vector<SpelledPhone> out;
    std::vector<Token> tokens = Tokens(norm.text());
    std::size_t i = 0;
    while (i < tokens.size()) {
        std::string digits;
        std::size_t j = i;
        int repeat = 1;
        bool used_words = false;
        while (j < tokens.size()) {
            const std::string& w = tokens[j].text;
            if (w == "double") { repeat = 2; used_words = true; ++j; continue; }
            if (w == "triple" || w == "treble") { repeat = 3; used_words = true; ++j; continue; }
            std::string d = DigitsOf(w);
            if (d.empty()) break;
            if (d.size() == 1 && (w.size() > 1 || w == "o")) used_words = true;
            if (w.find_first_of("oil") != std::string::npos) used_words = true;
            for (int r = 0; r < repeat; ++r) digits += d.substr(0, 1);
            digits += d.substr(1);
            repeat = 1;
            ++j;
        }
        std::string national = digits.rfind("44", 0) == 0 ? "0" + digits.substr(2) : digits;
        bool phone = national.size() >= 10 && national.size() <= 11 && national[0] == '0';
        if (j > i && used_words && phone) {
            out.push_back(SpelledPhone{norm.ToOriginal(tokens[i].from, tokens[j - 1].to), digits});
            i = j;
        } else {
            i = (j > i) ? j : i + 1;
        }
    }
    return out;
}

}  // namespace steward::screening
