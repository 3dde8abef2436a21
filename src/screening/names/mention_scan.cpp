// NameIndex::FindMentions: full names first (they win over a first name on the same words), then
// first names of the people asked about, judged in context when the name is also a word. Each
// rule encodes how captions use names (titles, fixed phrases, sentence position, lists), never a
// particular caption.
#include <algorithm>

#include "screening/names/name_index.hpp"
#include "screening/names/name_tokens.hpp"
#include "screening/names/name_words.hpp"

namespace steward::screening {
namespace {

bool HasAny(std::string_view gap, std::string_view chars) {
    return gap.find_first_of(chars) != std::string_view::npos;
}

// A gap that may sit between the parts of one name: a space or a hyphen, nothing else.
bool IsNameGap(std::string_view gap) {
    if (gap.empty() || gap.size() > 3) return false;
    return std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '-'; });
}

bool IsNumber(std::string_view word) {
    return !word.empty() && word.front() >= '0' && word.front() <= '9';
}

// A quote or a bracket: the marks that set a nickname apart ("Hao Ran 'Harry' Yip",
// "Olusegun (Segun) Bakare").
bool HasQuote(std::string_view gap) {
    return HasAny(gap, "'\"()") || gap.find("\xE2\x80\x98") != std::string_view::npos ||
           gap.find("\xE2\x80\x99") != std::string_view::npos ||
           gap.find("\xE2\x80\x9C") != std::string_view::npos ||
           gap.find("\xE2\x80\x9D") != std::string_view::npos;
}

}  // namespace

class MentionScan {
  public:
    MentionScan(const NameIndex& index, std::string_view text,
                const std::unordered_set<std::string>& first_name_ids)
        : index_(index),
          first_name_ids_(first_name_ids),
          tokens_(TokenizeForNames(text, index.context_.motto_hashtags)),
          covered_(tokens_.tokens.size(), false),
          starts_(tokens_.tokens.size(), false),
          ends_(tokens_.tokens.size(), false) {}

    std::vector<NameMention> Run() {
        FindHashtagFullNames();
        for (std::size_t at = 0; at < size(); ++at) {
            if (!covered_[at]) FindFullNameAt(at);
        }
        std::vector<std::size_t> pending;
        for (std::size_t at = 0; at < size(); ++at) {
            if (!covered_[at]) FindFirstNameAt(at, pending);
        }
        for (std::size_t at : pending) {
            if (NextToAMention(at)) Accept(at, at + 1, pending_person_[at], MentionForm::kFirst, 0.6);
        }
        std::sort(out_.begin(), out_.end(), [](const NameMention& a, const NameMention& b) {
            return a.span.begin != b.span.begin ? a.span.begin < b.span.begin
                                                : a.person_id < b.person_id;
        });
        return std::move(out_);
    }

  private:
    using Entry = NameIndex::Entry;

    std::size_t size() const { return tokens_.tokens.size(); }
    const NameToken& token(std::size_t at) const { return tokens_.tokens[at]; }

    bool Usable(std::size_t at) const {
        const NameToken& t = token(at);
        if (t.skip) return false;
        return t.hashtag < 0 || !tokens_.hashtags[t.hashtag].motto;
    }

    // True if tokens [at, at + words.size()) spell `words` as one name.
    bool Matches(std::size_t at, const std::vector<std::string>& words) const {
        if (words.empty() || at + words.size() > size()) return false;
        for (std::size_t k = 0; k < words.size(); ++k) {
            const NameToken& t = token(at + k);
            if (!Usable(at + k) || t.folded != words[k]) return false;
            if (k > 0 && !Joins(at + k - 1, at + k)) return false;
        }
        return true;
    }

    // True if token `second` directly continues `first` within one name.
    bool Joins(std::size_t first, std::size_t second) const {
        const NameToken& t = token(second);
        if (t.hashtag != token(first).hashtag) return false;
        if (t.hashtag >= 0) return t.gap.empty();
        return IsNameGap(t.gap);
    }

    void Accept(std::size_t first, std::size_t last, std::size_t person, MentionForm form,
                double confidence) {
        Span span{token(first).begin, token(last - 1).end};
        if (token(first).hashtag >= 0 && form == MentionForm::kFull) {
            const Hashtag& tag = tokens_.hashtags[token(first).hashtag];
            span = Span{tag.begin, tag.end};
        }
        for (std::size_t k = first; k < last; ++k) covered_[k] = true;
        starts_[first] = true;
        ends_[last - 1] = true;
        out_.push_back(NameMention{span, index_.people_[person].id, form, confidence});
    }

