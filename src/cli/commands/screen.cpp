// `steward screen comments [--roster R.csv] [--school S.json] [--lexicons DIR] COMMENTS.jsonl`
// writes one JSON line per input line, in input order, streaming (screened in batches of
// Screener::kBatchMessages lines); `--evaluate` also prints
// per-category precision/recall/F1 against the file's labels to stderr.
// `steward screen text` screens stdin line by line.
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string_view>
#include <vector>

#include "cli/command.hpp"
#include "cli/commands/commands.hpp"
#include "cli/lexicon_source.hpp"
#include "domain/screeners/school_screener.hpp"
#include "formats/comments_jsonl.hpp"
#include "formats/roster_csv.hpp"
#include "formats/school_json.hpp"
#include "screening/evaluation.hpp"
#include "screening/screener.hpp"

namespace steward::cli {
namespace {

struct ScreenOptions {
    std::string roster;
    std::string school;
    std::string lexicons;
    std::vector<std::string> allow;
    std::string comments;
    bool evaluate = false;
};

// A line read but not yet screened (ScreenComments): its record or parse error, and its label.
struct Pending {
    int line = 0;
    core::Result<formats::CommentRecord> record;
    std::optional<formats::CommentLabel> label;
};

core::Result<std::string> Slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return core::Error{core::ErrorCode::kNotFound, "The file cannot be opened; check the path.", path};
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

core::Result<std::shared_ptr<const screening::Screener>> Build(const ScreenOptions& options) {
    auto lexicon = LoadLexicons(options.lexicons);
    if (!lexicon) return lexicon.error();
    domain::SchoolProfile school;
    if (!options.school.empty()) {
        auto text = Slurp(options.school);
        if (!text) return text.error();
        auto parsed = formats::ParseSchoolJson(*text, options.school);
        if (!parsed) return parsed.error();
        school = std::move(*parsed);
    }
    std::vector<domain::Pupil> roster;
    if (!options.roster.empty()) {
        auto text = Slurp(options.roster);
        if (!text) return text.error();
        auto parsed = formats::ParseRosterCsv(*text, options.roster);
        if (!parsed) return parsed.error();
        roster = std::move(*parsed);
    }
    // The same configuration the server compiles for a school (contacts, venues, staff, names).
    screening::ScreenerConfig config = domain::ScreenerConfigFor(roster, school, std::move(*lexicon));
    config.allow = options.allow;
    return screening::Screener::Create(config);
}

// Screens the pending lines together and writes their verdicts, and the parse errors in their
// places, in input order; then empties `pending`.
void ScreenAndWrite(const screening::Screener& screener, std::vector<Pending>& pending,
                    screening::CommentEvaluation& evaluation) {
    std::vector<std::string_view> texts;
    for (const Pending& p : pending) {
        if (p.record.has_value()) texts.push_back(p.record->text);
    }
    std::size_t next = 0;  // the pending line to write next
    auto write_errors = [&] {
        for (; next < pending.size() && !pending[next].record.has_value(); ++next) {
            formats::WriteCommentError(std::cout, pending[next].line, pending[next].record.error());
        }
    };
    screener.ScreenComments(texts, [&](std::size_t, const screening::CommentVerdict& verdict) {
        write_errors();
        const Pending& p = pending[next++];
        formats::WriteCommentVerdict(std::cout, *p.record, verdict);
        if (p.label.has_value()) evaluation.Add(verdict, p.label->categories, p.label->escalate);
    });
    write_errors();
    pending.clear();
}

core::Status ScreenComments(const ScreenOptions& options) {
    auto screener = Build(options);
    if (!screener) return screener.error();
    std::ifstream file;
    if (options.comments != "-") {
        file.open(options.comments, std::ios::binary);
        if (!file) {
            return core::Error{core::ErrorCode::kNotFound, "The comments file cannot be opened; check the path.",
                               options.comments};
        }
    }
    std::istream& in = options.comments == "-" ? std::cin : file;
    formats::CommentsJsonlReader reader(in, options.comments == "-" ? "stdin" : options.comments);
    screening::CommentEvaluation evaluation;
    // Up to kBatchMessages lines are read, screened together (Screener::ScreenComments) and
    // written in input order: faster than one at a time, and memory stays flat.
    std::vector<Pending> pending;
    auto flush = [&] { ScreenAndWrite(**screener, pending, evaluation); };
    while (auto next = reader.Next()) {
        Pending p{reader.line(), std::move(*next), std::nullopt};
        if (p.record.has_value() && options.evaluate) {
            auto label = formats::ParseCommentLabel(reader.raw_line(), reader.line());
            if (label) p.label = std::move(*label);
        }
        pending.push_back(std::move(p));
        if (pending.size() >= screening::Screener::kBatchMessages) flush();
    }
    flush();
    std::cout.flush();
    if (options.evaluate) std::cerr << evaluation.Report();
    return core::OkStatus();
}

core::Status ScreenText(const ScreenOptions& options) {
    auto screener = Build(options);
    if (!screener) return screener.error();
    std::string line;
    int number = 0;
    while (std::getline(std::cin, line)) {
        ++number;
        formats::WriteCommentVerdict(std::cout, formats::CommentRecord{std::to_string(number), line},
                                     (*screener)->ScreenComment(line));
    }
    return core::OkStatus();
}

void AddCommonOptions(CLI::App* command, ScreenOptions* options) {
    command->add_option("--roster", options->roster, "Roster CSV: pupils' full names are personal data");
    command->add_option("--school", options->school, "School details JSON: its own contacts are allowed");
    command->add_option("--lexicons", options->lexicons,
                        "Lexicon folder (default: $STEWARD_LEXICONS, else the lexicons "
                        "built into steward)");
    command->add_option("--allow", options->allow, "Words or phrases this school allows");
}

}  // namespace

void RegisterScreenCommand(CLI::App& app) {
    CLI::App* screen = app.add_subcommand("screen", "Screen comments or text for abuse, personal data and more");
    screen->require_subcommand(1);
    auto options = std::make_shared<ScreenOptions>();
    CLI::App* comments = screen->add_subcommand("comments", "Screen a comments JSONL file, one result line per line");
    AddCommonOptions(comments, options.get());
    comments->add_option("COMMENTS", options->comments, "Comments JSONL ('-' for stdin)")->required();
    comments->add_flag("--evaluate", options->evaluate, "Print accuracy against the file's labels to stderr");
    SetCommand(comments, [options] { return ScreenComments(*options); });
    CLI::App* text = screen->add_subcommand("text", "Screen stdin line by line");
    AddCommonOptions(text, options.get());
    SetCommand(text, [options] { return ScreenText(*options); });
}

}  // namespace steward::cli
