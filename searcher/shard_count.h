// @brief Counting a query's matches and facets shard by shard, for an
// archive made of several local shards (samizdat-index --shards N).
#ifndef SAMIZDAT_SEARCHER_SHARD_COUNT_H_
#define SAMIZDAT_SEARCHER_SHARD_COUNT_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "searcher/facet_cache.h"
#include "searcher/field_table.h"
#include "searcher/search_request.h"

namespace samizdat::searcher {

// The matches of `query` counted without weights in each of `shards` on its
// own, with `fields` counted from the shard's cache (`caches[k]`, when not
// null) or its value streams read once, and summed. A search over the
// combined database shows a match spy only each shard's own document
// numbers, not which shard it is in, so neither the caches nor the value
// streams of the shards could serve it. Each shard is exact up to
// `check_at_least` matches. `caches` is empty or one per shard.
// With `helpers` (second handles on the same shards at the same revisions,
// one per shard: Xapian handles are not shared between threads), every
// other shard is counted on a second thread through its helper. `query`
// may then not hold a PostingSource (it is copied through serialise()).
// @exception Xapian::Error from a search.
class ShardCount {
 public:
  ShardCount(const std::vector<const Xapian::Database*>& shards,
             const std::vector<std::shared_ptr<const FacetCache>>& caches, const Xapian::Query& query,
             const std::vector<const Field*>& fields, Xapian::doccount check_at_least,
             const std::vector<Xapian::Database>* helpers = nullptr);

  // Bounds on the number of matches (equal when exact).
  [[nodiscard]] Xapian::doccount lower_bound() const { return lower_; }
  [[nodiscard]] Xapian::doccount upper_bound() const { return upper_; }
  // Counts per field, as FacetCounter::counts() gives them.
  [[nodiscard]] const std::map<std::string, FacetCounts>& counts() const { return counts_; }
  // Documents the counters saw.
  [[nodiscard]] Xapian::doccount documents_seen() const { return seen_; }

 private:
  Xapian::doccount lower_ = 0;
  Xapian::doccount upper_ = 0;
  Xapian::doccount seen_ = 0;
  std::map<std::string, FacetCounts> counts_;
};

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_SHARD_COUNT_H_
