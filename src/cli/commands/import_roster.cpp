// `steward import roster --database URL --school ID FILE.csv`: replaces the school's roster from
// a CSV (exchange format or MIS headings), all or nothing: every bad row is reported with its
// line and nothing is written. Progress goes to stderr for long files; names never do.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "cli/command.hpp"
#include "cli/commands/commands.hpp"
#include "cli/wiring.hpp"
#include "domain/access/roster_import.hpp"
#include "formats/roster_csv.hpp"

namespace steward::cli {
namespace {

constexpr std::size_t kLongFileLines = 2000;  // show progress past this many lines

struct ImportFlags {
    std::string database;
    std::string school_id;
    std::string file;
};

core::Status Import(const ImportFlags& flags) {
    std::ifstream in(flags.file, std::ios::binary);
    if (!in) {
        return core::Error{core::ErrorCode::kNotFound, "Cannot read the roster file.", flags.file};
    }
    std::ostringstream text;
    text << in.rdbuf();
    const std::string csv = text.str();
    const auto lines = static_cast<std::size_t>(std::count(csv.begin(), csv.end(), '\n'));
    const bool long_file = lines > kLongFileLines;
    if (long_file) std::fprintf(stderr, "Checking %zu lines of %s...\n", lines, flags.file.c_str());
    const std::string source = std::filesystem::path(flags.file).filename().string();
    auto pupils = formats::ParseRosterCsv(csv, source);
    if (!pupils) return pupils.error();
    if (long_file) std::fprintf(stderr, "All %zu pupils are valid; writing...\n", pupils->size());
    auto store = OpenDatabase(flags.database);
    if (!store) return store.error();
    core::SystemClock clock;
    auto summary = domain::ImportRoster(**store, clock, domain::Actor::System(flags.school_id),
                                        flags.school_id, *pupils);
    if (!summary) return summary.error();
    std::printf("roster of %s imported: %d added, %d updated, %d unchanged, %d off roll\n",
                flags.school_id.c_str(), summary->added, summary->updated, summary->unchanged,
                summary->removed);
    return core::OkStatus();
}

}  // namespace

void RegisterImportRosterCommand(CLI::App& app) {
    CLI::App* import = app.add_subcommand("import", "Import data from files: roster");
    import->require_subcommand(1);
    CLI::App* roster = import->add_subcommand(
        "roster", "Replace a school's pupil roster from a CSV, all or nothing");
    auto flags = std::make_shared<ImportFlags>();
    roster->add_option("--database", flags->database, "sqlite:PATH or postgresql://…")
        ->required()
        ->envname("STEWARD_DATABASE");
    roster->add_option("--school", flags->school_id, "The school's id, e.g. belgrave")->required();
    roster->add_option("file", flags->file, "The roster CSV")->required();
    SetCommand(roster, [flags]() -> core::Status { return Import(*flags); });
}

}  // namespace steward::cli
