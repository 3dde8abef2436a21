// Speed of the media check on a 12-megapixel phone-sized photo (4000 x 3000, a class of faces
// from 40 to 200 pixels and a certificate), stage by stage, each as a ratio to plain JPEG
// decoding of the same file measured in the same run; plus photos per minute with 2 threads.
// Run: build/bench/bench/steward_bench_media  (RelWithDebInfo, STEWARD_BENCH=ON)
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <string>

#include "media/container.hpp"
#include "media/face_detector.hpp"
#include "media/image_codec.hpp"
#include "media/media_engine.hpp"
#include "media/test_images.hpp"
#include "media/text_reader.hpp"

namespace steward::media {
namespace {

struct Photo {
    std::vector<std::uint8_t> jpeg;
    cv::Mat pixels;
    std::vector<Box> faces;
};

// CPU seconds of the whole process (every thread): on a shared machine wall time says more
// about the neighbours than about us, so this gives photos/minute on two idle cores.
double ProcessCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// Sets the counter "cpu_ms" to the process CPU per iteration since `cpu_start` (all threads).
void ReportCpu(benchmark::State& state, double cpu_start) {
    if (state.thread_index() != 0 || state.iterations() == 0) return;
    state.counters["cpu_ms"] = (ProcessCpuMs() - cpu_start) / state.iterations() / state.threads();
}

const Photo& TwelveMegapixelPhoto() {
    static const Photo photo = [] {
        Photo p;
        std::vector<int> sides(14, 40);
        for (int side : {48, 56, 64, 80, 100, 120, 160, 200}) sides.push_back(side);
        cv::Mat canvas = testing::ComposeGroupPhoto(cv::Size(4000, 3000), sides, &p.faces);
        const cv::Mat certificate = testing::RenderCertificate(
            cv::Size(1100, 780), {"Certificate of Achievement", "Awarded to", "Amara Okafor"}, 56,
            3);
        certificate.copyTo(canvas(cv::Rect(2600, 2000, certificate.cols, certificate.rows)));
        cv::Mat noise(canvas.size(), CV_8UC3);
        cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(6));  // sensor noise, as a phone
        cv::add(canvas, noise, canvas, cv::noArray(), CV_8UC3);
        p.jpeg = testing::Encode(canvas, ".jpg");
        p.pixels = cv::imdecode(p.jpeg, cv::IMREAD_COLOR);
        return p;
    }();
    return photo;
}

const MediaEngine& Engine() {
    static const std::unique_ptr<MediaEngine> engine = [] {
        auto created = MediaEngine::Create(MediaConfig{});
        if (!created) std::abort();
        return std::move(*created);
    }();
    return *engine;
}

void BM_DecodeJpegBaseline(benchmark::State& state) {
    const auto& jpeg = TwelveMegapixelPhoto().jpeg;
    const double cpu_start = ProcessCpuMs();
    for (auto _ : state) benchmark::DoNotOptimize(cv::imdecode(jpeg, cv::IMREAD_COLOR));
    ReportCpu(state, cpu_start);
}

void BM_SniffAndLimits(benchmark::State& state) {
    const auto& jpeg = TwelveMegapixelPhoto().jpeg;
    for (auto _ : state) benchmark::DoNotOptimize(ReadContainer(jpeg, MediaLimits{}));
}

bool Covers(const Face& face, const Box& want) {
    const cv::Rect a(want.x, want.y, want.width, want.height);
    const cv::Rect b(face.box.x, face.box.y, face.box.width, face.box.height);
    return (a & b).area() > 0.25 * a.area();
}

// Faces alone, with HOG on a copy whose longer side is state.range(0) pixels and
// profiles if state.range(1); counts the 40-px
// faces found, all faces found and boxes that cover no placed face.
void BM_Faces(benchmark::State& state) {
    FaceDetectorOptions options;
    options.hog_max_side = static_cast<int>(state.range(0));
    options.profiles = state.range(1) != 0;
    auto detector = *FaceDetector::Create(options);
    const Photo& photo = TwelveMegapixelPhoto();
    std::vector<Face> faces;
    const double cpu_start = ProcessCpuMs();
    for (auto _ : state) faces = detector->Detect(photo.pixels);
    ReportCpu(state, cpu_start);
    int found40 = 0, found = 0, false_faces = 0;
    for (const Box& want : photo.faces) {
        const bool hit = std::any_of(faces.begin(), faces.end(),
                                     [&](const Face& face) { return Covers(face, want); });
        found += hit;
        found40 += hit && want.width == 40;
    }
    for (const Face& face : faces) {
        false_faces += std::none_of(photo.faces.begin(), photo.faces.end(),
                                    [&](const Box& want) { return Covers(face, want); });
    }
    state.counters["found_40px_of_14"] = found40;
    state.counters["found_of_22"] = found;
    state.counters["false_faces"] = false_faces;
}

void BM_Text(benchmark::State& state) {
    static auto reader = *TextReader::Create(TextReaderOptions{});
    const cv::Mat& pixels = TwelveMegapixelPhoto().pixels;
    const double cpu_start = ProcessCpuMs();
    for (auto _ : state) benchmark::DoNotOptimize(reader->Read(pixels));
    ReportCpu(state, cpu_start);
}

// The whole inspection, with the engine's own stage timings (wall ms inside Inspect) averaged.
void BM_WholeInspect(benchmark::State& state) {
    const auto& jpeg = TwelveMegapixelPhoto().jpeg;
    Engine();
    StageTimes sum;
    const double cpu_start = ProcessCpuMs();
    for (auto _ : state) {
        StageTimes times;
        benchmark::DoNotOptimize(Engine().Inspect(jpeg, nullptr, &times));
        sum.sniff_ms += times.sniff_ms;
        sum.decode_ms += times.decode_ms;
        sum.faces_ms += times.faces_ms;
        sum.text_ms += times.text_ms;
    }
    if (state.thread_index() == 0) {
        const double cpu_ms = (ProcessCpuMs() - cpu_start) / state.iterations() / state.threads();
        const double n = static_cast<double>(state.iterations());
        state.counters["cpu_ms"] = cpu_ms;
        state.counters["photos_per_min_2_idle_cores"] = 2 * 60'000.0 / cpu_ms;
        state.counters["stage_sniff_ms"] = sum.sniff_ms / n;
        state.counters["stage_decode_ms"] = sum.decode_ms / n;
        state.counters["stage_faces_ms"] = sum.faces_ms / n;
        state.counters["stage_text_ms"] = sum.text_ms / n;
    }
    state.SetItemsProcessed(state.iterations());
}

BENCHMARK(BM_DecodeJpegBaseline)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2);
BENCHMARK(BM_SniffAndLimits)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Faces)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3)->Args({1600, 1})->Args({1000, 1})->Args({1000, 0});
BENCHMARK(BM_Text)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_WholeInspect)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_WholeInspect)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3)->Threads(2);

