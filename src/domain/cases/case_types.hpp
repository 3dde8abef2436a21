// Value types of the cases room: concerns reported about online conduct or content (INC group),
// their notes, members, evidence and external referrals, and follower requests (MON-12, MON-13).
// Keys (ConcernTypeKey, CaseStateKey ...) are the JSON and database spellings, kept in the
// policy::EnumTraits tables at the end of this file.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "domain/ports/actor.hpp"
#include "policy/enum_names.hpp"

namespace steward::domain {

// What a concern is about (issue 7 item 5). Each maps to a route of the pack (case_routing.hpp).
enum class ConcernType {
    kInappropriateContent,      // DM-6: content reached on school equipment or seen online
    kCyberbullying,             // target pupil or staff (field "target") picks the route (INC-12)
    kStaffOnlineConduct,        // a colleague's or former colleague's conduct (INC-03)
    kHeadteacherOnlineConduct,  // the headteacher's conduct: conflict route, hidden from the head
    kPupilOnlineBehaviour,      // INC-04
    kConnectionRequest,         // a pupil or parent tried to friend/follow a staff account (INC-13)
    kMediaEnquiry,              // INC-11
    kNegativePostAboutSchool,   // disparaging content about the school (INC-14)
    kIllegalContent,            // police/CEOP referral recorded before close (INC-06)
    kSafeguardingDisclosure,    // always urgent (INC-05)
    kHateOrAbuse,               // hate or abuse on an official account (MON-09)
    kDataProtectionBreach,      // INC-15
};
inline constexpr int kConcernTypeCount = 12;

std::string_view ConcernTypeKey(ConcernType type);
std::optional<ConcernType> ParseConcernType(std::string_view key);

// Lifecycle (INC-17): reported -> triaged -> investigating -> outcome -> closed.
enum class CaseState { kReported, kTriaged, kInvestigating, kOutcome, kClosed };
std::string_view CaseStateKey(CaseState state);
std::optional<CaseState> ParseCaseState(std::string_view key);

enum class CaseOutcome {
    kNone,  // not decided yet
    kNoFurtherAction,
    kAdvice,
    kDisciplinaryReferral,
    kPoliceOrCeopReferral,
    kContentRemoved,
};
std::string_view CaseOutcomeKey(CaseOutcome outcome);
std::optional<CaseOutcome> ParseCaseOutcome(std::string_view key);

// What a reporter (a person, or the system for a comment that screening flagged) submits.
struct NewCase {
    std::string school_id;
    ConcernType concern_type = ConcernType::kInappropriateContent;
    std::string summary;                 // one line; never a pupil's name when opened by the system
    bool urgent = false;                 // safeguarding disclosures are urgent whatever this says
    std::string source_comment_id;       // "" unless opened from a comment (comments room)
    std::string reporter;                // person id, or "system"
    std::string subject_person_id;       // the person the concern is about, "" if none or unknown
    std::vector<std::string> pupil_ids;  // roster pupils the concern is about or involves
    // Report-form fields (case_forms.hpp), e.g. {"where_seen", "school_device"}. Required fields
    // are checked only for reports from people; a comment-sourced case carries the comment.
    std::map<std::string, std::string> fields;
};

// An external referral (INC-06): police, CEOP, LADO or another agency.
struct CaseReferral {
    std::string body;  // ExternalBody key: police, ceop, local_authority_designated_officer ...
    std::string reference;
    std::string referred_by;  // person id
    core::TimePoint referred_at{};
};

struct Case {
    std::string id;
    std::string school_id;
    ConcernType concern_type = ConcernType::kInappropriateContent;
    CaseState state = CaseState::kReported;
    bool urgent = false;
    Role owner_role = Role::kHeadteacher;  // the role the pack routes the concern to
    std::string owner_person_id;           // first holder of owner_role; "" if none yet
    std::string procedure;                 // incidents.route_policies.<route>
    std::string subject_person_id;
    std::vector<std::string> pupil_ids;  // roster pupils it concerns (subject access, AUD-04)
    std::string reporter;
    std::string summary;
    std::map<std::string, std::string> fields;
    std::string source_comment_id;
    core::TimePoint created_at{};
    core::TimePoint updated_at{};
    CaseOutcome outcome = CaseOutcome::kNone;
    std::string outcome_note;
    std::vector<CaseReferral> referrals;
    // Req: INC-10 when the reporter first saw the matter (fields["first_seen_at"] read as UK
    // time; a date alone as the end of that day), and whether the gap to created_at exceeded
    // incidents.late_report_flag_hours.
    std::optional<core::TimePoint> first_seen_at;
    bool late_report = false;
};

struct CaseNote {
    std::string id;
    std::string case_id;
    std::string author_person_id;
    std::string text;
    core::TimePoint created_at{};
};

// A person the owner added as co-investigator (INC-04).
struct CaseMember {
    std::string case_id;
    std::string person_id;
    std::string added_by;
    core::TimePoint added_at{};
};

// An attachment: uploaded bytes or a link, with the SHA-256 of the bytes (or of the link text).
struct CaseEvidence {
    std::string id;
    std::string case_id;
    std::string filename;      // as given, for display; "" for a link
    std::string content_type;  // sniffed or declared; "text/uri-list" for a link
    std::string reference;     // a URL when the evidence is a link; "" for bytes
    std::string content;       // the bytes ("" for a link); not returned by listings
    int64_t size_bytes = 0;
    std::string sha256;  // lowercase hex
    std::string added_by;
    core::TimePoint added_at{};
};

}  // namespace steward::domain

namespace steward::policy {

template <>
struct EnumTraits<domain::ConcernType> {
    static constexpr std::array<std::string_view, domain::kConcernTypeCount> kNames = {
        "inappropriate_content",  "cyberbullying",
        "staff_online_conduct",   "headteacher_online_conduct",
        "pupil_online_behaviour", "connection_request",
        "media_enquiry",          "negative_post_about_school",
        "illegal_content",        "safeguarding_disclosure",
        "hate_or_abuse",          "data_protection_breach"};
};

template <>
struct EnumTraits<domain::CaseState> {
    static constexpr std::array<std::string_view, 5> kNames = {
        "reported", "triaged", "investigating", "outcome", "closed"};
};

// kNone is spelled "" (the database default and the JSON of an undecided case);
// ParseCaseOutcome refuses "" so a request cannot choose "no outcome".
template <>
struct EnumTraits<domain::CaseOutcome> {
    static constexpr std::array<std::string_view, 6> kNames = {"",
                                                               "no_further_action",
                                                               "advice",
                                                               "disciplinary_referral",
                                                               "police_or_ceop_referral",
                                                               "content_removed"};
};

}  // namespace steward::policy
