// Speed of the screening engine on a deterministic corpus of realistic comments (issue 3):
// messages/s and MB/s for ScreenComment (everything: normalisation, names, personal data,
// lexicons, classification), FindOffensive, 1- and 2-thread scaling, the raw Hyperscan scan rate
// of the same compiled databases over the same bytes (the ceiling: the databases ScreenComment
// would scan for that text, no normalisation, no context checks), and compile time and memory of
// a screener for 2,000 and 3,000 pupils. bench/README.md has the figures and how to run it.
//
//   steward_bench_screening [MESSAGES=100000] [--corpus-out FILE] [--profile | --profile-batch]
//   steward_bench_screening --check LINES.txt   (ScreenComments == ScreenComment on every line)
//
// Under callgrind (bench/screening_instructions.sh), --profile counts instructions only inside
// the timed rounds: the screener's compile and the model's first load are left out, so the count
// per message is a figure that does not move with the machine's load.
//
// Plain timing (steady_clock), single-threaded unless stated. --corpus-out writes the corpus (one
// comment per line) for bench/screening_peers.sh, which runs the npm peers over the same bytes.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "screening/screener.hpp"

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>  // no-ops unless run under callgrind
#else
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#endif

using namespace steward::screening;

namespace {

const std::vector<std::string> kFirst = {
    "Amara", "Oliver", "Day", "May", "Will", "Hope", "Summer", "Grace", "Joy", "Mark", "Victor",
    "Robin", "Eilidh", "Oisín", "Zoë", "Renée", "Siobhán", "Mikołaj", "Ngozi", "Chinedu", "Wei",
    "Aisha", "Fatima", "Mohammed", "Priya", "Arjun", "Bethan", "Gareth", "Iwan", "Catrin", "Kacper",
    "Zuzanna", "Hodan", "Abdi", "Li", "Jia", "Ioana", "Andrei", "Tyrese", "Shanice", "Harry", "Isla"};
const std::vector<std::string> kLast = {
    "Okafor", "Smith", "Hall-Osei", "King", "Long", "Wood", "D'Arcy", "Nowak", "Kowalski", "Patel",
    "Khan", "Begum", "Jones", "Evans", "Williams", "Dickson", "Cockburn", "Hancock", "Sexton",
    "MacLeod", "O'Brien", "Nwachukwu", "Adeyemi", "Hassan", "Warsame", "Zhang", "Chen", "Popescu",
    "Ionescu", "Campbell", "Baptiste", "Brown", "Taylor", "Murphy", "Kelly", "Ahmed", "Shufflebottom"};

const std::vector<std::string> kTemplates = {
    "Well done {F}, what a day! So proud of Year {Y} x",
    "{F} came home buzzing, thank you to all the staff 🥰",
    "May I ask what time the coach gets back from the trip? Thanks",
    "Will there be parking at the leisure centre for sports day?",
    "We hope the weather holds for the fun run, great photos!",
    "Very disappointed that the trip was cancelled with one day's notice. Please sort this out.",
    "I've emailed twice about my son's EHCP review and still haven't had a reply.",
    "f***ing brilliant effort from everyone 👏",
    "holy sh1t what a goal 😂⚽",
    "it was p1ssing down at sports day but the kids didn't care",
    "brilliant f u c k i n g news",
    "Text me on 07700 900{N}, I've got two spare tickets",
    "My email is parent{N}@icloud.com if anyone wants to car share",
    "Congratulations {F} {L}!! 🎉",
    "Get your school uniform 50% cheaper at bit.ly/deal{N} ✅",
    "Mr Price is a waste of space and everyone knows it",
    "The PTA cocktail party at Scunthorpe was a great success, shuttlecock and all",
    "idk who else to tell my stepdad hits me when mum is out",
    "I know where you live. See you soon.",
    "What a knockout performance, you killed it Year {Y}!",
    "Dick Whittington panto was brilliant, and 3 great tits on the bird feeder",
    "Year {Y} assessment week starts Monday, good luck everyone",
    "Is it non-uniform day on Friday? Many thanks",
    "Joy to see {F} and {F2} having fun on the field today",
};

std::string Fill(const std::string& tpl, std::mt19937& rng) {
    auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
    std::string out;
    for (std::size_t i = 0; i < tpl.size(); ++i) {
        if (tpl.compare(i, 3, "{F}") == 0) { out += pick(kFirst); i += 2; }
        else if (tpl.compare(i, 4, "{F2}") == 0) { out += pick(kFirst); i += 3; }
        else if (tpl.compare(i, 3, "{L}") == 0) { out += pick(kLast); i += 2; }
        else if (tpl.compare(i, 3, "{Y}") == 0) { out += std::to_string(1 + rng() % 13); i += 2; }
        else if (tpl.compare(i, 3, "{N}") == 0) { out += std::to_string(100 + rng() % 900); i += 2; }
        else out += tpl[i];
    }
    return out;
}

std::vector<PersonName> Roster(std::size_t n) {
    std::mt19937 rng(7);
    std::vector<PersonName> out;
    for (std::size_t i = 0; i < n; ++i) {
        PersonName p;
        p.first = kFirst[rng() % kFirst.size()];
        p.last = kLast[rng() % kLast.size()] + (i % 3 == 0 ? "" : std::to_string(i % 97));
        if (i % 11 == 0) p.preferred = kFirst[rng() % kFirst.size()];
        out.push_back(p);
    }
    return out;
}

long RssKb() {
    std::ifstream in("/proc/self/status");
    std::string key;
    long value = 0;
    while (in >> key) {
        if (key == "VmRSS:") { in >> value; return value; }
    }
    return 0;
}

double Seconds(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// CPU time of the calling thread: other processes on a shared machine do not inflate it.
double ThreadCpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

std::shared_ptr<const Screener> Build(std::size_t pupils, double* seconds, long* rss_kb) {
    ScreenerConfig config;
    // STEWARD_LEXICONS: another lexicon folder (e.g. an older commit's, from git archive) for A/B.
    const char* dir = std::getenv("STEWARD_LEXICONS");
    auto lexicon = LoadLexiconDir(dir != nullptr ? std::string(dir) : std::string(STEWARD_SOURCE_DIR) + "/data/lexicons");
    if (!lexicon) { std::fprintf(stderr, "%s\n", lexicon.error().ToString().c_str()); std::exit(1); }
    config.lexicon = *lexicon;
    config.contacts.phones = {"0117 496 0382"};
    config.pupils = Roster(pupils);
    long before = RssKb();
    auto t0 = std::chrono::steady_clock::now();
    auto screener = Screener::Create(config);
    *seconds = Seconds(t0);
    *rss_kb = RssKb() - before;
    if (!screener) { std::fprintf(stderr, "%s\n", screener.error().ToString().c_str()); std::exit(1); }
    return *screener;
}

// Prints one line; `key` (if set) also prints "key_CPU=... key_WALL=..." MB/s for scripts.
template <class F>
void Report(const char* name, const std::vector<std::string>& corpus, std::size_t bytes, F&& f,
            const char* key = nullptr) {
    auto t0 = std::chrono::steady_clock::now();
    double c0 = ThreadCpuSeconds();
    std::size_t sink = 0;
    for (const std::string& m : corpus) sink += f(m);
    double cpu = ThreadCpuSeconds() - c0;
    double s = Seconds(t0);
    std::printf("%-30s cpu: %9.0f msg/s %7.1f MB/s | wall: %9.0f msg/s %7.1f MB/s (checksum %zu)\n", name,
                corpus.size() / cpu, bytes / cpu / 1e6, corpus.size() / s, bytes / s / 1e6, sink);
    if (key != nullptr) std::printf("%s_CPU=%.2f %s_WALL=%.2f\n", key, bytes / cpu / 1e6, key, bytes / s / 1e6);
}

// ScreenComments over the corpus in batches of Screener::kBatchMessages, the same line format.
void ReportBatched(const Screener& screener, const std::vector<std::string>& corpus, std::size_t bytes,
                   const char* key = nullptr) {
    std::vector<std::string_view> views(corpus.begin(), corpus.end());
    auto t0 = std::chrono::steady_clock::now();
    double c0 = ThreadCpuSeconds();
    std::size_t sink = 0;
    for (std::size_t i = 0; i < views.size(); i += Screener::kBatchMessages) {
        std::size_t n = std::min(Screener::kBatchMessages, views.size() - i);
        screener.ScreenComments(std::span(views).subspan(i, n), [&](std::size_t, const CommentVerdict& v) {
            sink += static_cast<std::size_t>(v.action);
        });
    }
    double cpu = ThreadCpuSeconds() - c0;
    double s = Seconds(t0);
    std::printf("%-30s cpu: %9.0f msg/s %7.1f MB/s | wall: %9.0f msg/s %7.1f MB/s (checksum %zu)\n",
                "ScreenComments batched", corpus.size() / cpu, bytes / cpu / 1e6, corpus.size() / s, bytes / s / 1e6,
                sink);
    if (key != nullptr) std::printf("%s_CPU=%.2f %s_WALL=%.2f\n", key, bytes / cpu / 1e6, key, bytes / s / 1e6);
}

bool SameVerdict(const CommentVerdict& a, const CommentVerdict& b) {
    if (a.categories != b.categories || a.action != b.action || a.findings.size() != b.findings.size()) return false;
    for (std::size_t i = 0; i < a.findings.size(); ++i) {
        const Finding& x = a.findings[i];
        const Finding& y = b.findings[i];
        if (!(x.span == y.span) || x.category != y.category || x.rule_id != y.rule_id || x.severity != y.severity ||
            x.confidence != y.confidence || x.matched != y.matched) {
            return false;
        }
    }
    return true;
}

// --check FILE: ScreenComments over the file's lines (batches of kBatchMessages, neighbours as
// in the file) against ScreenComment line by line; prints the lines that differ.
int Check(const Screener& screener, const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    std::vector<std::string_view> views(lines.begin(), lines.end());
    std::vector<CommentVerdict> batched = screener.ScreenComments(views);
    std::size_t differ = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (SameVerdict(batched[i], screener.ScreenComment(lines[i]))) continue;
        ++differ;
        std::printf("differs: line %zu: %s\n", i + 1, lines[i].c_str());
    }
    std::printf("check: %zu lines, %zu differ\n", lines.size(), differ);
    return differ == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t messages = 100000;
    std::string corpus_out;
    bool profile = false;  // --profile: only the 2000-pupil screener and ScreenComment, for perf
    bool profile_batch = false;  // --profile-batch: the same with ScreenComments
    std::string check;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--corpus-out" && i + 1 < argc) corpus_out = argv[++i];
        else if (a == "--profile") profile = true;
        else if (a == "--profile-batch") profile = profile_batch = true;
        else if (a == "--check" && i + 1 < argc) check = argv[++i];
        else messages = std::stoul(a);
    }
    std::mt19937 rng(42);
    std::vector<std::string> corpus;
    std::size_t bytes = 0;
    for (std::size_t i = 0; i < messages; ++i) {
        corpus.push_back(Fill(kTemplates[rng() % kTemplates.size()], rng));
        bytes += corpus.back().size();
    }
    if (!corpus_out.empty()) {
        std::ofstream out(corpus_out, std::ios::binary);
        for (const auto& m : corpus) out << m << '\n';
    }
    std::printf("corpus: %zu messages, %.1f MB\n", corpus.size(), bytes / 1e6);

