// The subject access report as HTML: headings a parent can follow, a table per kind of record.
#include "domain/subject_access/sar_html.hpp"

#include <chrono>
#include <cstdio>
#include <initializer_list>

namespace steward::domain {
namespace {

constexpr std::string_view kStyle =
    "body{font-family:Arial,sans-serif;margin:2em;color:#0b0c0c;max-width:60em}"
    "h1{font-size:1.8em}h2{font-size:1.3em;margin-top:1.6em;border-bottom:2px solid #1d70b8}"
    "table{border-collapse:collapse;width:100%;margin:.5em 0}"
    "th,td{border:1px solid #b1b4b6;padding:.3em .5em;text-align:left;vertical-align:top}"
    "th{background:#f3f2f1}.note{color:#505a5f}";

void Row(std::string& html, std::initializer_list<std::string_view> cells, bool header = false) {
    html += "<tr>";
    for (std::string_view cell : cells) {
        html += header ? "<th scope=\"col\">" : "<td>";
        html += EscapeHtml(cell);
        html += header ? "</th>" : "</td>";
    }
    html += "</tr>\n";
}

std::string YesNo(bool value) { return value ? "yes" : "no"; }

void PupilSection(std::string& html, const SubjectAccessBundle& bundle) {
    const Pupil& pupil = bundle.subject.pupil;
    html += "<h2>Roster entry</h2>\n<table>\n";
    Row(html, {"Pupil id", pupil.id});
    Row(html, {"First name", pupil.first_name});
    Row(html, {"Last name", pupil.last_name});
    Row(html, {"Preferred name", pupil.preferred_name});
    Row(html, {"Year group", pupil.year_group});
    Row(html, {"On the do-not-publish list", YesNo(pupil.do_not_publish)});
    if (bundle.do_not_publish && !bundle.do_not_publish->from_roster) {
        Row(html, {"Do-not-publish reason", bundle.do_not_publish->reason});
        Row(html, {"Do-not-publish set", FormatUtc(bundle.do_not_publish->set_at) + " by " +
                                             bundle.do_not_publish->set_by});
    }
    html += "</table>\n";
}

void ConsentSection(std::string& html, const SubjectAccessBundle& bundle) {
    html += "<h2>Consent history (newest first)</h2>\n<p class=\"note\">Covers official school "
            "accounts only.</p>\n";
    if (bundle.consent.empty()) {
        html += "<p>No consent decisions are recorded.</p>\n";
        return;
    }
    html += "<table>\n";
    Row(html, {"Academic year", "Platform", "Images", "Video", "Name", "Given by", "How",
               "Recorded on", "Withdrawn on", "Record"},
        /*header=*/true);
    for (const ConsentRecord& record : bundle.consent) {
        Row(html, {record.academic_year.ToString(), PlatformName(record.platform),
                   YesNo(record.image), YesNo(record.video), YesNo(record.name),
                   ConsentGiverName(record.given_by), record.method, record.recorded_on.ToIso(),
                   record.withdrawn_on ? record.withdrawn_on->ToIso() : "",
                   record.amends_id.empty() ? record.id : record.id + " (amends " +
                                                              record.amends_id + ")"});
    }
    html += "</table>\n";
}

void StaffSection(std::string& html, const SubjectAccessBundle& bundle) {
    const Person& person = bundle.subject.person;
    html += "<h2>Person record</h2>\n<table>\n";
    Row(html, {"Person id", person.id});
    Row(html, {"Name", person.display_name});
    Row(html, {"E-mail", person.email});
    Row(html, {"Category", PersonCategoryKey(person.category)});
    Row(html, {"Start date", person.start_date});
    Row(html, {"End date", person.end_date});
    Row(html, {"Status", PersonStatusKey(person.status)});
    html += "</table>\n<h2>Roles</h2>\n";
    const StaffRecord empty;
    const StaffRecord& staff = bundle.staff ? *bundle.staff : empty;
    if (staff.roles.empty()) html += "<p>None.</p>\n";
    for (const RoleAssignment& role : staff.roles) {
        html += "<table>\n";
        Row(html, {"Role", RoleKey(role.role)});
        Row(html, {role.school_id.empty() ? "Trust" : "School",
                   role.school_id.empty() ? role.trust_id : role.school_id});
        html += "</table>\n";
    }
    html += "<h2>Sign-in accounts</h2>\n<p class=\"note\">Passwords are stored only as a "
            "one-way hash and sessions only as hashes of their tokens; neither is part of this "
            "report.</p>\n";
    if (staff.accounts.empty()) html += "<p>None.</p>\n";
    for (const SignInAccount& account : staff.accounts) {
        html += "<table>\n";
        Row(html, {"Username", account.username});
        Row(html, {"E-mail", account.email});
        Row(html, {"Created", FormatUtc(account.created_at)});
        Row(html, {"Disabled", YesNo(account.disabled)});
        Row(html, {"Sign-ins recorded", std::to_string(account.sign_ins)});
        Row(html, {"Last sign-in", account.last_sign_in ? FormatUtc(*account.last_sign_in) : ""});
        Row(html, {"Refused sign-in attempts", std::to_string(account.failed_sign_ins)});
        html += "</table>\n";
    }
}

void AuditSection(std::string& html, const SubjectAccessBundle& bundle) {
    html += "<h2>Audit events about the " +
            std::string(bundle.subject.kind == SubjectKind::kPupil ? "pupil" : "staff member") +
            "</h2>\n";
    if (bundle.audit_events.empty()) {
        html += "<p>None.</p>\n";
        return;
    }
    html += "<table>\n";
    Row(html, {"When", "Who (role)", "What", "Record", "Change"}, /*header=*/true);
    for (const AuditEvent& event : bundle.audit_events) {
        Row(html, {FormatUtc(event.at), event.actor_role.empty() ? event.actor : event.actor_role,
                   event.action, event.object_type + " " + event.object_id, event.after});
    }
    html += "</table>\n";
}

void RoomSection(std::string& html, const SubjectAccessSection& section) {
    html += "<h2>" + EscapeHtml(section.title) + "</h2>\n";
    if (section.items.empty()) {
        html += "<p>None.</p>\n";
        return;
    }
    for (const SubjectAccessItem& item : section.items) {
        html += "<table>\n";
        for (const auto& [field, value] : item) Row(html, {field, value});
        html += "</table>\n";
    }
}

}  // namespace

std::string EscapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string FormatUtc(core::TimePoint at) {
    const auto day = std::chrono::floor<std::chrono::days>(at);
    const std::chrono::year_month_day date{day};
    const std::chrono::hh_mm_ss time{at - day};
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u %02d:%02d:%02d UTC",
                  static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()), static_cast<int>(time.hours().count()),
                  static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return buffer;
}

std::string RenderSubjectAccessHtml(const SubjectAccessBundle& bundle) {
    const bool pupil = bundle.subject.kind == SubjectKind::kPupil;
    const std::string who = (pupil ? "pupil " : "staff member ") + EscapeHtml(bundle.subject.id);
    std::string html =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<title>Subject access report: " + who + "</title>\n<style>" + std::string(kStyle) +
        "</style>\n</head>\n<body>\n";
    html += "<h1>Subject access report</h1>\n<p>Everything Steward holds about " + who +
            " at school " + EscapeHtml(bundle.school_id) + ", exported " +
            EscapeHtml(FormatUtc(bundle.generated_at)) +
            ". Other people's details are shown as their role or \"[staff member]\".</p>\n";
    html += "<p class=\"note\">" + EscapeHtml(bundle.withheld_notice) + "</p>\n";
    if (pupil) {
        PupilSection(html, bundle);
        ConsentSection(html, bundle);
    } else {
        StaffSection(html, bundle);
    }
    for (const SubjectAccessSection& section : bundle.sections) RoomSection(html, section);
    AuditSection(html, bundle);
    html += "</body>\n</html>\n";
    return html;
}

}  // namespace steward::domain
