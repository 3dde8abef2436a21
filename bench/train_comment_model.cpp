// Trains the comment model (src/screening/model/README.md) from the repository's labelled comments
// and writes data/models/comments.tsv, or checks that the committed file is what it makes.
//
//   steward_train_comment_model --out data/models/comments.tsv   (retrain; reads the source tree)
//   steward_train_comment_model --check data/models/comments.tsv (exit 1 unless reproduced byte for byte)
//
// Training lines: testdata/dev/comments.jsonl, the probe TUNE halves and the HOLDOUT halves whose
// clean figures have been reported (kRounds says which: rounds 1 to 28 since session 13; a
// round written after them, or kept for a session's closing measure, is not read until its clean
// figure is reported); testdata/probe/innocent.txt's
// lines as "no category" (TrainOptions::innocent_train). `--leave-out /roundN` (repeatable) leaves
// a reported round out, to compare settings on it. The rules' own categories for each line come
// from a screener with the repository's lexicons and the model switched off.
// The thresholds depend on the LEXICONS too (what the rules already catch): whoever changes
// data/lexicons/*.txt retrains (--out) and commits the new data/models/comments.tsv.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "formats/comments_jsonl.hpp"
#include "formats/roster_csv.hpp"
#include "domain/screeners/school_screener.hpp"
#include "formats/school_json.hpp"
#include "screening/model/comment_model.hpp"
#include "screening/model/comment_model_train.hpp"
#include "screening/screener.hpp"

