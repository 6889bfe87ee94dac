// @brief Quotation clusters on the searching side: reading a cluster's
// metadata, and `--quotations`, the passages most quoted for a query.
#ifndef SAMIZDAT_SEARCHER_QUOTATION_CLUSTERS_H_
#define SAMIZDAT_SEARCHER_QUOTATION_CLUSTERS_H_

#include <xapian.h>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "searcher/archive_set.h"
#include "searcher/search_request.h"

namespace samizdat::searcher {

class Searcher;

// Reads kMetaClusterPrefix + id entries of the archives searched together,
// each once. Each archive clusters its own quotations, so an entry is read
// from the archive that holds the quotation.
// Not thread-safe; meant to live for one search.
class ClusterCache {
 public:
  explicit ClusterCache(const ArchiveSet& archives) : archives_(archives) {}

  // The cluster `id` of document `document` (a docid of the combined
  // database); nullopt for "" or an id its archive has no entry for.
  // @exception Xapian::Error from the database; ArchiveError
  //            "cannot read quotation cluster ID: REASON" for a bad entry.
  [[nodiscard]] std::optional<ClusterInfo> find(Xapian::docid document, const std::string& id);

 private:
  const ArchiveSet& archives_;
  std::map<std::pair<const ArchiveEntry*, std::string>, std::optional<ClusterInfo>> cache_;
};

// Parses one cluster entry. @exception ArchiveError as ClusterCache::find.
[[nodiscard]] ClusterInfo parse_cluster_info(const std::string& id, const std::string& json);

// Clusters found by quotation_clusters(), most quoted first.
struct ClusterResponse {
  std::string query;
  std::uint64_t total = 0;  // clusters among the candidates
  std::vector<ClusterInfo> clusters;
};

// How many clusters, best by relevance, quotation_clusters() ranks.
inline constexpr std::size_t kClusterCandidates = 200;

// The quotation clusters matching `request.query` and its filters: the query
// runs restricted to type:quotation, collapsed to one hit per cluster; the
// kClusterCandidates most relevant clusters are then ordered by quoted_in,
// descending (ties keep relevance order), and request.offset/limit pick the
// page. Quotations of archives indexed without clusters are left out.
// @exception as Searcher::search.
[[nodiscard]] ClusterResponse quotation_clusters(Searcher& searcher, SearchRequest request);

// {id, canonical_text, quoted_in, first_year, last_year, sources}.
[[nodiscard]] nlohmann::ordered_json to_json(const ClusterInfo& cluster);
// {query, total, clusters: [...]}.
[[nodiscard]] nlohmann::ordered_json to_json(const ClusterResponse& response);
// Per cluster: "quoted in N documents, first YEAR, last YEAR", the canonical
// text and the sources, then a blank line.
[[nodiscard]] std::string to_text(const ClusterResponse& response);

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_QUOTATION_CLUSTERS_H_
