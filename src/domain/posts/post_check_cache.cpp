// The per-school checker cache and the in-server check: consent is read per pupil in the post,
// so a check costs a few indexed reads whatever the size of the register.
#include "domain/posts/post_check_cache.hpp"

#include <algorithm>

#include "screening/builtin_lexicons.hpp"

namespace steward::domain {
namespace {

void Mix(std::uint64_t& hash, std::string_view text) {
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ULL;  // FNV-1a 64
    }
    hash ^= 0xff;  // field separator
    hash *= 1099511628211ULL;
}

}  // namespace

std::uint64_t RosterFingerprint(std::span<const Pupil> roster, const PostRules& rules) {
    std::uint64_t hash = 14695981039346656037ULL;
    for (const Pupil& pupil : roster) {
        for (const std::string* field : {&pupil.id, &pupil.first_name, &pupil.last_name,
                                         &pupil.preferred_name, &pupil.year_group}) {
            Mix(hash, *field);
        }
        Mix(hash, pupil.do_not_publish ? "1" : "0");
    }
    const ConsentDimensions& dimensions = rules.consent.dimensions;
    const std::string flags = {static_cast<char>('0' + static_cast<int>(rules.pupil_name_rule)),
                               rules.do_not_publish_list ? '1' : '0',
                               static_cast<char>('0' + static_cast<int>(rules.consent.validity)),
                               dimensions.platform ? '1' : '0', dimensions.media_kind ? '1' : '0',
                               dimensions.name ? '1' : '0'};
    Mix(hash, flags);
    return hash;
}

core::Result<std::shared_ptr<const CaptionScreening>> PostCheckCache::Screening() {
    {
        std::lock_guard lock(mutex_);
        if (screening_) return screening_;
    }
    // The built-in lexicons are the same for every cache: compile them once per process.
    static std::mutex shared_mutex;  // guards shared
    static std::shared_ptr<const CaptionScreening> shared;
    std::lock_guard shared_lock(shared_mutex);
    if (shared) {
        std::lock_guard lock(mutex_);
        screening_ = shared;
        return screening_;
    }
    auto lexicons = screening::LoadBuiltinLexicons();
    if (!lexicons) return lexicons.error();
    screening::ScreenerConfig config;
    config.lexicon = std::move(*lexicons);
    auto screener = screening::Screener::Create(config);
    if (!screener) return screener.error();
    auto parts = std::make_shared<CaptionScreening>();
    parts->screener = std::move(*screener);
    parts->detectors = std::make_unique<ScreenerDetectors>(*parts->screener, SchoolProfile{});
    shared = std::move(parts);
    std::lock_guard lock(mutex_);
    screening_ = shared;
    return screening_;
}

core::Result<std::shared_ptr<const CompiledCheck>> PostCheckCache::Get(
    std::string_view school_id, std::span<const Pupil> roster, const PostRules& rules) {
    const std::uint64_t fingerprint = RosterFingerprint(roster, rules);
    {
        std::lock_guard lock(mutex_);
        auto found = entries_.find(school_id);
        if (found != entries_.end() && found->second->fingerprint == fingerprint) {
            return found->second;
        }
    }
    auto screening = Screening();
    if (!screening) return screening.error();
    auto compiled = std::make_shared<CompiledCheck>();
    compiled->fingerprint = fingerprint;
    compiled->rules = rules;
    compiled->screening = *screening;
    compiled->checker = std::make_unique<PostChecker>(roster, ConsentRegister({}, rules.consent),
                                                      SchoolProfile{}, rules,
                                                      compiled->screening->detectors.get());
    std::lock_guard lock(mutex_);
    ++compilations_;
    entries_.insert_or_assign(std::string(school_id), compiled);
    return std::shared_ptr<const CompiledCheck>(std::move(compiled));
}

int PostCheckCache::compilations() const {
    std::lock_guard lock(mutex_);
    return compilations_;
}

core::Result<PostCheckResult> EvaluatePost(Tx& tx, const CompiledCheck& compiled, const Post& post,
                                           std::vector<std::string>* pupils_in_post) {
    const PostDraft draft = post.AsDraft();
    auto pupils = compiled.checker->PupilsInPost(draft);
    if (!pupils) return pupils.error();
    std::vector<ConsentRecord> records;
    for (const std::string& pupil_id : *pupils) {
        auto history = tx.Consent().ListForPupil(post.school_id, pupil_id);
        if (!history) return history.error();
        // ListForPupil is newest first; the register wants oldest first for its tie-breaks.
        std::move(history->rbegin(), history->rend(), std::back_inserter(records));
    }
    const ConsentRegister consent(std::move(records), compiled.rules.consent);
    if (pupils_in_post != nullptr) *pupils_in_post = std::move(*pupils);
    return compiled.checker->Check(draft, consent);
}

}  // namespace steward::domain
