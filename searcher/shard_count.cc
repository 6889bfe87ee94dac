#include "searcher/shard_count.h"

#include <future>

#include "searcher/facet_counter.h"

namespace samizdat::searcher {
namespace {

// One shard's count.
struct Counted {
  Xapian::doccount lower = 0;
  Xapian::doccount upper = 0;
  Xapian::doccount seen = 0;
  std::map<std::string, FacetCounts> counts;
};

Counted count_shard(const Xapian::Database& shard, const FacetCache* cache, const Xapian::Query& query,
                    const std::vector<const Field*>& fields, Xapian::doccount check_at_least) {
  Xapian::Enquire enquire(shard);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const FacetCounter counter(enquire, fields, cache, &shard);
  const Xapian::MSet matches = enquire.get_mset(0, 0, check_at_least);
  return {matches.get_matches_lower_bound(), matches.get_matches_upper_bound(), counter.documents_seen(),
          counter.counts()};
}

}  // namespace

ShardCount::ShardCount(const std::vector<const Xapian::Database*>& shards,
                       const std::vector<std::shared_ptr<const FacetCache>>& caches, const Xapian::Query& query,
                       const std::vector<const Field*>& fields, Xapian::doccount check_at_least,
                       const std::vector<Xapian::Database>* helpers) {
  const auto cache_of = [&](std::size_t k) { return caches.empty() ? nullptr : caches[k].get(); };
  // Shards 1, 3, 5... on the second thread, with their helpers and a copy of
  // the query tree of its own (Xapian's reference counts are not atomic).
  std::vector<Counted> counted(shards.size());
  std::future<void> second;
  if (helpers != nullptr && shards.size() > 1) {
    second = std::async(std::launch::async, [&, copy = Xapian::Query::unserialise(query.serialise())] {
      for (std::size_t k = 1; k < shards.size(); k += 2) {
        counted[k] = count_shard((*helpers)[k], cache_of(k), copy, fields, check_at_least);
      }
    });
  }
  for (std::size_t k = 0; k < shards.size(); k += second.valid() ? 2 : 1) {
    counted[k] = count_shard(*shards[k], cache_of(k), query, fields, check_at_least);
  }
  if (second.valid()) second.get();
  std::vector<std::map<std::string, FacetCounts>> parts;
  for (auto& shard : counted) {
    lower_ += shard.lower;
    upper_ += shard.upper;
    seen_ += shard.seen;
    parts.push_back(std::move(shard.counts));
  }
  counts_ = sum_counts(parts, fields);
}

}  // namespace samizdat::searcher
