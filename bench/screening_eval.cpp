// Accuracy of `steward screen comments` on a labelled comments file (default: the dev set):
// per-category precision, recall and F1, exact-set accuracy and action accuracy.
//
//   steward_bench_screening_eval [COMMENTS.jsonl [ROSTER.csv [SCHOOL.json]]] [--mismatches] [--strict]
//       (--strict: exit 2 if any line is not a parseable labelled comment; the probe test uses it)
//   probe set, honest estimate on unseen phrasing (see testdata/probe/README.md):
//   steward_bench_screening_eval testdata/probe/holdout.jsonl testdata/probe/roster.csv testdata/probe/school.json
//   steward_bench_screening_eval --stdin < texts.txt      (probe: one verdict per line)
//   steward_bench_screening_eval --dump < texts.txt       (every finding with its span, of
//       ScreenComment, FindOffensive, FindPersonalData and ScoreTone: diff two builds' outputs)
//   steward_bench_screening_eval --posts [POSTS.jsonl [ROSTER.csv [SCHOOL.json]]] [--mismatches]
//       (caption detectors vs posts.jsonl; the probe's captions: testdata/probe/captions/)
//
// Not a Google Benchmark: a plain program beside the speed benchmark, so the figures in reports
// come from a command in the repository.
#include <algorithm>
#include <boost/json.hpp>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "formats/comments_jsonl.hpp"
#include "formats/roster_csv.hpp"
#include "domain/screeners/school_screener.hpp"
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

struct Tally {
    int tp = 0, fp = 0, fn = 0;
    void Add(bool got, bool want) { tp += got && want; fp += got && !want; fn += !got && want; }
    std::string Line(const char* name) const {
        char b[160];
        double p = tp + fp ? double(tp) / (tp + fp) : 1, r = tp + fn ? double(tp) / (tp + fn) : 1;
        std::snprintf(b, sizeof b, "%-16s support %3d  precision %.3f  recall %.3f  f1 %.3f\n", name, tp + fn, p, r,
                      p + r ? 2 * p * r / (p + r) : 0);
        return b;
    }
};

// The three caption detectors the post check uses, against posts.jsonl's reasons.
int EvaluatePosts(const screening::Screener& screener, const screening::SchoolContacts& contacts,
                  const std::string& path, bool mismatches) {
    std::ifstream in(path, std::ios::binary);
    std::string line;
    Tally offensive, personal, tone;
    while (std::getline(in, line)) {
        boost::system::error_code ec;
        auto v = boost::json::parse(line, ec);
        if (ec || !v.is_object()) continue;
        std::string caption(v.at("caption").as_string());
        std::set<std::string> reasons;
        for (const auto& r : v.at("expected").at("reasons").as_array()) reasons.insert(std::string(r.as_string()));
        bool o = !screener.FindOffensive(caption).empty();
        bool p = !screener.FindPersonalData(caption, contacts).empty();
        bool t = screener.ScoreTone(caption).negative;
        offensive.Add(o, reasons.count("OFFENSIVE"));
        personal.Add(p, reasons.count("PERSONAL_DATA"));
        tone.Add(t, reasons.count("NEGATIVE_TONE"));
        if (mismatches && (o != bool(reasons.count("OFFENSIVE")) || p != bool(reasons.count("PERSONAL_DATA")) ||
                           t != bool(reasons.count("NEGATIVE_TONE")))) {
            std::cout << "offensive=" << o << " pd=" << p << " negative=" << t << " | " << caption << "\n";
        }
    }
    std::cout << offensive.Line("OFFENSIVE") << personal.Line("PERSONAL_DATA") << tone.Line("NEGATIVE_TONE");
    return 0;
}

std::string Describe(const std::vector<screening::Finding>& findings) {
    std::string out;
    for (const auto& f : findings) {
        char b[64];
        std::snprintf(b, sizeof b, "@%zu-%zu:%s:%s:%.2f ", f.span.begin, f.span.end,
                      std::string(screening::CategoryName(f.category)).c_str(),
                      std::string(screening::SeverityName(f.severity)).c_str(), f.confidence);
        out += f.rule_id + b;
    }
    return out;
}

