// @brief The searcher: opens one or more archives as one and answers searches,
// document look-ups and statistics. The CLI and the HTTP server both call it.
#ifndef SAMIZDAT_SEARCHER_SEARCHER_H_
#define SAMIZDAT_SEARCHER_SEARCHER_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "corpus/document.h"
#include "searcher/search_request.h"

namespace samizdat::searcher {

class ArchiveCaches;

// A stored document with its full text, and for an article its children.
struct DocumentView {
  corpus::Document document;
  std::vector<corpus::Document> comments;    // in order (#c1, #c2, ...)
  std::vector<corpus::Document> quotations;  // in order (#q1, #q2, ...)
  std::map<std::string, std::string> clusters;  // quotation id (itself or a child) → cluster id
};

// What an archive holds.
struct ArchiveStats {
  std::uint64_t documents = 0;
  std::map<std::string, FacetCounts> counts;  // "type", "publication", "language", "decade"
  std::uint64_t index_bytes = 0;       // on-disk size of the database files
  std::uint64_t compressed_text_bytes = 0;
  std::uint64_t raw_text_bytes = 0;
};

// One or more archives searched as one. Each entry of `databases` is an
// archive folder, a Xapian stub file, or "tcp://HOST:PORT" (xapian-tcpsrv).
// Not thread-safe: use one Searcher per thread (they are cheap to open).
class Searcher {
 public:
  // With `caches` (shared by the Searchers of a server, and outliving them),
  // facets and the timeline are counted from its in-memory facet cache of
  // the archives' current state instead of their value streams, and stats()
  // is computed once per state.
  // @exception ArchiveError naming the archive that cannot be opened or has
  //            another schema version.
  explicit Searcher(const std::vector<std::string>& databases, ArchiveCaches* caches = nullptr);
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  // @exception InputError for a query the parser rejects or an unknown
  //            facet or filter field; ArchiveError when the archive fails.
  [[nodiscard]] SearchResponse search(const SearchRequest& request);

  // The document with this id, or nullopt when there is none.
  [[nodiscard]] std::optional<DocumentView> show(const std::string& id);

  [[nodiscard]] ArchiveStats stats();

  // Picks up the latest commit of every archive.
  void reopen();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_SEARCHER_H_
