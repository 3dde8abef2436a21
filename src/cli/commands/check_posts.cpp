// `steward check posts --roster R.csv --consent C.csv [--school S.json] [--policy P.toml]
// POSTS.jsonl`: one JSON line per post, {"id", "decision", "reasons", "details"}, streamed in input
// order; a bad line gives {"line", "error"} and the run goes on. With --evaluate, compares with
// each line's `expected` label and prints accuracy, per-reason precision/recall and mismatches.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/command.hpp"
#include "cli/commands/commands.hpp"
#include "cli/lexicon_source.hpp"
#include "domain/posts/post_checker.hpp"
#include "domain/posts/post_evaluation.hpp"
#include "domain/posts/post_rules.hpp"
#include "domain/posts/screener_detectors.hpp"
#include "formats/consent_csv.hpp"
#include "formats/post_check_jsonl.hpp"
#include "formats/posts_jsonl.hpp"
#include "formats/roster_csv.hpp"
#include "formats/school_json.hpp"
#include "policy/policy_loader.hpp"

namespace steward::cli {
namespace {

struct CheckPostsOptions {
    std::string roster;
    std::string consent;
    std::string school;
    std::string policy;
    std::string posts;
    std::string lexicons;
    bool evaluate = false;
};

// Everything one run needs, kept alive together: the detectors point into the screener.
struct PostCheckSetup {
    std::shared_ptr<const screening::Screener> screener;
    std::unique_ptr<domain::ScreenerDetectors> detectors;
    std::unique_ptr<domain::PostChecker> checker;
};

core::Result<std::shared_ptr<const screening::Screener>> BuildScreener(
    const std::string& lexicons, const domain::SchoolProfile& school) {
    auto entries = LoadLexicons(lexicons);
    if (!entries) return entries.error();
    screening::ScreenerConfig config;
    config.lexicon = std::move(*entries);
    config.contacts = domain::ContactsOf(school);
    // Pupils' names are the name check's job; the engine gets staff only, for "Mr X's mobile".
    for (const domain::StaffMember& member : school.staff) {
        config.staff.push_back({member.first_name, member.surname, "", member.title});
    }
    return screening::Screener::Create(config);
}

core::Result<std::string> ReadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return core::Error{core::ErrorCode::kNotFound, "The file cannot be opened; check the path.", path};
    }
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

core::Result<PostCheckSetup> BuildChecker(const CheckPostsOptions& options) {
    auto roster_text = ReadFile(options.roster);
    if (!roster_text) return roster_text.error();
    auto roster = formats::ParseRosterCsv(*roster_text, options.roster);
    if (!roster) return roster.error();
    auto consent_text = ReadFile(options.consent);
    if (!consent_text) return consent_text.error();
    // A check run reads the register as it is: records for pupils not on this roster simply never
    // match, and repeated rows are amendments (the import command is the strict gate).
    formats::ConsentCsvOptions consent_options;
    consent_options.one_decision_per_year = false;
    auto records = formats::ParseConsentCsv(*consent_text, consent_options, options.consent);
    if (!records) return records.error();
    domain::SchoolProfile school;
    if (!options.school.empty()) {
        auto school_text = ReadFile(options.school);
        if (!school_text) return school_text.error();
        auto parsed = formats::ParseSchoolJson(*school_text, options.school);
        if (!parsed) return parsed.error();
        school = std::move(*parsed);
    }
    domain::PostRules rules;
    if (!options.policy.empty()) {
        auto pack = policy::LoadPolicyPackFile(options.policy);
        if (!pack) return pack.error();
        rules = domain::PostRulesFromPack(*pack);
    }
    PostCheckSetup setup;
    auto screener = BuildScreener(options.lexicons, school);
    if (!screener) return screener.error();
    setup.screener = std::move(*screener);
    setup.detectors = std::make_unique<domain::ScreenerDetectors>(*setup.screener, school);
    domain::ConsentRegister consent(std::move(*records), rules.consent);
    setup.checker = std::make_unique<domain::PostChecker>(*roster, std::move(consent),
                                                          std::move(school), rules,
                                                          setup.detectors.get());
    return setup;
}

core::Status RunCheckPosts(const CheckPostsOptions& options) {
    auto setup = BuildChecker(options);
    if (!setup) return setup.error();
    const domain::PostChecker& checker = *setup->checker;
    std::ifstream in(options.posts, std::ios::binary);
    if (!in) {
        return core::Error{core::ErrorCode::kNotFound, "The posts file cannot be opened; check the path.",
                           options.posts};
    }
    std::ios::sync_with_stdio(false);
    domain::PostEvaluation evaluation;
    std::string raw;
    int line_number = 0;
    while (std::getline(in, raw)) {
        ++line_number;
        if (!raw.empty() && raw.back() == '\r') raw.pop_back();
        if (raw.find_first_not_of(" \t") == std::string::npos) continue;
        auto post = formats::ParsePostLine(raw, line_number, options.posts);
        if (!post) {
            std::cout << formats::PostErrorLine(line_number, "", post.error()) << '\n' << std::flush;
            continue;
        }
        auto result = checker.Check(*post);
        if (!result) {
            std::cout << formats::PostErrorLine(line_number, post->id, result.error()) << '\n' << std::flush;
            continue;
        }
        if (!options.evaluate) {
            std::cout << formats::PostCheckLine(*result) << '\n' << std::flush;
            continue;
        }
        auto label = formats::ParsePostLabel(raw, line_number, options.posts);
        if (!label) return label.error();
        evaluation.Add(*result, *label);
    }
    if (options.evaluate) std::cout << evaluation.Report();
    return core::OkStatus();
}

CLI::App* CheckGroup(CLI::App& app) {
    auto existing = app.get_subcommands([](CLI::App* sub) { return sub->get_name() == "check"; });
    if (!existing.empty()) return existing.front();
    return app.add_subcommand("check", "Check drafts before they are published");
}

}  // namespace

void RegisterCheckPostsCommand(CLI::App& app) {
    CLI::App* check = CheckGroup(app);
    check->require_subcommand(1);
    CLI::App* posts = check->add_subcommand("posts", "Check draft posts against consent, names and text rules");
    auto options = std::make_shared<CheckPostsOptions>();
    posts->add_option("--roster", options->roster, "Roster CSV")->required();
    posts->add_option("--consent", options->consent, "Consent register CSV")->required();
    posts->add_option("--school", options->school, "School details JSON (contacts, staff, hashtags)");
    posts->add_option("--policy", options->policy, "The school's policy pack (TOML)");
    posts->add_option("--lexicons", options->lexicons,
                      "Lexicon folder for offensive and tone checks (default: $STEWARD_LEXICONS, "
                      "else the lexicons built into steward)");
    posts->add_flag("--evaluate", options->evaluate,
                    "Compare with each line's expected label and print accuracy figures");
    posts->add_option("posts", options->posts, "Posts JSONL")->required();
    SetCommand(posts, [options] { return RunCheckPosts(*options); });
}

}  // namespace steward::cli
