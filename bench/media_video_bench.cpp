// Speed of the video check (issue 6): a 10-second 720p MP4 (30 fps, two people walking, made at
// run time from testdata/media/astronaut.jpg), timed for plain decoding of every frame, for the
// inspection (one frame a second, faces tracked) and for the redaction (every frame decoded,
// tracked faces blurred, H.264 re-encode), each as a ratio to the plain decode of the same file in
// the same run, by wall time and by process CPU time.
// Run: build/media-bench/bench/steward_bench_media_video  (RelWithDebInfo, STEWARD_BENCH=ON)
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdio>
#include <map>
#include <opencv2/videoio.hpp>
#include <string>

#include "media/media_engine.hpp"
#include "media/test_videos.hpp"
#include "media/video_sampler.hpp"

namespace steward::media {
namespace {

double ProcessCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

void ReportCpu(benchmark::State& state, double cpu_start) {
    if (state.iterations() == 0) return;
    state.counters["cpu_ms"] = (ProcessCpuMs() - cpu_start) / state.iterations();
}

const testing::TestVideo& TenSeconds720p() {
    static const testing::TestVideo video =
        testing::TwoPeopleVideo(cv::Size(1280, 720), 10, 30, 96);
    return video;
}

const MediaEngine& Engine() {
    static const std::unique_ptr<MediaEngine> engine = [] {
        auto created = MediaEngine::Create(MediaConfig{});
        if (!created) std::abort();
        return std::move(*created);
    }();
    return *engine;
}

const InspectResult& Inspection() {
    static const InspectResult result = *Engine().Inspect(TenSeconds720p().mp4);
    return result;
}

// Every frame decoded through the same ffmpeg backend from the same kind of temporary file.
void BM_VideoDecodeBaseline(benchmark::State& state) {
    const auto& mp4 = TenSeconds720p().mp4;
    int frames = 0;
    const double cpu_start = ProcessCpuMs();
    for (auto _ : state) {
        TempFile file(mp4);
        cv::VideoCapture capture(file.path(), cv::CAP_FFMPEG);
        cv::Mat frame;
        frames = 0;
        while (capture.read(frame) && !frame.empty()) ++frames;
    }
    ReportCpu(state, cpu_start);
    state.counters["frames"] = frames;
}

void BM_VideoInspect(benchmark::State& state) {
    const auto& mp4 = TenSeconds720p().mp4;
    Engine();
    std::size_t tracks = 0, faces = 0;
    const double cpu_start = ProcessCpuMs();
    for (auto _ : state) {
        auto result = Engine().Inspect(mp4);
        if (!result) state.SkipWithError(result.error().message.c_str());
        tracks = result ? result->tracks.size() : 0;
        faces = result ? result->faces.size() : 0;
    }
    ReportCpu(state, cpu_start);
    state.counters["tracks"] = static_cast<double>(tracks);
    state.counters["faces"] = static_cast<double>(faces);
}

void BM_VideoRedact(benchmark::State& state) {
    const auto& mp4 = TenSeconds720p().mp4;
    const auto& faces = Inspection().faces;
    std::size_t bytes = 0;
    const double cpu_start = ProcessCpuMs();
    for (auto _ : state) {
        auto result = Engine().RedactVideo(mp4, faces);
        if (!result) state.SkipWithError(result.error().message.c_str());
        bytes = result ? result->bytes.size() : 0;
    }
    ReportCpu(state, cpu_start);
    state.counters["out_bytes"] = static_cast<double>(bytes);
}

BENCHMARK(BM_VideoDecodeBaseline)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_VideoInspect)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);
BENCHMARK(BM_VideoRedact)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

// The usual table, then each step as a multiple of the plain decode, by wall and by CPU time.
class RatioReporter : public benchmark::ConsoleReporter {
  public:
    void ReportRuns(const std::vector<Run>& runs) override {
        ConsoleReporter::ReportRuns(runs);
        for (const Run& run : runs) {
            const std::string name = run.benchmark_name().substr(0, run.benchmark_name().find('/'));
            wall_[name] = run.GetAdjustedRealTime();
            if (auto cpu = run.counters.find("cpu_ms"); cpu != run.counters.end()) {
                cpu_[name] = cpu->second.value;
            }
        }
    }
    void Finalize() override {
        ConsoleReporter::Finalize();
        const double wall = wall_["BM_VideoDecodeBaseline"], cpu = cpu_["BM_VideoDecodeBaseline"];
        std::printf(
            "\n10 s 720p MP4 (300 frames), ratio to decoding every frame "
            "(%.0f ms wall, %.0f ms CPU):\n",
            wall, cpu);
        for (const auto& [name, ms] : wall_) {
            std::printf("  %-26s %8.0f ms wall  x%5.2f   %8.0f ms CPU  x%5.2f\n", name.c_str(), ms,
                        wall > 0 ? ms / wall : 0, cpu_[name], cpu > 0 ? cpu_[name] / cpu : 0);
        }
    }

  private:
    std::map<std::string, double> wall_;
    std::map<std::string, double> cpu_;
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