// Everything the public API reports for each stdin line, spans included.
int Dump(const screening::Screener& screener, const screening::SchoolContacts& contacts) {
    std::string line;
    while (std::getline(std::cin, line)) {
        auto v = screener.ScreenComment(line);
        std::vector<std::string> got;
        for (auto c : v.categories) got.emplace_back(screening::CategoryName(c));
        auto tone = screener.ScoreTone(line);
        char score[48];
        std::snprintf(score, sizeof score, "%.4f %d", tone.score, tone.negative ? 1 : 0);
        std::cout << Join(got) << " [" << screening::ActionName(v.action) << "] " << Describe(v.findings)
                  << "| off " << Describe(screener.FindOffensive(line)) << "| pd "
                  << Describe(screener.FindPersonalData(line, contacts)) << "| tone " << score << " "
                  << Describe(tone.contributions) << "\n";
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args;
    bool mismatches = false;
    bool stdin_text = false;
    bool posts = false;
    bool dump = false;
    bool strict = false;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--mismatches") mismatches = true;
        else if (a == "--stdin") stdin_text = true;
        else if (a == "--posts") posts = true;
        else if (a == "--dump") dump = true;
        else if (a == "--strict") strict = true;
        else args.push_back(a);
    }
    const std::string root = STEWARD_SOURCE_DIR;
    std::string comments = args.size() > 0 ? args[0] : root + "/testdata/dev/comments.jsonl";
    std::string roster_path = args.size() > 1 ? args[1] : root + "/testdata/dev/roster.csv";
    std::string school_path = args.size() > 2 ? args[2] : root + "/testdata/dev/school.json";

    const char* lexicon_dir = std::getenv("STEWARD_LEXICONS");  // another folder, for A/B runs
    auto lexicon = screening::LoadLexiconDir(lexicon_dir != nullptr ? std::string(lexicon_dir) : root + "/data/lexicons");
    if (!lexicon) { std::cerr << lexicon.error().ToString() << "\n"; return 1; }
    auto roster = formats::ParseRosterCsv(Slurp(roster_path), roster_path);
    if (!roster) { std::cerr << roster.error().ToString() << "\n"; return 1; }
    auto school = formats::ParseSchoolJson(Slurp(school_path), school_path);
    if (!school) { std::cerr << school.error().ToString() << "\n"; return 1; }
    // The configuration the server and `steward screen` compile for a school.
    screening::ScreenerConfig config = domain::ScreenerConfigFor(*roster, *school, std::move(*lexicon));
    auto screener = screening::Screener::Create(config);
    if (!screener) { std::cerr << screener.error().ToString() << "\n"; return 1; }

    if (dump) return Dump(**screener, config.contacts);
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
    if (posts) {  // --posts [POSTS.jsonl [ROSTER.csv [SCHOOL.json]]]: the caption detectors
        std::string posts_path = args.empty() ? root + "/testdata/dev/posts.jsonl" : args[0];
        return EvaluatePosts(**screener, config.contacts, posts_path, mismatches);
    }
    std::ifstream in(comments, std::ios::binary);
    if (!in) { std::cerr << "cannot open " << comments << "\n"; return 1; }
    formats::CommentsJsonlReader reader(in, comments);
    int unparsed = 0;
    screening::CommentEvaluation evaluation;
    while (auto next = reader.Next()) {
        if (!next->has_value()) { ++unparsed; continue; }
        auto label = formats::ParseCommentLabel(reader.raw_line(), reader.line());
        if (!label) { ++unparsed; continue; }
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
    std::cout << "unparsed_lines " << unparsed << "\n";
    return strict && (unparsed > 0 || evaluation.total() == 0) ? 2 : 0;
}
