// Hand-made lists, kept short and general: they encode how English and Welsh captions use
// names, not any one caption. Sorted arrays searched with std::binary_search.
#include "screening/names/name_words.hpp"

#include <algorithm>
#include <array>

namespace steward::screening {
namespace {

// Given names that are also ordinary words (English, plus Welsh words used in bilingual posts).
constexpr auto kWordNames = std::to_array<std::string_view>({
    "ace", "afon", "alaw", "amber", "angel", "april", "archer", "art", "ash", "aster", "august",
    "autumn", "awel", "awen", "bay", "bear", "beauty", "bell", "berry", "bill", "birch", "blaze",
    "blessing", "bliss", "blossom", "bo", "bob", "bonnie", "briallen", "brook", "bryn", "buddy",
    "cadet", "candy", "cariad", "carol", "cash", "celyn", "chance", "charity", "chase", "cherry",
    "clay", "clementine", "cliff", "clover", "comfort", "coral", "crystal", "daisy", "dale",
    "dash", "dawn", "dean", "derwen", "destiny", "diamond", "divine", "don", "dot", "dove",
    "drake", "drew", "duke", "earl", "ebony", "echo", "eira", "eirlys", "ember", "emerald",
    "enfys", "eve", "faith", "fan", "favour", "felicity", "fern", "finch", "flora", "forest",
    "fox", "frank", "free", "gale", "garnet", "gem", "gene", "gift", "ginger", "glen", "glory",
    "glyn", "goodluck", "goodness", "grace", "grant", "guy", "gwawr", "gwyn", "haf", "happiness",
    "happy", "harmony", "haven", "hawk", "hazel", "heath", "heather", "hedd", "heulwen", "holly",
    "honey", "honor", "honour", "hope", "hunter", "iris", "ivy", "jack", "jade", "jasmine", "jay",
    "jean", "jewel", "joy", "june", "juniper", "justice", "kindness", "king", "kit", "lake",
    "lance", "lark", "laurel", "lavender", "legend", "liberty", "lilac", "lily", "llinos", "love",
    "lucky", "lyric", "magnolia", "major", "maple", "march", "marigold", "mark", "marvel",
    "marvellous", "mason", "max", "may", "meadow", "medi", "melody", "mercy", "merry", "miles",
    "miracle", "misty", "morgan", "moss", "myrtle", "nature", "nick", "noble", "noel", "non",
    "nova", "oak", "ocean", "olive", "onyx", "opal", "pansy", "pat", "patience", "peace", "pearl",
    "penny", "pepper", "petal", "phoenix", "pip", "piper", "poppy", "praise", "precious",
    "primrose", "prince", "princess", "promise", "prosper", "prudence", "queen", "rain", "raven",
    "ray", "reed", "rejoice", "rhosyn", "rich", "river", "rob", "robin", "rocky", "rod", "rose",
    "rosemary", "rowan", "ruby", "rusty", "saffron", "sage", "sandy", "sapphire", "scarlet",
    "scout", "seren", "serenity", "shadow", "silver", "sky", "skye", "snow", "sol", "sonny",
    "sorrel", "sparrow", "spring", "star", "sterling", "stone", "storm", "story", "success", "sue",
    "summer", "sunny", "sunshine", "teddy", "tegan", "temperance", "tiger", "tirion", "topaz",
    "treasure", "trinity", "trust", "tulip", "unity", "valentine", "victor", "victory", "violet",
    "wade", "will", "willow", "winter", "wisdom", "wolf", "wren", "zion",
});

constexpr auto kTitles = std::to_array<std::string_view>({
    "cllr", "coach", "dame", "dr", "father", "lady", "lord", "madam", "master", "miss", "mr",
    "mrs", "ms", "mx", "prof", "professor", "rev", "revd", "sir",
});

constexpr auto kDeterminers = std::to_array<std::string_view>({
    "a", "all", "an", "any", "each", "every", "her", "his", "i", "its", "last", "my", "next", "our",
    "some", "that", "the", "their", "these", "they", "this", "those", "we", "you", "your",
});

constexpr auto kNameCues = std::to_array<std::string_view>({
    "and", "are", "became", "brought", "built", "came", "can", "caught", "chose", "could", "did",
    "drew", "found", "gave", "got", "had", "has", "helped", "is", "kept", "led", "made", "met",
    "or", "ran", "read", "sang", "says", "scored", "showed", "swam", "took", "was",
    "were", "who", "will", "won", "wrote",
});

constexpr auto kLeadingCues = std::to_array<std::string_view>({
    "bravo", "congratulate", "congrats", "congratulations", "done", "go", "introducing",
    "llongyfarchiadau", "meet", "sponsor", "thank", "thanks", "to", "welcome",
});

// Word names that are above all words (seasons, months, modal verbs): "Summer is here" and
// "May is busy" are not about a pupil, so a following "is/has/will" does not make them names.
constexpr auto kStrongWords = std::to_array<std::string_view>({
    "april", "august", "autumn", "june", "march", "may", "spring", "summer", "will", "winter",
});

constexpr auto kWeakCues = std::to_array<std::string_view>({
    "are", "can", "could", "had", "has", "is", "was", "were", "will",
});

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view word) {
    return std::binary_search(list.begin(), list.end(), word);
}

}  // namespace

bool IsWordName(std::string_view folded) { return Contains(kWordNames, folded); }
bool IsTitle(std::string_view folded) { return Contains(kTitles, folded); }
bool IsDeterminer(std::string_view folded) { return Contains(kDeterminers, folded); }

bool IsNameCue(std::string_view folded) {
    if (folded.size() > 4 && folded.substr(folded.size() - 2) == "ed") return true;
    return Contains(kNameCues, folded);
}

bool IsStrongWordName(std::string_view folded) { return Contains(kStrongWords, folded); }
bool IsWeakNameCue(std::string_view folded) { return Contains(kWeakCues, folded); }

bool IsLeadingNameCue(std::string_view folded) { return Contains(kLeadingCues, folded); }

}  // namespace steward::screening
