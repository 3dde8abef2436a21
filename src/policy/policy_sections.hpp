// The typed sections of a policy pack, one struct per [table] of policies/SCHEMA.md, one field per
// key with the same name. Values are only meaningful after LoadPolicyPack (policy_loader.hpp)
// filled them: it applies the schema defaults, so the zero initialisers below are never seen by
// callers.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "policy/policy_enums.hpp"
#include "policy/role.hpp"

namespace steward::policy {

// [acknowledgement.documents]: agreement titles; "" = no such document.
struct AcknowledgementDocuments {
    std::string staff;
    std::string parents;
    std::string pupils;
};

// [data_protection.retention_days]: retention periods in days.
struct RetentionDays {
    int posts = 0;
    int consent_records = 0;
    int comment_log = 0;
    int incidents = 0;
    int monitoring_data = 0;
    int recruitment_checks = 0;
};

// [meta]
struct MetaSection {
    std::string schema_version;
    std::string school_id;
    std::string school_name;
    std::string seed_file;
    OrganisationType organisation_type = OrganisationType::kFederation;
    Nation nation = Nation::kEngland;
    std::string local_authority;
    std::string policy_provider;
    std::vector<std::string> defaulted_keys;
};

// [scope]
struct ScopeSection {
    std::vector<PersonCategory> covered;
    std::vector<PersonCategory> awareness_only;
};

// [roles]
struct RolesSection {
    std::vector<Role> named_in_policy;
    std::vector<Role> present;
    std::vector<std::string> headteacher_aliases;
    std::array<std::string, kCanonicalRoleCount> titles;  // [roles.titles], indexed by Role
};

// [policy]
struct PolicySection {
    std::string title;
    Role owner_role = Role::kNone;
    Role amendment_approver_role = Role::kNone;
    std::vector<Role> reviewer_roles;
    std::vector<Role> signoff_roles;
    std::string adopted_on;
    std::string last_reviewed_on;
    int review_interval_months = 0;
    bool review_also_as_required = false;
    std::string next_review_due;
    std::string next_review_due_text;
    int review_reminder_days = 0;
    VersionRecordStyle version_record_style = VersionRecordStyle::kAmendmentRecord;
    std::string current_version;
    std::vector<NoticeAudience> change_notice_audiences;
    ChangeNoticeRule change_notice_rule = ChangeNoticeRule::kOnEffective;
    int change_notice_months = 0;
    std::string publication_location;
    Role policy_contact_role = Role::kNone;
    std::string policy_contact_channel;
};

// [acknowledgement]
struct AcknowledgementSection {
    bool required = false;
    std::vector<AcknowledgementField> fields;
    bool renew_on_new_version = false;
    int new_starter_deadline_days = 0;
    bool implies_monitoring_consent = false;
    bool runners_must_acknowledge = false;
    AcknowledgementDocuments documents;
};

// [training]
struct TrainingSection {
    Role facilitator_role = Role::kNone;
    bool staff_induction_required = false;
    bool online_safety_at_induction = false;
    StaffRefreshCadence staff_refresh_cadence = StaffRefreshCadence::kTermly;
    EducationCadence pupil_education_cadence = EducationCadence::kTermly;
    EducationCadence parent_training_cadence = EducationCadence::kTermly;
    bool refresh_after_significant_incident = false;
    bool refresh_after_policy_change = false;
    TrainingGate required_before_running_account = TrainingGate::kRequired;
    Role platform_induction_role = Role::kNone;
    bool administrators_investigators_training = false;
    std::vector<StaffGroup> at_risk_identification_for;
};

// [accounts]
struct AccountsSection {
    AccountRequestForm request_form = AccountRequestForm::kBusinessCase;
    Role request_recipient_role = Role::kNone;
    std::vector<Role> approval_chain;
    Role brand_logo_approver_role = Role::kNone;
    Role creator_role = Role::kNone;
    JustificationThreshold justification_threshold =
        JustificationThreshold::kStrongPedagogicalOrBusinessReason;
    int min_runners = 0;
    bool runners_must_be_staff = false;
    int min_administrators = 0;
    int min_moderators = 0;
    RunnerEligibility runner_eligibility = RunnerEligibility::kStaff;
    bool require_official_email = false;
    CredentialCustody credential_custody = CredentialCustody::kSecureStore;
    Role credential_release_approver_role = Role::kNone;
    bool require_visibility_declaration = false;
    bool require_promotion_plan = false;
    bool require_engagement_level = false;
    bool require_time_commitment = false;
    bool require_closure_plan = false;
    int closure_reminder_days = 0;
    bool require_success_evaluation = false;
    int evaluation_interval_months = 0;
    bool require_terms_of_use = false;
    Role terms_of_use_owner_role = Role::kNone;
    bool require_logo_on_hosted_sites = false;
    Role third_party_participation_approver_role = Role::kNone;
    Role contributor_advert_approver_role = Role::kNone;
    bool pupil_sites_strictest_privacy = false;
    std::string parent_reminder_channel;
    bool employee_groups_creator_moderates = false;
    Role resource_review_role = Role::kNone;
    int neglect_days = 0;
};

// [platforms]
struct PlatformsSection {
    std::vector<std::string> named_in_policy;
    int minimum_user_age = 0;
    bool follow_platform_terms = false;
};

// [posts]
struct PostsSection {
    ApprovalScope approval_scope = ApprovalScope::kAll;
    std::vector<Role> approver_roles;
    std::vector<Role> publisher_roles;
    std::vector<Role> reminder_approver_roles;
    bool require_positive_relevant = false;
    PupilNameRule pupil_name_rule = PupilNameRule::kNever;
    bool require_no_identifying_details = false;
    bool require_generic_labels = false;
    bool require_pseudonymisation = false;
    bool dress_check = false;
    bool do_not_publish_list = false;
    bool tagging_default_off = false;
    AuthorIdentification author_identification = AuthorIdentification::kNone;
    PersonalOpinions personal_opinions = PersonalOpinions::kProhibited;
    bool third_party_content_permission = false;
    bool subject_written_permission_for_adults = false;
};

// [consent]
struct ConsentSection {
    bool required_for_pupil_media = false;
    std::string form_title;
    std::vector<ConsentDimension> dimensions;
    std::vector<MediaKind> media_kinds;
    ConsentValidity validity = ConsentValidity::kAcademicYear;
    ConsentCollectionTrigger collection_trigger = ConsentCollectionTrigger::kStartOfAcademicYear;
    ConsentGiver consent_giver = ConsentGiver::kCompetentPupilElseParentalResponsibility;
    WithdrawalChannel withdrawal_channel = WithdrawalChannel::kInWriting;
    WithdrawalPostRemoval withdrawal_post_removal =
        WithdrawalPostRemoval::kWhereReasonablyPracticable;
    Role register_owner_role = Role::kNone;
    ConsentScope scope = ConsentScope::kOfficialAccountsOnly;
    bool opt_out_any_person = false;
};

// [capture]
struct CaptureSection {
    CaptureDevices allowed_devices = CaptureDevices::kSchoolOwned;
    Role device_approver_role = Role::kNone;
    bool delete_from_non_school_device_after_upload = false;
    bool staff_personal_camera_prohibited = false;
};

// [monitoring]
struct MonitoringSection {
    Role monitor_role = Role::kNone;
    int check_interval_hours = 0;
    CheckDays check_days = CheckDays::kAllDaysIncludingHolidays;
    int response_deadline_hours = 0;
    WeekendRule weekend_rule = WeekendRule::kNextWorkingDay;
    bool acknowledgement_satisfies_deadline = false;
    int warning_hours_before_due = 0;
    Role escalation_role = Role::kNone;
    std::vector<ModerationAction> moderation_actions;
    bool explain_moderation_to_audience = false;
    bool school_hosted_premoderation = false;
    std::vector<RemovalCategory> immediate_removal_categories;
    bool inappropriate_comment_log = false;
    Role comment_log_owner_role = Role::kNone;
    Role follower_vetting_role = Role::kNone;
    bool outsiders_may_follow = false;
    bool adult_followers_require_security_check = false;
    Role external_org_follow_approver_role = Role::kNone;
    bool proactive_web_monitoring = false;
    std::vector<ParentBreachStep> parent_breach_steps;
    std::string pupil_comment_procedure;
    bool second_opinion_prompt = false;
};

// [incidents]
struct IncidentsSection {
    Role initial_assessment_role = Role::kNone;
    Role headteacher_conflict_route = Role::kNone;
    Role police_contact_role = Role::kNone;
    std::vector<ExternalBody> external_bodies;
    Role pupil_noncriminalisation_decider_role = Role::kNone;
    ReportTimeliness staff_report_timeliness = ReportTimeliness::kImmediately;
    int late_report_flag_hours = 0;
    bool media_reply_requires_written_approval = false;
    std::vector<ReportingChannel> reporting_channels;
    std::array<Role, kIncidentTypeCount> routes{};               // indexed by IncidentType
    std::array<std::string, kIncidentTypeCount> route_policies;  // indexed by IncidentType
};

// [network]
struct NetworkSection {
    std::vector<std::string> blocked_platforms;
    Role blocklist_manager_role = Role::kNone;
    bool access_request_enabled = false;
    Role access_request_recipient_role = Role::kNone;
    Role access_request_approver_role = Role::kNone;
    CircumventionSanction circumvention_sanction = CircumventionSanction::kNone;
    Role monitoring_role = Role::kNone;
    MonitoringNotice monitoring_notice = MonitoringNotice::kWithoutPriorNotice;
    std::vector<MonitoredChannel> monitoring_scope;
    bool monitoring_consent_via_acknowledgement = false;
    std::vector<ReviewReason> individual_review_reasons;
    std::vector<DisclosureRecipient> monitoring_disclosable_to;
};

// [personal_use]
struct PersonalUseSection {
    StaffSocialMediaAtWork staff_social_media_at_work =
        StaffSocialMediaAtWork::kProhibitedInWorkingTime;
    SchoolDeviceUse staff_school_devices_for_personal_accounts = SchoolDeviceUse::kProhibited;
    SchoolWifiUse staff_school_wifi_for_personal_accounts = SchoolWifiUse::kProhibited;
    std::vector<PhoneLocation> staff_phone_permitted_locations;
    std::vector<PhoneFunction> staff_phone_functions_on_premises;
    std::vector<PhoneException> staff_phone_exceptions;
    std::vector<PersonalDevice> personal_devices_prohibited_on_site;
    PupilLessonUse pupil_social_media_in_lessons = PupilLessonUse::kProhibited;
    SchoolWifiUse pupil_school_wifi_social_media = SchoolWifiUse::kProhibited;
    ContactRule staff_pupil_connections = ContactRule::kProhibited;
    std::vector<ConnectionException> staff_pupil_connection_exceptions;
    bool includes_former_pupils = false;
    StaffParentConnections staff_parent_connections = StaffParentConnections::kProhibited;
    ConnectionRequestHandling connection_request_handling = ConnectionRequestHandling::kDecline;
    PupilCommunication pupil_communication = PupilCommunication::kOfficialAccountsOnly;
    EmployerIdentification employer_identification = EmployerIdentification::kWithDisclaimer;
    LogoOnPersonal school_logo_on_personal = LogoOnPersonal::kProhibited;
    bool work_email_for_personal_social_media = false;
    bool references_on_networking_sites_allowed = false;
    bool personal_wikipedia_editing_at_work_allowed = false;
};

// [breaches]
struct BreachesSection {
    std::string staff_procedure;
    StaffSanction max_staff_sanction = StaffSanction::kDismissal;
    std::string governor_procedure;
    std::string pupil_procedure;
    std::string parent_procedure;
    std::string staff_cyberbullying_procedure;
    bool removal_request_enforced = false;
    bool credential_handover_in_investigation = false;
    bool illegal_conduct_police_referral = false;
};

// [recruitment]
struct RecruitmentSection {
    bool online_checks_enabled = false;
    RecruitmentStage earliest_stage = RecruitmentStage::kAfterShortlisting;
    std::vector<LinkedCheck> linked_checks;
};

// [leavers]
struct LeaversSection {
    Role account_handover_role = Role::kNone;
    std::vector<HandoverOption> handover_options;
    bool rotate_credentials = false;
    bool confidentiality_persists = false;
    ContactRule pupil_contact_after_leaving = ContactRule::kProhibited;
};

// [data_protection]
struct DataProtectionSection {
    bool sar_via_social_media = false;
    int sar_deadline_months = 0;
    std::string breach_procedure;
    Role dpo_role = Role::kNone;
    RetentionDays retention_days;
};

// [calendar]
struct CalendarSection {
    std::string timezone;
    BankHolidayRegion bank_holiday_region = BankHolidayRegion::kEnglandAndWales;
    std::vector<Weekday> weekend_days;
    std::string working_day_end;
    int academic_year_start_month = 0;
};

}  // namespace steward::policy
