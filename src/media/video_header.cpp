// The video front door's own parser (issue 6 item 1): reads an MP4/MOV movie box (moov) without
// decoding a frame, for its length (mvhd), its picture size (tkhd of the video tracks, found by
// their hdlr) and a location atom, and refuses a movie with no video track, no length, or a
// script, archive or document hidden in its free, user-data or metadata boxes (polyglots).
// Fuzzed through fuzz/image_sniff_fuzz.cpp and fuzz/video_header_fuzz.cpp (with the scrubber).
#include <algorithm>

#include "media/byte_order.hpp"
#include "media/container.hpp"

namespace steward::media {
namespace {

constexpr int kMaxDepth = 8;
constexpr int kMaxChildren = 4'096;

struct BoxView {
    std::string_view type;
    Bytes body;  // the box's payload, after its header
};

struct MovieFacts {
    bool movie_header = false;
    std::uint32_t timescale = 0;
    std::uint64_t duration = 0;
    int video_tracks = 0;
    int width = 0;
    int height = 0;
    bool foreign = false;
    bool location = false;
};

std::uint64_t Be64(Bytes b, std::size_t at) {
    return (std::uint64_t{Be32(b, at)} << 32) | Be32(b, at + 4);
}

// Splits `bytes` into its boxes; false if one does not fit (truncated or corrupt).
bool Children(Bytes bytes, std::vector<BoxView>& out) {
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        if (out.size() >= kMaxChildren || bytes.size() - pos < 8) return false;
        std::uint64_t size = Be32(bytes, pos);
        std::size_t header = 8;
        if (size == 1) {
            if (bytes.size() - pos < 16) return false;
            size = Be64(bytes, pos + 8);
            header = 16;
        } else if (size == 0) {
            size = bytes.size() - pos;
        }
        if (size < header || size > bytes.size() - pos) return false;
        const auto* type = reinterpret_cast<const char*>(bytes.data() + pos + 4);
        out.push_back(
            BoxView{std::string_view(type, 4),
                    bytes.subspan(pos + header, static_cast<std::size_t>(size) - header)});
        pos += static_cast<std::size_t>(size);
    }
    return true;
}

// mvhd: version 0 has 32-bit times and duration, version 1 64-bit.
bool ReadMovieHeader(Bytes body, MovieFacts& facts) {
    if (body.size() < 4) return false;
    const bool wide = body[0] == 1;
    const std::size_t at = wide ? 4 + 16 : 4 + 8;
    if (body.size() < at + (wide ? 12 : 8)) return false;
    facts.timescale = Be32(body, at);
    facts.duration = wide ? Be64(body, at + 4) : Be32(body, at + 4);
    if (!wide && facts.duration == 0xFFFFFFFFu) facts.duration = 0;  // "unknown"
    facts.movie_header = true;
    return true;
}

// tkhd: width and height are 16.16 fixed point, the last 8 bytes of the box.
bool ReadTrackSize(Bytes body, int& width, int& height) {
    if (body.size() < 4) return false;
    const std::size_t need = body[0] == 1 ? 96 : 84;
    if (body.size() < need) return false;
    width = static_cast<int>(Be32(body, need - 8) >> 16);
    height = static_cast<int>(Be32(body, need - 4) >> 16);
    return true;
}

bool IsVideoHandler(Bytes hdlr) { return HasAt(hdlr, 8, "vide"); }

bool Walk(Bytes bytes, int depth, MovieFacts& facts);
Bytes MetaChildren(Bytes body);

bool WalkTrack(Bytes body, int depth, MovieFacts& facts) {
    std::vector<BoxView> boxes;
    if (!Children(body, boxes)) return false;
    int width = 0, height = 0;
    bool video = false;
    for (const BoxView& box : boxes) {
        if (box.type == "tkhd" && !ReadTrackSize(box.body, width, height)) return false;
        if (box.type == "mdia") {
            std::vector<BoxView> media;
            if (!Children(box.body, media)) return false;
            for (const BoxView& part : media) {
                if (part.type == "hdlr") video = video || IsVideoHandler(part.body);
            }
        }
        if (box.type == "udta" || box.type == "meta") {
            facts.foreign = facts.foreign || HasForeignSignature(box.body);
            (void)Walk(box.type == "meta" ? MetaChildren(box.body) : box.body, depth + 1, facts);
        }
    }
    if (video) {
        ++facts.video_tracks;
        facts.width = std::max(facts.width, width);
        facts.height = std::max(facts.height, height);
    }
    return true;
}

// A 'meta' box is a full box (4 zero bytes of version and flags) in ISO files, and a plain
// container in QuickTime ones.
Bytes MetaChildren(Bytes body) {
    if (body.size() >= 4 && Be32(body, 0) == 0) return body.subspan(4);
    return body;
}

// Walks the movie box (and the user data and metadata inside it), noting what it finds. A damaged
// movie or track header is fatal; user data and metadata are read on a best-effort basis (some
// cameras write user data that is not made of boxes), but their signatures always count.
bool Walk(Bytes bytes, int depth, MovieFacts& facts) {
    if (depth > kMaxDepth) return false;
    std::vector<BoxView> boxes;
    if (!Children(bytes, boxes)) return false;
    for (const BoxView& box : boxes) {
        if (box.type == "mvhd" && !ReadMovieHeader(box.body, facts)) return false;
        if (box.type == "trak" && !WalkTrack(box.body, depth + 1, facts)) return false;
        if (box.type == "\xA9xyz" || box.type == "loci") facts.location = true;
        if (box.type == "udta" || box.type == "meta" || box.type == "free" || box.type == "skip" ||
            box.type == "uuid" || box.type == "keys" || box.type == "ilst") {
            facts.foreign = facts.foreign || HasForeignSignature(box.body);
        }
        if (box.type == "udta") (void)Walk(box.body, depth + 1, facts);
        if (box.type == "meta") (void)Walk(MetaChildren(box.body), depth + 1, facts);
    }
    return true;
}

bool HasLocationKey(Bytes bytes) {
    const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    return text.find("com.apple.quicktime.location.ISO6709") != std::string_view::npos;
}

}  // namespace

