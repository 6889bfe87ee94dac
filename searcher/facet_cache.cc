#include "searcher/facet_cache.h"

#include <algorithm>
#include <fstream>
#include <unordered_map>

namespace samizdat::searcher {
namespace {

constexpr std::size_t kKeptCaches = 2;

// Whether `name` is read through xapian-tcpsrv: "tcp://..." or a stub file
// with a "remote" line. A custom match spy cannot run on a remote server.
[[nodiscard]] bool is_remote(const std::string& name) {
  if (name.starts_with("tcp://")) return true;
  std::ifstream stub(name);
  std::string line;
  while (std::getline(stub, line)) {
    if (line.starts_with("remote")) return true;
  }
  return false;
}

// The uuid and revision of the one database of `archives`; nullopt when they
// hold several (several --db, or a stub listing shards): a match spy is shown
// each shard's own document numbers, which do not say which shard it is.
[[nodiscard]] std::optional<std::string> state_of(const ArchiveSet& archives) {
  if (archives.entries().size() != 1) return std::nullopt;
  const Xapian::Database& database = archives.entries().front().database;
  try {
    return database.get_uuid() + ':' + std::to_string(database.get_revision());
  } catch (const Xapian::InvalidOperationError&) {
    return std::nullopt;  // several shards
  }
}

}  // namespace

FacetCache::FacetCache(const Xapian::Database& database, const std::vector<Xapian::valueno>& slots) {
  const Xapian::docid last = database.get_lastdocid();
  for (const auto slot : slots) {
    Slot& cached = slots_.emplace_back(Slot{slot, std::vector<Code>(last + 1, 0), {""}});
    std::unordered_map<std::string, Code> code_of;
    for (auto value = database.valuestream_begin(slot); value != database.valuestream_end(slot); ++value) {
      const auto [found, added] = code_of.try_emplace(*value, static_cast<Code>(cached.values.size()));
      if (added) cached.values.push_back(*value);
      cached.codes[value.get_docid()] = found->second;
    }
  }
}

std::optional<std::size_t> FacetCache::index_of(Xapian::valueno slot) const {
  const auto found = std::ranges::find(slots_, slot, &Slot::slot);
  if (found == slots_.end()) return std::nullopt;
  return static_cast<std::size_t>(found - slots_.begin());
}

CachedFacetSpy::CachedFacetSpy(const FacetCache& cache, std::vector<std::size_t> indexes)
    : cache_(cache), indexes_(std::move(indexes)) {
  for (const auto index : indexes_) counts_.emplace_back(cache_.values(index).size(), 0);
}

void CachedFacetSpy::operator()(const Xapian::Document& document, double /*weight*/) {
  const Xapian::docid id = document.get_docid();
  ++seen_;
  for (std::size_t i = 0; i < indexes_.size(); ++i) ++counts_[i][cache_.code(indexes_[i], id)];
}

std::vector<std::pair<std::string, std::uint64_t>> CachedFacetSpy::counts(std::size_t i) const {
  const auto& values = cache_.values(indexes_[i]);
  std::vector<std::pair<std::string, std::uint64_t>> counts;
  for (std::size_t code = 1; code < values.size(); ++code) {
    if (counts_[i][code] != 0) counts.emplace_back(values[code], counts_[i][code]);
  }
  return counts;
}

FacetCacheProvider::FacetCacheProvider(const std::vector<std::string>& databases)
    : remote_(std::ranges::any_of(databases, is_remote)) {}

std::shared_ptr<const FacetCache> FacetCacheProvider::get(const ArchiveSet& archives,
                                                          const std::vector<Xapian::valueno>& slots) {
  if (remote_) return nullptr;
  auto state = state_of(archives);
  if (!state) return nullptr;
  for (const auto slot : slots) *state += ',' + std::to_string(slot);
  const std::lock_guard lock(mutex_);
  const auto kept = std::ranges::find(recent_, *state, &Kept::first);
  if (kept != recent_.end()) return kept->second;
  if (recent_.size() == kKeptCaches) recent_.erase(recent_.begin());
  recent_.emplace_back(*state, std::make_shared<const FacetCache>(archives.database(), slots));
  return recent_.back().second;
}

}  // namespace samizdat::searcher