// Prints the usual table, then each stage as a multiple of the decode baseline: by wall time
// (says as much about the neighbours on a shared machine as about us) and by process CPU time.
class RatioReporter : public benchmark::ConsoleReporter {
  public:
    void ReportRuns(const std::vector<Run>& runs) override {
        ConsoleReporter::ReportRuns(runs);
        for (const Run& run : runs) {
            times_[run.benchmark_name()] = run.GetAdjustedRealTime();
            threads_[run.benchmark_name()] = run.threads;
            if (auto cpu = run.counters.find("cpu_ms"); cpu != run.counters.end()) {
                cpu_[run.benchmark_name()] = cpu->second.value;
            }
        }
    }
    void Finalize() override {
        ConsoleReporter::Finalize();
        const double base = times_["BM_DecodeJpegBaseline/min_time:2.000/real_time"];
        std::printf("\n12 MP photo, ms per call and ratio to JPEG decode (%.1f ms):\n", base);
        for (const auto& [name, ms] : times_) {
            std::printf("  %-70s %9.1f ms  x%.2f\n", name.c_str(), ms, base > 0 ? ms / base : 0);
            if (name.find("WholeInspect") != std::string::npos && ms > 0) {
                // With Threads(n) each thread inspects one photo per iteration.
                std::printf("  %-70s %9.1f photos/minute\n", "", 60'000.0 / ms * threads_[name]);
            }
        }
        const double cpu_base = cpu_["BM_DecodeJpegBaseline/min_time:2.000/real_time"];
        std::printf("\nBy process CPU time per photo, ratio to JPEG decode (%.1f ms CPU):\n",
                    cpu_base);
        for (const auto& [name, ms] : cpu_) {
            std::printf("  %-70s %9.1f ms  x%.2f\n", name.c_str(), ms,
                        cpu_base > 0 ? ms / cpu_base : 0);
        }
    }

  private:
    std::map<std::string, double> cpu_;
    std::map<std::string, double> times_;
    std::map<std::string, int> threads_;
};

}  // namespace
}  // namespace steward::media

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    steward::media::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
