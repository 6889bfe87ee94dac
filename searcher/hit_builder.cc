#include "searcher/hit_builder.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "corpus/ascii.h"
#include "searcher/json_output.h"

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
// Windows tried at anchors (see SnippetMaker) before the text is searched
// step by step: an anchor can begin a word that does not match.
constexpr std::size_t kAnchorWindows = 4;

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

// `snippet` with Xapian's highlight tags taken out.
std::string without_marks(std::string snippet) {
  for (const std::string_view tag : {std::string_view("<mark>"), std::string_view("</mark>")}) {
    for (auto at = snippet.find(tag); at != std::string::npos; at = snippet.find(tag, at)) snippet.erase(at, tag.size());
  }
  return snippet;
}

// The last word of `window` after any byte Xapian escapes (so that it reads
// the same in a snippet).
std::string_view last_word(std::string_view window) {
  constexpr std::string_view kSpace = " \n\r\t";
  window = window.substr(0, window.find_last_not_of(kSpace) + 1);  // npos + 1: all spaces, ""
  const auto space = window.find_last_of(kSpace);
  if (space != std::string_view::npos) window.remove_prefix(space + 1);
  const auto escaped = window.find_last_of("&<>");
  return escaped == std::string_view::npos ? window : window.substr(escaped + 1);
}

// The snippet of text[begin, end), "" without a match. Xapian marks where
// its snippet starts or ends inside a sentence of the text it is given, and
// takes that text's ends for the whole text's. A window reaches more than a
// snippet's length before its first match, so Xapian marks its own start;
// a phrase can end a window, and a snippet that ends with it there,
// mid-sentence, is marked here.
std::string snippet_of_window(const Xapian::MSet& mset, std::string_view text, std::size_t begin, std::size_t end,
                              const Xapian::Stem& stemmer) {
  static_assert(kContextBytes > kSnippetBytes);
  const std::string_view window = text.substr(begin, end - begin);
  std::string snippet = mset.snippet(std::string(window), kSnippetBytes, stemmer, kSnippetFlags | kEmptyWithoutMatch,
                                     "<mark>", "</mark>", std::string(kEllipsis));
  const std::string_view word = last_word(window);
  const bool ends_sentence = word.ends_with('.') || word.ends_with('!') || word.ends_with('?');
  if (end < text.size() && !snippet.empty() && !ends_sentence && without_marks(snippet).ends_with(word)) {
    snippet += kEllipsis;
  }
  return snippet;
}

// The snippet around the first match of a text over kWholeTextBytes.
std::string snippet_of_long_text(const Xapian::MSet& mset, std::string_view text, const Xapian::Stem& stemmer) {
  const std::size_t step = first_matching_step(mset, text, stemmer);
  if (step == std::string_view::npos) return "";
  const std::size_t begin = step <= kContextBytes ? 0 : word_boundary(text, step - kContextBytes);
  return snippet_of_window(mset, text, begin, word_boundary(text, step + kStepBytes + kContextBytes), stemmer);
}

// Whether byte `c` belongs to a word (an ASCII letter or digit, or part of a
// UTF-8 character).
bool word_byte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte >= 0x80 || std::isalnum(byte) != 0;
}

// The snippet of a text with no anchor near a match: the whole of a short
// text, around the first match of a long one.
std::string snippet_without_anchor(const Xapian::MSet& mset, std::string_view text, const Xapian::Stem& stemmer) {
  return text.size() <= kWholeTextBytes ? snippet_of_window(mset, text, 0, text.size(), stemmer)
                                        : snippet_of_long_text(mset, text, stemmer);
}

}  // namespace

