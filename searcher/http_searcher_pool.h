// @brief Searchers shared by the server's worker threads: each request leases
// one, so every Searcher is used by one thread at a time.
#ifndef SAMIZDAT_SEARCHER_HTTP_SEARCHER_POOL_H_
#define SAMIZDAT_SEARCHER_HTTP_SEARCHER_POOL_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "searcher/archive_caches.h"
#include "searcher/searcher.h"

namespace samizdat::searcher {

// A pool of Searchers over the same archives, grown on demand: at most one
// Searcher per request served at the same time. They share one
// ArchiveCaches: facets are counted from memory, statistics kept. Thread-safe.
class SearcherPool {
 public:
  // Opens one Searcher now, so a bad archive is reported at start.
  // @exception ArchiveError as Searcher's constructor.
  explicit SearcherPool(std::vector<std::string> databases);
  SearcherPool(const SearcherPool&) = delete;
  SearcherPool& operator=(const SearcherPool&) = delete;

  // A Searcher for the lease's lifetime, given back to the pool after.
  // The pool must outlive its leases.
  class Lease {
   public:
    Lease(SearcherPool& pool, std::unique_ptr<Searcher> searcher);
    ~Lease();
    Lease(Lease&&) noexcept = default;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Lease& operator=(Lease&&) = delete;
    [[nodiscard]] Searcher& get() const { return *searcher_; }

   private:
    SearcherPool* pool_;
    std::unique_ptr<Searcher> searcher_;
  };

  // An idle Searcher, or a new one when all are busy.
  // @exception ArchiveError when a new one cannot open the archives.
  [[nodiscard]] Lease acquire();

 private:
  void give_back(std::unique_ptr<Searcher> searcher);

  const std::vector<std::string> databases_;
  ArchiveCaches caches_;  // shared by every Searcher of the pool
  std::mutex mutex_;
  std::vector<std::unique_ptr<Searcher>> idle_;  // guarded by mutex_
};

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_HTTP_SEARCHER_POOL_H_
