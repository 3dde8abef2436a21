// Reads visible text (certificate names, labels on pupils' work) with Tesseract 5 and the
// English and Welsh language data from Debian (tesseract-ocr-eng, tesseract-ocr-cym).
// Internal to media (exposes cv::Mat); MediaEngine::Inspect() is the public door.
#pragma once

#include <memory>
#include <mutex>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "media/media_types.hpp"

namespace tesseract {
class TessBaseAPI;
}

namespace steward::media {

struct TextReaderOptions {
    std::string tessdata_dir = "/usr/share/tesseract-ocr/5/tessdata";
    std::string languages = "eng+cym";
    int max_side = 2000;           // OCR runs on a copy whose longer side is at most this
    double min_confidence = 0.55;  // lines below are dropped (photo texture read as letters)
};

class TextReader {
  public:
    // Starts Tesseract. Returns kUnavailable if the language data is missing.
    static core::Result<std::unique_ptr<TextReader>> Create(TextReaderOptions options);
    ~TextReader();

    // Returns the text lines of `bgr`, top to bottom, with boxes in `bgr`'s pixels. Thread-safe
    // (one Tesseract instance used under a mutex). Returns kInternal if Tesseract fails.
    core::Result<std::vector<TextLine>> Read(const cv::Mat& bgr) const;

  private:
    TextReader(TextReaderOptions options, std::unique_ptr<tesseract::TessBaseAPI> api);

    TextReaderOptions options_;
    mutable std::mutex mutex_;  // guards api_
    std::unique_ptr<tesseract::TessBaseAPI> api_;
};

}  // namespace steward::media
