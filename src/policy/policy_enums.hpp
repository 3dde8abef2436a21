// Every enum-typed key of policies/SCHEMA.md as an enum class with its pack spellings
// (EnumTraits<E>::kNames, enumerator order). Generated once from SCHEMA.md and kept by hand since;
// longer than 200 lines because it is one short block per schema enum, which reads best together.
#pragma once

#include <array>
#include <string_view>

#include "policy/enum_names.hpp"

namespace steward::policy {

// meta.organisation_type
enum class OrganisationType {
    kFederation,
    kPrimarySchool,
    kInfantAndJuniorSchools,
    kMultiAcademyTrust,
    kSchool
};
template <>
struct EnumTraits<OrganisationType> {
    static constexpr std::array<std::string_view, 5> kNames = {"federation", "primary_school",
                                                               "infant_and_junior_schools",
                                                               "multi_academy_trust", "school"};
};
// meta.nation
enum class Nation { kEngland, kWales, kScotland, kNorthernIreland };
template <>
struct EnumTraits<Nation> {
    static constexpr std::array<std::string_view, 4> kNames = {"England", "Wales", "Scotland",
                                                               "Northern Ireland"};
};
// scope.covered, scope.awareness_only
enum class PersonCategory {
    kEmployees,
    kGovernors,
    kTrustees,
    kVolunteers,
    kContractors,
    kAgencyWorkers,
    kCasualWorkers,
    kTrainees,
    kConsultants,
    kHomeworkers,
    kThirdPartySystemUsers,
    kParents,
    kPupils
};
template <>
struct EnumTraits<PersonCategory> {
    static constexpr std::array<std::string_view, 13> kNames = {"employees",
                                                                "governors",
                                                                "trustees",
                                                                "volunteers",
                                                                "contractors",
                                                                "agency_workers",
                                                                "casual_workers",
                                                                "trainees",
                                                                "consultants",
                                                                "homeworkers",
                                                                "third_party_system_users",
                                                                "parents",
                                                                "pupils"};
};
// policy.version_record_style
enum class VersionRecordStyle {
    kAmendmentRecord,
    kVersionHistoryLog,
    kSignoffBlock,
    kAdoptionAndReviewDates,
    kReviewStamp
};
template <>
struct EnumTraits<VersionRecordStyle> {
    static constexpr std::array<std::string_view, 5> kNames = {
        "amendment_record", "version_history_log", "signoff_block", "adoption_and_review_dates",
        "review_stamp"};
};
// policy.change_notice_audiences
enum class NoticeAudience { kStaff, kPupils, kParents, kGovernors };
template <>
struct EnumTraits<NoticeAudience> {
    static constexpr std::array<std::string_view, 4> kNames = {"staff", "pupils", "parents",
                                                               "governors"};
};
// policy.change_notice_rule
enum class ChangeNoticeRule { kOnEffective, kBeforeEffective, kWithinAfterEffective };
template <>
struct EnumTraits<ChangeNoticeRule> {
    static constexpr std::array<std::string_view, 3> kNames = {"on_effective", "before_effective",
                                                               "within_after_effective"};
};
// acknowledgement.fields
enum class AcknowledgementField { kSignature, kDate, kName, kPosition };
template <>
struct EnumTraits<AcknowledgementField> {
    static constexpr std::array<std::string_view, 4> kNames = {"signature", "date", "name",
                                                               "position"};
};
// training.staff_refresh_cadence
enum class StaffRefreshCadence { kTermly, kAnnual, kRegularUnspecified, kNone };
template <>
struct EnumTraits<StaffRefreshCadence> {
    static constexpr std::array<std::string_view, 4> kNames = {"termly", "annual",
                                                               "regular_unspecified", "none"};
};
// training.pupil_education_cadence, training.parent_training_cadence
enum class EducationCadence { kTermly, kAnnual, kOngoingUnspecified, kNone };
template <>
struct EnumTraits<EducationCadence> {
    static constexpr std::array<std::string_view, 4> kNames = {"termly", "annual",
                                                               "ongoing_unspecified", "none"};
};
// training.required_before_running_account
enum class TrainingGate { kRequired, kAtHeadteacherDiscretion, kNotRequired };
template <>
struct EnumTraits<TrainingGate> {
    static constexpr std::array<std::string_view, 3> kNames = {
        "required", "at_headteacher_discretion", "not_required"};
};
// training.at_risk_identification_for
enum class StaffGroup { kTeachers, kSupportStaff };
template <>
struct EnumTraits<StaffGroup> {
    static constexpr std::array<std::string_view, 2> kNames = {"teachers", "support_staff"};
};
// accounts.request_form
enum class AccountRequestForm { kBusinessCase, kCreationApprovalForm, kDiscussionAndApproval };
template <>
struct EnumTraits<AccountRequestForm> {
    static constexpr std::array<std::string_view, 3> kNames = {
        "business_case", "creation_approval_form", "discussion_and_approval"};
};
// accounts.justification_threshold
enum class JustificationThreshold {
    kStrongPedagogicalOrBusinessReason,
    kBusinessCase,
    kApprovalOnly
};
template <>
struct EnumTraits<JustificationThreshold> {
    static constexpr std::array<std::string_view, 3> kNames = {
        "strong_pedagogical_or_business_reason", "business_case", "approval_only"};
};
// accounts.runner_eligibility
enum class RunnerEligibility {
    kStaff,
    kDesignatedStaff,
    kSeniorLeaders,
    kEmployeesOrAuthorised,
    kStaffVolunteersParentsIfTrained
};
template <>
struct EnumTraits<RunnerEligibility> {
    static constexpr std::array<std::string_view, 5> kNames = {
        "staff", "designated_staff", "senior_leaders", "employees_or_authorised",
        "staff_volunteers_parents_if_trained"};
};
// accounts.credential_custody
enum class CredentialCustody { kSecureStore, kSecureStoreAdministrator, kHeadteacherOffice };
template <>
struct EnumTraits<CredentialCustody> {
    static constexpr std::array<std::string_view, 3> kNames = {
        "secure_store", "secure_store_administrator", "headteacher_office"};
};
// posts.approval_scope
enum class ApprovalScope { kAll, kControversialOnly };
template <>
struct EnumTraits<ApprovalScope> {
    static constexpr std::array<std::string_view, 2> kNames = {"all", "controversial_only"};
};
// posts.pupil_name_rule
enum class PupilNameRule { kNever, kNoFullNameWithMedia, kWithNameConsent };
template <>
struct EnumTraits<PupilNameRule> {
    static constexpr std::array<std::string_view, 3> kNames = {"never", "no_full_name_with_media",
                                                               "with_name_consent"};
};
// posts.author_identification
enum class AuthorIdentification { kNone, kName, kNameAndPosition };
template <>
struct EnumTraits<AuthorIdentification> {
    static constexpr std::array<std::string_view, 3> kNames = {"none", "name", "name_and_position"};
};
// posts.personal_opinions
enum class PersonalOpinions { kProhibited, kWithDisclaimer };
template <>
struct EnumTraits<PersonalOpinions> {
    static constexpr std::array<std::string_view, 2> kNames = {"prohibited", "with_disclaimer"};
};
// consent.dimensions
enum class ConsentDimension { kPlatform, kMediaKind, kName };
template <>
struct EnumTraits<ConsentDimension> {
    static constexpr std::array<std::string_view, 3> kNames = {"platform", "media_kind", "name"};
};
// consent.media_kinds
enum class MediaKind { kImage, kVideo };
template <>
struct EnumTraits<MediaKind> {
    static constexpr std::array<std::string_view, 2> kNames = {"image", "video"};
};
// consent.validity
enum class ConsentValidity { kAcademicYear, kUntilWithdrawn };
template <>
struct EnumTraits<ConsentValidity> {
    static constexpr std::array<std::string_view, 2> kNames = {"academic_year", "until_withdrawn"};
};
// consent.collection_trigger
enum class ConsentCollectionTrigger { kStartOfAcademicYear, kOnAdmission, kBeforeFirstUse };
template <>
struct EnumTraits<ConsentCollectionTrigger> {
    static constexpr std::array<std::string_view, 3> kNames = {"start_of_academic_year",
                                                               "on_admission", "before_first_use"};
};
// consent.consent_giver
enum class ConsentGiver { kCompetentPupilElseParentalResponsibility, kParentOrCarer };
template <>
struct EnumTraits<ConsentGiver> {
    static constexpr std::array<std::string_view, 2> kNames = {
        "competent_pupil_else_parental_responsibility", "parent_or_carer"};
};
// consent.withdrawal_channel
enum class WithdrawalChannel { kInWriting, kAny };
template <>
struct EnumTraits<WithdrawalChannel> {
    static constexpr std::array<std::string_view, 2> kNames = {"in_writing", "any"};
};
// consent.withdrawal_post_removal
enum class WithdrawalPostRemoval { kWhereReasonablyPracticable, kNotRequired };
template <>
struct EnumTraits<WithdrawalPostRemoval> {
    static constexpr std::array<std::string_view, 2> kNames = {"where_reasonably_practicable",
                                                               "not_required"};
};
// consent.scope
enum class ConsentScope { kOfficialAccountsOnly };
template <>
struct EnumTraits<ConsentScope> {
    static constexpr std::array<std::string_view, 1> kNames = {"official_accounts_only"};
};
// capture.allowed_devices
enum class CaptureDevices { kSchoolOwned, kSchoolOwnedPreapproved, kSchoolOwnedOrApproved };
template <>
struct EnumTraits<CaptureDevices> {
    static constexpr std::array<std::string_view, 3> kNames = {
        "school_owned", "school_owned_preapproved", "school_owned_or_approved"};
};
// monitoring.check_days
enum class CheckDays { kAllDaysIncludingHolidays, kWorkingDays };
template <>
struct EnumTraits<CheckDays> {
    static constexpr std::array<std::string_view, 2> kNames = {"all_days_including_holidays",
                                                               "working_days"};
};
// monitoring.weekend_rule
enum class WeekendRule { kNextWorkingDay, kClockRuns };
template <>
struct EnumTraits<WeekendRule> {
    static constexpr std::array<std::string_view, 2> kNames = {"next_working_day", "clock_runs"};
};
// monitoring.moderation_actions
enum class ModerationAction { kHideOrDeleteComment, kBlockUser, kReportToPlatform };
template <>
struct EnumTraits<ModerationAction> {
    static constexpr std::array<std::string_view, 3> kNames = {"hide_or_delete_comment",
                                                               "block_user", "report_to_platform"};
};
// monitoring.immediate_removal_categories
enum class RemovalCategory { kExtremeOffence, kRiskOfHarm, kIllegal };
template <>
struct EnumTraits<RemovalCategory> {
    static constexpr std::array<std::string_view, 3> kNames = {"extreme_offence", "risk_of_harm",
                                                               "illegal"};
};
// monitoring.parent_breach_steps
enum class ParentBreachStep {
    kRequestRemoval,
    kInviteToDiscuss,
    kReferToComplaintsProcedure,
    kMeetingWithHeadteacher,
    kRemoveInteractionRights
};
template <>
struct EnumTraits<ParentBreachStep> {
    static constexpr std::array<std::string_view, 5> kNames = {
        "request_removal", "invite_to_discuss", "refer_to_complaints_procedure",
        "meeting_with_headteacher", "remove_interaction_rights"};
};
// incidents.external_bodies
enum class ExternalBody {
    kPolice,
    kCeop,
    kLocalAuthorityDesignatedOfficer,
    kOtherExternalAgencies
};
template <>
struct EnumTraits<ExternalBody> {
    static constexpr std::array<std::string_view, 4> kNames = {
        "police", "ceop", "local_authority_designated_officer", "other_external_agencies"};
};
// incidents.staff_report_timeliness
enum class ReportTimeliness { kImmediately, kAsSoonAsPossible, kWithoutUnreasonableDelay };
template <>
struct EnumTraits<ReportTimeliness> {
    static constexpr std::array<std::string_view, 3> kNames = {"immediately", "as_soon_as_possible",
                                                               "without_unreasonable_delay"};
};
// incidents.reporting_channels
enum class ReportingChannel { kStaff, kPupils, kParents };
template <>
struct EnumTraits<ReportingChannel> {
    static constexpr std::array<std::string_view, 3> kNames = {"staff", "pupils", "parents"};
};
// network.circumvention_sanction
enum class CircumventionSanction { kNone, kSupervisedUseOnly, kDisciplinaryReferral };
template <>
struct EnumTraits<CircumventionSanction> {
    static constexpr std::array<std::string_view, 3> kNames = {"none", "supervised_use_only",
                                                               "disciplinary_referral"};
};
// network.monitoring_notice
enum class MonitoringNotice { kWithoutPriorNotice, kMayBeMonitored };
template <>
struct EnumTraits<MonitoringNotice> {
    static constexpr std::array<std::string_view, 2> kNames = {"without_prior_notice",
                                                               "may_be_monitored"};
};
// network.monitoring_scope
enum class MonitoredChannel { kInternet, kEmail, kSocialMedia, kTelephone, kKeystrokes, kNetwork };
template <>
struct EnumTraits<MonitoredChannel> {
    static constexpr std::array<std::string_view, 6> kNames = {
        "internet", "email", "social_media", "telephone", "keystrokes", "network"};
};
// network.individual_review_reasons
enum class ReviewReason {
    kSuspectedPolicyBreach,
    kSocialMediaUseInWorkingTime,
    kSuspectedExcessivePersonalUse,
    kConductInvestigation,
    kComplianceWithRules,
    kLegitimateBusinessPurposes
};
template <>
struct EnumTraits<ReviewReason> {
    static constexpr std::array<std::string_view, 6> kNames = {"suspected_policy_breach",
                                                               "social_media_use_in_working_time",
                                                               "suspected_excessive_personal_use",
                                                               "conduct_investigation",
                                                               "compliance_with_rules",
                                                               "legitimate_business_purposes"};
};
// network.monitoring_disclosable_to
enum class DisclosureRecipient { kInvestigators, kWitnesses, kManagers, kPolice };
template <>
struct EnumTraits<DisclosureRecipient> {
    static constexpr std::array<std::string_view, 4> kNames = {"investigators", "witnesses",
                                                               "managers", "police"};
};
// personal_use.staff_social_media_at_work
enum class StaffSocialMediaAtWork {
    kProhibitedInWorkingTime,
    kBreaksOnlyNotInFrontOfPupils,
    kOffPremisesOutsideLessons,
    kNotInterferingWithDuties
};
template <>
struct EnumTraits<StaffSocialMediaAtWork> {
    static constexpr std::array<std::string_view, 4> kNames = {
        "prohibited_in_working_time", "breaks_only_not_in_front_of_pupils",
        "off_premises_outside_lessons", "not_interfering_with_duties"};
};
// personal_use.staff_school_devices_for_personal_accounts
enum class SchoolDeviceUse { kProhibited, kWithHeadteacherPermission };
template <>
struct EnumTraits<SchoolDeviceUse> {
    static constexpr std::array<std::string_view, 2> kNames = {"prohibited",
                                                               "with_headteacher_permission"};
};
// personal_use.staff_school_wifi_for_personal_accounts, personal_use.pupil_school_wifi_social_media
enum class SchoolWifiUse { kProhibited, kWithHeadteacherPermissionAndSecurityControls };
template <>
struct EnumTraits<SchoolWifiUse> {
    static constexpr std::array<std::string_view, 2> kNames = {
        "prohibited", "with_headteacher_permission_and_security_controls"};
};
// personal_use.staff_phone_permitted_locations
enum class PhoneLocation { kStaffRoom, kOffPremises };
template <>
struct EnumTraits<PhoneLocation> {
    static constexpr std::array<std::string_view, 2> kNames = {"staff_room", "off_premises"};
};
// personal_use.staff_phone_functions_on_premises
enum class PhoneFunction { kCalls, kTexts, kInternet, kCamera };
template <>
struct EnumTraits<PhoneFunction> {
    static constexpr std::array<std::string_view, 4> kNames = {"calls", "texts", "internet",
                                                               "camera"};
};
// personal_use.staff_phone_exceptions
enum class PhoneException { kSchoolTrips, kOffSiteActivities, kLessonDemonstration };
template <>
struct EnumTraits<PhoneException> {
    static constexpr std::array<std::string_view, 3> kNames = {
        "school_trips", "off_site_activities", "lesson_demonstration"};
};
// personal_use.personal_devices_prohibited_on_site
enum class PersonalDevice { kLaptops, kNotebooks, kCameras };
template <>
struct EnumTraits<PersonalDevice> {
    static constexpr std::array<std::string_view, 3> kNames = {"laptops", "notebooks", "cameras"};
};
// personal_use.pupil_social_media_in_lessons
enum class PupilLessonUse { kProhibited, kCurriculumOnly };
template <>
struct EnumTraits<PupilLessonUse> {
    static constexpr std::array<std::string_view, 2> kNames = {"prohibited", "curriculum_only"};
};
// personal_use.staff_pupil_connections, leavers.pupil_contact_after_leaving
enum class ContactRule { kProhibited, kNotRestricted };
template <>
struct EnumTraits<ContactRule> {
    static constexpr std::array<std::string_view, 2> kNames = {"prohibited", "not_restricted"};
};
// personal_use.staff_pupil_connection_exceptions
enum class ConnectionException { kOwnChild, kRelative, kFamilyMember, kCloseFamilyFriend };
template <>
struct EnumTraits<ConnectionException> {
    static constexpr std::array<std::string_view, 4> kNames = {
        "own_child", "relative", "family_member", "close_family_friend"};
};
// personal_use.staff_parent_connections
enum class StaffParentConnections { kProhibited, kConflictOfInterestOnly, kNotRestricted };
template <>
struct EnumTraits<StaffParentConnections> {
    static constexpr std::array<std::string_view, 3> kNames = {
        "prohibited", "conflict_of_interest_only", "not_restricted"};
};
// personal_use.connection_request_handling
enum class ConnectionRequestHandling {
    kDecline,
    kDeclineAndSignpostOfficialSite,
    kReportToHeadteacher
};
template <>
struct EnumTraits<ConnectionRequestHandling> {
    static constexpr std::array<std::string_view, 3> kNames = {
        "decline", "decline_and_signpost_official_site", "report_to_headteacher"};
};
// personal_use.pupil_communication
enum class PupilCommunication {
    kOfficialAccountsOnly,
    kOfficialAccountsAfterLineManagerDiscussion,
    kOfficialSitesWithApproval,
    kAuthorisedSchoolChannelsOnly
};
template <>
struct EnumTraits<PupilCommunication> {
    static constexpr std::array<std::string_view, 4> kNames = {
        "official_accounts_only", "official_accounts_after_line_manager_discussion",
        "official_sites_with_approval", "authorised_school_channels_only"};
};
// personal_use.employer_identification
enum class EmployerIdentification {
    kWithDisclaimer,
    kDiscouragedWithDisclaimer,
    kProhibitedExceptLinkedinWithPermission,
    kProhibited
};
template <>
struct EnumTraits<EmployerIdentification> {
    static constexpr std::array<std::string_view, 4> kNames = {
        "with_disclaimer", "discouraged_with_disclaimer",
        "prohibited_except_linkedin_with_permission", "prohibited"};
};
// personal_use.school_logo_on_personal
enum class LogoOnPersonal { kProhibited, kWithWrittenHeadteacherPermission };
template <>
struct EnumTraits<LogoOnPersonal> {
    static constexpr std::array<std::string_view, 2> kNames = {
        "prohibited", "with_written_headteacher_permission"};
};
// breaches.max_staff_sanction
enum class StaffSanction { kDismissal, kSummaryDismissal };
template <>
struct EnumTraits<StaffSanction> {
    static constexpr std::array<std::string_view, 2> kNames = {"dismissal", "summary_dismissal"};
};
// recruitment.earliest_stage
enum class RecruitmentStage { kAfterShortlisting, kAfterShortlistingAndInterview };
template <>
struct EnumTraits<RecruitmentStage> {
    static constexpr std::array<std::string_view, 2> kNames = {"after_shortlisting",
                                                               "after_shortlisting_and_interview"};
};
// recruitment.linked_checks
enum class LinkedCheck { kCriminalRecord, kReferences, kQualifications };
template <>
struct EnumTraits<LinkedCheck> {
    static constexpr std::array<std::string_view, 3> kNames = {"criminal_record", "references",
                                                               "qualifications"};
};
// leavers.handover_options
enum class HandoverOption { kClose, kTransfer };
template <>
struct EnumTraits<HandoverOption> {
    static constexpr std::array<std::string_view, 2> kNames = {"close", "transfer"};
};
// calendar.bank_holiday_region
enum class BankHolidayRegion { kEnglandAndWales, kScotland, kNorthernIreland };
template <>
struct EnumTraits<BankHolidayRegion> {
    static constexpr std::array<std::string_view, 3> kNames = {"england_and_wales", "scotland",
                                                               "northern_ireland"};
};
// calendar.weekend_days
enum class Weekday { kMonday, kTuesday, kWednesday, kThursday, kFriday, kSaturday, kSunday };
template <>
struct EnumTraits<Weekday> {
    static constexpr std::array<std::string_view, 7> kNames = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
};
// Keys of [incidents.routes] and [incidents.route_policies].
enum class IncidentType {
    kStaffOnlineConduct,
    kPupilOnlineBehaviour,
    kSafeguardingDisclosure,
    kCyberbullyingPupil,
    kCyberbullyingStaff,
    kAbuseOnOfficialAccount,
    kDisparagingContentAboutSchool,
    kInappropriateContentAccessed,
    kParentBreach,
    kDataProtectionBreach,
    kIllegalContent,
    kMediaEnquiry,
    kConnectionRequestFromPupilOrParent,
    kSelfReportedMistake,
};
template <>
struct EnumTraits<IncidentType> {
    static constexpr std::array<std::string_view, 14> kNames = {
        "staff_online_conduct",
        "pupil_online_behaviour",
        "safeguarding_disclosure",
        "cyberbullying_pupil",
        "cyberbullying_staff",
        "abuse_on_official_account",
        "disparaging_content_about_school",
        "inappropriate_content_accessed",
        "parent_breach",
        "data_protection_breach",
        "illegal_content",
        "media_enquiry",
        "connection_request_from_pupil_or_parent",
        "self_reported_mistake"};
};
inline constexpr std::size_t kIncidentTypeCount = 14;

}  // namespace steward::policy
