// Test videos made by the project at test time (media, API and CLI tests, the bench): two people
// (copies of the astronaut's face from testdata/media, scikit-image's photo shipped by Debian)
// moving across a plain background, encoded as MP4 through OpenCV's ffmpeg backend, optionally
// with a QuickTime location atom (what a phone writes) appended.
#pragma once

#include <array>
#include <cstdint>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

#include "media/media_types.hpp"

namespace steward::media::testing {

struct TestVideo {
    std::vector<std::uint8_t> mp4;
    std::vector<cv::Mat> frames;            // as drawn, before the lossy encoder
    std::vector<std::array<Box, 2>> faces;  // per frame: person 0 (moving right), person 1 (left)
    double fps = 10;
};

// `seconds` of video at `fps` on a `size` canvas; each face is `face_px` pixels. Person 0 walks
// right 40 px a second, person 1 left 20 px a second; they never overlap. Empty mp4 if OpenCV
// has no MP4 writer.
TestVideo TwoPeopleVideo(cv::Size size, int seconds, double fps, int face_px = 64);

// `video` with a top-level udta box holding a ©xyz position ("+51.5072-000.1276/") appended.
std::vector<std::uint8_t> WithLocationAtom(std::vector<std::uint8_t> video);

// Every frame of an MP4/MOV, decoded through OpenCV's ffmpeg backend.
std::vector<cv::Mat> DecodeVideoFrames(const std::vector<std::uint8_t>& video);

// Mean absolute difference of two frames over `where` (clipped to the frame), all channels.
double MeanDifference(const cv::Mat& a, const cv::Mat& b, cv::Rect where);

}  // namespace steward::media::testing