    bool PrecededByTitle(std::size_t at) const {
        return at > 0 && !token(at).sentence_start && token(at).hashtag < 0 &&
               IsTitle(token(at - 1).folded) && IsNameGap(token(at).gap.substr(0, 3));
    }

    void FindHashtagFullNames();
    void FindFullNameAt(std::size_t at);
    bool TryForward(std::size_t at, const Entry& entry);
    bool TryReverse(std::size_t at, const Entry& entry);
    void FindFirstNameAt(std::size_t at, std::vector<std::size_t>& pending);
    enum class Use { kName, kWord, kOnlyInList };
    Use JudgeWordName(std::size_t at) const;
    bool NextToAMention(std::size_t at) const;
    bool DoingSomething(std::size_t at) const;
    std::size_t AfterAside(std::size_t at) const;
    std::size_t BeforeAside(std::size_t at) const;

    const NameIndex& index_;
    const std::unordered_set<std::string>& first_name_ids_;
    TokenizedText tokens_;
    std::vector<bool> covered_;
    std::vector<bool> starts_;
    std::vector<bool> ends_;
    std::unordered_map<std::size_t, std::size_t> pending_person_;
    std::vector<NameMention> out_;
};

// A run-together or CamelCase hashtag holding a full name (#DewiProsser, #welldoneamaraokafor).
// With CamelCase parts, the name must start and end on part boundaries.
void MentionScan::FindHashtagFullNames() {
    for (std::size_t first = 0; first < size();) {
        const int tag_index = token(first).hashtag;
        std::size_t last = first + 1;
        while (last < size() && token(last).hashtag == tag_index && token(last).gap.empty()) ++last;
        if (tag_index < 0 || !Usable(first)) {
            first = last;
            continue;
        }
        const std::string& body = tokens_.hashtags[tag_index].folded;
        std::vector<std::size_t> bounds = {0};
        for (std::size_t k = first; k < last; ++k) bounds.push_back(bounds.back() + token(k).folded.size());
        const bool camel = last - first > 1 && bounds.back() == body.size();
        auto is_bound = [&](std::size_t offset) {
            return !camel || std::find(bounds.begin(), bounds.end(), offset) != bounds.end();
        };
        bool found = false;
        for (std::size_t begin = 0; begin < body.size() && !found; ++begin) {
            if (!is_bound(begin)) continue;
            for (std::size_t end = body.size(); end >= begin + 5 && !found; --end) {
                if (!is_bound(end)) continue;
                auto hit = index_.by_joined_.find(body.substr(begin, end - begin));
                if (hit == index_.by_joined_.end()) continue;
                for (std::size_t person : hit->second) Accept(first, last, person, MentionForm::kFull, 1.0);
                found = true;
            }
        }
        first = last;
    }
}

void MentionScan::FindFullNameAt(std::size_t at) {
    if (!Usable(at) || PrecededByTitle(at)) return;
    auto given = index_.by_given_.find(token(at).folded);
    if (given != index_.by_given_.end()) {
        for (const Entry& entry : given->second) {
            if (TryForward(at, entry)) return;
        }
    }
    auto surname = index_.by_surname_.find(token(at).folded);
    if (surname != index_.by_surname_.end()) {
        for (const Entry& entry : surname->second) {
            if (TryReverse(at, entry)) return;
        }
    }
}

// "Amara Okafor", "Hao Ran 'Harry' Yip", "AMARA OKAFOR-SMITH".
bool MentionScan::TryForward(std::size_t at, const Entry& entry) {
    if (entry.surname.empty() || !Matches(at, entry.given)) return false;
    std::size_t next = at + entry.given.size();
    if (next >= size()) return false;
    const std::string_view gap = token(next).gap;
    if (token(next).hashtag == token(at).hashtag && token(at).hashtag < 0 && HasQuote(gap) &&
        !HasAny(gap, ".!?,\n") && gap.size() <= 4) {
        // A nickname in quotes or brackets between the names: skip up to three such words.
        std::size_t close = next;
        while (close < size() && close < next + 3 && !(close + 1 < size() && HasQuote(token(close + 1).gap))) {
            ++close;
        }
        if (close + 1 >= size() || HasAny(token(close + 1).gap, ".!?,\n") || token(close + 1).gap.size() > 4) {
            return false;
        }
        next = close + 1;
        if (!Matches(next, entry.surname)) return false;
    } else if (!Joins(next - 1, next) || !Matches(next, entry.surname)) {
        return false;
    }
    Accept(at, next + entry.surname.size(), entry.person, MentionForm::kFull, 1.0);
    return true;
}

