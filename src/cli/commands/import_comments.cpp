// `steward import comments --db URL --school ID --account ID FILE.csv`: queues a CSV of comments
// (comment_id, text, received_at; author_handle, author_name, post_id, link optional) on one
// official account, screened and given deadlines from the school's pack, all or nothing: every
// bad row is reported with its line and nothing is written. A comment already queued (same
// platform comment id) is counted as a duplicate, not stored twice.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "api/auth/api_environment.hpp"
#include "cli/command.hpp"
#include "cli/commands/commands.hpp"
#include "cli/demo_seed.hpp"
#include "cli/wiring.hpp"
#include "domain/comments/comment_intake.hpp"
#include "formats/comments_csv.hpp"

namespace steward::cli {
namespace {

struct ImportCommentsFlags {
    std::string database;
    std::string school_id;
    std::string account_id;
    std::string policies = "policies";
    std::string file;
};

core::Status ImportCommentsFile(const ImportCommentsFlags& flags) {
    std::ifstream in(flags.file, std::ios::binary);
    if (!in) {
        return core::Error{core::ErrorCode::kNotFound, "Cannot read the comments file.", flags.file};
    }
    std::ostringstream text;
    text << in.rdbuf();
    auto opened = OpenDatabaseWithPacks(flags.database, flags.policies);
    if (!opened) return opened.error();
    const std::string source = std::filesystem::path(flags.file).filename().string();
    auto comments =
        formats::ParseCommentsCsv(text.str(), flags.school_id, flags.account_id, source);
    if (!comments) return comments.error();
    core::SystemClock clock;
    domain::SchoolScreeners screeners(*opened->store);
    domain::CommentIntake intake(*opened->store, clock, screeners,
                                 [&](const domain::School& school) {
                                     return opened->PackFor(school);
                                 });
    auto results = intake.IngestAll(domain::Actor::System(flags.school_id), *comments);
    if (!results) return results.error();
    int queued = 0;
    int duplicates = 0;
    int flagged = 0;
    for (const auto& result : *results) {
        ++(result.duplicate ? duplicates : queued);
        if (!result.duplicate && result.comment.action != "none") ++flagged;
    }
    std::printf("comments for %s account %s: %d queued (%d flagged by screening), %d already queued\n",
                flags.school_id.c_str(), flags.account_id.c_str(), queued, flagged, duplicates);
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

void RegisterImportCommentsCommand(CLI::App& app) {
    CLI::App* comments = ImportGroup(app)->add_subcommand(
        "comments", "Queue a CSV of comments on an official account, all or nothing");
    auto flags = std::make_shared<ImportCommentsFlags>();
    comments->add_option("--db,--database", flags->database, "sqlite:PATH or postgresql://…")
        ->required()
        ->envname("STEWARD_DATABASE");
    comments->add_option("--school", flags->school_id, "The school's id, e.g. kenn")->required();
    comments->add_option("--account", flags->account_id, "The official account's id")->required();
    comments->add_option("--policies", flags->policies, "Folder of policy packs (default policies)");
    comments->add_option("file", flags->file, "The comments CSV")->required();
    SetCommand(comments, [flags]() -> core::Status { return ImportCommentsFile(*flags); });
}

}  // namespace steward::cli
