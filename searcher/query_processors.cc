#include "searcher/query_processors.h"

#include "corpus/date.h"
#include "corpus/schema.h"
#include "searcher/match_all.h"

namespace samizdat::searcher {
namespace {

namespace schema = corpus::schema;

// A range endpoint must be a plain ISO date: parse_date also accepts prose
// ("October 1917") that cannot appear inside one query-parser token anyway.
[[nodiscard]] corpus::Date parse_endpoint(const std::string& text) {
  const bool iso_shaped = text.size() == 4 || text.size() == 7 || text.size() == 10;
  const auto date = iso_shaped ? corpus::parse_date(text) : std::nullopt;
  if (!date) {
    throw Xapian::QueryParserError("date range endpoint '" + text +
                                   "' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
  }
  return *date;
}

}  // namespace

Xapian::Query FieldTermProcessor::operator()(const std::string& value) {
  return FieldTable::query(field_, value);
}

DateRangeProcessor::DateRangeProcessor(const std::string& prefix)
    : Xapian::RangeProcessor(schema::kSlotDateFirst, prefix) {}

Xapian::Query DateRangeProcessor::operator()(const std::string& begin, const std::string& end) {
  if (begin.empty() && end.empty()) return match_all();
  Xapian::Query starts_before_end = match_all();
  Xapian::Query ends_after_begin = match_all();
  if (!end.empty()) {
    starts_before_end = Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kSlotDateFirst,
                                      parse_endpoint(end).last_day());
  }
  if (!begin.empty()) {
    ends_after_begin = Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kSlotDateLast,
                                     parse_endpoint(begin).first_day());
  }
  return Xapian::Query(Xapian::Query::OP_AND, starts_before_end, ends_after_begin);
}

}  // namespace samizdat::searcher
