#include "searcher/hit_builder.h"

namespace samizdat::searcher {
namespace {

constexpr std::size_t kSnippetBytes = 200;

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
  return collapse_whitespace(mset.snippet(text, kSnippetBytes, stemmer,
                                          Xapian::MSet::SNIPPET_BACKGROUND_MODEL |
                                              Xapian::MSet::SNIPPET_EXHAUSTIVE,
                                          "<mark>", "</mark>", "…"));
}

}  // namespace samizdat::searcher