    double secs = 0;
    long rss = 0;
    if (!check.empty()) return Check(*Build(2000, &secs, &rss), check);
    if (profile) {
        auto screener = Build(2000, &secs, &rss);
        (void)screener->ScreenComment("warm up: the builtin model loads on first use");
        CALLGRIND_START_INSTRUMENTATION;
        for (int round = 0; round < 3; ++round) {
            if (profile_batch) {
                ReportBatched(*screener, corpus, bytes);
                continue;
            }
            Report("ScreenComment (everything)", corpus, bytes, [&](const std::string& m) {
                return static_cast<std::size_t>(screener->ScreenComment(m).action);
            });
        }
        CALLGRIND_STOP_INSTRUMENTATION;
        return 0;
    }
    auto big = Build(3000, &secs, &rss);
    std::printf("screener for 3000 pupils: %zu patterns, compile %.2f s, database %.1f KB, RSS +%ld KB\n",
                big->pattern_count(), secs, big->database_bytes() / 1024.0, rss);
    big.reset();
    auto screener = Build(2000, &secs, &rss);
    std::printf("screener for 2000 pupils: %zu patterns, compile %.2f s, database %.1f KB, RSS +%ld KB\n",
                screener->pattern_count(), secs, screener->database_bytes() / 1024.0, rss);

