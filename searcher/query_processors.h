// @brief The query parser's helpers: boolean prefixes folded like the
// indexer folds them, and date ranges that match overlapping periods.
#ifndef SAMIZDAT_SEARCHER_QUERY_PROCESSORS_H_
#define SAMIZDAT_SEARCHER_QUERY_PROCESSORS_H_

#include <string>

#include <xapian.h>

#include "searcher/field_table.h"

namespace samizdat::searcher {

// `pub:"New York Times"` -> FieldTable::query(), the value folded exactly as
// the indexer folded it. Holds a reference to `field`, which must outlive it.
class FieldTermProcessor : public Xapian::FieldProcessor {
 public:
  explicit FieldTermProcessor(const Field& field) : field_(field) {}
  Xapian::Query operator()(const std::string& value) override;
  [[nodiscard]] const Field& field() const { return field_; }

 private:
  const Field& field_;
};

// `date:1917-02..1917-11`: a document's date is a period (kSlotDateFirst to
// kSlotDateLast; "1917" covers the whole year) and it matches when that
// period overlaps the range. Endpoints are YYYY, YYYY-MM or YYYY-MM-DD; either
// may be left out ("date:..1917"). A bad endpoint throws
// Xapian::QueryParserError saying which and why.
class DateRangeProcessor : public Xapian::RangeProcessor {
 public:
  explicit DateRangeProcessor(const std::string& prefix);
  Xapian::Query operator()(const std::string& begin, const std::string& end) override;
};

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_QUERY_PROCESSORS_H_
