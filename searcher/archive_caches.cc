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
  if (!archives.one_local_database()) return nullptr;
  return facets(archives.entries().front().name, archives.database(), slots);
}

std::shared_ptr<const FacetCache> ArchiveCaches::facets(const std::string& name, const Xapian::Database& shard,
                                                        const std::vector<Xapian::valueno>& slots) {
  // Names cannot hold a NUL, so this prefix marks the states of `name` alone.
  const std::string prefix = name + '\0';
  std::string state = prefix + shard.get_uuid() + ':' + std::to_string(shard.get_revision());
  for (const auto slot : slots) state += ',' + std::to_string(slot);
  const std::lock_guard lock(facets_.mutex);
  if (const auto* kept = find_kept(facets_.kept, state)) return *kept;
  std::shared_ptr<const FacetCache> made = FacetCache::load(name, shard, slots);
  if (made) return keep_facets(prefix, std::move(state), std::move(made));
  const auto start = clock_();
  if (const auto last = last_facets_builds_.find(name); last != last_facets_builds_.end()) {
    const auto spacing = std::max<std::chrono::steady_clock::duration>(
        kMinRebuildSpacing, kRebuildSpacingFactor * last->second.took);
    if (start < last->second.finished + spacing) return nullptr;
  }
  made = std::make_shared<const FacetCache>(shard, slots);
  const auto finished = clock_();
  last_facets_builds_[name] = Build{finished, finished - start};
  return keep_facets(prefix, std::move(state), std::move(made));
}

ArchiveCaches::FacetCacheRef ArchiveCaches::keep_facets(const std::string& prefix, std::string state,
                                                        FacetCacheRef made) {
  // This name's oldest state makes room.
  const auto is_mine = [&](const auto& entry) { return entry.first.starts_with(prefix); };
  if (std::ranges::count_if(facets_.kept, is_mine) >= static_cast<std::ptrdiff_t>(kKeptPerCache)) {
    facets_.kept.erase(std::ranges::find_if(facets_.kept, is_mine));
  }
  facets_.kept.emplace_back(std::move(state), made);
  return made;
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