namespace {

using namespace steward;
using screening::model::ExampleRole;
using screening::model::TrainingExample;

const std::string kRoot = STEWARD_SOURCE_DIR;

std::string Slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::uint32_t Bits(const std::vector<screening::Category>& cats) {
    std::uint32_t out = 0;
    for (screening::Category c : cats) out |= 1u << static_cast<unsigned>(c);
    return out;
}

std::uint32_t BitsOfNames(const std::vector<std::string>& names) {
    std::uint32_t out = 0;
    for (unsigned c = 0; c <= static_cast<unsigned>(screening::Category::kQuestion); ++c) {
        for (const std::string& n : names) {
            if (n == screening::CategoryName(static_cast<screening::Category>(c))) out |= 1u << c;
        }
    }
    return out;
}

core::Result<std::shared_ptr<const screening::Screener>> MakeScreener(const std::string& folder) {
    auto lexicon = screening::LoadLexiconDir(kRoot + "/data/lexicons");
    if (!lexicon) return lexicon.error();
    auto roster = formats::ParseRosterCsv(Slurp(folder + "/roster.csv"), folder + "/roster.csv");
    if (!roster) return roster.error();
    auto school = formats::ParseSchoolJson(Slurp(folder + "/school.json"), folder + "/school.json");
    if (!school) return school.error();
    // The configuration the server and `steward screen` compile for a school.
    return screening::Screener::Create(domain::ScreenerConfigFor(*roster, *school, std::move(*lexicon)));
}

// The words of each pupil's and staff member's names at the school in `folder`, as the model
// tokenizes them (an apostrophe as written, dropped and spaced: "o'hare", "ohare", "o hare").
core::Status AddNameTokens(const std::string& folder, std::set<std::string>& out) {
    auto roster = formats::ParseRosterCsv(Slurp(folder + "/roster.csv"), folder + "/roster.csv");
    if (!roster) return roster.error();
    auto school = formats::ParseSchoolJson(Slurp(folder + "/school.json"), folder + "/school.json");
    if (!school) return school.error();
    const screening::ScreenerConfig config = domain::ScreenerConfigFor(*roster, *school, {});
    std::vector<std::string_view> tokens;
    auto add = [&](std::string name) {
        for (int variant = 0; variant < 3; ++variant) {
            std::string v;
            for (char ch : name) {
                if (ch != '\'') v += ch;
                else if (variant == 0) v += ch;
                else if (variant == 2) v += ' ';
            }
            const std::string normalized = screening::model::ScreeningNormalized(v);
            screening::model::Tokenize(normalized, tokens);
            for (std::string_view t : tokens) out.emplace(t);
        }
    };
    for (const auto* people : {&config.pupils, &config.staff}) {
        for (const screening::PersonName& p : *people) {
            add(p.first), add(p.last), add(p.preferred);
        }
    }
    return core::OkStatus();
}

// The name words the model may not learn: all but those the training lines write lower-case at
// least 3 times and more than twice as often as with a capital (a sentence's first word not
// counted). A name that is also an everyday word ("will", "hope", "summer", "hall") is written
// lower-case most of the time and is kept; a pupil's name typed once in lower case is not.
std::vector<std::string> NamesNotWords(const std::set<std::string>& names, const std::vector<TrainingExample>& examples) {
    std::map<std::string, std::pair<int, int>> seen;  // lower-case, capitalised
    for (const TrainingExample& e : examples) {
        const std::string& t = e.text;
        bool sentence_start = true;
        for (std::size_t i = 0; i < t.size();) {
            const unsigned char c = static_cast<unsigned char>(t[i]);
            if (!std::isalpha(c)) {
                if (c == '.' || c == '!' || c == '?' || c == '\n') sentence_start = true;
                ++i;
                continue;
            }
            std::size_t j = i;
            std::string word;
            while (j < t.size() && std::isalpha(static_cast<unsigned char>(t[j]))) {
                word += static_cast<char>(std::tolower(static_cast<unsigned char>(t[j])));
                ++j;
            }
            if (!sentence_start && names.count(word)) {
                auto& [lower, capital] = seen[word];
                ++(std::isupper(c) ? capital : lower);
            }
            sentence_start = false;
            i = j;
        }
    }
    std::vector<std::string> out;
    for (const std::string& name : names) {
        auto it = seen.find(name);
        const bool everyday = it != seen.end() && it->second.first >= 3 && it->second.first > 2 * it->second.second;
        if (!everyday) out.push_back(name);
    }
    return out;
}

core::Status AddJsonl(const std::string& path, ExampleRole role, const screening::Screener& screener,
                      std::vector<TrainingExample>& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return core::Error{core::ErrorCode::kNotFound, "cannot open the file", path};
    formats::CommentsJsonlReader reader(in, path);
    while (auto next = reader.Next()) {
        if (!next->has_value()) return next->error();
        auto label = formats::ParseCommentLabel(reader.raw_line(), reader.line(), path);
        if (!label) return label.error();
        TrainingExample e{(*next)->text, BitsOfNames(label->categories), 0, role};
        e.rules = Bits(screener.ScreenComment(e.text).categories);
        out.push_back(std::move(e));
    }
    return core::OkStatus();
}

// Every tune half, then the holdout halves marked trained: more hands' phrasing to learn from. A
// new round is one line here, holdout_trained false at least until its clean figure is reported
// (EveryRoundListed refuses a round folder with no line); a reported round may stay out for a
// reason. Round 6 and later are about round 6's own school. Round 29 is reported but kept out:
// with it the model reads the hand-written "We'll be waiting at the gates for the coach at 3" as
// a threat at every innocent weight and floor tried (testdata/probe/RESULTS.md, session 14).
// Round 30 was tried in session 15 and stays out: over rounds 10-28 each left out, mean macro F1
// 0.9032 -> 0.9022 and exact-set 0.8514 -> 0.8473 with it (the threat threshold falls 0.72 ->
// 0.65), rounds 31 and 32 0.930 -> 0.927 and 0.873 -> 0.881: no gain one can see. Round 31 (read
// for rules) was tried too: 0.9045 macro F1 but 0.8487 exact-set, again no gain; round 32 is
// session 15's closing figure (testdata/probe/RESULTS.md, session 15).
struct Round {
    const char* dir;
    bool round6_school;
    bool holdout_trained;
};
constexpr Round kRounds[] = {
    {"", false, true},       {"/round2", false, true}, {"/round3", false, true}, {"/round4", false, true},
    {"/round5", false, true}, {"/round6", true, true},  {"/round7", true, true},  {"/round8", true, true},
    {"/round9", true, true},  {"/round10", true, true}, {"/round11", true, true},
    {"/round12", true, true}, {"/round13", true, true},
    {"/round14", true, true}, {"/round15", true, true}, {"/round16", true, true},
    {"/round17", true, true}, {"/round18", true, true}, {"/round19", true, true},
    {"/round20", true, true}, {"/round21", true, true}, {"/round22", true, true},
    {"/round23", true, true}, {"/round24", true, true},
    {"/round25", true, true}, {"/round26", true, true}, {"/round27", true, true},
    {"/round28", true, true}, {"/round29", true, false}, {"/round30", true, false},
    {"/round31", true, false}, {"/round32", true, false}, {"/round33", true, false},
    {"/round34", true, false},
};

// Every testdata/probe/roundN folder must have its line in kRounds, so that a round is either
// trained on or kept out on purpose (holdout_trained false), never forgotten.
core::Status EveryRoundListed() {
    for (const auto& entry : std::filesystem::directory_iterator(kRoot + "/testdata/probe")) {
        const std::string name = entry.path().filename().string();
        if (!entry.is_directory() || name.rfind("round", 0) != 0) continue;
        const std::string dir = "/" + name;
        const bool listed = std::any_of(std::begin(kRounds), std::end(kRounds),
                                        [&](const Round& r) { return dir == r.dir; });
        if (!listed) {
            return core::Error{core::ErrorCode::kFailedPrecondition,
                               "has no line in kRounds (bench/train_comment_model.cpp): add it, with "
                               "holdout_trained false until its clean figure is reported",
                               "testdata/probe" + dir};
        }
    }
    return core::OkStatus();
}

// left_out: rounds (kRounds' dir, such as "/round10") read neither half: to choose settings by how
// a model trained without a reported round does on it.
core::Result<std::vector<TrainingExample>> LoadExamples(const std::vector<std::string>& left_out) {
    auto dev = MakeScreener(kRoot + "/testdata/dev");
    if (!dev) return dev.error();
    auto probe = MakeScreener(kRoot + "/testdata/probe");
    if (!probe) return probe.error();
    auto round6 = MakeScreener(kRoot + "/testdata/probe/round6");  // round 6 has its own school
    if (!round6) return round6.error();
    std::vector<TrainingExample> out;
    if (core::Status listed = EveryRoundListed(); !listed) return listed.error();
    core::Status s = AddJsonl(kRoot + "/testdata/dev/comments.jsonl", ExampleRole::kTrain, **dev, out);
    for (const char* half : {"/tune.jsonl", "/holdout.jsonl"}) {
        for (const Round& r : kRounds) {
            if (half == std::string_view("/holdout.jsonl") && !r.holdout_trained) continue;
            if (std::find(left_out.begin(), left_out.end(), r.dir) != left_out.end()) continue;
            const screening::Screener& screener = r.round6_school ? **round6 : **probe;
            if (s) s = AddJsonl(kRoot + "/testdata/probe" + r.dir + half, ExampleRole::kTune, screener, out);
        }
    }
    if (!s) return s.error();
    std::ifstream innocent(kRoot + "/testdata/probe/innocent.txt", std::ios::binary);
    std::string line;
    while (std::getline(innocent, line)) {
        if (line.empty()) continue;
        TrainingExample e{line, 1u << static_cast<unsigned>(screening::Category::kOk), 0, ExampleRole::kInnocent};
        e.rules = Bits((*dev)->ScreenComment(e.text).categories);
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    std::string out_path, check_path;
    std::vector<std::string> left_out;
    bool keep_names = false;  // --keep-names 1: let the model learn the training schools' names (to compare)
    screening::model::TrainOptions options;  // the flags below are for trying settings; the committed model uses the defaults
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string a = argv[i];
        if (a == "--out") out_path = argv[i + 1];
        else if (a == "--check") check_path = argv[i + 1];
        else if (a == "--min-count") options.min_count = std::atoi(argv[i + 1]);
        else if (a == "--epochs") options.epochs = std::atoi(argv[i + 1]);
        else if (a == "--rate") options.rate = std::atof(argv[i + 1]);
        else if (a == "--l2") options.l2 = std::atof(argv[i + 1]);
        else if (a == "--binary") options.binary = std::atoi(argv[i + 1]) != 0;
        else if (a == "--floor-severe") options.floor_severe = std::atof(argv[i + 1]);
        else if (a == "--floor-insult") options.floor_insult = std::atof(argv[i + 1]);
        else if (a == "--floor-other") options.floor_other = std::atof(argv[i + 1]);
        else if (a == "--precision") options.precision = std::atof(argv[i + 1]);
        else if (a == "--tune-weight") options.tune_weight = std::atof(argv[i + 1]);
        else if (a == "--innocent-weight") options.innocent_weight = std::atof(argv[i + 1]);
        else if (a == "--prune") options.prune = std::atof(argv[i + 1]);
        else if (a == "--innocent-train") options.innocent_train = std::atoi(argv[i + 1]) != 0;
        else if (a == "--innocent-slack") options.innocent_slack = std::atoi(argv[i + 1]);
        else if (a == "--leave-out") left_out.push_back(argv[i + 1]);
        else if (a == "--keep-names") keep_names = std::atoi(argv[i + 1]) != 0;
    }
    if (out_path.empty() && check_path.empty()) {
        std::cerr << "usage: steward_train_comment_model --out FILE | --check FILE\n";
        return 2;
    }
    screening::model::EnableBuiltinCommentModel(false);  // the rules alone
    auto examples = LoadExamples(left_out);
    if (!examples) { std::cerr << examples.error().ToString() << "\n"; return 1; }
    if (!keep_names) {
        std::set<std::string> names;
        for (const char* folder : {"/testdata/dev", "/testdata/probe", "/testdata/probe/round6"}) {
            core::Status s = AddNameTokens(kRoot + folder, names);
            if (!s) { std::cerr << s.error().ToString() << "\n"; return 1; }
        }
        options.excluded_tokens = NamesNotWords(names, *examples);
        std::cout << "name words left out: " << options.excluded_tokens.size() << " of " << names.size()
                  << " (the rest are written lower-case as everyday words)\n";
    }
    const screening::model::TrainedModel trained = screening::model::TrainCommentModel(*examples, options);
    const std::string& model = trained.file;
    std::cout << trained.report;
    if (!check_path.empty()) {
        if (Slurp(check_path) != model) {
            std::cerr << check_path << " differs from what the trainer makes: retrain with --out\n";
            return 1;
        }
        std::cout << check_path << " is reproduced byte for byte (" << model.size() << " bytes)\n";
    }
    if (!out_path.empty()) {
        std::ofstream out(out_path, std::ios::binary);
        out << model;
        if (!out) { std::cerr << "cannot write " << out_path << "\n"; return 1; }
        std::cout << "wrote " << out_path << " (" << model.size() << " bytes, " << examples->size() << " lines read)\n";
    }
    return 0;
}
