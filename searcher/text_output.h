// @brief Search results and documents as text for a terminal: numbered
// results, a metadata line, the snippet, then the facets.
#ifndef SAMIZDAT_SEARCHER_TEXT_OUTPUT_H_
#define SAMIZDAT_SEARCHER_TEXT_OUTPUT_H_

#include <ostream>
#include <string>

#include "searcher/search_request.h"
#include "searcher/searcher.h"

namespace samizdat::searcher {

// How marked matches are shown.
enum class Highlight {
  kPlain,  // marks removed (pipes, files)
  kAnsi,   // matches in bold (terminals)
};

// Writes the response: a summary line, the spelling suggestion, the results
// and the facets (and timeline, when it has one).
void write_text(const SearchResponse& response, Highlight highlight, std::ostream& out);

// Writes a document: title, metadata, text, then its comments and quotations.
void write_text(const DocumentView& view, std::ostream& out);

// A snippet for the terminal: <mark> turned into bold or removed, HTML
// entities decoded.
[[nodiscard]] std::string render_snippet(const std::string& snippet, Highlight highlight);

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_TEXT_OUTPUT_H_
