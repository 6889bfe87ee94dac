#include "searcher/facet_cache.h"

#include <algorithm>
#include <functional>
#include <stdexcept>

namespace samizdat::searcher {

CachedFacetSpy::CachedFacetSpy(const FacetCache& cache, std::vector<std::size_t> indexes)
    : cache_(cache), indexes_(std::move(indexes)) {
  for (const auto index : indexes_) counts_.emplace_back(cache_.value_count(index), 0);
}

void CachedFacetSpy::operator()(const Xapian::Document& document, double /*weight*/) {
  const Xapian::docid id = document.get_docid();
  ++seen_;
  for (std::size_t i = 0; i < indexes_.size(); ++i) ++counts_[i][cache_.code(indexes_[i], id)];
}

void CachedFacetSpy::add(const CachedFacetSpy& other) {
  if (&other.cache_ != &cache_ || other.indexes_ != indexes_) {
    throw std::invalid_argument("CachedFacetSpy::add: spies over other slots");
  }
  seen_ += other.seen_;
  for (std::size_t i = 0; i < counts_.size(); ++i) {
    std::ranges::transform(counts_[i], other.counts_[i], counts_[i].begin(), std::plus<>{});
  }
}

std::vector<std::pair<std::string, std::uint64_t>> CachedFacetSpy::counts(std::size_t i) const {
  std::vector<std::pair<std::string, std::uint64_t>> counts;
  for (std::size_t code = 1; code < counts_[i].size(); ++code) {
    if (counts_[i][code] != 0) {
      counts.emplace_back(cache_.value(indexes_[i], static_cast<FacetCache::Code>(code)), counts_[i][code]);
    }
  }
  return counts;
}

}  // namespace samizdat::searcher
