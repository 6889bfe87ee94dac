// @brief Counting a query's matches and facets on two threads at once, each
// over half of the document numbers, for a server with idle cores.
#ifndef SAMIZDAT_SEARCHER_SPLIT_COUNT_H_
#define SAMIZDAT_SEARCHER_SPLIT_COUNT_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "searcher/facet_cache.h"
#include "searcher/facet_counter.h"
#include "searcher/field_table.h"

namespace samizdat::searcher {

// The matches of `query` counted without weights, with `fields` counted
// from `cache`: documents 1 to N/2 through `database` on the calling thread,
// the rest through `helper` on a second thread. `helper` must be a second
// handle on the same archive at the same revision (Xapian handles are not
// shared between threads) and `cache` built from that revision. `query` may
// not hold a PostingSource (it is copied through serialise()). Each half is
// exact up to `check_at_least` matches.
// @exception Xapian::Error from either search.
class SplitCount {
 public:
  SplitCount(const Xapian::Database& database, const Xapian::Database& helper, const Xapian::Query& query,
             const std::vector<const Field*>& fields, const FacetCache& cache, Xapian::doccount check_at_least);
  ~SplitCount();
  SplitCount(const SplitCount&) = delete;
  SplitCount& operator=(const SplitCount&) = delete;

  // Bounds on the number of matches (equal when exact).
  [[nodiscard]] Xapian::doccount lower_bound() const { return lower_; }
  [[nodiscard]] Xapian::doccount upper_bound() const { return upper_; }
  // Both halves' facet counts.
  [[nodiscard]] const FacetCounter& counter() const;
  [[nodiscard]] std::map<std::string, FacetCounts> counts() const { return counter().counts(); }
  [[nodiscard]] Xapian::doccount documents_seen() const { return counter().documents_seen(); }

 private:
  struct Half;
  std::unique_ptr<Half> first_;
  std::unique_ptr<Half> second_;
  Xapian::doccount lower_ = 0;
  Xapian::doccount upper_ = 0;
};

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_SPLIT_COUNT_H_