SnippetMaker::SnippetMaker(const Xapian::MSet& mset, const Xapian::Query& query) : mset_(mset) {
  for (auto term = query.get_terms_begin(); term != query.get_terms_end(); ++term) {
    std::string anchor = *term;
    if (anchor.starts_with('Z')) {
      anchor.erase(0, 1);
      // A stem's last letter can differ from the word's ("happi", "happy").
      if (anchor.size() >= 5) anchor.pop_back();
    } else if (anchor.empty() || std::isupper(static_cast<unsigned char>(anchor[0])) != 0) {
      continue;  // a field's term: not in the text
    }
    if (!anchor.empty()) anchors_.push_back(std::move(anchor));
  }
  // Languages often stem a word alike: each anchor is searched for once.
  // std::unique, not std::ranges::unique: clang 14 (the fuzz build) cannot
  // compile the latter's subrange with GCC 12's library.
  std::ranges::sort(anchors_);
  anchors_.erase(std::unique(anchors_.begin(), anchors_.end()), anchors_.end());
}

// The first position at or after `from` where an anchor starts a word of
// `lowered`, or npos.
std::size_t SnippetMaker::first_anchor(std::string_view lowered, std::size_t from) const {
  std::size_t first = std::string_view::npos;
  for (const std::string& anchor : anchors_) {
    for (std::size_t at = lowered.find(anchor, from); at < first; at = lowered.find(anchor, at + 1)) {
      if (at == 0 || !word_byte(lowered[at - 1])) first = at;
    }
  }
  return first;
}

// Xapian tokenises and stems every word of the text it is given (about 300
// instructions a byte): it is given about 1 KB from an anchor instead of the
// whole text, and the text is searched for a match step by step only when
// no anchor window holds one.
std::string SnippetMaker::snippet_near_anchors(std::string_view text, const Xapian::Stem& stemmer) const {
  const std::string lowered = corpus::lower_ascii(text);
  std::size_t from = 0;
  for (std::size_t tries = 0; tries < kAnchorWindows; ++tries) {
    const std::size_t at = first_anchor(lowered, from);
    if (at == std::string_view::npos) break;
    const std::size_t begin = at <= kContextBytes ? 0 : word_boundary(text, at - kContextBytes);
    const std::size_t end = word_boundary(text, at + kStepBytes);
    std::string snippet = snippet_of_window(mset_, text, begin, end, stemmer);
    if (!snippet.empty()) return snippet;
    // A phrase cut by the window's end starts in its last kContextBytes.
    from = std::max(at + 1, end - std::min(end, kContextBytes));
  }
  return snippet_without_anchor(mset_, text, stemmer);
}

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

std::string display_title(const SearchHit& hit) {
  if (!hit.title.empty()) return hit.title;
  const auto authors = join_authors(hit.authors);
  const auto in_parent = [&](std::string_view preposition) {
    return hit.parent_title.empty() ? std::string() : " " + std::string(preposition) + " “" + hit.parent_title + "”";
  };
  if (hit.type == "comment") return (authors.empty() ? "A comment" : "A comment by " + authors) + in_parent("on");
  if (hit.type == "quotation") {
    const std::string quoting = !authors.empty()       ? "Quoting " + authors
                                : !hit.source.empty() ? "Quoting " + hit.source
                                                      : "A quotation";
    return quoting + in_parent("in");
  }
  return hit.id;
}

std::string unknown_fields_notice(const SearchResponse& response) {
  std::string names;
  for (const auto& name : response.unknown_fields) names += (names.empty() ? "" : ", ") + name + ":";
  std::string fields;
  for (const auto& name : response.field_names) fields += (fields.empty() ? "" : ", ") + name;
  const bool one = response.unknown_fields.size() == 1;
  return names + (one ? " is not a field here, so it was" : " are not fields here, so they were") +
         " searched as words (fields: " + fields + ").";
}

std::string SnippetMaker::operator()(const std::string& text, const Xapian::Stem& stemmer) const {
  const std::string snippet = snippet_near_anchors(text, stemmer);
  if (!snippet.empty()) return corpus::collapse_ascii_space(snippet);  // a snippet is one line
  // No match in the text (the query matched the title or a field): its beginning.
  const std::string_view beginning = opening_words(text);
  const std::string escaped = mset_.snippet(std::string(beginning), kSnippetBytes, stemmer, kSnippetFlags);
  return corpus::collapse_ascii_space(beginning.size() < text.size() ? escaped + std::string(kEllipsis) : escaped);
}

}  // namespace samizdat::searcher
