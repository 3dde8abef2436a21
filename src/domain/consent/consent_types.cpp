// Names of the consent enums in the exchange formats (data/dev README).
#include "domain/consent/consent_types.hpp"

#include <array>
#include <cctype>
#include <string>

namespace steward::domain {
namespace {

std::string Lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

constexpr std::array<std::string_view, 6> kPlatformNames = {"facebook", "instagram", "x",
                                                            "youtube",  "website",   "tiktok"};

}  // namespace

std::string_view PlatformName(Platform platform) {
    return kPlatformNames[static_cast<std::size_t>(platform)];
}

std::optional<Platform> ParsePlatform(std::string_view text) {
    const std::string lower = Lower(text);
    if (lower == "twitter") return Platform::kX;
    for (std::size_t index = 0; index < kPlatformNames.size(); ++index) {
        if (lower == kPlatformNames[index]) return static_cast<Platform>(index);
    }
    return std::nullopt;
}

std::string_view MediaKindName(MediaKind kind) {
    switch (kind) {
        case MediaKind::kImage: return "image";
        case MediaKind::kVideo: return "video";
        case MediaKind::kNone: break;
    }
    return "none";
}

std::optional<MediaKind> ParseMediaKind(std::string_view text) {
    const std::string lower = Lower(text);
    if (lower == "image" || lower == "photo") return MediaKind::kImage;
    if (lower == "video") return MediaKind::kVideo;
    if (lower == "none" || lower == "text" || lower.empty()) return MediaKind::kNone;
    return std::nullopt;
}

std::optional<ConsentGiver> ParseConsentGiver(std::string_view text) {
    const std::string lower = Lower(text);
    if (lower == "parent" || lower == "carer" || lower == "parent/carer") return ConsentGiver::kParent;
    if (lower == "pupil") return ConsentGiver::kPupil;
    return std::nullopt;
}

std::string_view ConsentGiverName(ConsentGiver giver) {
    return giver == ConsentGiver::kPupil ? "pupil" : "parent";
}

bool ConsentRecord::Allows(MediaKind kind) const {
    switch (kind) {
        case MediaKind::kImage: return image;
        case MediaKind::kVideo: return video;
        case MediaKind::kNone: break;
    }
    return true;
}

}  // namespace steward::domain
