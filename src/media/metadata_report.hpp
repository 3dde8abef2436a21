// Turns what the container walk found (EXIF blocks, XMP, ICC, comments) into the MetadataReport
// that Inspect() returns. Entry point: ReportMetadata().
#pragma once

#include "media/container.hpp"
#include "media/media_types.hpp"

namespace steward::media {

// Reads every EXIF block of `container` (unreadable blocks count as "EXIF present") and copies
// the other flags. Never fails: metadata is removed from every output whatever it holds.
MetadataReport ReportMetadata(const Container& container);

}  // namespace steward::media
