// @brief Highlighting a query's words in a stored document's text for the
// document page: the text is HTML-escaped and matches are wrapped in <mark>.
#ifndef SAMIZDAT_SEARCHER_HTML_HIGHLIGHT_H_
#define SAMIZDAT_SEARCHER_HTML_HIGHLIGHT_H_

#include <string>
#include <string_view>
#include <vector>

namespace samizdat::searcher {

// The words of a query worth highlighting, case-folded: operators (AND, OR,
// NOT, NEAR, ADJ, XOR), field names ("title:"), excluded words ("-word") and
// ranges ("1917..1921") are left out; "revolut*" gives "revolut".
[[nodiscard]] std::vector<std::string> highlight_words(std::string_view query);

// `text` HTML-escaped, with every word that matches one of `words` in
// <mark>...</mark>. A word matches when its case-folded form equals a word,
// or starts with one of three letters or more (so "revolution" marks
// "revolutionary"). Thread-safe.
[[nodiscard]] std::string highlight_html(std::string_view text,
                                         const std::vector<std::string>& words);

// Splits stored text into paragraphs at blank lines, dropping empty ones.
[[nodiscard]] std::vector<std::string_view> split_paragraphs(std::string_view text);

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_HTML_HIGHLIGHT_H_
