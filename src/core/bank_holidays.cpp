#include "core/bank_holidays.hpp"

#include <algorithm>
#include <set>
#include <string>

namespace steward::core {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::weekday;

constexpr unsigned kEnglandAndWales = 1;
constexpr unsigned kScotland = 2;
constexpr unsigned kNorthernIreland = 4;
constexpr unsigned kUkWide = kEnglandAndWales | kScotland | kNorthernIreland;

unsigned RegionBit(BankHolidayRegion region) {
    switch (region) {
        case BankHolidayRegion::kEnglandAndWales:
            return kEnglandAndWales;
        case BankHolidayRegion::kScotland:
            return kScotland;
        case BankHolidayRegion::kNorthernIreland:
            return kNorthernIreland;
    }
    return 0;
}

// A holiday before weekend substitution. Fixed-date holidays that fall on a Saturday or Sunday
// move to the next weekday that is not already a holiday, in date order: this one rule gives
// GOV.UK's Christmas/Boxing Day and 1/2 January substitutes (e.g. Christmas on a Sunday:
// Boxing Day Monday 26th, Christmas Day (substitute) Tuesday 27th).
struct Candidate {
    sys_days date;
    std::string_view name;
    std::string_view substitute_name;  // empty: never substituted (Easter, Mondays, one-offs)
};

// A standing Monday holiday that a royal proclamation moved in one year.
struct Moved {
    int year;
    std::string_view name;  // the standing holiday's name
    Date to;
    std::string_view new_name;
    unsigned regions;
};

// An extra day off proclaimed for one year.
struct Added {
    std::string_view name;
    Date date;
    unsigned regions;
};

using std::chrono::April;
using std::chrono::June;
using std::chrono::May;
using std::chrono::September;
using std::chrono::year;

// One-off changes, as published on GOV.UK. All applied UK-wide except where marked.
constexpr Moved kMoved[] = {
    {2012, "Spring bank holiday", year(2012) / June / 4, "Spring bank holiday", kUkWide},
    {2020, "Early May bank holiday", year(2020) / May / 8, "Early May bank holiday (VE day)",
     kUkWide},
    {2022, "Spring bank holiday", year(2022) / June / 2, "Spring bank holiday", kUkWide},
};

constexpr Added kAdded[] = {
    {"Royal wedding", year(2011) / April / 29, kUkWide},
    {"Queen's Diamond Jubilee", year(2012) / June / 5, kUkWide},
    {"Platinum Jubilee bank holiday", year(2022) / June / 3, kUkWide},
    {"Bank Holiday for the State Funeral of Queen Elizabeth II", year(2022) / September / 19,
     kUkWide},
    {"Bank holiday for the coronation of King Charles III", year(2023) / May / 8, kUkWide},
    // Scotland only: royal proclamation of 4 February 2026 (Banking and Financial Dealings Act
    // 1971 s1(3)), the Monday after Scotland's opening FIFA World Cup match.
    {"Bank holiday for the FIFA World Cup", year(2026) / June / 15, kScotland},
};

sys_days Nth(int year_number, std::chrono::month month, weekday day, unsigned index) {
    return sys_days{year(year_number) / month / day[index]};
}

sys_days Last(int year_number, std::chrono::month month, weekday day) {
    return sys_days{year(year_number) / month / day[std::chrono::last]};
}

sys_days On(int year_number, std::chrono::month month, unsigned day) {
    return sys_days{year(year_number) / month / std::chrono::day(day)};
}

bool IsSaturdayOrSunday(sys_days date) {
    const weekday day{date};
    return day == std::chrono::Saturday || day == std::chrono::Sunday;
}

std::vector<Candidate> StandingRules(unsigned region, int year_number) {
    using namespace std::chrono;  // NOLINT: month and weekday names only, local scope
    const bool scotland = region == kScotland;
    const bool northern_ireland = region == kNorthernIreland;
    const sys_days easter{EasterSunday(year_number)};
    std::vector<Candidate> out;
    out.push_back(
        {On(year_number, January, 1), "New Year's Day", "New Year's Day (substitute day)"});
    if (scotland) {
        out.push_back({On(year_number, January, 2), "2nd January", "2nd January (substitute day)"});
    }
    if (northern_ireland) {
        out.push_back(
            {On(year_number, March, 17), "St Patrick's Day", "St Patrick's Day (substitute day)"});
    }
    out.push_back({easter - days(2), "Good Friday", {}});
    if (!scotland) out.push_back({easter + days(1), "Easter Monday", {}});
    out.push_back({Nth(year_number, May, Monday, 1), "Early May bank holiday", {}});
    out.push_back({Last(year_number, May, Monday), "Spring bank holiday", {}});
    if (northern_ireland) {
        out.push_back({On(year_number, July, 12), "Battle of the Boyne (Orangemen's Day)",
                       "Battle of the Boyne (Orangemen's Day) (substitute day)"});
    }
    out.push_back(
        {scotland ? Nth(year_number, August, Monday, 1) : Last(year_number, August, Monday),
         "Summer bank holiday",
         {}});
    if (scotland) {
        out.push_back(
            {On(year_number, November, 30), "St Andrew's Day", "St Andrew's Day (substitute day)"});
    }
    out.push_back(
        {On(year_number, December, 25), "Christmas Day", "Christmas Day (substitute day)"});
    out.push_back({On(year_number, December, 26), "Boxing Day", "Boxing Day (substitute day)"});
    return out;
}

void ApplyOneOffs(unsigned region, int year_number, std::vector<Candidate>& holidays) {
    for (const Moved& moved : kMoved) {
        if (moved.year != year_number || (moved.regions & region) == 0) continue;
        for (Candidate& holiday : holidays) {
            if (holiday.name == moved.name) {
                holiday.date = sys_days{moved.to};
                holiday.name = moved.new_name;
            }
        }
    }
    for (const Added& added : kAdded) {
        if (static_cast<int>(added.date.year()) != year_number || (added.regions & region) == 0) {
            continue;
        }
        holidays.push_back({sys_days{added.date}, added.name, {}});
    }
}

}  // namespace

