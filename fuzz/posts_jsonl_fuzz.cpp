// Fuzzes the posts JSONL reader line by line, as the check command streams it.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "formats/posts_jsonl.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    steward::formats::PostsJsonlReader reader(in);
    while (auto post = reader.Next()) {
        if (!*post) (void)post->error().ToString();
    }
    return 0;
}
