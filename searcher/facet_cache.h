// @brief Counting facets with a FacetCache: array look-ups per match instead
// of reading value streams.
#ifndef SAMIZDAT_SEARCHER_FACET_CACHE_H_
#define SAMIZDAT_SEARCHER_FACET_CACHE_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "corpus/facet_table.h"

namespace samizdat::searcher {

// The facet values of one state of an archive by document number: built by
// a server, or saved by samizdat-index in the archive folder
// (corpus::FacetTable::load).
using FacetCache = corpus::FacetTable;

// Counts, for the documents it is shown, how many hold each code of some
// cached slots. Attach to an Enquire of the database the cache was built from.
class CachedFacetSpy final : public Xapian::MatchSpy {
 public:
  // `cache` must outlive the spy; `indexes` are FacetCache slot positions.
  CachedFacetSpy(const FacetCache& cache, std::vector<std::size_t> indexes);

  void operator()(const Xapian::Document& document, double weight) override;
  [[nodiscard]] std::string name() const override { return "samizdat::CachedFacetSpy"; }

  // (value, documents) of the i-th counted slot, values with no document left out.
  [[nodiscard]] std::vector<std::pair<std::string, std::uint64_t>> counts(std::size_t i) const;
  [[nodiscard]] Xapian::doccount documents_seen() const { return seen_; }

  // Adds the counts of `other`, a spy over the same cache and slots that saw
  // other documents. @exception std::invalid_argument when its slots differ.
  void add(const CachedFacetSpy& other);

 private:
  const FacetCache& cache_;
  std::vector<std::size_t> indexes_;
  std::vector<std::vector<std::uint32_t>> counts_;  // per counted slot, by code
  Xapian::doccount seen_ = 0;
};

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_FACET_CACHE_H_
