// `steward import consent --db URL --school ID FILE.csv`: adds a consent file (data/dev
// consent.csv format) to the school's register, all or nothing: every bad row is reported with
// its line (unknown pupil, a second decision for the same pupil, year and platform in the file or
// already in the register, withdrawal before consent, future dates, unknown platform ...) and
// nothing is written. Messages never contain pupils' names.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "cli/command.hpp"
#include "cli/commands/commands.hpp"
#include "cli/wiring.hpp"
#include "domain/consent/consent_import.hpp"
#include "formats/consent_csv.hpp"

namespace steward::cli {
namespace {

struct ImportConsentFlags {
    std::string database;
    std::string school_id;
    std::string file;
};

core::Status ImportConsentFile(const ImportConsentFlags& flags) {
    std::ifstream in(flags.file, std::ios::binary);
    if (!in) {
        return core::Error{core::ErrorCode::kNotFound, "Cannot read the consent file.", flags.file};
    }
    std::ostringstream text;
    text << in.rdbuf();
    auto store = OpenDatabase(flags.database);
    if (!store) return store.error();
    core::SystemClock clock;
    const domain::Actor system = domain::Actor::System(flags.school_id);
    auto basis = domain::LoadConsentImportBasis(**store, clock, system, flags.school_id);
    if (!basis) return basis.error();
    formats::ConsentCsvOptions options;
    options.roster = basis->roster();
    options.today = basis->today();
    options.row_check = [&](const domain::ConsentRecord& record) { return basis->Problem(record); };
    const std::string source = std::filesystem::path(flags.file).filename().string();
    auto records = formats::ParseConsentCsv(text.str(), options, source);
    if (!records) return records.error();
    auto summary = domain::ImportConsent(**store, clock, system, flags.school_id,
                                         std::move(*records));
    if (!summary) return summary.error();
    std::printf("consent of %s imported: %d records for %d pupils, %d withdrawn\n",
                flags.school_id.c_str(), summary->records, summary->pupils, summary->withdrawn);
    return core::OkStatus();
}

// The `import` group is created by `import roster`; this adds to it (or creates it).
CLI::App* ImportGroup(CLI::App& app) {
    auto found = app.get_subcommands([](CLI::App* sub) { return sub->get_name() == "import"; });
    if (!found.empty()) return found.front();
    CLI::App* import = app.add_subcommand("import", "Import data from files");
    import->require_subcommand(1);
    return import;
}

}  // namespace

void RegisterImportConsentCommand(CLI::App& app) {
    CLI::App* consent = ImportGroup(app)->add_subcommand(
        "consent", "Add a consent CSV to a school's register, all or nothing");
    auto flags = std::make_shared<ImportConsentFlags>();
    consent->add_option("--db,--database", flags->database, "sqlite:PATH or postgresql://…")
        ->required()
        ->envname("STEWARD_DATABASE");
    consent->add_option("--school", flags->school_id, "The school's id, e.g. belgrave")
        ->required();
    consent->add_option("file", flags->file, "The consent CSV")->required();
    SetCommand(consent, [flags]() -> core::Status { return ImportConsentFile(*flags); });
}

}  // namespace steward::cli