Result<BankHolidayRegion> ParseBankHolidayRegion(std::string_view text, std::string_view where) {
    for (const BankHolidayRegion region :
         {BankHolidayRegion::kEnglandAndWales, BankHolidayRegion::kScotland,
          BankHolidayRegion::kNorthernIreland}) {
        if (text == BankHolidayRegionName(region)) return region;
    }
    return Error{ErrorCode::kInvalidInput,
                 "The bank holiday region must be england_and_wales, scotland or "
                 "northern_ireland.",
                 std::string(where)};
}

std::string_view BankHolidayRegionName(BankHolidayRegion region) {
    switch (region) {
        case BankHolidayRegion::kEnglandAndWales:
            return "england_and_wales";
        case BankHolidayRegion::kScotland:
            return "scotland";
        case BankHolidayRegion::kNorthernIreland:
            return "northern_ireland";
    }
    return "unknown";
}

Date EasterSunday(int year_number) {
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year_number % 19;
    const int b = year_number / 100;
    const int c = year_number % 100;
    const int h = (19 * a + b - b / 4 - (b - (b + 8) / 25 + 1) / 3 + 15) % 30;
    const int l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return year(year_number) / std::chrono::month(static_cast<unsigned>(month)) /
           std::chrono::day(static_cast<unsigned>(day));
}

std::vector<BankHoliday> BankHolidaysIn(BankHolidayRegion region, int year_number) {
    const unsigned bit = RegionBit(region);
    std::vector<Candidate> candidates = StandingRules(bit, year_number);
    ApplyOneOffs(bit, year_number, candidates);
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& x, const Candidate& y) { return x.date < y.date; });

    std::set<sys_days> taken;
    for (const Candidate& candidate : candidates) {
        if (!IsSaturdayOrSunday(candidate.date)) taken.insert(candidate.date);
    }
    std::vector<BankHoliday> out;
    for (const Candidate& candidate : candidates) {
        if (!IsSaturdayOrSunday(candidate.date)) {
            out.push_back({Date{candidate.date}, candidate.name});
            continue;
        }
        if (candidate.substitute_name.empty()) continue;  // a weekend one-off: no extra day
        sys_days substitute = candidate.date + days(1);
        while (IsSaturdayOrSunday(substitute) || taken.count(substitute) > 0) {
            substitute += days(1);
        }
        taken.insert(substitute);
        out.push_back({Date{substitute}, candidate.substitute_name});
    }
    std::sort(out.begin(), out.end(),
              [](const BankHoliday& x, const BankHoliday& y) { return x.date < y.date; });
    return out;
}

bool IsBankHoliday(BankHolidayRegion region, Date date) {
    for (const BankHoliday& holiday : BankHolidaysIn(region, static_cast<int>(date.year()))) {
        if (holiday.date == date) return true;
    }
    return false;
}

}  // namespace steward::core
