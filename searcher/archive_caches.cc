#include "searcher/archive_caches.h"

#include <algorithm>
#include <thread>
#include <utility>

namespace samizdat::searcher {
namespace {

constexpr std::size_t kKeptPerCache = 2;

template <typename Value>
using Kept = std::vector<std::pair<std::string, Value>>;

// The value kept for `state` in `recent`, or nullptr.
template <typename Value>
[[nodiscard]] const Value* find_kept(const Kept<Value>& recent, const std::string& state) {
  const auto kept = std::ranges::find(recent, state, &std::pair<std::string, Value>::first);
  return kept == recent.end() ? nullptr : &kept->second;
}

// Keeps `value` for `state` in place of the oldest and returns it.
template <typename Value>
Value keep(Kept<Value>& recent, const std::string& state, Value value) {
  if (recent.size() == kKeptPerCache) recent.erase(recent.begin());
  recent.emplace_back(state, std::move(value));
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
  if (const auto* kept = find_kept(facets_.kept, *state)) return *kept;
  const auto start = clock_();
  if (last_facets_build_) {
    const auto spacing = std::max<std::chrono::steady_clock::duration>(
        kMinRebuildSpacing, kRebuildSpacingFactor * last_facets_build_->took);
    if (start < last_facets_build_->finished + spacing) return nullptr;
  }
  auto made = std::make_shared<const FacetCache>(archives.database(), slots);
  const auto finished = clock_();
  last_facets_build_ = Build{finished, finished - start};
  return keep<FacetCacheRef>(facets_.kept, *state, std::move(made));
}

ArchiveStats ArchiveCaches::stats(const ArchiveSet& archives, const std::function<ArchiveStats()>& compute) {
  const auto state = state_of(archives);
  if (!state) return compute();
  const std::lock_guard lock(stats_.mutex);
  if (const auto* kept = find_kept(stats_.kept, *state)) return **kept;
  return *keep<std::shared_ptr<const ArchiveStats>>(stats_.kept, *state,
                                                    std::make_shared<const ArchiveStats>(compute()));
}

}  // namespace samizdat::searcher
