#include "searcher/quotation_clusters.h"

#include <algorithm>
#include <set>
#include <utility>

#include "corpus/error.h"
#include "corpus/schema.h"
#include "searcher/searcher.h"

namespace samizdat::searcher {
namespace {

namespace schema = corpus::schema;

std::string year_text(int year) { return year == 0 ? "unknown" : std::to_string(year); }

std::string join(const std::vector<std::string>& values) {
  std::string joined;
  for (const auto& value : values) joined += (joined.empty() ? "" : "; ") + value;
  return joined;
}

}  // namespace

std::optional<ClusterInfo> ClusterCache::find(Xapian::docid document, const std::string& id) {
  if (id.empty()) return std::nullopt;
  const ArchiveEntry& entry = archives_.entry_of(document);
  auto key = std::make_pair(&entry, id);
  const auto cached = cache_.find(key);
  if (cached != cache_.end()) return cached->second;
  const std::string json =
      entry.database.get_metadata(std::string(schema::kMetaClusterPrefix) + id);
  std::optional<ClusterInfo> info;
  if (!json.empty()) info = parse_cluster_info(id, json);
  cache_.emplace(std::move(key), info);
  return info;
}

ClusterInfo parse_cluster_info(const std::string& id, const std::string& json) {
  try {
    const auto parsed = nlohmann::json::parse(json);
    return ClusterInfo{parsed.at("id").get<std::string>(),
                       parsed.at("canonical_text").get<std::string>(),
                       parsed.at("quoted_in").get<std::uint64_t>(),
                       parsed.at("first_year").get<int>(),
                       parsed.at("last_year").get<int>(),
                       parsed.at("sources").get<std::vector<std::string>>()};
  } catch (const nlohmann::json::exception& error) {
    throw ArchiveError("cannot read quotation cluster " + id + ": " + error.what());
  }
}

ClusterResponse quotation_clusters(Searcher& searcher, SearchRequest request) {
  const std::size_t offset = request.offset;
  const std::size_t limit = request.limit;
  request.filters.emplace_back("type", "quotation");
  request.collapse_clusters = true;
  request.offset = 0;
  request.limit = kClusterCandidates;
  request.snippets = false;
  request.facets.clear();
  request.timeline = false;
  const SearchResponse found = searcher.search(request);
  ClusterResponse response{request.query, 0, {}};
  std::set<std::string> seen;
  for (const auto& hit : found.results) {
    if (hit.cluster && seen.insert(hit.cluster->id).second) {
      response.clusters.push_back(*hit.cluster);
    }
  }
  std::ranges::stable_sort(response.clusters, std::ranges::greater{}, &ClusterInfo::quoted_in);
  response.total = response.clusters.size();
  const auto first = std::min(offset, response.clusters.size());
  const auto last = std::min(first + limit, response.clusters.size());
  response.clusters = {response.clusters.begin() + static_cast<std::ptrdiff_t>(first),
                       response.clusters.begin() + static_cast<std::ptrdiff_t>(last)};
  return response;
}

nlohmann::ordered_json to_json(const ClusterInfo& cluster) {
  return nlohmann::ordered_json{{"id", cluster.id},
                                {"canonical_text", cluster.canonical_text},
                                {"quoted_in", cluster.quoted_in},
                                {"first_year", cluster.first_year},
                                {"last_year", cluster.last_year},
                                {"sources", cluster.sources}};
}

nlohmann::ordered_json to_json(const ClusterResponse& response) {
  auto clusters = nlohmann::ordered_json::array();
  for (const auto& cluster : response.clusters) clusters.push_back(to_json(cluster));
  return nlohmann::ordered_json{
      {"query", response.query}, {"total", response.total}, {"clusters", clusters}};
}

std::string to_text(const ClusterResponse& response) {
  std::string text;
  for (const auto& cluster : response.clusters) {
    const std::string places = cluster.quoted_in == 1 ? " document" : " documents";
    text += "[" + cluster.id + "] quoted in " + std::to_string(cluster.quoted_in) + places +
            ", first " + year_text(cluster.first_year) + ", last " + year_text(cluster.last_year) +
            "\n  " + cluster.canonical_text + "\n";
    if (!cluster.sources.empty()) text += "  sources: " + join(cluster.sources) + "\n";
    text += "\n";
  }
  if (response.clusters.empty()) text = "no quotations found\n";
  return text;
}

}  // namespace samizdat::searcher