// "OKAFOR, Amara" (comma), or "OKAFOR Amara" when the surname is in capitals.
bool MentionScan::TryReverse(std::size_t at, const Entry& entry) {
    if (!Matches(at, entry.surname)) return false;
    const std::size_t next = at + entry.surname.size();
    if (next >= size() || token(next).hashtag >= 0 || token(at).hashtag >= 0) return false;
    const std::string_view gap = token(next).gap;
    const bool comma = gap.size() <= 3 && gap.find(',') != std::string_view::npos &&
                       std::all_of(gap.begin(), gap.end(), [](char c) { return c == ',' || c == ' '; });
    const bool capitals = token(at).all_upper && !token(next).all_upper && gap == " ";
    if ((!comma && !capitals) || !Matches(next, entry.given)) return false;
    Accept(at, next + entry.given.size(), entry.person, MentionForm::kFull, 1.0);
    return true;
}

void MentionScan::FindFirstNameAt(std::size_t at, std::vector<std::size_t>& pending) {
    if (!Usable(at) || first_name_ids_.empty()) return;
    auto given = index_.by_given_.find(token(at).folded);
    if (given == index_.by_given_.end()) return;
    for (const Entry& entry : given->second) {
        const std::string& id = index_.people_[entry.person].id;
        if (!first_name_ids_.count(id) || !Matches(at, entry.given)) continue;
        const std::size_t last = at + entry.given.size();
        if (PrecededByTitle(at)) return;
        // A staff member's own first name and surname ("Gareth Hughes") is not a pupil.
        if (last < size() && Joins(last - 1, last) &&
            index_.staff_full_.count(token(at).folded + " " + token(last).folded)) {
            return;
        }
        const Use use = entry.given.size() == 1 && IsWordName(token(at).folded) ? JudgeWordName(at)
                                                                                 : Use::kName;
        if (use == Use::kName) {
            const double confidence = entry.given.size() == 1 && IsWordName(token(at).folded) ? 0.75 : 0.95;
            Accept(at, last, entry.person, MentionForm::kFirst, confidence);
        } else if (use == Use::kOnlyInList && !pending_person_.count(at)) {
            pending_person_[at] = entry.person;
            pending.push_back(at);
        }
    }
}

// Decides whether a given name that is also a word ("Hope", "Summer", "Mark") is used as a name.
MentionScan::Use MentionScan::JudgeWordName(std::size_t at) const {
    const NameToken& t = token(at);
    const bool has_prev = at > 0 && !t.sentence_start && token(at - 1).hashtag == t.hashtag;
    const bool has_next = at + 1 < size() && !token(at + 1).sentence_start &&
                          token(at + 1).hashtag == t.hashtag;
    const NameToken* prev = has_prev ? &token(at - 1) : nullptr;
    const NameToken* next = has_next ? &token(at + 1) : nullptr;
    if (t.hashtag >= 0) {
        // Inside a hashtag only after a cue: #WellDoneHope, not #HopeFest.
        return prev && IsLeadingNameCue(prev->folded) ? Use::kName : Use::kWord;
    }
    if (!t.upper_initial) {
        // "we hope", "ivy leaves" are words; "well done hope!" is not.
        const bool praised = prev && (prev->folded == "done" || prev->folded == "congratulations" ||
                                      prev->folded == "congrats" || prev->folded == "bravo");
        return praised ? Use::kName : Use::kOnlyInList;
    }
    if (t.possessive) return Use::kName;            // "Hope's painting"
    const bool welsh_to = prev && prev->folded == "i" && !prev->upper_initial;  // Welsh "i" = to
    if (prev && IsDeterminer(prev->folded) && !welsh_to) return Use::kWord;  // "the Summer Fair"
    if (next && next->upper_initial && IsNameGap(next->gap) &&
        !index_.name_tokens_.count(next->folded)) {
        return Use::kWord;  // a fixed phrase: "Summer Fair", "Victor Ludorum", "Robin Hood"
    }
    if (next && next->gap == "-" && !next->upper_initial) return Use::kWord;  // "Non-uniform"
    if (prev && IsNumber(prev->folded) && prev->possessive) {
        // A group's word name, not a date: "Year 5's May was top fundraiser" against
        // "Year 6's Summer concert".
        return next && IsNameCue(next->folded) ? Use::kName : Use::kWord;
    }
    if ((prev && IsNumber(prev->folded)) || (next && IsNumber(next->folded))) {
        return Use::kWord;  // a date: "on 5 May", "June 2027"
    }
    if (prev && prev->upper_initial && IsNameGap(t.gap) && !IsLeadingNameCue(prev->folded) &&
        !index_.name_tokens_.count(prev->folded) && !IsTitle(prev->folded)) {
        return Use::kWord;  // the end of a fixed phrase: "Christmas Eve", "Amazing Grace"
    }
    if (prev && (IsLeadingNameCue(prev->folded) || welsh_to)) return Use::kName;
    const bool weak = next && IsWeakNameCue(next->folded) && IsStrongWordName(t.folded);
    // A list of names goes on with another capitalised word: "Hope, Summer and Victor", not the
    // list of words "Faith, hope and love".
    const bool list = next && HasAny(next->gap, ",&") && next->upper_initial;
    if (next && !weak && (IsNameCue(next->folded) || list)) return Use::kName;
    if (t.sentence_start && next && !next->upper_initial) {
        // "Autumn walk", "Ruby wedding anniversary" are words; a verb in -ing with an object
        // after it makes a name ("Holly singing 'The Holly and the Ivy'", "Rose painting a mural").
        return !IsStrongWordName(t.folded) && DoingSomething(at + 1) ? Use::kName : Use::kWord;
    }
    return Use::kName;
}

