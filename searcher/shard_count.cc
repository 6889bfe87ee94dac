#include "searcher/shard_count.h"

#include "searcher/facet_counter.h"

namespace samizdat::searcher {

ShardCount::ShardCount(const std::vector<const Xapian::Database*>& shards,
                       const std::vector<std::shared_ptr<const FacetCache>>& caches, const Xapian::Query& query,
                       const std::vector<const Field*>& fields, Xapian::doccount check_at_least) {
  std::vector<std::map<std::string, FacetCounts>> parts;
  for (std::size_t k = 0; k < shards.size(); ++k) {
    Xapian::Enquire enquire(*shards[k]);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    const FacetCounter counter(enquire, fields, caches.empty() ? nullptr : caches[k].get(), shards[k]);
    const Xapian::MSet matches = enquire.get_mset(0, 0, check_at_least);
    lower_ += matches.get_matches_lower_bound();
    upper_ += matches.get_matches_upper_bound();
    seen_ += counter.documents_seen();
    parts.push_back(counter.counts());
  }
  counts_ = sum_counts(parts, fields);
}

}  // namespace samizdat::searcher
