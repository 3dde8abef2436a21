// `steward export sar --db URL --school ID (--pupil ID | --staff PERSON) --out DIR`: writes
// everything Steward holds about one pupil or staff member as DIR/sar.json and DIR/sar.html
// (subject access request, issue 4 item 8). The export is audited. Files are written to a temporary name and renamed, so a reader never sees
// half a report.
#include <boost/json.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "api/handlers/subject_access_json.hpp"
#include "cli/command.hpp"
#include "cli/commands/commands.hpp"
#include "cli/wiring.hpp"
#include "domain/subject_access/posts_collector.hpp"
#include "domain/subject_access/sar_html.hpp"

namespace steward::cli {
namespace {

struct ExportSarFlags {
    std::string database;
    std::string school_id;
    std::string pupil_id;
    std::string person_id;
    std::string out;
};

core::Status WriteFile(const std::filesystem::path& path, const std::string& text) {
    const std::filesystem::path partial = path.string() + ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out.flush()) {
            return core::Error{core::ErrorCode::kUnavailable, "Cannot write the report file.",
                               partial.string()};
        }
    }
    std::error_code error;
    std::filesystem::rename(partial, path, error);
    if (error) {
        return core::Error{core::ErrorCode::kUnavailable, "Cannot write the report file.",
                           path.string()};
    }
    return core::OkStatus();
}

core::Status ExportSar(const ExportSarFlags& flags) {
    if (flags.pupil_id.empty() == flags.person_id.empty()) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "Give exactly one of --pupil ID and --staff PERSON.", "--pupil,--staff"};
    }
    const bool pupil = !flags.pupil_id.empty();
    const domain::SubjectKind kind = pupil ? domain::SubjectKind::kPupil
                                           : domain::SubjectKind::kStaff;
    const std::string& subject_id = pupil ? flags.pupil_id : flags.person_id;
    std::error_code error;
    std::filesystem::create_directories(flags.out, error);
    if (error) {
        return core::Error{core::ErrorCode::kUnavailable, "Cannot create the output folder.",
                           flags.out};
    }
    auto store = OpenDatabase(flags.database);
    if (!store) return store.error();
    core::SystemClock clock;
    auto bundle = (*store)->Transact([&](domain::Tx& tx) {
        const auto collectors = domain::RoomCollectors();
        return domain::CollectSubjectAccess(tx, domain::Actor::System(flags.school_id), clock,
                                            flags.school_id, kind, subject_id, collectors);
    });
    if (!bundle) return bundle.error();
    const std::filesystem::path dir(flags.out);
    if (auto ok = WriteFile(dir / "sar.json",
                            boost::json::serialize(api::SubjectAccessJson(*bundle)) + "\n");
        !ok) {
        return ok;
    }
    if (auto ok = WriteFile(dir / "sar.html", domain::RenderSubjectAccessHtml(*bundle)); !ok) {
        return ok;
    }
    std::printf("subject access report for %s %s of %s written to %s (sar.json, sar.html): "
                "%zu consent records, %zu sections, %zu audit events\n",
                pupil ? "pupil" : "staff member", subject_id.c_str(), flags.school_id.c_str(),
                flags.out.c_str(), bundle->consent.size(), bundle->sections.size(),
                bundle->audit_events.size());
    return core::OkStatus();
}

}  // namespace

void RegisterExportSarCommand(CLI::App& app) {
    CLI::App* group = app.add_subcommand("export", "Export reports: sar");
    group->require_subcommand(1);
    CLI::App* sar = group->add_subcommand(
        "sar",
        "Write everything held about a pupil or staff member (subject access request) as JSON "
        "and HTML");
    auto flags = std::make_shared<ExportSarFlags>();
    sar->add_option("--db,--database", flags->database, "sqlite:PATH or postgresql://…")
        ->required()
        ->envname("STEWARD_DATABASE");
    sar->add_option("--school", flags->school_id, "The school's id, e.g. belgrave")->required();
    CLI::Option* pupil = sar->add_option("--pupil", flags->pupil_id, "The pupil's id");
    CLI::Option* staff =
        sar->add_option("--staff", flags->person_id, "The staff member's person id");
    pupil->excludes(staff);
    staff->excludes(pupil);
    sar->add_option("--out", flags->out, "Folder for sar.json and sar.html")->required();
    SetCommand(sar, [flags]() -> core::Status { return ExportSar(*flags); });
}

}  // namespace steward::cli