// True if token `at` is a verb in -ing followed by its object: a determiner or a quotation
// ("singing 'The Holly and the Ivy'", "painting a mural"), not a noun ("reading challenge").
bool MentionScan::DoingSomething(std::size_t at) const {
    const std::string& verb = token(at).folded;
    if (verb.size() < 5 || verb.compare(verb.size() - 3, 3, "ing") != 0) return false;
    if (at + 1 >= size() || token(at + 1).sentence_start || token(at + 1).hashtag >= 0) return false;
    const NameToken& object = token(at + 1);
    if (HasAny(object.gap, ".!?,;:()")) return false;
    static constexpr std::string_view kObjectStarts[] = {"a", "an", "her", "his", "my", "our", "the",
                                                         "their", "these", "this", "those", "your"};
    return HasQuote(object.gap) ||
           std::find(std::begin(kObjectStarts), std::end(kObjectStarts), object.folded) != std::end(kObjectStarts);
}

// True if a pending word-name sits in a list of names: "victor and Eilidh Hall-Osei". A short
// bracketed aside after an item ("jasmine (Year 6) and aaliyah") does not break the list.
bool MentionScan::NextToAMention(std::size_t at) const {
    // True if token `right` follows the one before it with a comma or "&" between.
    auto joined_by_list = [&](std::size_t right) { return HasAny(token(right).gap, ",&"); };
    const std::size_t after = AfterAside(at);
    if (after < size()) {
        if (starts_[after] && joined_by_list(after)) return true;
        if (token(after).folded == "and" && after + 1 < size() && starts_[after + 1]) return true;
    }
    if (at > 0) {
        if (ends_[BeforeAside(at)] && joined_by_list(at)) return true;
        if (at > 1 && token(at - 1).folded == "and" && ends_[BeforeAside(at - 1)]) return true;
    }
    return false;
}

// The token after `at`, skipping a bracketed aside of up to three words that follows it.
std::size_t MentionScan::AfterAside(std::size_t at) const {
    if (at + 1 >= size() || !HasAny(token(at + 1).gap, "(") || HasAny(token(at + 1).gap, ")")) return at + 1;
    for (std::size_t k = at + 2; k < size() && k <= at + 4; ++k) {
        if (HasAny(token(k).gap, "(")) break;
        if (HasAny(token(k).gap, ")")) return k;
    }
    return at + 1;
}

// The token before `at`, skipping a bracketed aside of up to three words that ends right before.
std::size_t MentionScan::BeforeAside(std::size_t at) const {
    if (!HasAny(token(at).gap, ")") || HasAny(token(at).gap, "(")) return at - 1;
    for (std::size_t k = at - 1; k > 0 && k + 3 >= at; --k) {
        if (HasAny(token(k).gap, ")")) break;
        if (HasAny(token(k).gap, "(")) return k - 1;
    }
    return at - 1;
}

std::vector<NameMention> NameIndex::FindMentions(
    std::string_view text, const std::unordered_set<std::string>& first_name_ids) const {
    return MentionScan(*this, text, first_name_ids).Run();
}

}  // namespace steward::screening