    {  // another school on the same lexicons: its screener shares the compiled databases
        auto second = Build(2000, &secs, &rss);
        std::printf("second school's screener (2000 pupils, same lexicons): build %.3f s, RSS +%ld KB\n",
                    secs, rss);
    }

    Report("raw Hyperscan scan (ceiling)", corpus, bytes,
           [&](const std::string& m) { return screener->RawScanForBenchmark(m); }, "RAW");
    Report("FindOffensive", corpus, bytes,
           [&](const std::string& m) { return screener->FindOffensive(m).size(); });
    Report("ScreenComment (everything)", corpus, bytes, [&](const std::string& m) {
        return static_cast<std::size_t>(screener->ScreenComment(m).action);
    }, "STEWARD");
    ReportBatched(*screener, corpus, bytes, "BATCH");

    // Scaling: the same work on 1 and then 2 threads (one screener shared), wall time, plus each
    // thread's own CPU rate (equal to the 1-thread rate if the threads do not contend).
    double one_thread = 0;
    for (int n = 1; n <= 2; ++n) {
        auto t0 = std::chrono::steady_clock::now();
        std::vector<std::thread> threads;
        std::vector<double> cpu(static_cast<std::size_t>(n), 0.0);
        std::vector<std::size_t> sinks(static_cast<std::size_t>(n), 0), mine(static_cast<std::size_t>(n), 0);
        for (int t = 0; t < n; ++t) {
            threads.emplace_back([&, t] {
                double c0 = ThreadCpuSeconds();
                for (std::size_t i = static_cast<std::size_t>(t); i < corpus.size(); i += static_cast<std::size_t>(n)) {
                    sinks[t] += static_cast<std::size_t>(screener->ScreenComment(corpus[i]).action);
                    mine[t] += corpus[i].size();
                }
                cpu[t] = ThreadCpuSeconds() - c0;
            });
        }
        for (auto& th : threads) th.join();
        double s = Seconds(t0);
        if (n == 1) one_thread = s;
        std::printf("ScreenComment, %d thread(s): wall %9.0f msg/s %7.1f MB/s (%.2f s, speed-up %.2f); per-thread cpu",
                    n, corpus.size() / s, bytes / s / 1e6, s, one_thread / s);
        for (int t = 0; t < n; ++t) std::printf(" %.1f MB/s", mine[t] / cpu[t] / 1e6);
        std::printf("\n");
    }
    return 0;
}
