#include "searcher/hit_builder.h"

#include <string_view>

namespace samizdat::searcher {
namespace {

constexpr std::size_t kSnippetBytes = 200;
// No background model: it looks up the archive frequency of every other word
// of the text (400 B-tree reads for a page of ten hits, about 1 ms of a 6 ms
// search) only to prefer "interesting" words around the same matches.
// Exhaustive: without it Xapian stops at the first match, before a later
// window that holds more of the query's words.
constexpr unsigned kSnippetFlags = Xapian::MSet::SNIPPET_EXHAUSTIVE;
constexpr unsigned kEmptyWithoutMatch = Xapian::MSet::SNIPPET_EMPTY_WITHOUT_MATCH;
constexpr std::string_view kEllipsis = "…";
// A text over kWholeTextBytes is not tokenised and stemmed to its end (0.5 ms
// per 20 KB): it is searched in steps of kStepBytes for its first match, and
// the snippet is chosen in the step holding it and kContextBytes on each
// side (also the steps' overlap).
constexpr std::size_t kWholeTextBytes = 4096;
constexpr std::size_t kStepBytes = 1024;
constexpr std::size_t kContextBytes = 256;

// A snippet is one line: paragraph breaks inside it read as plain spaces.
std::string collapse_whitespace(const std::string& text) {
  std::string line;
  line.reserve(text.size());
  for (const char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (!space) {
      line += c;
    } else if (!line.empty() && line.back() != ' ') {
      line += ' ';
    }
  }
  return line;
}

// The first space at or after `position` (or the text's end): cutting there
// never splits a word or a UTF-8 character.
std::size_t word_boundary(std::string_view text, std::size_t position) {
  if (position >= text.size()) return text.size();
  const auto space = text.find_first_of(" \n\t", position);
  return space == std::string_view::npos ? text.size() : space;
}

// The words of `text` that fit in a snippet: cut at the last space that
// leaves at most kSnippetBytes.
std::string_view opening_words(std::string_view text) {
  if (text.size() <= kSnippetBytes) return text;
  const auto space = text.find_last_of(" \n\t", kSnippetBytes);
  return text.substr(0, space == std::string_view::npos ? 0 : space);
}

// The start of the first step of `text` holding a match, or npos. Steps
// overlap by kContextBytes so that a phrase across two of them (which Xapian
// marks only whole) is whole in one.
std::size_t first_matching_step(const Xapian::MSet& mset, std::string_view text, const Xapian::Stem& stemmer) {
  for (std::size_t start = 0;;) {
    const std::size_t end = word_boundary(text, start + kStepBytes);
    const std::string step(text.substr(start, end - start));
    if (!mset.snippet(step, kSnippetBytes, stemmer, kEmptyWithoutMatch, "", "", "").empty()) return start;
    if (end == text.size()) return std::string_view::npos;
    start = word_boundary(text, end - kContextBytes);
  }
}

// The snippet of text[begin, end), "" without a match; a cut end of the text
// is marked even where Xapian's snippet reaches it.
std::string snippet_of_window(const Xapian::MSet& mset, std::string_view text, std::size_t begin, std::size_t end,
                              const Xapian::Stem& stemmer) {
  std::string snippet = mset.snippet(std::string(text.substr(begin, end - begin)), kSnippetBytes, stemmer,
                                     kSnippetFlags | kEmptyWithoutMatch, "<mark>", "</mark>", std::string(kEllipsis));
  if (snippet.empty()) return snippet;
  if (begin > 0 && !snippet.starts_with(kEllipsis)) snippet.insert(0, kEllipsis);
  if (end < text.size() && !snippet.ends_with(kEllipsis)) snippet += kEllipsis;
  return snippet;
}

// The snippet around the first match of a text over kWholeTextBytes.
std::string snippet_of_long_text(const Xapian::MSet& mset, std::string_view text, const Xapian::Stem& stemmer) {
  const std::size_t step = first_matching_step(mset, text, stemmer);
  if (step == std::string_view::npos) return "";
  const std::size_t begin = step <= kContextBytes ? 0 : word_boundary(text, step - kContextBytes);
  return snippet_of_window(mset, text, begin, word_boundary(text, step + kStepBytes + kContextBytes), stemmer);
}

}  // namespace

SearchHit make_hit(const corpus::Document& document) {
  SearchHit hit;
  hit.id = document.id;
  hit.type = std::string(corpus::to_string(document.type));
  hit.title = document.title;
  hit.date = document.date.iso();
  hit.year = document.date.empty() ? "" : std::to_string(document.date.year);
  hit.publication = document.publication;
  hit.authors = document.authors;
  hit.language = document.language;
  hit.path = document.path;
  hit.parent = document.parent_id;
  hit.source = document.source;
  return hit;
}

std::string make_snippet(const Xapian::MSet& mset, const std::string& text, const Xapian::Stem& stemmer) {
  const std::string snippet = text.size() <= kWholeTextBytes
                                  ? snippet_of_window(mset, text, 0, text.size(), stemmer)
                                  : snippet_of_long_text(mset, text, stemmer);
  if (!snippet.empty()) return collapse_whitespace(snippet);
  // No match in the text (the query matched the title or a field): its beginning.
  const std::string_view beginning = opening_words(text);
  const std::string escaped = mset.snippet(std::string(beginning), kSnippetBytes, stemmer, kSnippetFlags);
  return collapse_whitespace(beginning.size() < text.size() ? escaped + std::string(kEllipsis) : escaped);
}

}  // namespace samizdat::searcher
