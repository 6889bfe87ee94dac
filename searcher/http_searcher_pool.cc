#include "searcher/http_searcher_pool.h"

namespace samizdat::searcher {

SearcherPool::SearcherPool(std::vector<std::string> databases)
    : databases_(std::move(databases)) {
  idle_.push_back(std::make_unique<Searcher>(databases_, &caches_));
}

SearcherPool::Lease::Lease(SearcherPool& pool, std::unique_ptr<Searcher> searcher)
    : pool_(&pool), searcher_(std::move(searcher)) {}

SearcherPool::Lease::~Lease() {
  if (searcher_) pool_->give_back(std::move(searcher_));
}

SearcherPool::Lease SearcherPool::acquire() {
  {
    const std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto searcher = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(searcher));
    }
  }
  // Opened outside the lock: opening can take a while (remote shards).
  return Lease(*this, std::make_unique<Searcher>(databases_, &caches_));
}

void SearcherPool::give_back(std::unique_ptr<Searcher> searcher) {
  const std::lock_guard lock(mutex_);
  idle_.push_back(std::move(searcher));
}

}  // namespace samizdat::searcher
