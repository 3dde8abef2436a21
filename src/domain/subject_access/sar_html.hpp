// The readable subject access report: one self-contained HTML page (inline CSS, no scripts, no
// external assets; every value HTML-escaped). Entry points: RenderSubjectAccessHtml(), EscapeHtml().
#pragma once

#include <string>
#include <string_view>

#include "domain/subject_access/subject_access.hpp"

namespace steward::domain {

// Returns `text` with & < > " ' replaced by entities.
std::string EscapeHtml(std::string_view text);

// Returns "YYYY-MM-DD HH:MM:SS UTC".
std::string FormatUtc(core::TimePoint at);

// Returns the whole report as an HTML5 document.
std::string RenderSubjectAccessHtml(const SubjectAccessBundle& bundle);

}  // namespace steward::domain
