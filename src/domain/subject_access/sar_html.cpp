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
    const Pupil& pupil = bundle.pupil;
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

void AuditSection(std::string& html, const SubjectAccessBundle& bundle) {
    html += "<h2>Audit events about the pupil</h2>\n";
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
    std::string html =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<title>Subject access report: pupil " + EscapeHtml(bundle.pupil_id) +
        "</title>\n<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
    html += "<h1>Subject access report</h1>\n<p>Everything Steward holds about pupil " +
            EscapeHtml(bundle.pupil_id) + " at school " + EscapeHtml(bundle.school_id) +
            ", exported " + EscapeHtml(FormatUtc(bundle.generated_at)) +
            ". Other people's details are shown as their role or \"[staff member]\".</p>\n";
    PupilSection(html, bundle);
    ConsentSection(html, bundle);
    for (const SubjectAccessSection& section : bundle.sections) RoomSection(html, section);
    AuditSection(html, bundle);
    html += "</body>\n</html>\n";
    return html;
}

}  // namespace steward::domain
