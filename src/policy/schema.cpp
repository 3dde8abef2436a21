// The policy-pack schema, one row per key of policies/SCHEMA.md v1.0 in the same order. Longer than
// 400 lines on purpose: it is the single table that validation, defaults and the defaulted-keys
// report read, and splitting it would scatter the schema. Change a key here and in SCHEMA.md.
#include "policy/schema.hpp"

#include <algorithm>

#include "policy/schema_builder.hpp"
#include "policy/text_formats.hpp"

namespace steward::policy {
namespace {

// Defaults of [incidents.routes] and [incidents.route_policies], SCHEMA.md "Incident types".
struct RouteDefault {
    IncidentType type;
    Role role;
    std::string_view procedure;
};

constexpr RouteDefault kRouteDefaults[] = {
    {IncidentType::kStaffOnlineConduct, Role::kHeadteacher,
     "Staff Code of Conduct / Disciplinary Policy"},
    {IncidentType::kPupilOnlineBehaviour, Role::kDsl, "Behaviour Policy"},
    {IncidentType::kSafeguardingDisclosure, Role::kDsl, "Child Protection and Safeguarding Policy"},
    {IncidentType::kCyberbullyingPupil, Role::kDsl, "Anti-bullying Policy"},
    {IncidentType::kCyberbullyingStaff, Role::kHeadteacher,
     "Staff grievance / dignity at work procedure"},
    {IncidentType::kAbuseOnOfficialAccount, Role::kAccountAdministrator,
     "This policy (moderation)"},
    {IncidentType::kDisparagingContentAboutSchool, Role::kHeadteacher, "This policy"},
    {IncidentType::kInappropriateContentAccessed, Role::kHeadteacher, "Online Safety Policy"},
    {IncidentType::kParentBreach, Role::kHeadteacher, "Complaints Procedure"},
    {IncidentType::kDataProtectionBreach, Role::kDpo, "Data Protection Policy (breach procedure)"},
    {IncidentType::kIllegalContent, Role::kHeadteacher,
     "Child Protection and Safeguarding Policy / police referral"},
    {IncidentType::kMediaEnquiry, Role::kHeadteacher, "Media / communications procedure"},
    {IncidentType::kConnectionRequestFromPupilOrParent, Role::kHeadteacher, "This policy"},
    {IncidentType::kSelfReportedMistake, Role::kHeadteacher, "This policy"},
};

// roles.titles.<role>: one optional string per canonical role.
void AddRoleTitleKeys(SchemaBuilder& schema) {
    schema.AddTable("roles.titles");
    for (Role role : CanonicalRoles()) {
        const auto index = static_cast<std::size_t>(role);
        schema.Add(MakeKeySpec<std::string>(
            "roles.titles." + std::string(RoleKey(role)),
            [index](PolicyPack& pack) -> std::string& { return pack.roles.titles[index]; },
            std::string()));
    }
}

// incidents.routes.<type> and incidents.route_policies.<type>, one pair per IncidentType.
void AddIncidentRouteKeys(SchemaBuilder& schema) {
    schema.AddTable("incidents.routes");
    schema.AddTable("incidents.route_policies");
    for (const RouteDefault& route : kRouteDefaults) {
        const auto index = static_cast<std::size_t>(route.type);
        const std::string name(EnumName(route.type));
        schema.Add(MakeKeySpec<Role>(
            "incidents.routes." + name,
            [index](PolicyPack& pack) -> Role& { return pack.incidents.routes[index]; },
            route.role));
    }
    for (const RouteDefault& route : kRouteDefaults) {
        const auto index = static_cast<std::size_t>(route.type);
        const std::string name(EnumName(route.type));
        schema.Add(MakeKeySpec<std::string>(
            "incidents.route_policies." + name,
            [index](PolicyPack& pack) -> std::string& {
                return pack.incidents.route_policies[index];
            },
            std::string(route.procedure)));
    }
}

void AddMetaKeys(SchemaBuilder& schema) {
    using Fields = MetaSection;
    auto keys = schema.Table("meta", &PolicyPack::meta);
    keys.Required("schema_version", &Fields::schema_version);
    keys.Required("school_id", &Fields::school_id);
    keys.Required("school_name", &Fields::school_name);
    keys.Required("seed_file", &Fields::seed_file);
    keys.Key("organisation_type", &Fields::organisation_type, OrganisationType::kSchool);
    keys.Key("nation", &Fields::nation, Nation::kEngland);
    keys.Key("local_authority", &Fields::local_authority, "");
    keys.Key("policy_provider", &Fields::policy_provider, "");
    keys.Required("defaulted_keys", &Fields::defaulted_keys);
}

void AddScopeKeys(SchemaBuilder& schema) {
    using Fields = ScopeSection;
    auto keys = schema.Table("scope", &PolicyPack::scope);
    keys.Key("covered", &Fields::covered, {PersonCategory::kEmployees});
    keys.Key("awareness_only", &Fields::awareness_only, {});
}

void AddRolesKeys(SchemaBuilder& schema) {
    using Fields = RolesSection;
    auto keys = schema.Table("roles", &PolicyPack::roles);
    keys.Required("named_in_policy", &Fields::named_in_policy);
    keys.Required("present", &Fields::present);
    keys.Key("headteacher_aliases", &Fields::headteacher_aliases, {});
    AddRoleTitleKeys(schema);
}

void AddPolicyKeys(SchemaBuilder& schema) {
    using Fields = PolicySection;
    auto keys = schema.Table("policy", &PolicyPack::policy);
    keys.Required("title", &Fields::title);
    keys.Key("owner_role", &Fields::owner_role, Role::kGoverningBody);
    keys.Key("amendment_approver_role", &Fields::amendment_approver_role, Role::kGoverningBody);
    keys.Key("reviewer_roles", &Fields::reviewer_roles, {Role::kHeadteacher});
    keys.Key("signoff_roles", &Fields::signoff_roles, {Role::kGoverningBody});
    keys.Date("adopted_on", &Fields::adopted_on);
    keys.Date("last_reviewed_on", &Fields::last_reviewed_on);
    keys.Int("review_interval_months", &Fields::review_interval_months, 12, 1, 60);
    keys.Key("review_also_as_required", &Fields::review_also_as_required, true);
    keys.Date("next_review_due", &Fields::next_review_due);
    keys.Key("next_review_due_text", &Fields::next_review_due_text, "");
    keys.Int("review_reminder_days", &Fields::review_reminder_days, 60, 0, kNoMax);
    keys.Required("version_record_style", &Fields::version_record_style);
    keys.Key("current_version", &Fields::current_version, "");
    keys.Key("change_notice_audiences", &Fields::change_notice_audiences, {NoticeAudience::kStaff});
    keys.Key("change_notice_rule", &Fields::change_notice_rule, ChangeNoticeRule::kOnEffective);
    keys.Int("change_notice_months", &Fields::change_notice_months, 0, 0, kNoMax);
    keys.Key("publication_location", &Fields::publication_location,
             "staff shared area (system document library)");
    keys.Key("policy_contact_role", &Fields::policy_contact_role, Role::kHeadteacher);
    keys.Key("policy_contact_channel", &Fields::policy_contact_channel, "in-system message");
}

void AddAcknowledgementKeys(SchemaBuilder& schema) {
    using Fields = AcknowledgementSection;
    auto keys = schema.Table("acknowledgement", &PolicyPack::acknowledgement);
    keys.Key("required", &Fields::required, true);
    keys.Key("fields", &Fields::fields,
             {AcknowledgementField::kSignature, AcknowledgementField::kDate,
              AcknowledgementField::kName, AcknowledgementField::kPosition});
    keys.Key("renew_on_new_version", &Fields::renew_on_new_version, true);
    keys.Int("new_starter_deadline_days", &Fields::new_starter_deadline_days, 30, 1, kNoMax);
    keys.Key("implies_monitoring_consent", &Fields::implies_monitoring_consent, false);
    keys.Key("runners_must_acknowledge", &Fields::runners_must_acknowledge, true);
    auto documents = keys.Nested("documents", &Fields::documents);
    documents.Key("staff", &AcknowledgementDocuments::staff, "Social media policy acknowledgement");
    documents.Key("parents", &AcknowledgementDocuments::parents, "");
    documents.Key("pupils", &AcknowledgementDocuments::pupils, "");
}

void AddTrainingKeys(SchemaBuilder& schema) {
    using Fields = TrainingSection;
    auto keys = schema.Table("training", &PolicyPack::training);
    keys.Key("facilitator_role", &Fields::facilitator_role, Role::kHeadteacher);
    keys.Key("staff_induction_required", &Fields::staff_induction_required, true);
    keys.Key("online_safety_at_induction", &Fields::online_safety_at_induction, true);
    keys.Key("staff_refresh_cadence", &Fields::staff_refresh_cadence, StaffRefreshCadence::kAnnual);
    keys.Key("pupil_education_cadence", &Fields::pupil_education_cadence,
             EducationCadence::kAnnual);
    keys.Key("parent_training_cadence", &Fields::parent_training_cadence,
             EducationCadence::kAnnual);
    keys.Key("refresh_after_significant_incident", &Fields::refresh_after_significant_incident,
             true);
    keys.Key("refresh_after_policy_change", &Fields::refresh_after_policy_change, true);
    keys.Key("required_before_running_account", &Fields::required_before_running_account,
             TrainingGate::kRequired);
    keys.Key("platform_induction_role", &Fields::platform_induction_role, Role::kNone, {"none"});
    keys.Key("administrators_investigators_training",
             &Fields::administrators_investigators_training, true);
    keys.Key("at_risk_identification_for", &Fields::at_risk_identification_for, {});
}

void AddAccountsKeys(SchemaBuilder& schema) {
    using Fields = AccountsSection;
    auto keys = schema.Table("accounts", &PolicyPack::accounts);
    keys.Key("request_form", &Fields::request_form, AccountRequestForm::kCreationApprovalForm);
    keys.Key("request_recipient_role", &Fields::request_recipient_role, Role::kHeadteacher);
    keys.Key("approval_chain", &Fields::approval_chain, {Role::kHeadteacher});
    keys.Key("brand_logo_approver_role", &Fields::brand_logo_approver_role, Role::kNone, {"none"});
    keys.Key("creator_role", &Fields::creator_role, Role::kAccountAdministrator, {"requester"});
    keys.Key("justification_threshold", &Fields::justification_threshold,
             JustificationThreshold::kStrongPedagogicalOrBusinessReason);
    keys.Int("min_runners", &Fields::min_runners, 2, 1, kNoMax);
    keys.Key("runners_must_be_staff", &Fields::runners_must_be_staff, true);
    keys.Int("min_administrators", &Fields::min_administrators, 1, 1, kNoMax);
    keys.Int("min_moderators", &Fields::min_moderators, 1, 1, kNoMax);
    keys.Key("runner_eligibility", &Fields::runner_eligibility, RunnerEligibility::kStaff);
    keys.Key("require_official_email", &Fields::require_official_email, true);
    keys.Key("credential_custody", &Fields::credential_custody, CredentialCustody::kSecureStore);
    keys.Key("credential_release_approver_role", &Fields::credential_release_approver_role,
             Role::kHeadteacher);
    keys.Key("require_visibility_declaration", &Fields::require_visibility_declaration, true);
    keys.Key("require_promotion_plan", &Fields::require_promotion_plan, false);
    keys.Key("require_engagement_level", &Fields::require_engagement_level, true);
    keys.Key("require_time_commitment", &Fields::require_time_commitment, false);
    keys.Key("require_closure_plan", &Fields::require_closure_plan, true);
    keys.Int("closure_reminder_days", &Fields::closure_reminder_days, 30, 0, kNoMax);
    keys.Key("require_success_evaluation", &Fields::require_success_evaluation, true);
    keys.Int("evaluation_interval_months", &Fields::evaluation_interval_months, 12, 1, kNoMax);
    keys.Key("require_terms_of_use", &Fields::require_terms_of_use, true);
    keys.Key("terms_of_use_owner_role", &Fields::terms_of_use_owner_role, Role::kHeadteacher);
    keys.Key("require_logo_on_hosted_sites", &Fields::require_logo_on_hosted_sites, false);
    keys.Key("third_party_participation_approver_role",
             &Fields::third_party_participation_approver_role, Role::kHeadteacher, {"none"});
    keys.Key("contributor_advert_approver_role", &Fields::contributor_advert_approver_role,
             Role::kHeadteacher, {"none"});
    keys.Key("pupil_sites_strictest_privacy", &Fields::pupil_sites_strictest_privacy, true);
    keys.Key("parent_reminder_channel", &Fields::parent_reminder_channel, "");
    keys.Key("employee_groups_creator_moderates", &Fields::employee_groups_creator_moderates,
             false);
    keys.Key("resource_review_role", &Fields::resource_review_role, Role::kHeadteacher);
    keys.Int("neglect_days", &Fields::neglect_days, 60, 1, kNoMax);
}

void AddPlatformsKeys(SchemaBuilder& schema) {
    using Fields = PlatformsSection;
    auto keys = schema.Table("platforms", &PolicyPack::platforms);
    keys.Key("named_in_policy", &Fields::named_in_policy, {});
    keys.Int("minimum_user_age", &Fields::minimum_user_age, 13, 0, 18);
    keys.Key("follow_platform_terms", &Fields::follow_platform_terms, true);
}

void AddPostsKeys(SchemaBuilder& schema) {
    using Fields = PostsSection;
    auto keys = schema.Table("posts", &PolicyPack::posts);
    keys.Key("approval_scope", &Fields::approval_scope, ApprovalScope::kAll);
    keys.Key("approver_roles", &Fields::approver_roles, {Role::kHeadteacher});
    keys.Key("publisher_roles", &Fields::publisher_roles, {Role::kAccountAdministrator});
    keys.Key("reminder_approver_roles", &Fields::reminder_approver_roles, {Role::kHeadteacher});
    keys.Key("require_positive_relevant", &Fields::require_positive_relevant, true);
    keys.Key("pupil_name_rule", &Fields::pupil_name_rule, PupilNameRule::kNever);
    keys.Key("require_no_identifying_details", &Fields::require_no_identifying_details, true);
    keys.Key("require_generic_labels", &Fields::require_generic_labels, false);
    keys.Key("require_pseudonymisation", &Fields::require_pseudonymisation, false);
    keys.Key("dress_check", &Fields::dress_check, true);
    keys.Key("do_not_publish_list", &Fields::do_not_publish_list, true);
    keys.Key("tagging_default_off", &Fields::tagging_default_off, true);
    keys.Key("author_identification", &Fields::author_identification, AuthorIdentification::kName);
    keys.Key("personal_opinions", &Fields::personal_opinions, PersonalOpinions::kProhibited);
    keys.Key("third_party_content_permission", &Fields::third_party_content_permission, true);
    keys.Key("subject_written_permission_for_adults",
             &Fields::subject_written_permission_for_adults, false);
}

void AddConsentKeys(SchemaBuilder& schema) {
    using Fields = ConsentSection;
    auto keys = schema.Table("consent", &PolicyPack::consent);
    keys.Key("required_for_pupil_media", &Fields::required_for_pupil_media, true);
    keys.Key("form_title", &Fields::form_title, "Social media consent form");
    keys.Key("dimensions", &Fields::dimensions,
             {ConsentDimension::kPlatform, ConsentDimension::kMediaKind, ConsentDimension::kName});
    keys.Key("media_kinds", &Fields::media_kinds, {MediaKind::kImage, MediaKind::kVideo});
    keys.Key("validity", &Fields::validity, ConsentValidity::kAcademicYear);
    keys.Key("collection_trigger", &Fields::collection_trigger,
             ConsentCollectionTrigger::kStartOfAcademicYear);
    keys.Key("consent_giver", &Fields::consent_giver,
             ConsentGiver::kCompetentPupilElseParentalResponsibility);
    keys.Key("withdrawal_channel", &Fields::withdrawal_channel, WithdrawalChannel::kInWriting);
    keys.Key("withdrawal_post_removal", &Fields::withdrawal_post_removal,
             WithdrawalPostRemoval::kWhereReasonablyPracticable);
    keys.Key("register_owner_role", &Fields::register_owner_role, Role::kDpo);
    keys.Key("scope", &Fields::scope, ConsentScope::kOfficialAccountsOnly);
    keys.Key("opt_out_any_person", &Fields::opt_out_any_person, true);
}

void AddCaptureKeys(SchemaBuilder& schema) {
    using Fields = CaptureSection;
    auto keys = schema.Table("capture", &PolicyPack::capture);
    keys.Key("allowed_devices", &Fields::allowed_devices, CaptureDevices::kSchoolOwned);
    keys.Key("device_approver_role", &Fields::device_approver_role, Role::kHeadteacher);
    keys.Key("delete_from_non_school_device_after_upload",
             &Fields::delete_from_non_school_device_after_upload, true);
    keys.Key("staff_personal_camera_prohibited", &Fields::staff_personal_camera_prohibited, true);
}

void AddMonitoringKeys(SchemaBuilder& schema) {
    using Fields = MonitoringSection;
    auto keys = schema.Table("monitoring", &PolicyPack::monitoring);
    keys.Key("monitor_role", &Fields::monitor_role, Role::kAccountAdministrator);
    keys.Int("check_interval_hours", &Fields::check_interval_hours, 24, 1, kNoMax);
    keys.Key("check_days", &Fields::check_days, CheckDays::kWorkingDays);
    keys.Int("response_deadline_hours", &Fields::response_deadline_hours, 24, 1, kNoMax);
    keys.Key("weekend_rule", &Fields::weekend_rule, WeekendRule::kNextWorkingDay);
    keys.Key("acknowledgement_satisfies_deadline", &Fields::acknowledgement_satisfies_deadline,
             true);
    keys.Int("warning_hours_before_due", &Fields::warning_hours_before_due, 4, 0, kNoMax);
    keys.Key("escalation_role", &Fields::escalation_role, Role::kHeadteacher);
    keys.Key("moderation_actions", &Fields::moderation_actions,
             {ModerationAction::kHideOrDeleteComment, ModerationAction::kBlockUser,
              ModerationAction::kReportToPlatform});
    keys.Key("explain_moderation_to_audience", &Fields::explain_moderation_to_audience, false);
    keys.Key("school_hosted_premoderation", &Fields::school_hosted_premoderation, false);
    keys.Key("immediate_removal_categories", &Fields::immediate_removal_categories,
             {RemovalCategory::kExtremeOffence, RemovalCategory::kRiskOfHarm,
              RemovalCategory::kIllegal});
    keys.Key("inappropriate_comment_log", &Fields::inappropriate_comment_log, true);
    keys.Key("comment_log_owner_role", &Fields::comment_log_owner_role,
             Role::kAccountAdministrator);
    keys.Key("follower_vetting_role", &Fields::follower_vetting_role, Role::kAccountAdministrator,
             {"named_per_account"});
    keys.Key("outsiders_may_follow", &Fields::outsiders_may_follow, true);
    keys.Key("adult_followers_require_security_check",
             &Fields::adult_followers_require_security_check, false);
    keys.Key("external_org_follow_approver_role", &Fields::external_org_follow_approver_role,
             Role::kNone, {"none"});
    keys.Key("proactive_web_monitoring", &Fields::proactive_web_monitoring, false);
    keys.Key("parent_breach_steps", &Fields::parent_breach_steps,
             {ParentBreachStep::kRequestRemoval, ParentBreachStep::kReferToComplaintsProcedure});
    keys.Key("pupil_comment_procedure", &Fields::pupil_comment_procedure, "Behaviour Policy");
    keys.Key("second_opinion_prompt", &Fields::second_opinion_prompt, false);
}

void AddIncidentsKeys(SchemaBuilder& schema) {
    using Fields = IncidentsSection;
    auto keys = schema.Table("incidents", &PolicyPack::incidents);
    keys.Key("initial_assessment_role", &Fields::initial_assessment_role, Role::kHeadteacher);
    keys.Key("headteacher_conflict_route", &Fields::headteacher_conflict_route,
             Role::kChairOfGovernors);
    keys.Key("police_contact_role", &Fields::police_contact_role, Role::kHeadteacher);
    keys.Key("external_bodies", &Fields::external_bodies, {ExternalBody::kPolice});
    keys.Key("pupil_noncriminalisation_decider_role",
             &Fields::pupil_noncriminalisation_decider_role, Role::kDsl);
    keys.Key("staff_report_timeliness", &Fields::staff_report_timeliness,
             ReportTimeliness::kAsSoonAsPossible);
    keys.Int("late_report_flag_hours", &Fields::late_report_flag_hours, 24, 0, kNoMax);
    keys.Key("media_reply_requires_written_approval",
             &Fields::media_reply_requires_written_approval, true);
    keys.Key("reporting_channels", &Fields::reporting_channels, {ReportingChannel::kStaff});
    AddIncidentRouteKeys(schema);
}

void AddNetworkKeys(SchemaBuilder& schema) {
    using Fields = NetworkSection;
    auto keys = schema.Table("network", &PolicyPack::network);
    keys.Key("blocked_platforms", &Fields::blocked_platforms, {});
    keys.Key("blocklist_manager_role", &Fields::blocklist_manager_role, Role::kItManager);
    keys.Key("access_request_enabled", &Fields::access_request_enabled, true);
    keys.Key("access_request_recipient_role", &Fields::access_request_recipient_role,
             Role::kItManager);
    keys.Key("access_request_approver_role", &Fields::access_request_approver_role,
             Role::kHeadteacher);
    keys.Key("circumvention_sanction", &Fields::circumvention_sanction,
             CircumventionSanction::kNone);
    keys.Key("monitoring_role", &Fields::monitoring_role, Role::kItManager);
    keys.Key("monitoring_notice", &Fields::monitoring_notice, MonitoringNotice::kMayBeMonitored);
    keys.Key("monitoring_scope", &Fields::monitoring_scope, {MonitoredChannel::kInternet});
    keys.Key("monitoring_consent_via_acknowledgement",
             &Fields::monitoring_consent_via_acknowledgement, false);
    keys.Key("individual_review_reasons", &Fields::individual_review_reasons,
             {ReviewReason::kSuspectedPolicyBreach});
    keys.Key("monitoring_disclosable_to", &Fields::monitoring_disclosable_to,
             {DisclosureRecipient::kInvestigators});
}

void AddPersonalUseKeys(SchemaBuilder& schema) {
    using Fields = PersonalUseSection;
    auto keys = schema.Table("personal_use", &PolicyPack::personal_use);
    keys.Key("staff_social_media_at_work", &Fields::staff_social_media_at_work,
             StaffSocialMediaAtWork::kProhibitedInWorkingTime);
    keys.Key("staff_school_devices_for_personal_accounts",
             &Fields::staff_school_devices_for_personal_accounts, SchoolDeviceUse::kProhibited);
    keys.Key("staff_school_wifi_for_personal_accounts",
             &Fields::staff_school_wifi_for_personal_accounts, SchoolWifiUse::kProhibited);
    keys.Key("staff_phone_permitted_locations", &Fields::staff_phone_permitted_locations, {});
    keys.Key("staff_phone_functions_on_premises", &Fields::staff_phone_functions_on_premises, {});
    keys.Key("staff_phone_exceptions", &Fields::staff_phone_exceptions, {});
    keys.Key("personal_devices_prohibited_on_site", &Fields::personal_devices_prohibited_on_site,
             {});
    keys.Key("pupil_social_media_in_lessons", &Fields::pupil_social_media_in_lessons,
             PupilLessonUse::kCurriculumOnly);
    keys.Key("pupil_school_wifi_social_media", &Fields::pupil_school_wifi_social_media,
             SchoolWifiUse::kProhibited);
    keys.Key("staff_pupil_connections", &Fields::staff_pupil_connections, ContactRule::kProhibited);
    keys.Key("staff_pupil_connection_exceptions", &Fields::staff_pupil_connection_exceptions, {});
    keys.Key("includes_former_pupils", &Fields::includes_former_pupils, true);
    keys.Key("staff_parent_connections", &Fields::staff_parent_connections,
             StaffParentConnections::kConflictOfInterestOnly);
    keys.Key("connection_request_handling", &Fields::connection_request_handling,
             ConnectionRequestHandling::kDecline);
    keys.Key("pupil_communication", &Fields::pupil_communication,
             PupilCommunication::kOfficialAccountsOnly);
    keys.Key("employer_identification", &Fields::employer_identification,
             EmployerIdentification::kWithDisclaimer);
    keys.Key("school_logo_on_personal", &Fields::school_logo_on_personal,
             LogoOnPersonal::kProhibited);
    keys.Key("work_email_for_personal_social_media", &Fields::work_email_for_personal_social_media,
             false);
    keys.Key("references_on_networking_sites_allowed",
             &Fields::references_on_networking_sites_allowed, true);
    keys.Key("personal_wikipedia_editing_at_work_allowed",
             &Fields::personal_wikipedia_editing_at_work_allowed, true);
}

void AddBreachesKeys(SchemaBuilder& schema) {
    using Fields = BreachesSection;
    auto keys = schema.Table("breaches", &PolicyPack::breaches);
    keys.Key("staff_procedure", &Fields::staff_procedure, "Disciplinary Policy and Procedure");
    keys.Key("max_staff_sanction", &Fields::max_staff_sanction, StaffSanction::kDismissal);
    keys.Key("governor_procedure", &Fields::governor_procedure,
             "Governance code of conduct procedure");
    keys.Key("pupil_procedure", &Fields::pupil_procedure, "Behaviour Policy");
    keys.Key("parent_procedure", &Fields::parent_procedure, "Complaints Procedure");
    keys.Key("staff_cyberbullying_procedure", &Fields::staff_cyberbullying_procedure,
             "Staff grievance / dignity at work procedure");
    keys.Key("removal_request_enforced", &Fields::removal_request_enforced, true);
    keys.Key("credential_handover_in_investigation", &Fields::credential_handover_in_investigation,
             false);
    keys.Key("illegal_conduct_police_referral", &Fields::illegal_conduct_police_referral, true);
}

void AddRecruitmentKeys(SchemaBuilder& schema) {
    using Fields = RecruitmentSection;
    auto keys = schema.Table("recruitment", &PolicyPack::recruitment);
    keys.Key("online_checks_enabled", &Fields::online_checks_enabled, false);
    keys.Key("earliest_stage", &Fields::earliest_stage,
             RecruitmentStage::kAfterShortlistingAndInterview);
    keys.Key("linked_checks", &Fields::linked_checks, {});
}

void AddLeaversKeys(SchemaBuilder& schema) {
    using Fields = LeaversSection;
    auto keys = schema.Table("leavers", &PolicyPack::leavers);
    keys.Key("account_handover_role", &Fields::account_handover_role, Role::kAccountAdministrator);
    keys.Key("handover_options", &Fields::handover_options,
             {HandoverOption::kClose, HandoverOption::kTransfer});
    keys.Key("rotate_credentials", &Fields::rotate_credentials, true);
    keys.Key("confidentiality_persists", &Fields::confidentiality_persists, true);
    keys.Key("pupil_contact_after_leaving", &Fields::pupil_contact_after_leaving,
             ContactRule::kProhibited);
}

void AddDataProtectionKeys(SchemaBuilder& schema) {
    using Fields = DataProtectionSection;
    auto keys = schema.Table("data_protection", &PolicyPack::data_protection);
    keys.Key("sar_via_social_media", &Fields::sar_via_social_media, true);
    keys.Int("sar_deadline_months", &Fields::sar_deadline_months, 1, 1, kNoMax);
    keys.Key("breach_procedure", &Fields::breach_procedure,
             "Data Protection Policy (breach procedure)");
    keys.Key("dpo_role", &Fields::dpo_role, Role::kDpo, {"none"});
    auto retention = keys.Nested("retention_days", &Fields::retention_days);
    retention.Int("posts", &RetentionDays::posts, 1095, 1, kNoMax);
    retention.Int("consent_records", &RetentionDays::consent_records, 730, 1, kNoMax);
    retention.Int("comment_log", &RetentionDays::comment_log, 1095, 1, kNoMax);
    retention.Int("incidents", &RetentionDays::incidents, 2190, 1, kNoMax);
    retention.Int("monitoring_data", &RetentionDays::monitoring_data, 180, 1, kNoMax);
    retention.Int("recruitment_checks", &RetentionDays::recruitment_checks, 180, 1, kNoMax);
}

void AddCalendarKeys(SchemaBuilder& schema) {
    using Fields = CalendarSection;
    auto keys = schema.Table("calendar", &PolicyPack::calendar);
    keys.Key("timezone", &Fields::timezone, "Europe/London");
    keys.Key("bank_holiday_region", &Fields::bank_holiday_region,
             BankHolidayRegion::kEnglandAndWales);
    keys.Key("weekend_days", &Fields::weekend_days, {Weekday::kSaturday, Weekday::kSunday});
    keys.Time("working_day_end", &Fields::working_day_end, "17:00");
    keys.Int("academic_year_start_month", &Fields::academic_year_start_month, 9, 1, 12);
}

// Constraints a field's type cannot express: fixed values, formats, non-empty lists, computed.
void AddConstraints(SchemaBuilder& schema) {
    schema.Tune("meta.schema_version", [](KeySpec& spec) { spec.allowed = {"1.0"}; });
    schema.Tune("meta.school_id", [](KeySpec& spec) {
        spec.text_check = [](std::string_view value) -> std::string {
            if (IsSlug(value)) return "";
            return "meta.school_id \"" + std::string(value) +
                   "\" is not a valid id; use lower-case letters, digits and '-' only.";
        };
    });
    schema.Tune("calendar.timezone", [](KeySpec& spec) {
        spec.text_check = [](std::string_view value) -> std::string {
            if (IsTimeZoneName(value)) return "";
            return "calendar.timezone \"" + std::string(value) +
                   "\" is not a time zone name; use an IANA name such as \"Europe/London\".";
        };
    });
    schema.Tune("meta.defaulted_keys", [](KeySpec& spec) {
        spec.text_check = [](std::string_view value) -> std::string {
            if (FindKeySpec(value) != nullptr) return "";
            return "meta.defaulted_keys lists \"" + std::string(value) +
                   "\", which is not a key of the schema; correct or remove it.";
        };
    });
    for (std::string_view path : {"roles.present", "posts.approver_roles", "posts.publisher_roles",
                                  "accounts.approval_chain"}) {
        schema.Tune(path, [](KeySpec& spec) { spec.non_empty = true; });
    }
    schema.Tune("policy.next_review_due", [](KeySpec& spec) {
        spec.computed = true;
        spec.default_text = "computed";
    });
}

struct SchemaData {
    std::vector<KeySpec> specs;
    std::vector<std::string> tables;
    std::vector<std::string> known_paths;
};

const SchemaData& Data() {
    static const SchemaData data = [] {
        SchemaBuilder schema;
        for (auto add : {AddMetaKeys,           AddScopeKeys,           AddRolesKeys,
                         AddPolicyKeys,         AddAcknowledgementKeys, AddTrainingKeys,
                         AddAccountsKeys,       AddPlatformsKeys,       AddPostsKeys,
                         AddConsentKeys,        AddCaptureKeys,         AddMonitoringKeys,
                         AddIncidentsKeys,      AddNetworkKeys,         AddPersonalUseKeys,
                         AddBreachesKeys,       AddRecruitmentKeys,     AddLeaversKeys,
                         AddDataProtectionKeys, AddCalendarKeys}) {
            add(schema);
        }
        AddConstraints(schema);
        SchemaData result{std::move(schema.specs()), std::move(schema.tables()), {}};
        for (const KeySpec& spec : result.specs) result.known_paths.push_back(spec.path);
        for (const std::string& table : result.tables) result.known_paths.push_back(table);
        return result;
    }();
    return data;
}

}  // namespace

const std::vector<KeySpec>& Schema() { return Data().specs; }

const KeySpec* FindKeySpec(std::string_view path) {
    for (const KeySpec& spec : Data().specs) {
        if (spec.path == path) return &spec;
    }
    return nullptr;
}

bool IsSchemaTable(std::string_view path) {
    const auto& tables = Data().tables;
    return std::find(tables.begin(), tables.end(), path) != tables.end();
}

const std::vector<std::string>& KnownPaths() { return Data().known_paths; }

}  // namespace steward::policy
