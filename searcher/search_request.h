// @brief What a search asks for and what it returns: the one result structure
// that samizdat-search and samizdat-serve both render.
#ifndef SAMIZDAT_SEARCHER_SEARCH_REQUEST_H_
#define SAMIZDAT_SEARCHER_SEARCH_REQUEST_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace samizdat::searcher {

enum class SortOrder { kRelevance, kDate, kDateDescending };

// A search. Defaults give the first ten results by relevance, no facets.
struct SearchRequest {
  std::string query;  // may be empty when filters are given (browse)
  std::vector<std::string> facets;  // field names, or "all"
  // FIELD=VALUE pairs: values of one field are OR-ed, fields AND-ed.
  std::vector<std::pair<std::string, std::string>> filters;
  std::size_t offset = 0;
  std::size_t limit = 10;
  SortOrder sort = SortOrder::kRelevance;
  bool timeline = false;
  std::string language;  // stemming language of the query; "" = every archive language
  bool snippets = true;
  // Join the query's words with OR (ranked by BM25) instead of AND: for
  // natural-language queries such as TREC topics.
  bool match_any_word = false;
  // Keep one hit per quotation cluster (Xapian collapse on kSlotCluster);
  // documents without a cluster are kept as one group.
  bool collapse_clusters = false;
};

// A quotation cluster as the archive stores it (kMetaClusterPrefix + id).
struct ClusterInfo {
  std::string id;
  std::string canonical_text;
  std::uint64_t quoted_in = 0;  // number of articles quoting the passage
  int first_year = 0;           // 0 when unknown
  int last_year = 0;
  std::vector<std::string> sources;  // normalised citation keys
};

// One hit. Strings are "" when the document has no such field.
struct SearchHit {
  std::string id;
  std::string type;
  std::string title;
  std::string date;  // ISO to its precision
  std::string year;
  std::string publication;
  std::vector<std::string> authors;
  std::string language;
  std::string path;
  std::string parent;
  std::string parent_title;  // a comment's or quotation's article; "" when unknown
  std::string source;
  double score = 0;
  std::size_t rank = 0;  // 1-based over the whole result list
  std::string snippet;   // HTML-escaped, matches in <mark>...</mark>
  std::optional<ClusterInfo> cluster;  // quotations of an archive with clusters
};

// A facet's values with their counts, most frequent first.
using FacetCounts = std::vector<std::pair<std::string, std::uint64_t>>;

struct SearchResponse {
  std::string query;
  std::optional<std::string> corrected;  // spelling suggestion
  // Names the query wrote as fields ("iso:USA") that are none here, so were
  // searched as words; with them, the field names there are.
  std::vector<std::string> unknown_fields;
  std::vector<std::string> field_names;
  std::uint64_t total = 0;  // matches; a lower bound when total_exact is false
  bool total_exact = true;
  std::size_t offset = 0;
  std::size_t limit = 0;
  double took_ms = 0;
  std::vector<SearchHit> results;
  std::map<std::string, FacetCounts> facets;
  bool facets_exact = true;  // false when counted on a sample of a huge match set
  std::map<std::string, std::uint64_t> timeline;  // year -> hits
};

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_SEARCH_REQUEST_H_
