// @brief The JSON forms of a search response, a document and archive
// statistics: the objects `samizdat-search --json` prints and /api/ returns.
#ifndef SAMIZDAT_SEARCHER_JSON_OUTPUT_H_
#define SAMIZDAT_SEARCHER_JSON_OUTPUT_H_

#include <nlohmann/json.hpp>

#include "searcher/search_request.h"
#include "searcher/searcher.h"

namespace samizdat::searcher {

// DESIGN.md's search object: query, corrected (null or string), total,
// total_exact, offset, limit, took_ms, results, facets and, when
// `with_timeline`, timeline. Result fields absent from a document are "";
// author is the authors joined by "; ". Keys keep this order.
[[nodiscard]] nlohmann::ordered_json to_json(const SearchResponse& response, bool with_timeline);

// A document with its full text: id, type, title, authors, date,
// publication, language, tags, url, path, parent, source, sections
// ([{heading, offset}]), extra, text, comments and quotations (documents of
// the same shape without children).
[[nodiscard]] nlohmann::ordered_json to_json(const DocumentView& view);

// documents, counts ({field: {value: count}}), index_bytes,
// compressed_text_bytes, raw_text_bytes.
[[nodiscard]] nlohmann::ordered_json to_json(const ArchiveStats& stats);

// Authors as one string: "A; B".
[[nodiscard]] std::string join_authors(const std::vector<std::string>& authors);

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_JSON_OUTPUT_H_
