// Accuracy of `steward screen comments` on a labelled comments file (default: the dev set):
// per-category precision, recall and F1, exact-set accuracy and action accuracy.
//
//   steward_bench_screening_eval [COMMENTS.jsonl [ROSTER.csv [SCHOOL.json]]] [--mismatches]
//   steward_bench_screening_eval --stdin < texts.txt      (probe: one verdict per line)
//
// Not a Google Benchmark: a plain program beside the speed benchmark, so the figures in reports
// come from a command in the repository.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "formats/comments_jsonl.hpp"
#include "formats/roster_csv.hpp"
#include "formats/school_json.hpp"
#include "screening/evaluation.hpp"
#include "screening/screener.hpp"

using namespace steward;

namespace {

std::string Slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string Join(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ",") + s;
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args;
    bool mismatches = false;
    bool stdin_text = false;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--mismatches") mismatches = true;
        else if (a == "--stdin") stdin_text = true;
        else args.push_back(a);
    }
    const std::string root = STEWARD_SOURCE_DIR;
    std::string comments = args.size() > 0 ? args[0] : root + "/testdata/dev/comments.jsonl";
    std::string roster_path = args.size() > 1 ? args[1] : root + "/testdata/dev/roster.csv";
    std::string school_path = args.size() > 2 ? args[2] : root + "/testdata/dev/school.json";

    screening::ScreenerConfig config;
    auto lexicon = screening::LoadLexiconDir(root + "/data/lexicons");
    if (!lexicon) { std::cerr << lexicon.error().ToString() << "\n"; return 1; }
    config.lexicon = *lexicon;
    auto roster = formats::ParseRosterCsv(Slurp(roster_path), roster_path);
    if (!roster) { std::cerr << roster.error().ToString() << "\n"; return 1; }
    for (const auto& p : *roster) config.pupils.push_back({p.first_name, p.last_name, p.preferred_name, ""});
    auto school = formats::ParseSchoolJson(Slurp(school_path), school_path);
    if (!school) { std::cerr << school.error().ToString() << "\n"; return 1; }
    config.contacts.phones = school->phones;
    config.contacts.emails = school->emails;
    config.contacts.postcodes = {school->postcode};
    config.contacts.addresses = {school->address};
    for (const auto& v : school->public_venues) {
        config.contacts.postcodes.push_back(v.postcode);
        config.contacts.addresses.push_back(v.address);
    }
    config.contacts.websites = {school->website};
    auto screener = screening::Screener::Create(config);
    if (!screener) { std::cerr << screener.error().ToString() << "\n"; return 1; }

    if (stdin_text) {  // probe: one text per line -> categories, action and rule ids
        std::string line;
        while (std::getline(std::cin, line)) {
            auto v = (*screener)->ScreenComment(line);
            std::vector<std::string> got, rules;
            for (auto c : v.categories) got.emplace_back(screening::CategoryName(c));
            for (const auto& f : v.findings) rules.push_back(f.rule_id);
            std::cout << Join(got) << " [" << screening::ActionName(v.action) << "] " << Join(rules)
                      << " | " << line << "\n";
        }
        return 0;
    }
    std::ifstream in(comments, std::ios::binary);
    formats::CommentsJsonlReader reader(in, comments);
    screening::CommentEvaluation evaluation;
    while (auto next = reader.Next()) {
        if (!next->has_value()) continue;
        auto label = formats::ParseCommentLabel(reader.raw_line(), reader.line());
        if (!label) continue;
        screening::CommentVerdict verdict = (*screener)->ScreenComment((*next)->text);
        evaluation.Add(verdict, label->categories, label->escalate);
        if (mismatches) {
            std::vector<std::string> got;
            for (auto c : verdict.categories) got.emplace_back(screening::CategoryName(c));
            std::vector<std::string> want = label->categories;
            std::sort(got.begin(), got.end());
            std::sort(want.begin(), want.end());
            if (got != want) {
                std::cout << "want=" << Join(label->categories) << " got=" << Join(got) << " | "
                          << (*next)->text << "\n";
            }
        }
    }
    std::cout << evaluation.Report();
    return 0;
}
