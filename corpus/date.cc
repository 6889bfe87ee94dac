#include "corpus/date.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <vector>

#include "corpus/ascii.h"

namespace samizdat::corpus {
namespace {

constexpr int kMinYear = 1000;
constexpr int kMaxYear = 2999;

constexpr std::array<std::string_view, 12> kMonthNames = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdayNames = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

bool is_valid(const Date& date) {
  if (date.year < kMinYear || date.year > kMaxYear) return false;
  if (date.month == 0) return date.day == 0;
  if (date.month < 1 || date.month > 12) return false;
  return date.day == 0 || (date.day >= 1 && date.day <= days_in_month(date.year, date.month));
}

std::optional<Date> validated(const Date& date) {
  return is_valid(date) ? std::optional<Date>(date) : std::nullopt;
}

// The value of `text` when it is wholly min_digits..max_digits decimal digits.
std::optional<int> parse_number(std::string_view text, std::size_t min_digits,
                                std::size_t max_digits) {
  if (text.size() < min_digits || text.size() > max_digits) return std::nullopt;
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// Index+1 of a full or 3-letter month name ("Oct", "Oct.", "october"); 0 if none.
int parse_month_name(std::string_view word) {
  const std::string lower = lower_ascii(word);
  for (std::size_t i = 0; i < kMonthNames.size(); ++i) {
    const std::string_view name = kMonthNames[i];
    if (lower == name || lower == name.substr(0, 3) || lower == std::string(name.substr(0, 3)) + ".")
      return static_cast<int>(i) + 1;
  }
  return 0;
}

bool is_weekday_name(std::string_view word) {
  const std::string lower = lower_ascii(word);
  for (const std::string_view name : kWeekdayNames) {
    if (lower == name || lower == name.substr(0, 3)) return true;
  }
  return false;
}

// A time after 'T' in an ISO timestamp: "12:00:00Z", "12:00+02:00".
bool is_iso_time(std::string_view text) {
  if (text.size() < 5 || !is_ascii_digit(text[0])) return false;
  for (const char c : text) {
    if (!is_ascii_digit(c) && std::string_view(":.+-Z").find(c) ==
                                                            std::string_view::npos)
      return false;
  }
  return true;
}

// "1917", "1917-10", "1917-10-06", "1917-10-06T12:00:00Z".
std::optional<Date> parse_iso(std::string_view text) {
  if (const auto t = text.find('T'); t != std::string_view::npos) {
    if (t != 10 || !is_iso_time(text.substr(t + 1))) return std::nullopt;
    text = text.substr(0, t);
  }
  Date date;
  const auto year = parse_number(text.substr(0, 4), 4, 4);
  if (!year) return std::nullopt;
  date.year = *year;
  if (text.size() == 4) return validated(date);
  const auto month = text.size() >= 7 && text[4] == '-' ? parse_number(text.substr(5, 2), 2, 2)
                                                         : std::nullopt;
  if (!month || *month == 0) return std::nullopt;
  date.month = *month;
  if (text.size() == 7) return validated(date);
  const auto day = text.size() == 10 && text[7] == '-' ? parse_number(text.substr(8, 2), 2, 2)
                                                        : std::nullopt;
  if (!day || *day == 0) return std::nullopt;
  date.day = *day;
  return validated(date);
}

// Splits on spaces and commas.
std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == ' ' || text[i] == ',' || text[i] == '\t') {
      if (i > start) words.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return words;
}

// "October 6 2017", "6 October 2017", "October 1917" (weekday already dropped).
std::optional<Date> parse_words(const std::vector<std::string_view>& words) {
  Date date;
  if (words.size() == 2) {
    date.month = parse_month_name(words[0]);
    date.year = parse_number(words[1], 4, 4).value_or(0);
  } else if (words.size() == 3) {
    const bool month_first = parse_month_name(words[0]) != 0;
    date.month = parse_month_name(words[month_first ? 0 : 1]);
    date.day = parse_number(words[month_first ? 1 : 0], 1, 2).value_or(0);
    date.year = parse_number(words[2], 4, 4).value_or(0);
    if (date.day == 0) return std::nullopt;
  } else {
    return std::nullopt;
  }
  if (date.month == 0) return std::nullopt;
  return validated(date);
}

std::string format_digits(int year, int month, int day) {
  std::array<char, 16> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%04d%02d%02d", year, month, day);
  return buffer.data();
}

// The first "YYYY-MM-DD" or "YYYY-MM" in `name` that no other digit touches
// and that is a real date.
std::optional<Date> iso_date_in(std::string_view name) {
  for (std::size_t at = 0; at + 7 <= name.size(); ++at) {
    if (at > 0 && is_ascii_digit(name[at - 1])) continue;
    for (const std::size_t length : {std::size_t{10}, std::size_t{7}}) {
      if (at + length > name.size() || (at + length < name.size() && is_ascii_digit(name[at + length]))) continue;
      // "1917-02-30" is no date, not a month with something after it.
      if (length == 7 && at + 9 <= name.size() && name[at + 7] == '-' && is_ascii_digit(name[at + 8])) continue;
      const std::string_view token = name.substr(at, length);
      if (token[4] != '-' || !is_ascii_digit(token[0])) continue;
      if (auto date = parse_iso(token)) return date;
    }
  }
  return std::nullopt;
}

// Folders `parts[first..]` read as YYYY, then MM, then DD, as far as they go.
std::optional<Date> date_of_folders(const std::vector<std::string_view>& parts, std::size_t first) {
  const auto year = parse_number(parts[first], 4, 4);
  if (!year) return std::nullopt;
  Date date{*year, 0, 0};
  if (first + 1 < parts.size()) {
    if (const auto month = parse_number(parts[first + 1], 2, 2); month && validated({*year, *month, 0})) {
      date.month = *month;
      const auto day = first + 2 < parts.size() ? parse_number(parts[first + 2], 2, 2) : std::nullopt;
      if (day && validated({*year, *month, *day})) date.day = *day;
    }
  }
  return validated(date);
}

}  // namespace

DatePrecision Date::precision() const {
  if (year == 0) return DatePrecision::kNone;
  if (month == 0) return DatePrecision::kYear;
  return day == 0 ? DatePrecision::kMonth : DatePrecision::kDay;
}

std::string Date::iso() const {
  if (empty()) return {};
  const std::string digits = format_digits(year, month, day);
  switch (precision()) {
    case DatePrecision::kYear:
      return digits.substr(0, 4);
    case DatePrecision::kMonth:
      return digits.substr(0, 4) + "-" + digits.substr(4, 2);
    default:
      return digits.substr(0, 4) + "-" + digits.substr(4, 2) + "-" + digits.substr(6, 2);
  }
}

std::string Date::first_day() const {
  if (empty()) return {};
  return format_digits(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
}

std::string Date::last_day() const {
  if (empty()) return {};
  const int last_month = month == 0 ? 12 : month;
  return format_digits(year, last_month, day == 0 ? days_in_month(year, last_month) : day);
}

std::string Date::decade() const {
  if (empty()) return {};
  return std::to_string(year / 10 * 10) + "s";
}

std::optional<Date> date_in_path(std::string_view relative) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0; start <= relative.size();) {
    const std::size_t slash = std::min(relative.find('/', start), relative.size());
    parts.push_back(relative.substr(start, slash - start));
    start = slash + 1;
  }
  for (std::size_t i = parts.size(); i-- > 0;) {
    if (auto date = iso_date_in(parts[i])) return date;
  }
  parts.pop_back();  // the file: only folders spell a date part by part
  for (std::size_t i = parts.size(); i-- > 0;) {
    if (auto date = date_of_folders(parts, i)) return date;
  }
  return std::nullopt;
}

std::optional<Date> parse_date(std::string_view text) {
  text = trim_ascii_space(text);
  if (text.empty()) return std::nullopt;
  if (is_ascii_digit(text[0]) && text.find(' ') == std::string_view::npos)
    return parse_iso(text);
  std::vector<std::string_view> words = split_words(text);
  if (!words.empty() && is_weekday_name(words.front())) words.erase(words.begin());
  return parse_words(words);
}

}  // namespace samizdat::corpus
