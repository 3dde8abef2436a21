// Fuzzes the comment model file parser (src/screening/model/comment_model.cpp): any bytes must give
// a model or a core::Error naming a line, never a crash; a parsed model must score any text (the
// input itself, as a comment) and vote only for categories the model may add.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "screening/model/comment_model.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace steward::screening::model;
    std::string_view input(reinterpret_cast<const char*>(data), size);
    auto parsed = CommentModel::Parse(input, "fuzz.tsv");
    if (!parsed) {
        if (parsed.error().where.find("line ") == std::string::npos || parsed.error().message.empty()) std::abort();
        return 0;
    }
    std::uint32_t allowed = 0;
    for (steward::screening::Category c : kModelCategories) allowed |= 1u << static_cast<unsigned>(c);
    if ((parsed->Vote(input) & ~allowed) != 0) std::abort();
    (void)parsed->Scores(input);
    return 0;
}
