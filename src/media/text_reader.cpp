#include "media/text_reader.hpp"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <opencv2/imgproc.hpp>

// libgomp (Tesseract's OpenMP runtime). Declared here rather than through <omp.h> so the media
// library needs no -fopenmp; linked explicitly in CMakeLists.txt.
extern "C" void omp_set_max_active_levels(int max_levels);

namespace steward::media {
namespace {

constexpr int kMinTextSide = 8;

Box ToBox(int left, int top, int right, int bottom, double scale) {
    return Box{static_cast<int>(std::lround(left / scale)),
               static_cast<int>(std::lround(top / scale)),
               static_cast<int>(std::lround((right - left) / scale)),
               static_cast<int>(std::lround((bottom - top) / scale))};
}

std::string TakeText(char* text) {
    std::string out = text != nullptr ? text : "";
    delete[] text;
    while (!out.empty() && std::isspace(static_cast<unsigned char>(out.back()))) out.pop_back();
    std::size_t start = 0;
    while (start < out.size() && std::isspace(static_cast<unsigned char>(out[start]))) ++start;
    return out.substr(start);
}

// Photo texture read as text gives short, unsure lines ("ys", "7 a by"): keep a line if it is
// sure, or if it holds a run of three letters or digits (non-ASCII bytes count as letters).
bool LooksLikeText(const std::string& text, double confidence) {
    if (confidence >= 0.8) return true;
    int run = 0;
    for (char c : text) {
        run = std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80) ? run + 1 : 0;
        if (run >= 3) return true;
    }
    return false;
}

// Walks the words of the current line, appending each with its offsets into `line.text`.
void CollectWords(tesseract::ResultIterator& it, TextLine& line, double scale) {
    do {
        std::string word = TakeText(it.GetUTF8Text(tesseract::RIL_WORD));
        if (word.empty()) continue;
        int left = 0, top = 0, right = 0, bottom = 0;
        it.BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom);
        if (!line.text.empty()) line.text.push_back(' ');
        const std::size_t begin = line.text.size();
        line.text += word;
        line.words.push_back(
            OcrWord{ToBox(left, top, right, bottom, scale), begin, line.text.size()});
    } while (!it.IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_WORD) &&
             it.Next(tesseract::RIL_WORD));
}

}  // namespace

core::Result<std::unique_ptr<TextReader>> TextReader::Create(TextReaderOptions options) {
    // Leptonica reports clipped boxes on photos to stderr; they are not errors for us.
    setMsgSeverity(L_SEVERITY_NONE);
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    if (api->Init(options.tessdata_dir.c_str(), options.languages.c_str(),
                  tesseract::OEM_LSTM_ONLY) != 0) {
        return core::Error{core::ErrorCode::kUnavailable,
                           "Tesseract language data is missing; install tesseract-ocr-eng and "
                           "tesseract-ocr-cym.",
                           options.tessdata_dir};
    }
    // Photos carry no DPI; a fixed value avoids Tesseract's guess and its warning on stderr.
    api->SetVariable("user_defined_dpi", "300");
    api->SetVariable("debug_file", "/dev/null");
    api->SetPageSegMode(tesseract::PSM_SPARSE_TEXT);
    return std::unique_ptr<TextReader>(new TextReader(std::move(options), std::move(api)));
}

TextReader::TextReader(TextReaderOptions options, std::unique_ptr<tesseract::TessBaseAPI> api)
    : options_(std::move(options)), api_(std::move(api)) {}

TextReader::~TextReader() {
    if (api_) api_->End();
}

core::Result<std::vector<TextLine>> TextReader::Read(const cv::Mat& bgr) const {
    // Tesseract's LSTM asks OpenMP for 4 threads per line; on two cores already busy with the face
    // detectors those threads spin-wait and cost 4x the CPU of reading alone (bench/media_bench:
    // text 717 -> 168 ms CPU per 12 MP photo). The setting is per thread (OpenMP 5), so it is
    // made on the thread that reads: no OpenMP region on it runs more than one thread.
    omp_set_max_active_levels(0);
    // Too small to hold a letter Tesseract can read (and Leptonica refuses tiny images).
    if (std::min(bgr.cols, bgr.rows) < kMinTextSide) return std::vector<TextLine>{};
    const double long_side = std::max(bgr.cols, bgr.rows);
    const double scale = std::min(1.0, options_.max_side / long_side);
    cv::Mat gray;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    if (scale < 1.0) cv::resize(gray, gray, cv::Size(), scale, scale, cv::INTER_AREA);
    std::vector<TextLine> lines;
    std::lock_guard lock(mutex_);
    api_->SetImage(gray.data, gray.cols, gray.rows, 1, static_cast<int>(gray.step));
    if (api_->Recognize(nullptr) != 0) {
        api_->Clear();
        return core::Error{core::ErrorCode::kInternal, "Tesseract could not read the image."};
    }
    std::unique_ptr<tesseract::ResultIterator> it(api_->GetIterator());
    if (it && !it->Empty(tesseract::RIL_TEXTLINE)) {
        do {
            TextLine line;
            line.confidence = it->Confidence(tesseract::RIL_TEXTLINE) / 100.0;
            int left = 0, top = 0, right = 0, bottom = 0;
            it->BoundingBox(tesseract::RIL_TEXTLINE, &left, &top, &right, &bottom);
            line.box = ToBox(left, top, right, bottom, scale);
            CollectWords(*it, line, scale);
            if (line.confidence >= options_.min_confidence &&
                LooksLikeText(line.text, line.confidence)) {
                lines.push_back(std::move(line));
            }
        } while (it->Next(tesseract::RIL_TEXTLINE));
    }
    api_->Clear();
    std::stable_sort(lines.begin(), lines.end(),
                     [](const TextLine& a, const TextLine& b) { return a.box.y < b.box.y; });
    return lines;
}

}  // namespace steward::media
