// How a staff member's name may be written in a comment, for their subject access export:
// "Jane Smith", "Mrs Smith", "Mrs. Smith", "Mr Smith" (parents guess titles), any case.
// Entry point: StaffNameForms.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace steward::domain {

class StaffNameForms {
  public:
    // `display_name` as the people register holds it: "Mrs Jane Smith", "Jane Smith". A display
    // name of one word ("Staff") gives no forms: it would match ordinary words.
    explicit StaffNameForms(std::string_view display_name);

    // Whether `text` holds one of the forms as whole words (letters and digits, ASCII case
    // ignored; punctuation and spaces between words do not matter).
    bool NamedIn(std::string_view text) const;

    // The forms as lower-case word lists (for tests).
    const std::vector<std::vector<std::string>>& forms() const { return forms_; }

  private:
    std::vector<std::vector<std::string>> forms_;
};

// Lower-case words of `text`: runs of ASCII letters and digits and of non-ASCII bytes.
std::vector<std::string> LowerWords(std::string_view text);

}  // namespace steward::domain
