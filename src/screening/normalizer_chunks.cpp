// The normaliser's byte loops, 16 bytes at a time (SSE2 where the compiler has it, plain C++
// otherwise): the ASCII fold, and the exact tests that decide whether CollapseSeparators and
// SqueezeRepeats have anything to do. Most comments have neither a chain of single characters nor
// a run of three letters; the old byte-at-a-time scans mispredicted a branch at every word edge.
#include <bit>
#include <cstdint>
#include <cstring>

#include "screening/normalizer_internal.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace steward::screening {
namespace {

// Bit i of each mask describes byte i of a 16-byte chunk.
struct ChunkMasks {
    std::uint32_t wordish = 0;    // a-z 0-9 * $ @ !  (IsWordish)
    std::uint32_t separator = 0;  // space . - _ , / |  (IsSeparator)
};

#if defined(__SSE2__)
__m128i Eq(__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); }
// lo <= v <= hi for lo, hi in 0..0x7f (bytes from 0x80 compare as negative: never inside).
__m128i InRange(__m128i v, char lo, char hi) {
    return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                         _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1))));
}
std::uint32_t Bits(__m128i m) { return static_cast<std::uint32_t>(_mm_movemask_epi8(m)); }

ChunkMasks Classify(const char* p) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m128i w = _mm_or_si128(InRange(v, 'a', 'z'), InRange(v, '0', '9'));
    w = _mm_or_si128(w, _mm_or_si128(_mm_or_si128(Eq(v, '*'), Eq(v, '$')), _mm_or_si128(Eq(v, '@'), Eq(v, '!'))));
    __m128i s = _mm_or_si128(_mm_or_si128(Eq(v, ' '), Eq(v, '.')), _mm_or_si128(Eq(v, '-'), Eq(v, '_')));
    s = _mm_or_si128(s, _mm_or_si128(_mm_or_si128(Eq(v, ','), Eq(v, '/')), Eq(v, '|')));
    return ChunkMasks{Bits(w), Bits(s)};
}

// Bit i set if bytes i, i+1, i+2 are the same letter other than 'w' (p has 18 readable bytes).
std::uint32_t RunStarts(const char* p) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
    const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2));
    __m128i m = _mm_and_si128(_mm_cmpeq_epi8(a, b), _mm_cmpeq_epi8(a, c));
    m = _mm_andnot_si128(Eq(a, 'w'), _mm_and_si128(m, InRange(a, 'a', 'z')));
    return Bits(m);
}
#else
ChunkMasks Classify(const char* p) {
    ChunkMasks m;
    for (int i = 0; i < 16; ++i) {
        m.wordish |= static_cast<std::uint32_t>(IsWordish(p[i])) << i;
        m.separator |= static_cast<std::uint32_t>(IsSeparator(p[i])) << i;
    }
    return m;
}

std::uint32_t RunStarts(const char* p) {
    std::uint32_t m = 0;
    for (int i = 0; i < 16; ++i) {
        const bool run = p[i] == p[i + 1] && p[i] == p[i + 2] && IsLetter(p[i]) && p[i] != 'w';
        m |= static_cast<std::uint32_t>(run) << i;
    }
    return m;
}
#endif

// The 16 (or `extra` more) bytes at t + k, zero-padded past n: a NUL is neither wordish, a
// separator nor a letter, exactly like the end of the text.
const char* Chunk(const char* t, std::size_t n, std::size_t k, std::size_t extra, char (&pad)[32]) {
    if (k + 16 + extra <= n) return t + k;
    std::memset(pad, 0, sizeof pad);
    std::memcpy(pad, t + k, n - k);
    return pad;
}

}  // namespace

std::uint32_t FoldAsciiChunks(const unsigned char* in, char* out, std::size_t n) {
    std::size_t k = 0;
    std::uint32_t high = 0;
#if defined(__SSE2__)
    __m128i any = _mm_setzero_si128();
    for (; k + 16 <= n; k += 16) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + k));
        any = _mm_or_si128(any, v);
        v = _mm_add_epi8(v, _mm_and_si128(InRange(v, 'A', 'Z'), _mm_set1_epi8(0x20)));
        const __m128i control = _mm_or_si128(InRange(v, 0, 0x1f), Eq(v, 0x7f));
        v = _mm_or_si128(_mm_andnot_si128(control, v), _mm_and_si128(control, _mm_set1_epi8(' ')));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + k), v);
    }
    high = Bits(any);
#endif
    for (; k < n; ++k) {
        high |= in[k] & 0x80u;
        out[k] = kFoldAscii[in[k]];
    }
    return high;
}

bool HasSeparatorChain(const char* t, std::size_t n) {
    // Windows of 64 bytes' masks; chunk c enters at bits 48..63, and the chunk before it (bits
    // 32..47) is judged once its right neighbours are known: bit k needs bits k-7 .. k+1.
    std::uint64_t w = 0, s = 0;
    char pad[32];
    for (std::size_t k = 0; k < n + 16; k += 16) {
        const ChunkMasks m = k < n ? Classify(Chunk(t, n, k, 0, pad)) : ChunkMasks{};
        w = (w >> 16) | (static_cast<std::uint64_t>(m.wordish) << 48);
        s = (s >> 16) | (static_cast<std::uint64_t>(m.separator) << 48);
        const std::uint64_t single = w & ~(w << 1) & ~(w >> 1);
        // A single with one or two separators before it and a single before those: a link.
        const std::uint64_t link = single & (s << 1) & ((single << 2) | ((s << 2) & (single << 3)));
        // A link whose previous single is itself linked: three singles in a chain.
        if ((link & ((link << 2) | (link << 3))) & 0x0000FFFF00000000ull) return true;
    }
    return false;
}

std::size_t FirstLetterRun(const char* t, std::size_t n) {
    char pad[32];
    for (std::size_t k = 0; k + 2 < n; k += 16) {
        const std::uint32_t starts = RunStarts(Chunk(t, n, k, 2, pad));
        if (starts != 0) return k + static_cast<std::size_t>(std::countr_zero(starts));
    }
    return n;
}

}  // namespace steward::screening
