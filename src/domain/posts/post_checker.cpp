// The post check, rule by rule as testdata/dev/README.md states them; a policy pack changes the
// name rule, the do-not-publish list and the consent settings (PST-07, CON-02, CON-03).
#include "domain/posts/post_checker.hpp"

#include <algorithm>
#include <unordered_set>

namespace steward::domain {
namespace {

void Add(PostCheckResult& result, PostReason reason, std::string pupil_id, std::string message,
         std::optional<screening::Span> span = std::nullopt) {
    for (const PostFinding& finding : result.findings) {
        if (finding.reason == reason && !pupil_id.empty() && finding.pupil_id == pupil_id) return;
    }
    PostFinding finding{reason, std::move(pupil_id), std::nullopt, std::nullopt, std::move(message)};
    if (span) {
        finding.begin = span->begin;
        finding.end = span->end;
    }
    result.findings.push_back(std::move(finding));
}

std::string SpanText(const screening::Span& span) {
    return "characters " + std::to_string(span.begin) + "-" + std::to_string(span.end);
}

}  // namespace

PostChecker::PostChecker(std::span<const Pupil> roster, ConsentRegister consent,
                         SchoolProfile school, PostRules rules, const CaptionDetectors* detectors)
    : school_(std::make_shared<const SchoolScreener>(
          "", 0, std::vector<Pupil>(roster.begin(), roster.end()), std::move(school), nullptr)),
      consent_(std::move(consent)),
      rules_(rules),
      detectors_(detectors) {}

PostChecker::PostChecker(std::shared_ptr<const SchoolScreener> school, PostRules rules,
                         const CaptionDetectors* detectors)
    : school_(std::move(school)),
      consent_({}, rules.consent),
      rules_(rules),
      detectors_(detectors) {}

core::Result<std::vector<const Pupil*>> PostChecker::TaggedPupils(const PostDraft& post) const {
    std::vector<const Pupil*> tagged;
    for (const std::string& id : post.tagged_pupil_ids) {
        const Pupil* pupil = FindPupil(id);
        if (pupil == nullptr) {
            return core::Error{core::ErrorCode::kInvalidInput,
                               "The post tags a pupil id that is not on the roster; check the id "
                               "or import the roster again.",
                               "post " + post.id + ", field tagged_pupil_ids"};
        }
        if (std::find(tagged.begin(), tagged.end(), pupil) == tagged.end()) tagged.push_back(pupil);
    }
    return tagged;
}

core::Result<PostCheckResult> PostChecker::Check(const PostDraft& post) const {
    return Check(post, consent_);
}

core::Result<PostCheckResult> PostChecker::Check(const PostDraft& post,
                                                 const ConsentRegister& consent) const {
    PostCheckResult result;
    result.post_id = post.id;
    auto tagged = TaggedPupils(post);
    if (!tagged) return tagged.error();
    if (post.media_kind != MediaKind::kNone) {
        for (const Pupil* pupil : *tagged) CheckTaggedPupil(post, *pupil, consent, result);
    }
    CheckNames(post, *tagged, consent, result);
    CheckText(post, result);
    Finalize(result);
    return result;
}

core::Result<std::vector<std::string>> PostChecker::PupilsInPost(const PostDraft& post) const {
    auto tagged = TaggedPupils(post);
    if (!tagged) return tagged.error();
    std::vector<std::string> ids;
    std::unordered_set<std::string> tagged_ids;
    for (const Pupil* pupil : *tagged) {
        ids.push_back(pupil->id);
        tagged_ids.insert(pupil->id);
    }
    std::unordered_set<std::string> seen = tagged_ids;
    const auto mentions = school_->names().FindMentions(post.caption, tagged_ids);
    for (const screening::NameMention& mention : mentions) {
        if (seen.insert(mention.person_id).second) ids.push_back(mention.person_id);
    }
    return ids;
}

// README rule 2, in its precedence order, for one pupil shown in an image or video.
void PostChecker::CheckTaggedPupil(const PostDraft& post, const Pupil& pupil,
                                   const ConsentRegister& consent, PostCheckResult& result) const {
    if (rules_.do_not_publish_list && pupil.do_not_publish) {
        Add(result, PostReason::kDoNotPublish, pupil.id,
            pupil.id + " is on the do-not-publish list: remove this pupil from the post.");
        return;
    }
    const std::string platform(PlatformName(post.platform));
    const ConsentStanding standing = consent.Find(pupil.id, post.platform, post.posted_on);
    using State = ConsentStanding::State;
    switch (standing.state) {
        case State::kExpired:
            Add(result, PostReason::kConsentExpired, pupil.id,
                pupil.id + ": no " + AcademicYearOf(post.posted_on).ToString() +
                    " consent in force on " + post.posted_on.ToIso() +
                    "; the register only has an earlier academic year.");
            return;
        case State::kNoPlatform:
            Add(result, PostReason::kNoConsentPlatform, pupil.id,
                pupil.id + ": no consent in force for " + platform + " on " + post.posted_on.ToIso() + ".");
            return;
        case State::kWithdrawn:
            Add(result, PostReason::kConsentWithdrawn, pupil.id,
                pupil.id + ": " + platform + " consent withdrawn on " +
                    standing.record->withdrawn_on->ToIso() + ".");
            return;
        case State::kInForce:
            break;
    }
    if (!standing.AllowsMedia(post.media_kind, rules_.consent.dimensions)) {
        Add(result, PostReason::kNoConsentMedia, pupil.id,
            pupil.id + ": " + platform + " consent does not cover " +
                std::string(MediaKindName(post.media_kind)) + ".");
    }
}

// README rule 3 (or the pack's pupil_name_rule): names found in the caption. A first name counts
// only for tagged pupils; a full name counts for anyone on the roster.
void PostChecker::CheckNames(const PostDraft& post, const std::vector<const Pupil*>& tagged,
                             const ConsentRegister& consent, PostCheckResult& result) const {
    std::unordered_set<std::string> tagged_ids;
    for (const Pupil* pupil : tagged) tagged_ids.insert(pupil->id);
    const bool media = post.media_kind != MediaKind::kNone;
    const std::string platform(PlatformName(post.platform));
    const auto mentions = school_->names().FindMentions(post.caption, tagged_ids);
    for (const screening::NameMention& mention : mentions) {
        const Pupil* pupil = FindPupil(mention.person_id);
        if (pupil == nullptr) continue;
        if (rules_.do_not_publish_list && pupil->do_not_publish) {
            // CON-10: the list overrides everything else about this pupil.
            Add(result, PostReason::kDoNotPublish, pupil->id,
                pupil->id + " is named in the caption and is on the do-not-publish list.",
                mention.span);
            continue;
        }
        const PupilNameRule rule = rules_.pupil_name_rule;
        if (mention.form == screening::MentionForm::kFull && media &&
            (rule == PupilNameRule::kDevRules || rule == PupilNameRule::kNoFullNameWithMedia)) {
            Add(result, PostReason::kFullNameWithMedia, pupil->id,
                pupil->id + "'s full name appears with an " +
                    std::string(MediaKindName(post.media_kind)) +
                    " (" + SpanText(mention.span) + "); use the first name only or no name.",
                mention.span);
        }
        if (rule == PupilNameRule::kNever) {
            Add(result, PostReason::kNameWithoutConsent, pupil->id,
                pupil->id + " is named in the caption (" + SpanText(mention.span) +
                    "); this school's policy never names pupils.",
                mention.span);
            continue;
        }
        if (rule == PupilNameRule::kNoFullNameWithMedia && !rules_.consent.dimensions.name) continue;
        const ConsentStanding standing = consent.Find(pupil->id, post.platform, post.posted_on);
        if (!standing.AllowsName(rules_.consent.dimensions)) {
            Add(result, PostReason::kNameWithoutConsent, pupil->id,
                pupil->id + " is named in the caption without valid name consent for " + platform + ".",
                mention.span);
        }
    }
}

// README rules 4-6, from the screening engine's detectors.
void PostChecker::CheckText(const PostDraft& post, PostCheckResult& result) const {
    if (detectors_ == nullptr) return;
    for (const screening::Finding& finding : detectors_->FindPersonalData(post.caption)) {
        Add(result, PostReason::kPersonalData, "",
            "The caption contains personal data (" + finding.rule_id + ", " + SpanText(finding.span) +
                "); remove it or use the school's own contact details.",
            finding.span);
    }
    for (const screening::Finding& finding : detectors_->FindOffensive(post.caption)) {
        Add(result, PostReason::kOffensive, "",
            "The caption contains offensive language (" + SpanText(finding.span) + "); remove it.",
            finding.span);
    }
    for (const screening::Finding& finding : detectors_->FindNegativeTone(post.caption)) {
        Add(result, PostReason::kNegativeTone, "",
            "The caption reads as negative or critical (" + SpanText(finding.span) +
                "); official posts should be positive.",
            finding.span);
    }
}

void Finalize(PostCheckResult& result) {
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const PostFinding& a, const PostFinding& b) { return a.reason < b.reason; });
    result.reasons.clear();
    for (const PostFinding& finding : result.findings) {
        if (result.reasons.empty() || result.reasons.back() != finding.reason) {
            result.reasons.push_back(finding.reason);
        }
    }
    result.decision = PostDecision::kApprove;
    for (PostReason reason : result.reasons) {
        if (Blocks(reason)) {
            result.decision = PostDecision::kBlock;
            return;
        }
        result.decision = PostDecision::kNeedsChanges;
    }
}

}  // namespace steward::domain
