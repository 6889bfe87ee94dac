#include "searcher/html_highlight.h"

#include <algorithm>
#include <array>

#include <kainjow/mustache.hpp>

#include "corpus/schema.h"

namespace samizdat::searcher {
namespace {

constexpr std::array<std::string_view, 6> kOperators = {"AND", "OR", "NOT", "NEAR", "ADJ", "XOR"};
constexpr std::size_t kMinPrefixBytes = 3;

// Letters and digits of any script: every byte of a multi-byte UTF-8
// sequence counts, so words in Cyrillic or with accents stay whole.
[[nodiscard]] bool is_word_byte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Calls on_piece(piece, is_word) for each maximal run of word or other bytes.
template <typename OnPiece>
void for_each_piece(std::string_view text, OnPiece&& on_piece) {
  std::size_t start = 0;
  while (start < text.size()) {
    const bool word = is_word_byte(text[start]);
    std::size_t end = start;
    while (end < text.size() && is_word_byte(text[end]) == word) ++end;
    on_piece(text.substr(start, end - start), word);
    start = end;
  }
}

[[nodiscard]] bool is_operator(std::string_view word) {
  return std::find(kOperators.begin(), kOperators.end(), word) != kOperators.end();
}

// Adds the words of one whitespace-separated chunk of a query.
void add_chunk_words(std::string_view chunk, std::vector<std::string>& words) {
  if (chunk.starts_with('-') || chunk.find("..") != std::string_view::npos) return;
  if (const auto colon = chunk.find(':'); colon != std::string_view::npos) {
    chunk.remove_prefix(colon + 1);
  }
  for_each_piece(chunk, [&](std::string_view piece, bool is_word) {
    if (is_word && !is_operator(piece)) words.push_back(corpus::schema::fold_term_value(piece));
  });
}

[[nodiscard]] bool matches(const std::string& folded, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& word) {
    return folded == word || (word.size() >= kMinPrefixBytes && folded.starts_with(word));
  });
}

}  // namespace

std::vector<std::string> highlight_words(std::string_view query) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < query.size()) {
    const auto space = std::min(query.find(' ', start), query.size());
    add_chunk_words(query.substr(start, space - start), words);
    start = space + 1;
  }
  std::erase(words, std::string());
  return words;
}

std::string highlight_html(std::string_view text, const std::vector<std::string>& words) {
  std::string html;
  html.reserve(text.size() + text.size() / 8);
  for_each_piece(text, [&](std::string_view piece, bool is_word) {
    auto escaped = kainjow::mustache::html_escape(std::string(piece));
    if (is_word && !words.empty() && matches(corpus::schema::fold_term_value(piece), words)) {
      html += "<mark>" + escaped + "</mark>";
    } else {
      html += escaped;
    }
  });
  return html;
}

std::vector<std::string_view> split_paragraphs(std::string_view text) {
  std::vector<std::string_view> paragraphs;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto blank = std::min(text.find("\n\n", start), text.size());
    auto paragraph = text.substr(start, blank - start);
    while (!paragraph.empty() && (paragraph.front() == '\n' || paragraph.front() == ' ')) {
      paragraph.remove_prefix(1);
    }
    if (!paragraph.empty()) paragraphs.push_back(paragraph);
    start = blank + 2;
  }
  return paragraphs;
}

}  // namespace samizdat::searcher
