// The screening engine: an immutable Screener compiled once from lexicons, a school's contacts,
// staff and roster, then shared (by const reference or shared_ptr) by every thread.
//
//   auto screener = Screener::Create(config);            // Result<std::shared_ptr<const Screener>>
//   auto verdict = (*screener)->ScreenComment(text);      // categories, action, findings
//   auto offensive = (*screener)->FindOffensive(caption);
//   auto personal = (*screener)->FindPersonalData(caption, contacts);
//   auto tone = (*screener)->ScoreTone(caption);
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "screening/findings.hpp"
#include "screening/lexicon.hpp"

namespace steward::screening {

// The school's own published details: these are never personal data.
struct SchoolContacts {
    std::vector<std::string> phones;     // any format: "0117 496 0382"
    std::vector<std::string> emails;
    std::vector<std::string> postcodes;  // school and public venues
    std::vector<std::string> addresses;  // "Pound Lane", "2 Mill Lane, Kingsmead"
    std::vector<std::string> websites;   // "www.brookfieldacademy.org.uk"
    std::vector<std::string> handles;    // "@brookfield_academy"
};

struct PersonName {
    std::string first;
    std::string last;
    std::string preferred;  // may be empty
    std::string title;      // staff only: "Mrs"
};

struct ScreenerConfig {
    std::vector<LexiconEntry> lexicon;     // LoadLexiconDir("data/lexicons") + school additions
    std::vector<std::string> allow;        // per-school allow list: words/phrases never offensive
    SchoolContacts contacts;               // used by ScreenComment
    std::vector<PersonName> pupils;        // roster: a pupil's full name is personal data
    std::vector<PersonName> staff;
};

enum class Action { kNone, kRemoveAndEscalate, kDsl, kComplaints, kReplyWithin24h };
std::string_view ActionName(Action action);  // "none", "remove_and_escalate", "dsl", ...

struct CommentVerdict {
    std::vector<Category> categories;  // sorted in Category order; {kOk} when nothing applies
    Action action = Action::kNone;
    std::vector<Finding> findings;     // sorted by span
};

struct ToneScore {
    double score = 0.0;                // -1 (hostile) .. +1 (warm); 0 neutral
    bool negative = false;             // criticises, shames, blames or is sarcastic
    std::vector<Finding> contributions;  // the words that moved the score (category kTone)
};

class Screener {
  public:
    static core::Result<std::shared_ptr<const Screener>> Create(const ScreenerConfig& config);
    ~Screener();
    Screener(const Screener&) = delete;
    Screener& operator=(const Screener&) = delete;

    // Phone numbers (also spelled out), e-mails, postcodes, street addresses and dates of birth,
    // minus the given school's own contacts. Pupils' names are not included here (the posts
    // check has its own name index); ScreenComment adds a pupil's full name as personal data.
    std::vector<Finding> FindPersonalData(std::string_view text, const SchoolContacts& contacts) const;
    // Profanity of any strength (masked or not) and slurs; innocent substrings are not reported.
    std::vector<Finding> FindOffensive(std::string_view text) const;
    ToneScore ScoreTone(std::string_view text) const;
    // Full comment classification (testdata/dev/README.md), with the config's contacts.
    CommentVerdict ScreenComment(std::string_view text) const;
    // The same verdicts for many comments (out[i] is texts[i]'s), faster: the texts are
    // normalised into reused buffers and each Hyperscan database is scanned once per batch of
    // up to kBatchMessages texts instead of once per text (only the databases that measured
    // faster so: kDigit, kGapped and the gated regexes).
    std::vector<CommentVerdict> ScreenComments(std::span<const std::string_view> texts) const;
    // Same, handing each verdict to `each(i, verdict)` in order as soon as it is made (nothing
    // kept: the fastest form for streams).
    void ScreenComments(std::span<const std::string_view> texts,
                        const std::function<void(std::size_t, const CommentVerdict&)>& each) const;
    static constexpr std::size_t kBatchMessages = 64;
    static constexpr std::size_t kBatchBytes = std::size_t{1} << 20;  // a longer text goes alone

    // Benchmark ceiling only: one raw Hyperscan scan of `text` (no normalisation, no context
    // checks); returns the number of matches.
    std::size_t RawScanForBenchmark(std::string_view text) const;

    std::size_t pattern_count() const;
    std::size_t database_bytes() const;
    std::string lexicon_version() const;

    struct Impl;

  private:
    explicit Screener(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// Holds the current screener and swaps in a new one atomically (hot reload of lexicons): readers
// take a shared_ptr snapshot and keep using it while a reload compiles the next one.
class ScreenerHolder {
  public:
    explicit ScreenerHolder(std::shared_ptr<const Screener> initial) : current_(std::move(initial)) {}
    std::shared_ptr<const Screener> Get() const { return std::atomic_load(&current_); }
    // Compiles a new screener; on failure the current one stays in place and the error is returned.
    core::Status Reload(const ScreenerConfig& config);

  private:
    std::shared_ptr<const Screener> current_;
};

}  // namespace steward::screening
