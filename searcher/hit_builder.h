// @brief One search result from a stored document: its fields and a snippet
// of its text with the matches marked.
#ifndef SAMIZDAT_SEARCHER_HIT_BUILDER_H_
#define SAMIZDAT_SEARCHER_HIT_BUILDER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "corpus/document.h"
#include "searcher/search_request.h"

namespace samizdat::searcher {

// The hit's fields from `document` (score, rank and snippet left at zero/"";
// parent_title too, as the document does not hold it).
[[nodiscard]] SearchHit make_hit(const corpus::Document& document);

// The hit's title; for a comment or quotation, which have none, what it is,
// who said it and where: "A comment by Reader One on “The April Theses”",
// "Quoting Lenin in “The April Theses”" (without " on/in …" when the
// parent's title is unknown).
[[nodiscard]] std::string display_title(const SearchHit& hit);

// What the CLI and the page say of a query's unknown_fields: "iso: is not a
// field here, so it was searched as words (fields: author, date, ...)."
[[nodiscard]] std::string unknown_fields_notice(const SearchResponse& response);

// Snippets of the hits of one MSet: about 200 bytes of a text around the best
// matches of the query (the window holding most of its terms, chosen within
// about 1 KB from its first match), HTML-escaped, matches in <mark>...</mark>,
// cut ends marked with "…"; the text's beginning when no word of it matches.
// Reads no archive data. `mset` must outlive it.
class SnippetMaker {
 public:
  SnippetMaker(const Xapian::MSet& mset, const Xapian::Query& query);

  // The snippet of `text`, its words stemmed by `stemmer` (one the query was
  // parsed with: ParsedQuery::stemmer_for_text of the text's language).
  // Not thread-safe for one `stemmer` (the folding stemmer caches stems).
  [[nodiscard]] std::string operator()(const std::string& text, const Xapian::Stem& stemmer) const;

 private:
  std::size_t first_anchor(std::string_view text, std::size_t from) const;
  std::string snippet_near_anchors(std::string_view text, const Xapian::Stem& stemmer) const;

  const Xapian::MSet& mset_;
  // Lower-case beginnings of the query's words (a word term, a stem minus
  // its last letter): where one starts a word, the text probably matches.
  std::vector<std::string> anchors_;
};

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_HIT_BUILDER_H_
