// Contract of the media library room's store on every engine (migrations 0004, 0008, 0012): an
// item with its bytes, faces and visible-text findings, kept per school; face tags that drop the
// publishable copy; and the post <-> media link, in order, only within one school.
#include <gtest/gtest.h>

#include "domain/accounts/account_register.hpp"
#include "domain/posts/post_workflow.hpp"
#include "store/contract/store_fixture.hpp"

namespace steward::store::contract {
namespace {

using domain::MediaItem;
using domain::MediaVersion;
using domain::Tx;

const core::FixedClock kClock(core::TimePoint(std::chrono::seconds(1'790'000'000)));

// Every byte value, so the stored encoding is checked, not just text.
std::string AllBytes() {
    std::string bytes;
    for (int k = 0; k < 512; ++k) bytes.push_back(static_cast<char>(k % 256));
    return bytes;
}

MediaItem Item(std::string id, std::string school) {
    MediaItem item;
    item.id = std::move(id);
    item.school_id = std::move(school);
    item.format = "jpeg";
    item.content_type = "image/jpeg";
    item.width = 640;
    item.height = 480;
    item.byte_size = 512;
    item.sha256 = std::string(64, 'a');
    item.gps_position = true;
    item.inspection_json = R"({"faces":[]})";
    item.uploaded_by = "comms";
    item.uploaded_at = kClock.Now();
    for (int face = 0; face < 2; ++face) {
        domain::StoredFace stored;
        stored.face = face;
        stored.box = media::Box{10 + 100 * face, 20, 40, 48};
        stored.confidence_permille = 900 + face;
        stored.detector = face == 0 ? "hog" : "profile";
        item.faces.push_back(stored);
    }
    item.findings.push_back(
        domain::StoredTextFinding{0, 2, "name", "roster.full_name", media::Box{300, 400, 120, 30}});
    return item;
}

core::Status Seed(Tx& tx) {
    for (const char* school : {"s1", "s2"}) {
        if (auto ok = tx.Access().InsertSchool({school, "School", ""}); !ok) return ok;
    }
    domain::Person comms{"comms",     "s1", "", "Staff", "", domain::PersonCategory::kSupportStaff,
                         "2024-09-01"};
    if (auto ok = tx.Access().InsertPerson(comms); !ok) return ok;
    domain::OfficialAccount account;
    account.id = "acc-1";
    account.school_id = "s1";
    account.platform = domain::Platform::kFacebook;
    account.handle = "@s1";
    account.administrators = {"comms"};
    account.created_at = kClock.Now();
    account.created_by = "comms";
    if (auto ok = tx.Accounts().AddAccount(account); !ok) return ok;
    for (const char* id : {"post-1", "post-2"}) {
        domain::Post post;
        post.id = id;
        post.school_id = "s1";
        post.account_id = "acc-1";
        post.platform = domain::Platform::kFacebook;
        post.media_kind = domain::MediaKind::kImage;
        post.caption = "Sports day";
        post.posting_date = domain::Date{2026, 10, 5};
        post.author_id = "comms";
        post.created_at = post.updated_at = kClock.Now();
        if (auto ok = tx.Posts().InsertPost(post); !ok) return ok;
    }
    for (const auto& [id, school] : {std::pair{"md-a", "s1"}, {"md-b", "s1"}, {"md-other", "s2"}}) {
        if (auto ok = tx.Media().InsertMedia(Item(id, school), AllBytes()); !ok) return ok;
    }
    return core::OkStatus();
}

// Req: PST-12
TEST_P(MediaStoreContract, ItemKeepsBytesFacesAndFindingsAndIsOnlyItsSchools) {
    ASSERT_TRUE(store_->Transact([](Tx& tx) { return Seed(tx); }));
    auto found = store_->Read([](Tx& tx) { return tx.Media().FindMedia("s1", "md-a"); });
    ASSERT_TRUE(found && *found);
    const MediaItem& item = **found;
    EXPECT_EQ(item.format, "jpeg");
    EXPECT_EQ(item.width, 640);
    EXPECT_TRUE(item.gps_position);
    EXPECT_FALSE(item.has_redacted);
    EXPECT_EQ(item.uploaded_at, kClock.Now());
    ASSERT_EQ(item.faces.size(), 2u);
    EXPECT_EQ(item.faces[1].box.x, 110);
    EXPECT_EQ(item.faces[1].detector, "profile");
    EXPECT_EQ(item.faces[1].confidence_permille, 901);
    EXPECT_EQ(item.faces[0].tag_kind, "");
    ASSERT_EQ(item.findings.size(), 1u);
    EXPECT_EQ(item.findings[0].category, "name");
    EXPECT_EQ(item.findings[0].box.width, 120);

    auto original = store_->Read(
        [](Tx& tx) { return tx.Media().ReadMediaBytes("s1", "md-a", MediaVersion::kOriginal); });
    ASSERT_TRUE(original && *original);
    EXPECT_EQ(**original, AllBytes());
    auto redacted = store_->Read(
        [](Tx& tx) { return tx.Media().ReadMediaBytes("s1", "md-a", MediaVersion::kRedacted); });
    ASSERT_TRUE(redacted);
    EXPECT_FALSE(*redacted) << "no publishable copy yet";

    auto elsewhere = store_->Read([](Tx& tx) { return tx.Media().FindMedia("s2", "md-a"); });
    ASSERT_TRUE(elsewhere);
    EXPECT_FALSE(*elsewhere);
    auto bytes_elsewhere = store_->Read(
        [](Tx& tx) { return tx.Media().ReadMediaBytes("s2", "md-a", MediaVersion::kOriginal); });
    ASSERT_TRUE(bytes_elsewhere);
    EXPECT_FALSE(*bytes_elsewhere);
    auto duplicate =
        store_->Transact([](Tx& tx) { return tx.Media().InsertMedia(Item("md-a", "s1"), "x"); });
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, core::ErrorCode::kAlreadyExists);
}

TEST_P(MediaStoreContract, NewTagsDropThePublishableCopy) {
    ASSERT_TRUE(store_->Transact([](Tx& tx) -> core::Status {
        if (auto ok = Seed(tx); !ok) return ok;
        MediaItem item = Item("md-a", "s1");
        item.redacted_format = "jpeg";
        item.redacted_sha256 = std::string(64, 'b');
        item.redacted_faces = {0, 1};
        item.redacted_by = "comms";
        item.redacted_at = kClock.Now();
        return tx.Media().SetRedacted(item, "clean");
    }));
    auto made = store_->Read([](Tx& tx) { return tx.Media().FindMedia("s1", "md-a"); });
    ASSERT_TRUE(made && *made);
    EXPECT_TRUE((*made)->has_redacted);
    EXPECT_EQ((*made)->redacted_faces, (std::vector<int>{0, 1}));
    auto clean = store_->Read(
        [](Tx& tx) { return tx.Media().ReadMediaBytes("s1", "md-a", MediaVersion::kRedacted); });
    ASSERT_TRUE(clean && *clean);
    EXPECT_EQ(**clean, "clean");

    domain::StoredFace tag = (*made)->faces[1];
    tag.tag_kind = "pupil";
    tag.pupil_id = "p1";
    tag.tagged_by = "comms";
    tag.tagged_at = kClock.Now();
    ASSERT_TRUE(
        store_->Transact([&](Tx& tx) { return tx.Media().SetFaceTags("s1", "md-a", {tag}); }));
    auto tagged = store_->Read([](Tx& tx) { return tx.Media().FindMedia("s1", "md-a"); });
    ASSERT_TRUE(tagged && *tagged);
    EXPECT_FALSE((*tagged)->has_redacted);
    EXPECT_TRUE((*tagged)->redacted_faces.empty());
    EXPECT_EQ((*tagged)->faces[1].tag_kind, "pupil");
    EXPECT_EQ((*tagged)->faces[1].pupil_id, "p1");
    EXPECT_EQ((*tagged)->faces[0].tag_kind, "");

    tag.face = 7;
    auto unknown =
        store_->Transact([&](Tx& tx) { return tx.Media().SetFaceTags("s1", "md-a", {tag}); });
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, core::ErrorCode::kNotFound);
    tag.face = 0;
    auto other_school =
        store_->Transact([&](Tx& tx) { return tx.Media().SetFaceTags("s2", "md-a", {tag}); });
    ASSERT_FALSE(other_school);
    EXPECT_EQ(other_school.error().code, core::ErrorCode::kNotFound);
}

// A video (migration 0012): each sampled face keeps its track and time, and a track's tag is
// stored once for the whole track; a new tag drops the publishable copy.
TEST_P(MediaStoreContract, VideoKeepsTracksAndTagsAWholeTrackAtOnce) {
    MediaItem video = Item("md-v", "s1");
    video.format = "mp4";
    video.content_type = "video/mp4";
    video.duration_ms = 3'000;
    video.faces[0].track = 0;
    video.faces[0].time_ms = 0;
    video.faces[1].track = 0;
    video.faces[1].time_ms = 1'000;
    video.tracks.push_back(domain::StoredTrack{0, 0, 1'000, 2, media::Box{10, 20, 40, 48}});
    video.tracks.push_back(domain::StoredTrack{3, 2'000, 2'000, 1, media::Box{200, 20, 40, 48}});
    ASSERT_TRUE(store_->Transact([&](Tx& tx) -> core::Status {
        if (auto ok = Seed(tx); !ok) return ok;
        if (auto ok = tx.Media().InsertMedia(video, "mp4 bytes"); !ok) return ok;
        MediaItem copy = video;
        copy.redacted_format = "mp4";
        copy.redacted_faces = {3};
        return tx.Media().SetRedacted(copy, "clean mp4");
    }));
    auto found = store_->Read([](Tx& tx) { return tx.Media().FindMedia("s1", "md-v"); });
    ASSERT_TRUE(found && *found);
    const MediaItem& item = **found;
    EXPECT_TRUE(item.IsVideo());
    EXPECT_EQ(item.duration_ms, 3'000);
    EXPECT_EQ(item.faces[1].time_ms, 1'000);
    EXPECT_EQ(item.faces[1].track, 0);
    ASSERT_EQ(item.tracks.size(), 2u);
    EXPECT_EQ(item.tracks[1].track, 3);
    EXPECT_EQ(item.tracks[1].first_ms, 2'000);
    EXPECT_EQ(item.tracks[0].samples, 2);
    EXPECT_EQ(item.tracks[1].box.x, 200);
    EXPECT_EQ(item.redacted_faces, (std::vector<int>{3}));

    domain::StoredTrack tag = item.tracks[1];
    tag.tag_kind = "adult";
    tag.tagged_by = "comms";
    tag.tagged_at = kClock.Now();
    ASSERT_TRUE(
        store_->Transact([&](Tx& tx) { return tx.Media().SetTrackTags("s1", "md-v", {tag}); }));
    auto tagged = store_->Read([](Tx& tx) { return tx.Media().FindMedia("s1", "md-v"); });
    ASSERT_TRUE(tagged && *tagged);
    EXPECT_EQ((*tagged)->tracks[1].tag_kind, "adult");
    EXPECT_EQ((*tagged)->tracks[0].tag_kind, "");
    EXPECT_FALSE((*tagged)->has_redacted);

    tag.track = 9;
    auto unknown =
        store_->Transact([&](Tx& tx) { return tx.Media().SetTrackTags("s1", "md-v", {tag}); });
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, core::ErrorCode::kNotFound);
    tag.track = 3;
    auto other_school =
        store_->Transact([&](Tx& tx) { return tx.Media().SetTrackTags("s2", "md-v", {tag}); });
    ASSERT_FALSE(other_school);
    EXPECT_EQ(other_school.error().code, core::ErrorCode::kNotFound);
}

// Req: PST-09
TEST_P(MediaStoreContract, PostMediaKeepsTheAuthorsOrderWithinOneSchool) {
    ASSERT_TRUE(store_->Transact([](Tx& tx) -> core::Status {
        if (auto ok = Seed(tx); !ok) return ok;
        if (auto ok = tx.Media().SetPostMedia("s1", "post-1", {"md-b", "md-a"}); !ok) return ok;
        return tx.Media().SetPostMedia("s1", "post-2", {"md-a"});
    }));
    auto listed = store_->Read([](Tx& tx) { return tx.Media().ListPostMedia("s1", "post-1"); });
    ASSERT_TRUE(listed);
    EXPECT_EQ(*listed, (std::vector<std::string>{"md-b", "md-a"}));
    auto showing = store_->Read([](Tx& tx) { return tx.Media().ListPostsShowing("s1", "md-a"); });
    ASSERT_TRUE(showing);
    EXPECT_EQ(*showing, (std::vector<std::string>{"post-1", "post-2"}));
    auto none = store_->Read([](Tx& tx) { return tx.Media().ListPostsShowing("s2", "md-a"); });
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->empty());

    // Another school's item is refused and the whole change rolls back.
    auto foreign = store_->Transact([](Tx& tx) {
        return tx.Media().SetPostMedia("s1", "post-1", {"md-a", "md-other"});
    });
    ASSERT_FALSE(foreign);
    EXPECT_EQ(foreign.error().code, core::ErrorCode::kFailedPrecondition);
    EXPECT_EQ(foreign.error().where, "media_ids[1]");
    listed = store_->Read([](Tx& tx) { return tx.Media().ListPostMedia("s1", "post-1"); });
    ASSERT_TRUE(listed);
    EXPECT_EQ(*listed, (std::vector<std::string>{"md-b", "md-a"}));

    ASSERT_TRUE(
        store_->Transact([](Tx& tx) { return tx.Media().SetPostMedia("s1", "post-1", {}); }));
    listed = store_->Read([](Tx& tx) { return tx.Media().ListPostMedia("s1", "post-1"); });
    ASSERT_TRUE(listed);
    EXPECT_TRUE(listed->empty());
    auto wrong_school_post = store_->Transact(
        [](Tx& tx) { return tx.Media().SetPostMedia("s2", "post-1", {"md-other"}); });
    ASSERT_FALSE(wrong_school_post);
    EXPECT_EQ(wrong_school_post.error().code, core::ErrorCode::kFailedPrecondition);
}

}  // namespace
}  // namespace steward::store::contract
