// @brief Facet values held in memory per document number, so a long-running
// server counts facets with array look-ups instead of reading value streams.
#ifndef SAMIZDAT_SEARCHER_FACET_CACHE_H_
#define SAMIZDAT_SEARCHER_FACET_CACHE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

namespace samizdat::searcher {

// The values of some slots of one state of a database: for each slot, each
// distinct value gets a code (0 = no value) and each document number its
// code. Memory is 4 bytes per slot per document number plus the distinct
// values. Immutable after construction; safe to share between threads.
class FacetCache {
 public:
  using Code = std::uint32_t;

  // Reads every value of `slots` from `database` (one value stream each).
  // @exception Xapian::Error from reading the database.
  FacetCache(const Xapian::Database& database, const std::vector<Xapian::valueno>& slots);

  // The position of `slot` in the constructor's list; nullopt when not cached.
  [[nodiscard]] std::optional<std::size_t> index_of(Xapian::valueno slot) const;

  // The code of document `id` in slot number `index` (0 past the last document).
  [[nodiscard]] Code code(std::size_t index, Xapian::docid id) const {
    const auto& codes = slots_[index].codes;
    return id < codes.size() ? codes[id] : 0;
  }

  // The distinct values of slot number `index`, by code ("" for code 0).
  [[nodiscard]] const std::vector<std::string>& values(std::size_t index) const {
    return slots_[index].values;
  }

 private:
  struct Slot {
    Xapian::valueno slot = 0;
    std::vector<Code> codes;           // by document number
    std::vector<std::string> values;   // by code
  };
  std::vector<Slot> slots_;
};

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
