#include "domain/consent/consent_import.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "domain/consent/consent_test_fixture.hpp"
#include "formats/consent_csv.hpp"
#include "formats/roster_csv.hpp"

namespace steward::domain {
namespace {

using core::ErrorCode;

constexpr std::string_view kHeader =
    "pupil_id,academic_year,platform,image,video,name,given_by,recorded_on,withdrawn_on\n";

class ConsentImportTest : public ConsentTest {
  protected:
    // Parses `rows` against the register as the API and CLI do, then imports.
    core::Result<ConsentImportSummary> Import(std::string rows) {
        auto basis = LoadConsentImportBasis(*store_, clock_, kLead, "s1");
        if (!basis) return basis.error();
        formats::ConsentCsvOptions options;
        options.roster = basis->roster();
        options.today = basis->today();
        options.row_check = [&](const ConsentRecord& record) { return basis->Problem(record); };
        auto records = formats::ParseConsentCsv(std::string(kHeader) + rows, options);
        if (!records) return records.error();
        return ImportConsent(*store_, clock_, kLead, "s1", std::move(*records));
    }

    size_t RegisterSize() {
        auto all = store_->Read([](Tx& tx) { return tx.Consent().ListForSchool("s1"); });
        return all ? all->size() : 999;
    }
};

// Req: CON-01
TEST_F(ConsentImportTest, GoodFileIsImportedWithOneAuditEvent) {
    auto summary = Import(
        "p1,2026/27,facebook,true,true,true,parent,2026-09-05,\n"
        "p1,2026/27,x,true,false,false,parent,2026-09-05,2026-10-01\n"
        "p2,2025/26,x,true,true,true,pupil,2025-09-20,\n");
    ASSERT_TRUE(summary) << summary.error().ToString();
    EXPECT_EQ(summary->records, 3);
    EXPECT_EQ(summary->pupils, 2);
    EXPECT_EQ(summary->withdrawn, 1);
    EXPECT_EQ(RegisterSize(), 3u);
    auto events = store_->Read([](Tx& tx) { return tx.Audit().List(0, 100); });
    ASSERT_TRUE(events);
    EXPECT_EQ(events->back().action, "consent.import");
    EXPECT_EQ(events->back().after, "records=3 pupils=2 withdrawn=1");
}

// Req: CON-01
TEST_F(ConsentImportTest, EveryBadRowIsReportedByLineAndNothingIsImported) {
    ASSERT_TRUE(Record(Decision("p2", "youtube")));
    auto refused = Import(
        "p1,2026/27,facebook,true,true,true,parent,2026-09-05,\n"          // line 2: fine
        "ghost,2026/27,facebook,true,true,true,parent,2026-09-05,\n"       // 3: unknown pupil
        "p1,2026/27,facebook,true,true,false,parent,2026-09-06,\n"         // 4: overlap in file
        "p2,2026/27,youtube,true,true,true,parent,2026-09-05,\n"           // 5: overlap register
        "p1,2026/27,x,true,true,true,parent,2026-09-05,2026-09-01\n"       // 6: withdrawal early
        "p1,2026/27,website,true,true,true,parent,2026-12-01,\n"           // 7: future
        "p1,2026/27,myspace,true,true,true,parent,2026-09-05,\n"           // 8: platform
        "p1,2026/28,tiktok,true,true,true,parent,2026-09-05,\n");          // 9: year
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::kInvalidInput);
    EXPECT_EQ(refused.error().where, "consent.csv lines 3, 4, 5, 6, 7, 8, 9");
    const std::string& message = refused.error().message;
    EXPECT_NE(message.find("line 3: pupil_id is not on the roster"), std::string::npos);
    EXPECT_NE(message.find("line 4: a decision for this pupil, year and platform is already on "
                           "line 2"),
              std::string::npos);
    EXPECT_NE(message.find("line 5: a decision for this pupil, academic year and platform is "
                           "already in the register"),
              std::string::npos);
    EXPECT_NE(message.find("line 6: withdrawn_on is before recorded_on"), std::string::npos);
    EXPECT_NE(message.find("line 7: recorded_on is in the future"), std::string::npos);
    EXPECT_NE(message.find("line 8: platform is not one of"), std::string::npos);
    EXPECT_NE(message.find("line 9: academic_year is not like 2026/27"), std::string::npos);
    EXPECT_EQ(RegisterSize(), 1u);
}

TEST_F(ConsentImportTest, RegisterChangedAfterTheCheckRefusesTheWholeImport) {
    auto basis = LoadConsentImportBasis(*store_, clock_, kLead, "s1");
    ASSERT_TRUE(basis);
    ConsentRecord row;
    row.pupil_id = "p1";
    row.academic_year = AcademicYear{2026};
    row.platform = Platform::kInstagram;
    row.recorded_on = {2026, 9, 5};
    EXPECT_EQ(basis->Problem(row), "");
    ASSERT_TRUE(Record(Decision("p1")));  // someone records a decision meanwhile
    auto refused = ImportConsent(*store_, clock_, kLead, "s1", {row});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::kConflict);
    EXPECT_EQ(RegisterSize(), 1u);
}

TEST_F(ConsentImportTest, TeacherMayNotImport) {
    auto refused = LoadConsentImportBasis(*store_, clock_, kTeacher, "s1");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::kPermissionDenied);
}


}  // namespace
}  // namespace steward::domain

namespace steward::domain {
namespace {

std::string ReadTestData(const std::string& name) {
    std::ifstream in(std::string(STEWARD_SOURCE_DIR) + "/testdata/dev/" + name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Req: CON-01
TEST_F(ConsentTest, DevSetConsentFileImportsWholeAgainstItsRoster) {
    clock_.Set(core::TimePoint(std::chrono::seconds(1'819'000'000)));  // 2027-08-23
    auto roster = formats::ParseRosterCsv(ReadTestData("roster.csv"));
    ASSERT_TRUE(roster) << roster.error().ToString();
    ASSERT_TRUE(ImportRoster(*store_, clock_, Actor::System("s1"), "s1", *roster));
    auto basis = LoadConsentImportBasis(*store_, clock_, kLead, "s1");
    ASSERT_TRUE(basis);
    formats::ConsentCsvOptions options;
    options.roster = basis->roster();
    options.today = basis->today();
    options.row_check = [&](const ConsentRecord& record) { return basis->Problem(record); };
    auto records = formats::ParseConsentCsv(ReadTestData("consent.csv"), options);
    ASSERT_TRUE(records) << records.error().ToString();
    auto summary = ImportConsent(*store_, clock_, kLead, "s1", std::move(*records));
    ASSERT_TRUE(summary) << summary.error().ToString();
    EXPECT_EQ(summary->records, 5515);
    EXPECT_EQ(summary->withdrawn, 231);
    // A second import of the same file overlaps the register on every row.
    auto again = LoadConsentImportBasis(*store_, clock_, kLead, "s1");
    ASSERT_TRUE(again);
    options.row_check = [&](const ConsentRecord& record) { return again->Problem(record); };
    auto refused = formats::ParseConsentCsv(ReadTestData("consent.csv"), options);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("5515 rows need fixing"), std::string::npos);
}

}  // namespace
}  // namespace steward::domain
