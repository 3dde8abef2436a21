// A compiled Hyperscan block-mode database plus a pool of scratch spaces, so one immutable
// PatternDb can be scanned from many threads. Hyperscan types stay inside pattern_db.cpp.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace steward::screening {

struct PatternSpec {
    std::string expression;  // Hyperscan (PCRE subset) regex over normalised text
    unsigned id = 0;         // reported back in Match::id
    // A probe: reported once at most, with no start offset (Match::from is 0); several times
    // cheaper to scan, to decide whether another database needs scanning at all.
    bool probe = false;
};

struct Match {
    unsigned id = 0;
    std::size_t from = 0;  // leftmost start (normalised bytes)
    std::size_t to = 0;    // end (normalised bytes)
};

class PatternDb {
  public:
    // Compiles all patterns (UTF-8, leftmost start of match) into one database. Fails with
    // kInvalidInput naming the offending pattern when one does not compile.
    static core::Result<std::unique_ptr<PatternDb>> Compile(const std::vector<PatternSpec>& specs);
    ~PatternDb();
    PatternDb(const PatternDb&) = delete;
    PatternDb& operator=(const PatternDb&) = delete;

    // Scans `text` once and appends every match (all ends of every pattern) to `out`.
    // Thread-safe. Fails only if Hyperscan fails (kInternal).
    core::Status Scan(std::string_view text, std::vector<Match>& out) const;

    // Bytes of the compiled database (for the benchmark's memory report).
    std::size_t DatabaseBytes() const;

  private:
    PatternDb();
    bool CheckScratch() const;
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace steward::screening
