// Posts a staff member worked on, and the official accounts they run, for their subject access
// export, without pupils' identities.
#include "domain/subject_access/staff_posts.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "domain/subject_access/sar_html.hpp"

namespace steward::domain {
namespace {

bool IsWordByte(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || (c & 0x80) != 0;
}

bool SameIgnoringCase(std::string_view text, std::size_t at, std::string_view phrase) {
    for (std::size_t i = 0; i < phrase.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(text[at + i])) !=
            std::tolower(static_cast<unsigned char>(phrase[i]))) {
            return false;
        }
    }
    return true;
}

// Replaces whole-word, case-insensitive occurrences of `phrase`.
void ReplaceWords(std::string& text, std::string_view phrase, std::string_view replacement) {
    if (phrase.size() < 2) return;
    std::size_t at = 0;
    while (at + phrase.size() <= text.size()) {
        const std::size_t end = at + phrase.size();
        const bool match = SameIgnoringCase(text, at, phrase) &&
                           (at == 0 || !IsWordByte(text[at - 1])) &&
                           (end == text.size() || !IsWordByte(text[end]));
        if (!match) {
            ++at;
            continue;
        }
        text.replace(at, phrase.size(), replacement);
        at += replacement.size();
    }
}

std::string Part(const Post& post, const std::string& person_id) {
    std::string part;
    auto add = [&](bool did, std::string_view what) {
        if (!did) return;
        if (!part.empty()) part += ", ";
        part += what;
    };
    add(post.author_id == person_id, "drafted it");
    add(post.approved_by == person_id, "approved it");
    add(post.published_by == person_id, "published it");
    add(post.taken_down_by == person_id, "took it down");
    return part;
}

core::Result<std::vector<Pupil>> PupilsOf(Tx& tx, std::string_view school_id, const Post& post,
                                          std::map<std::string, std::optional<Pupil>>& cache) {
    std::vector<Pupil> pupils;
    for (const auto* ids : {&post.tagged_pupil_ids, &post.named_pupil_ids}) {
        for (const std::string& id : *ids) {
            auto found = cache.find(id);
            if (found == cache.end()) {
                auto pupil = tx.Access().FindPupil(school_id, id);
                if (!pupil) return pupil.error();
                found = cache.emplace(id, std::move(*pupil)).first;
            }
            if (found->second) pupils.push_back(*found->second);
        }
    }
    return pupils;
}

SubjectAccessItem StaffPostItem(const Post& post, const std::string& person_id,
                                const std::vector<Pupil>& pupils) {
    SubjectAccessItem item = {
        {"post", post.id},
        {"your part", Part(post, person_id)},
        {"state", std::string(PostStateName(post.state))},
        {"platform", std::string(PlatformName(post.platform))},
        {"media", std::string(MediaKindName(post.media_kind))},
        {"posting date", post.posting_date.ToIso()},
        {"pupils shown", std::to_string(post.tagged_pupil_ids.size())},
        {"caption", RedactPupilNames(post.caption, pupils)}};
    if (post.published_at != core::TimePoint{}) {
        item.emplace_back("published", FormatUtc(post.published_at));
    }
    if (post.taken_down_at != core::TimePoint{}) {
        item.emplace_back("taken down", FormatUtc(post.taken_down_at));
    }
    return item;
}

}  // namespace

std::string RedactPupilNames(std::string text, const std::vector<Pupil>& pupils) {
    constexpr std::string_view kPupil = "[a pupil]";
    for (const Pupil& pupil : pupils) {
        for (const std::string* first : {&pupil.first_name, &pupil.preferred_name}) {
            if (first->empty()) continue;
            ReplaceWords(text, *first + " " + pupil.last_name, kPupil);
            ReplaceWords(text, pupil.last_name + ", " + *first, kPupil);
        }
    }
    for (const Pupil& pupil : pupils) {
        ReplaceWords(text, pupil.first_name, kPupil);
        ReplaceWords(text, pupil.preferred_name, kPupil);
        ReplaceWords(text, pupil.last_name, kPupil);
    }
    return text;
}

core::Result<SubjectAccessSection> StaffPosts(Tx& tx, std::string_view school_id,
                                              const DataSubject& subject,
                                              const std::vector<Post>& posts) {
    SubjectAccessSection section{
        "posts", "Posts the staff member drafted, approved, published or took down", {}};
    std::map<std::string, std::optional<Pupil>> cache;
    for (const Post& post : posts) {
        if (Part(post, subject.id).empty()) continue;
        auto pupils = PupilsOf(tx, school_id, post, cache);
        if (!pupils) return pupils.error();
        section.items.push_back(StaffPostItem(post, subject.id, *pupils));
    }
    return section;
}

SubjectAccessCollector OfficialAccountsCollector() {
    return [](Tx& tx, std::string_view school_id,
              const DataSubject& subject) -> core::Result<SubjectAccessSection> {
        if (subject.kind != SubjectKind::kStaff) return SubjectAccessSection{};
        auto accounts = tx.Accounts().ListAccounts(school_id);
        if (!accounts) return accounts.error();
        SubjectAccessSection section{
            "accounts", "Official school accounts the staff member administers or moderates", {}};
        for (const OfficialAccount& account : *accounts) {
            const auto has = [&](const std::vector<std::string>& ids) {
                return std::find(ids.begin(), ids.end(), subject.id) != ids.end();
            };
            const bool admin = has(account.administrators);
            const bool moderator = has(account.moderators);
            if (!admin && !moderator) continue;
            section.items.push_back(
                {{"account", account.id},
                 {"platform", std::string(PlatformName(account.platform))},
                 {"handle", account.handle},
                 {"your part", admin && moderator ? "administrator and moderator"
                               : admin            ? "administrator"
                                                  : "moderator"}});
        }
        return section;
    };
}

}  // namespace steward::domain
