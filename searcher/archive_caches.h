// @brief What a long-running server keeps per archive revision, shared by
// its Searchers: the facet cache and the archive statistics.
#ifndef SAMIZDAT_SEARCHER_ARCHIVE_CACHES_H_
#define SAMIZDAT_SEARCHER_ARCHIVE_CACHES_H_

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "searcher/archive_set.h"
#include "searcher/facet_cache.h"
#include "searcher/searcher.h"

namespace samizdat::searcher {

// Values computed from the current state of an ArchiveSet, shared by the
// Searchers of one server. Each is made on first use and again when the
// archive changes (a commit or a compaction changes its revision or uuid);
// the two most recent of each are kept, so Searchers that reopen at
// different moments do not rebuild in turn. Facet caches are kept per
// local shard, by its name (a match spy sees each shard's own document
// numbers, so a search over several shards counts them one by one);
// statistics only for a set of one local database. A remote database has no
// revision of its own, so what it needs is computed afresh each time.
// Thread-safe.
class ArchiveCaches {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;

  // `clock` tells the time (tests pass their own).
  explicit ArchiveCaches(Clock clock = std::chrono::steady_clock::now) : clock_(std::move(clock)) {}

  // A search of the server in progress, counted while it lives, so that a
  // search can tell whether the others leave a core idle.
  class Searching {
   public:
    explicit Searching(ArchiveCaches& caches);
    ~Searching();
    Searching(const Searching&) = delete;
    Searching& operator=(const Searching&) = delete;
    // Whether fewer searches than cores were running when this one started.
    [[nodiscard]] bool core_free() const { return core_free_; }

   private:
    std::atomic<unsigned>& running_;
    bool core_free_;
  };

  // The facet cache of `slots` for the current state of `archives`, or
  // nullptr when they are not one local database: the facet table
  // samizdat-index saved in the archive folder when it is of that state
  // (FacetCache::load), else one built here. Building one reads each
  // slot's values once (1.3 s for 4.2 million documents), so while states
  // follow each other quickly (samizdat-index commits a batch every second
  // or so) a new one is built at most once per ten times the last build
  // took, and at least kMinRebuildSpacing after it: meanwhile, nullptr (the
  // searches count from the value streams).
  // @exception Xapian::Error from reading the archives.
  [[nodiscard]] std::shared_ptr<const FacetCache> facets(const ArchiveSet& archives,
                                                         const std::vector<Xapian::valueno>& slots);
  // The same for one local shard of a set, the archive folder `name`
  // (ArchiveEntry::name) open as `shard`: each name has its own rebuild
  // spacing and its two most recent states kept, so a rebuilt archive (a new
  // uuid) replaces its old caches instead of adding to them.
  [[nodiscard]] std::shared_ptr<const FacetCache> facets(const std::string& name, const Xapian::Database& shard,
                                                         const std::vector<Xapian::valueno>& slots);

  // The statistics of the current state of `archives`: `compute()`'s result,
  // kept per state (computing reads the value streams of every document).
  // @exception whatever `compute` throws.
  [[nodiscard]] ArchiveStats stats(const ArchiveSet& archives, const std::function<ArchiveStats()>& compute);

 private:
  template <typename Value>
  struct Recent {
    std::mutex mutex;
    std::vector<std::pair<std::string, Value>> kept;  // guarded by mutex; newest last
  };

  [[nodiscard]] std::optional<std::string> state_of(const ArchiveSet& archives) const;

  using FacetCacheRef = std::shared_ptr<const FacetCache>;

  // Keeps `made` as the newest state of the name whose states start with
  // `prefix` (its oldest goes when it has two); returns it. Call with
  // facets_.mutex held.
  FacetCacheRef keep_facets(const std::string& prefix, std::string state, FacetCacheRef made);

  static constexpr std::chrono::seconds kMinRebuildSpacing{2};
  static constexpr int kRebuildSpacingFactor = 10;

  // When the last facet cache was finished and how long it took to build.
  struct Build {
    std::chrono::steady_clock::time_point finished;
    std::chrono::steady_clock::duration took;
  };

  Clock clock_;
  std::map<std::string, Build> last_facets_builds_;  // by archive name; guarded by facets_.mutex
  std::atomic<unsigned> searching_ = 0;
  Recent<FacetCacheRef> facets_;
  Recent<std::shared_ptr<const ArchiveStats>> stats_;
};

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_ARCHIVE_CACHES_H_
