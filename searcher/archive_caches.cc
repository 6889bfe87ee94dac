#include "searcher/archive_caches.h"

#include <algorithm>
#include <thread>

namespace samizdat::searcher {
namespace {

constexpr std::size_t kKeptPerCache = 2;

// The value kept for `state` in `recent`, or `make()`'s, kept in place of the oldest.
template <typename Value, typename Make>
[[nodiscard]] Value kept_or_made(std::vector<std::pair<std::string, Value>>& recent, const std::string& state,
                                 Make make) {
  const auto kept = std::ranges::find(recent, state, &std::pair<std::string, Value>::first);
  if (kept != recent.end()) return kept->second;
  if (recent.size() == kKeptPerCache) recent.erase(recent.begin());
  recent.emplace_back(state, make());
  return recent.back().second;
}

}  // namespace

ArchiveCaches::Searching::Searching(ArchiveCaches& caches)
    : running_(caches.searching_), core_free_(running_.fetch_add(1) + 1 < std::thread::hardware_concurrency()) {}

ArchiveCaches::Searching::~Searching() { --running_; }

std::optional<std::string> ArchiveCaches::state_of(const ArchiveSet& archives) const {
  if (!archives.one_local_database()) return std::nullopt;
  const Xapian::Database& database = archives.database();
  return database.get_uuid() + ':' + std::to_string(database.get_revision());
}

std::shared_ptr<const FacetCache> ArchiveCaches::facets(const ArchiveSet& archives,
                                                        const std::vector<Xapian::valueno>& slots) {
  auto state = state_of(archives);
  if (!state) return nullptr;
  for (const auto slot : slots) *state += ',' + std::to_string(slot);
  const std::lock_guard lock(facets_.mutex);
  const auto kept = std::ranges::find(facets_.kept, *state, &std::pair<std::string, FacetCacheRef>::first);
  if (kept != facets_.kept.end()) return kept->second;
  const auto start = clock_();
  if (last_facets_build_) {
    const auto spacing = std::max<std::chrono::steady_clock::duration>(
        kMinRebuildSpacing, kRebuildSpacingFactor * last_facets_build_->took);
    if (start < last_facets_build_->finished + spacing) return nullptr;
  }
  auto made = kept_or_made(facets_.kept, *state,
                           [&] { return std::make_shared<const FacetCache>(archives.database(), slots); });
  const auto finished = clock_();
  last_facets_build_ = Build{finished, finished - start};
  return made;
}

ArchiveStats ArchiveCaches::stats(const ArchiveSet& archives, const std::function<ArchiveStats()>& compute) {
  const auto state = state_of(archives);
  if (!state) return compute();
  const std::lock_guard lock(stats_.mutex);
  return *kept_or_made(stats_.kept, *state, [&] { return std::make_shared<const ArchiveStats>(compute()); });
}

}  // namespace samizdat::searcher
