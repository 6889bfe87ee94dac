#include "tools/generated_document.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace samizdat::tools {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kWeekdays = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

// Sakamoto's method: 0 is Sunday.
[[nodiscard]] int weekday(int year, int month, int day) {
  constexpr std::array<int, 12> kOffsets = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (month < 3) --year;
  return (year + year / 4 - year / 100 + year / 400 + kOffsets[month - 1] + day) % 7;
}

}  // namespace

int days_in_month(int year, int month) {
  constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return kDays[month - 1] + (month == 2 && leap);
}

std::string GeneratedDate::iso() const {
  std::array<char, 16> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%04d-%02d-%02d", year, month, day);
  return buffer.data();
}

std::string GeneratedDate::dateline() const {
  return std::string(kWeekdays[weekday(year, month, day)]) + ", " +
         std::string(kMonths[month - 1]) + " " + std::to_string(day) + ", " +
         std::to_string(year);
}

GeneratedDate GeneratedDate::later_in_month(int days) const {
  return {year, month, std::min(day + days, days_in_month(year, month))};
}

}  // namespace samizdat::tools
