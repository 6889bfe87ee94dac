// @brief One search result from a stored document: its fields and a snippet
// of its text with the matches marked.
#ifndef SAMIZDAT_SEARCHER_HIT_BUILDER_H_
#define SAMIZDAT_SEARCHER_HIT_BUILDER_H_

#include <string>

#include <xapian.h>

#include "corpus/document.h"
#include "searcher/search_request.h"

namespace samizdat::searcher {

// The hit's fields from `document` (score, rank and snippet left at zero/"").
[[nodiscard]] SearchHit make_hit(const corpus::Document& document);

// About 200 bytes of `text` around the best matches of the MSet's query
// (the window holding most of its terms; in a text over 4 KB, chosen within
// about 1 KB from its first match), HTML-escaped, matches in <mark>...</mark>,
// cut ends marked with "…"; the text's beginning when no word of it matches.
// Reads no archive data.
// Not thread-safe for one `stemmer` (the folding stemmer caches stems).
[[nodiscard]] std::string make_snippet(const Xapian::MSet& mset, const std::string& text,
                                       const Xapian::Stem& stemmer);

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_HIT_BUILDER_H_