core::Status WalkVideo(Bytes bytes, Container& out) {
    std::vector<BoxView> top;
    if (!Children(bytes, top)) return Truncated(out.format);
    MovieFacts facts;
    bool movie = false;
    for (const BoxView& box : top) {
        if (box.type == "moov") {
            if (movie) return Corrupt(out.format, "two movie boxes");
            movie = true;
            if (!Walk(box.body, 0, facts)) return Corrupt(out.format, "damaged movie box");
            facts.location = facts.location || HasLocationKey(box.body);
        } else if (box.type != "mdat" && box.type != "moof" && box.type != "mfra") {
            if (HasForeignSignature(box.body)) facts.foreign = true;
            if (box.type == "udta" || box.type == "meta") {
                MovieFacts found;
                (void)Walk(box.type == "meta" ? MetaChildren(box.body) : box.body, 0, found);
                facts.location = facts.location || found.location || HasLocationKey(box.body);
            }
        }
    }
    if (facts.foreign) {
        return Corrupt(out.format, "a script, archive or document is hidden in its metadata");
    }
    if (!movie || !facts.movie_header) return Corrupt(out.format, "no movie header");
    if (facts.video_tracks == 0) return Corrupt(out.format, "no video track");
    if (facts.timescale == 0 || facts.duration == 0) {
        return Corrupt(out.format, "no overall length, as in a live or fragmented recording");
    }
    out.duration_seconds = static_cast<double>(facts.duration) / facts.timescale;
    out.width = facts.width;
    out.height = facts.height;
    out.location = facts.location;
    return core::OkStatus();
}

namespace {

// Box headers inside [begin, end) of `mp4`: (offset of the payload, payload size, type offset).
struct Span {
    std::size_t body = 0;
    std::size_t size = 0;
    std::size_t type = 0;
};

std::vector<Span> SpansIn(const std::vector<std::uint8_t>& mp4, std::size_t begin,
                          std::size_t end) {
    std::vector<Span> spans;
    const Bytes all(mp4);
    std::size_t pos = begin;
    while (pos < end && end - pos >= 8 && spans.size() < kMaxChildren) {
        std::uint64_t size = Be32(all, pos);
        std::size_t header = 8;
        if (size == 1 && end - pos >= 16) {
            size = Be64(all, pos + 8);
            header = 16;
        } else if (size == 0) {
            size = end - pos;
        }
        if (size < header || size > end - pos) break;
        spans.push_back(Span{pos + header, static_cast<std::size_t>(size) - header, pos + 4});
        pos += static_cast<std::size_t>(size);
    }
    return spans;
}

bool TypeIs(const std::vector<std::uint8_t>& mp4, const Span& span, std::string_view type) {
    return HasAt(Bytes(mp4), span.type, type);
}

void Scrub(std::vector<std::uint8_t>& mp4, std::size_t begin, std::size_t end, int depth) {
    if (depth > kMaxDepth) return;
    for (const Span& span : SpansIn(mp4, begin, end)) {
        if (TypeIs(mp4, span, "udta") || TypeIs(mp4, span, "meta")) {
            // Same size, so every offset in the file stays right: the box becomes free space.
            const char* kFree = "free";
            for (int k = 0; k < 4; ++k) mp4[span.type + k] = static_cast<std::uint8_t>(kFree[k]);
            std::fill_n(mp4.begin() + static_cast<std::ptrdiff_t>(span.body), span.size, 0);
        } else if (TypeIs(mp4, span, "mvhd") || TypeIs(mp4, span, "tkhd") ||
                   TypeIs(mp4, span, "mdhd")) {
            // Creation and modification times: 4 bytes each (version 0) or 8 (version 1).
            const std::size_t times = mp4[span.body] == 1 ? 16 : 8;
            if (span.size >= 4 + times) {
                std::fill_n(mp4.begin() + static_cast<std::ptrdiff_t>(span.body + 4), times, 0);
            }
        } else if (TypeIs(mp4, span, "moov") || TypeIs(mp4, span, "trak") ||
                   TypeIs(mp4, span, "mdia")) {
            Scrub(mp4, span.body, span.body + span.size, depth + 1);
        }
    }
}

}  // namespace

void ScrubMovieMetadata(std::vector<std::uint8_t>& mp4) { Scrub(mp4, 0, mp4.size(), 0); }

}  // namespace steward::media
