// @brief Facet values held in memory per document number, so a long-running
// server counts facets with array look-ups instead of reading value streams.
#ifndef SAMIZDAT_SEARCHER_FACET_CACHE_H_
#define SAMIZDAT_SEARCHER_FACET_CACHE_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "searcher/archive_set.h"

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

 private:
  const FacetCache& cache_;
  std::vector<std::size_t> indexes_;
  std::vector<std::vector<std::uint32_t>> counts_;  // per counted slot, by code
  Xapian::doccount seen_ = 0;
};

// The FacetCache of an ArchiveSet's current state, shared by the Searchers
// of one server. A cache is built on first use and again when the archive
// changes (a commit, a compaction: its revision or uuid); the two most
// recent are kept, so Searchers that reopen at different moments do not
// rebuild in turn. Only a set of one local database is cached: Xapian shows
// a match spy each shard's own document numbers, so several archives or
// shards, and archives read through xapian-tcpsrv, get nullptr and are
// counted from their value streams. Thread-safe.
class FacetCacheProvider {
 public:
  // `databases` are the --db entries of every ArchiveSet passed to get().
  explicit FacetCacheProvider(const std::vector<std::string>& databases);

  // The cache of `slots` for the current state of `archives`, or nullptr
  // when they are not one local database. Builds it (one pass over each slot's
  // values) when neither kept cache matches.
  // @exception Xapian::Error from reading the archives.
  [[nodiscard]] std::shared_ptr<const FacetCache> get(const ArchiveSet& archives,
                                                      const std::vector<Xapian::valueno>& slots);

 private:

  using Kept = std::pair<std::string, std::shared_ptr<const FacetCache>>;  // (archive state, cache)

  const bool remote_;
  std::mutex mutex_;
  std::vector<Kept> recent_;  // guarded by mutex_; newest last
};

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_FACET_CACHE_H_
