#include "domain/schools/school_contacts.hpp"

#include <gtest/gtest.h>

#include "domain/access/organisation.hpp"
#include "domain/ports/store.hpp"
#include "domain/screeners/school_screeners.hpp"
#include "store/open_store.hpp"

namespace steward::domain {
namespace {

class SchoolContactsTest : public testing::Test {
  protected:
    void SetUp() override {
        auto opened = store::OpenStore("sqlite::memory:");
        ASSERT_TRUE(opened);
        store_ = std::move(*opened);
        Organisation organisation(*store_, clock_);
        ASSERT_TRUE(organisation.AddSchool(Actor::System(), {"s1", "School One", ""}));
    }

    core::Result<SchoolContacts> Read() {
        return store_->Read([](Tx& tx) { return ReadSchoolContacts(tx, "s1"); });
    }

    core::FixedClock clock_{core::TimePoint(std::chrono::seconds(1'790'000'000))};
    std::unique_ptr<Store> store_;
};

SchoolContacts Brookfield() {
    SchoolContacts contacts;
    contacts.address = "  Brookfield Academy, Pound Lane, Kingsmead, Bristol ";
    contacts.postcode = "BS15 9QX";
    contacts.phones = {"0117 496 0382", " +44 (0)117 496-0519"};
    contacts.emails = {"office@brookfield.bristol.sch.uk"};
    contacts.website = "www.brookfieldacademy.org.uk";
    contacts.handles = {"@brookfield_academy"};
    contacts.motto_hashtags = {"#TeamBrookfield"};
    contacts.public_venues = {{"Kingsmead Leisure Centre", "2 Mill Lane, Kingsmead", "BS15 3HT"}};
    return contacts;
}

TEST_F(SchoolContactsTest, ANewSchoolHasNoContacts) {
    auto contacts = Read();
    ASSERT_TRUE(contacts) << contacts.error().ToString();
    EXPECT_EQ(*contacts, SchoolContacts{});
}

TEST_F(SchoolContactsTest, SetStoresTrimmedContactsAndAuditsWithoutValues) {
    auto stored = SetSchoolContacts(*store_, clock_, Actor{"head", Role::kHeadteacher, "s1"}, "s1",
                                    Brookfield());
    ASSERT_TRUE(stored) << stored.error().ToString();
    EXPECT_EQ(stored->address, "Brookfield Academy, Pound Lane, Kingsmead, Bristol");
    EXPECT_EQ(stored->phones.at(1), "+44 (0)117 496-0519");
    auto read = Read();
    ASSERT_TRUE(read);
    EXPECT_EQ(*read, *stored);
    auto events = store_->Read([](Tx& tx) { return tx.Audit().List(0, 100); });
    ASSERT_TRUE(events);
    ASSERT_FALSE(events->empty());
    const AuditEvent& last = events->back();
    EXPECT_EQ(last.action, "schools.set_contacts");
    EXPECT_EQ(last.actor, "head");
    EXPECT_EQ(last.before, "none");
    EXPECT_EQ(last.after,
              "address=1 postcode=1 phones=2 emails=1 website=1 handles=1 motto_hashtags=1 "
              "public_venues=1");
}

// Bad input: each a clear error naming the entry; nothing stored.
TEST_F(SchoolContactsTest, BadEntriesAreRefusedByNameAndNothingChanges) {
    ASSERT_TRUE(SetSchoolContacts(*store_, clock_, Actor::System("s1"), "s1", Brookfield()));
    const auto refused = [&](SchoolContacts contacts) {
        auto result = SetSchoolContacts(*store_, clock_, Actor::System("s1"), "s1", contacts);
        EXPECT_FALSE(result);
        if (result) return core::Error{};
        EXPECT_EQ(result.error().code, core::ErrorCode::kInvalidInput);
        return result.error();
    };
    SchoolContacts letters = Brookfield();
    letters.phones.push_back("0117 FOUR");
    EXPECT_EQ(refused(letters).where, "phones[2]");
    SchoolContacts short_number = Brookfield();
    short_number.phones[0] = "0117 496";
    EXPECT_EQ(refused(short_number).where, "phones[0]");
    SchoolContacts no_at = Brookfield();
    no_at.emails[0] = "office.brookfield.sch.uk";
    EXPECT_EQ(refused(no_at).where, "emails[0]");
    SchoolContacts postcode = Brookfield();
    postcode.postcode = "BS15-9QX!";
    EXPECT_EQ(refused(postcode).where, "postcode");
    SchoolContacts empty_entry = Brookfield();
    empty_entry.handles.push_back("   ");
    EXPECT_EQ(refused(empty_entry).where, "handles[1]");
    SchoolContacts hashtag = Brookfield();
    hashtag.motto_hashtags[0] = "TeamBrookfield";
    EXPECT_EQ(refused(hashtag).where, "motto_hashtags[0]");
    SchoolContacts venue = Brookfield();
    venue.public_venues[0].name = "";
    EXPECT_EQ(refused(venue).where, "public_venues[0].name");
    SchoolContacts many = Brookfield();
    many.emails.assign(kMaxContactsPerList + 1, "office@brookfield.bristol.sch.uk");
    EXPECT_EQ(refused(many).where, "emails");
    auto read = Read();
    ASSERT_TRUE(read);
    EXPECT_EQ(read->phones.size(), 2u);
    EXPECT_EQ(read->handles.size(), 1u);
}

TEST_F(SchoolContactsTest, AnUnknownSchoolIsNotFound) {
    auto result = SetSchoolContacts(*store_, clock_, Actor::System(), "nowhere", Brookfield());
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, core::ErrorCode::kNotFound);
}

// The school's screener is compiled with its contacts as soon as they change: its own number is
// not personal data, a parent's is.
TEST_F(SchoolContactsTest, TheNextScreenerKnowsTheSchoolsOwnNumber) {
    SchoolScreeners screeners(*store_);
    const std::string caption = "Questions? Call 0117 496 0382.";
    auto before = screeners.Get("s1");
    ASSERT_TRUE(before) << before.error().ToString();
    EXPECT_FALSE((*before)->screener()->FindPersonalData(caption, (*before)->contacts()).empty());

    ASSERT_TRUE(SetSchoolContacts(*store_, clock_, Actor::System("s1"), "s1", Brookfield()));
    auto after = screeners.Get("s1");
    ASSERT_TRUE(after) << after.error().ToString();
    EXPECT_GT((*after)->roster_version(), (*before)->roster_version());
    EXPECT_TRUE((*after)->screener()->FindPersonalData(caption, (*after)->contacts()).empty());
    EXPECT_FALSE((*after)
                     ->screener()
                     ->FindPersonalData("Call Sam's mum on 07700 900123.", (*after)->contacts())
                     .empty());
}

}  // namespace
}  // namespace steward::domain
