// Fuzzes the comments JSONL reader as `steward screen comments` streams it: every line yields a
// record or an error, never a crash; valid records round-trip through the writer.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "formats/comments_jsonl.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    steward::formats::CommentsJsonlReader reader(in);
    std::ostringstream out;
    while (auto next = reader.Next()) {
        if (!*next) {
            steward::formats::WriteCommentError(out, reader.line(), next->error());
            continue;
        }
        steward::screening::CommentVerdict verdict;
        verdict.categories = {steward::screening::Category::kOk};
        steward::formats::WriteCommentVerdict(out, **next, verdict);
        (void)steward::formats::ParseCommentLabel(reader.raw_line(), reader.line());
    }
    return 0;
}
