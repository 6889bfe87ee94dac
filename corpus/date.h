// @brief A calendar date that remembers how precise it is (year, month or day),
// and the parser for the date forms found in publications.
#ifndef SAMIZDAT_CORPUS_DATE_H_
#define SAMIZDAT_CORPUS_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace samizdat::corpus {

enum class DatePrecision { kNone, kYear, kMonth, kDay };

// A date known to the year, the month or the day. Unknown parts are 0.
struct Date {
  int year = 0;
  int month = 0;  // 1-12, or 0 when only the year is known
  int day = 0;    // 1-31, or 0 when only the month or year is known

  [[nodiscard]] DatePrecision precision() const;
  [[nodiscard]] bool empty() const { return year == 0; }
  // "1917", "1917-10" or "1917-10-06"; "" when empty.
  [[nodiscard]] std::string iso() const;
  // First and last day of the period the date covers, as "YYYYMMDD"
  // ("1917" covers 19170101..19171231). Empty strings when empty.
  [[nodiscard]] std::string first_day() const;
  [[nodiscard]] std::string last_day() const;
  // "1910s"; "" when empty.
  [[nodiscard]] std::string decade() const;

  friend bool operator==(const Date&, const Date&) = default;
};

// Parses a whole string as a date: "2017-10-06", "2017-10", "1917",
// "Friday, October 6, 2017", "October 6, 2017", "6 October 2017",
// "October 1917", "2017-10-06T12:00:00Z". Returns nullopt for anything else,
// including impossible dates (1917-02-30).
[[nodiscard]] std::optional<Date> parse_date(std::string_view text);

// The date a corpus path ('/'-separated, relative to the corpus root) names,
// for documents that state none. The deepest ISO date in a folder or file
// name wins ("news/2017-10-06-strike.md", "1917-10/leaflet.txt"); else
// folders that spell a date ("2017/10/06/a.txt", "1917/10/a.txt") or a year
// alone ("speeches/1948/AUS_03_1948.txt": 1948). A year in a file name alone
// ("1984.txt") is not taken: it names too much else.
[[nodiscard]] std::optional<Date> date_in_path(std::string_view relative);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_DATE_H_
