// `steward screen comments [--roster R.csv] [--school S.json] [--lexicons DIR] COMMENTS.jsonl`
// writes one JSON line per input line, in input order, streaming; `--evaluate` also prints
// per-category precision/recall/F1 against the file's labels to stderr.
// `steward screen text` screens stdin line by line.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.hpp"
#include "cli/commands/commands.hpp"
#include "cli/lexicon_source.hpp"
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

core::Result<std::string> Slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return core::Error{core::ErrorCode::kNotFound, "The file cannot be opened; check the path.", path};
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

screening::SchoolContacts ContactsOf(const domain::SchoolProfile& school) {
    screening::SchoolContacts c;
    c.phones = school.phones;
    c.emails = school.emails;
    if (!school.postcode.empty()) c.postcodes.push_back(school.postcode);
    if (!school.address.empty()) c.addresses.push_back(school.address);
    for (const domain::PublicVenue& venue : school.public_venues) {
        if (!venue.postcode.empty()) c.postcodes.push_back(venue.postcode);
        if (!venue.address.empty()) c.addresses.push_back(venue.address);
    }
    if (!school.website.empty()) c.websites.push_back(school.website);
    c.handles = school.handles;
    return c;
}

core::Result<std::shared_ptr<const screening::Screener>> Build(const ScreenOptions& options) {
    auto lexicon = LoadLexicons(options.lexicons);
    if (!lexicon) return lexicon.error();
    screening::ScreenerConfig config;
    config.lexicon = std::move(*lexicon);
    config.allow = options.allow;
    if (!options.school.empty()) {
        auto text = Slurp(options.school);
        if (!text) return text.error();
        auto school = formats::ParseSchoolJson(*text, options.school);
        if (!school) return school.error();
        config.contacts = ContactsOf(*school);
        for (const domain::StaffMember& s : school->staff) {
            config.staff.push_back({s.first_name, s.surname, "", s.title});
        }
    }
    if (!options.roster.empty()) {
        auto text = Slurp(options.roster);
        if (!text) return text.error();
        auto roster = formats::ParseRosterCsv(*text, options.roster);
        if (!roster) return roster.error();
        for (const domain::Pupil& p : *roster) {
            config.pupils.push_back({p.first_name, p.last_name, p.preferred_name, ""});
        }
    }
    return screening::Screener::Create(config);
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
    while (auto next = reader.Next()) {
        if (!next->has_value()) {
            formats::WriteCommentError(std::cout, reader.line(), next->error());
            continue;
        }
        screening::CommentVerdict verdict = (*screener)->ScreenComment((*next)->text);
        formats::WriteCommentVerdict(std::cout, **next, verdict);
        if (options.evaluate) {
            auto label = formats::ParseCommentLabel(reader.raw_line(), reader.line());
            if (label) evaluation.Add(verdict, label->categories, label->escalate);
        }
    }
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
