// UK bank holidays for any year in England and Wales, Scotland and Northern Ireland, as GOV.UK
// lists them: the standing rules (Easter by the Gregorian computus, Monday holidays, substitute
// weekdays for fixed dates falling at a weekend) plus a table of one-off royal proclamations.
// Entry points: BankHolidaysIn(), IsBankHoliday().
#pragma once

#include <string_view>
#include <vector>

#include "core/civil_date.hpp"
#include "core/result.hpp"

namespace steward::core {

// `calendar.bank_holiday_region`.
enum class BankHolidayRegion { kEnglandAndWales, kScotland, kNorthernIreland };

// Parses "england_and_wales", "scotland" or "northern_ireland"; anything else gives
// kInvalidInput with `where` (default "calendar.bank_holiday_region").
Result<BankHolidayRegion> ParseBankHolidayRegion(
    std::string_view text, std::string_view where = "calendar.bank_holiday_region");

// Returns the policy spelling, e.g. "england_and_wales".
std::string_view BankHolidayRegionName(BankHolidayRegion region);

struct BankHoliday {
    Date date;
    std::string_view name;  // GOV.UK's title, e.g. "Boxing Day" or "Christmas Day (substitute day)"

    friend bool operator==(const BankHoliday&, const BankHoliday&) = default;
};

// Returns the bank holidays of `region` in calendar year `year`, sorted by date, one entry per
// day off. Years before 1971 (the Banking and Financial Dealings Act) follow today's rules
// anyway. Pure function; thread-safe.
std::vector<BankHoliday> BankHolidaysIn(BankHolidayRegion region, int year);

// Returns true if `date` is a bank holiday in `region`.
bool IsBankHoliday(BankHolidayRegion region, Date date);

// Returns Easter Sunday of `year` (Gregorian calendar, anonymous computus).
Date EasterSunday(int year);

}  // namespace steward::core
