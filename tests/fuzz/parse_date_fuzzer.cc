// @brief libFuzzer target: corpus::parse_date, checking that every date it
// accepts is a real calendar date that survives a round trip through iso().
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "corpus/date.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

using samizdat::corpus::Date;
using samizdat::fuzz::check;

void check_date(const Date& date) {
  check(!date.empty(), "a parsed date has a year");
  check(date.month >= 0 && date.month <= 12, "month in 0..12");
  check(date.day >= 0 && date.day <= 31, "day in 0..31");
  check(date.month != 0 || date.day == 0, "no day without a month");
  check(date.first_day() <= date.last_day(), "first day not after last day");
  const auto again = samizdat::corpus::parse_date(date.iso());
  check(again.has_value() && *again == date, "iso() parses back to the same date");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (const auto date = samizdat::corpus::parse_date(text)) check_date(*date);
  return 0;
}
