#include "corpus/quotation_extractor.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "corpus/ascii.h"

namespace samizdat::corpus {
namespace {

constexpr std::size_t kMinQuotationWords = 8;
constexpr std::size_t kMaxCitationBytes = 160;
// A footnote mark: "(1)" to "(999)".
constexpr std::size_t kMaxFootnoteDigits = 3;
// Punctuation allowed between a closing quote and its citation: “…”. (Source)
constexpr std::string_view kBeforeCitation = " .,;:\t\n";
constexpr std::string_view kBullet = "\xE2\x80\xA2";  // U+2022 •

struct QuoteMarks {
  std::string_view open;
  std::string_view close;
};
constexpr std::array<QuoteMarks, 3> kQuoteMarks = {{
    {"\xE2\x80\x9C", "\xE2\x80\x9D"},  // “ ”
    {"\xC2\xAB", "\xC2\xBB"},          // « »
    {"\"", "\""},
}};

// Verbs that introduce a quoted speaker: "as Lenin told ...", "Marx wrote".
constexpr std::array<std::string_view, 16> kSpeechVerbs = {
    "told",  "said",     "says",   "wrote",   "writes", "argued",  "argues",  "declared",
    "noted", "remarked", "stated", "explained", "put",  "insisted", "warned", "observed"};
// Capitalised words that start sentences but never name a speaker.
constexpr std::array<std::string_view, 14> kNotNames = {
    "As", "Or", "And", "But", "So", "The", "He", "She", "They", "We", "I", "It", "This", "Then"};

// A quoted passage: the text between the marks and the offset after the closing mark.
struct Quote {
  std::string_view passage;
  std::size_t end = 0;
};

struct Citation {
  std::string_view source;
  std::size_t end = 0;
};

std::vector<std::string_view> split(std::string_view text, std::string_view separator) {
  std::vector<std::string_view> parts;
  for (auto pos = text.find(separator);; pos = text.find(separator)) {
    if (!trim_ascii_space(text.substr(0, pos)).empty()) parts.push_back(text.substr(0, pos));
    if (pos == std::string_view::npos) return parts;
    text.remove_prefix(pos + separator.size());
  }
}

UChar32 first_code_point(std::string_view text) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  std::int32_t pos = 0;
  UChar32 c = -1;
  if (!text.empty()) U8_NEXT(bytes, pos, static_cast<std::int32_t>(text.size()), c);
  return c;
}

bool has_letter_or_digit(std::string_view word) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(word.data());
  const auto length = static_cast<std::int32_t>(word.size());
  for (std::int32_t pos = 0; pos < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, pos, length, c);
    if (c > 0 && u_isalnum(c)) return true;
  }
  return false;
}

// Words with at least one letter or digit ("…" alone is not a word).
std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  for (const std::string_view word : split(text, " ")) words += has_letter_or_digit(word) ? 1 : 0;
  return words;
}

// The first quoted passage starting at or after `from`, if any.
std::optional<Quote> next_quote(std::string_view paragraph, std::size_t from) {
  for (std::size_t pos = from; pos < paragraph.size(); ++pos) {
    for (const auto& [open, close] : kQuoteMarks) {
      if (paragraph.compare(pos, open.size(), open) != 0) continue;
      const std::size_t begin = pos + open.size();
      const auto end = paragraph.find(close, begin);
      if (end != std::string_view::npos)
        return Quote{paragraph.substr(begin, end - begin), end + close.size()};
    }
  }
  return std::nullopt;
}

// Looks like a reference rather than an aside: short, and starting with a
// capital, a digit or a page mark ("(Lenin)", "(Collected Works ...)", "(p. 3)");
// but not a footnote's number alone ("(1)"; a year, "(1918)", is a source).
bool is_citation_like(std::string_view source) {
  if (source.empty() || source.size() > kMaxCitationBytes) return false;
  if (source.size() <= kMaxFootnoteDigits && std::ranges::all_of(source, is_ascii_digit)) return false;
  const UChar32 c = first_code_point(source);
  return (c > 0 && (u_isupper(c) || u_isdigit(c))) || source.starts_with("p. ") ||
         source.starts_with("pp. ") || source.starts_with("cf. ");
}

// A parenthesised citation at `pos`, after optional spaces and punctuation;
// nested parentheses ("RCP(B)") are kept in the source.
std::optional<Citation> citation_at(std::string_view paragraph, std::size_t pos) {
  pos = paragraph.find_first_not_of(kBeforeCitation, pos);
  if (pos == std::string_view::npos || paragraph[pos] != '(') return std::nullopt;
  int depth = 0;
  for (std::size_t i = pos; i < paragraph.size(); ++i) {
    depth += paragraph[i] == '(' ? 1 : paragraph[i] == ')' ? -1 : 0;
    if (depth != 0) continue;
    const std::string_view source = trim_ascii_space(paragraph.substr(pos + 1, i - pos - 1));
    if (!is_citation_like(source)) return std::nullopt;
    return Citation{source, i + 1};
  }
  return std::nullopt;
}

bool is_name_word(std::string_view word) {
  for (const std::string_view not_name : kNotNames) {
    if (word == not_name) return false;
  }
  const UChar32 c = first_code_point(word);
  return c > 0 && u_isupper(c);
}

bool is_speech_verb(std::string_view word) {
  while (!word.empty() && std::string_view(",:;").find(word.back()) != std::string_view::npos)
    word.remove_suffix(1);
  for (const std::string_view verb : kSpeechVerbs) {
    if (word == verb) return true;
  }
  return false;
}

// The run of capitalised words ending just before words[end].
std::string name_before(const std::vector<std::string_view>& words, std::size_t end) {
  std::size_t begin = end;
  while (begin > 0 && is_name_word(words[begin - 1])) --begin;
  std::string name;
  for (std::size_t i = begin; i < end; ++i) name.append(name.empty() ? "" : " ").append(words[i]);
  return name;
}

// The speaker named in the sentence before a quote: the capitalised words
// just before a speech verb ("Or as Lenin told the Congress" gives "Lenin").
std::string find_speaker(std::string_view before) {
  const auto sentence_end = before.rfind(". ");
  if (sentence_end != std::string_view::npos) before.remove_prefix(sentence_end + 2);
  const std::vector<std::string_view> words = split(before, " ");
  for (std::size_t i = words.size(); i > 0; --i) {
    if (is_speech_verb(words[i - 1])) return name_before(words, i - 1);
  }
  return {};
}

Document make_quotation(std::string_view passage, std::string_view source, std::string speaker) {
  Document quotation;
  quotation.type = DocType::kQuotation;
  quotation.text = std::string(trim_ascii_space(passage));
  quotation.source = collapse_ascii_space(source);  // a citation may run over a line break
  if (!speaker.empty()) quotation.authors.push_back(std::move(speaker));
  return quotation;
}

// A bulleted block that ends with its citation: "• passage (Source)".
void add_bullet_quotation(std::string_view paragraph, std::vector<Document>& quotations) {
  if (!paragraph.starts_with(kBullet)) return;
  const auto open = paragraph.rfind('(');
  if (open == std::string_view::npos) return;
  const auto citation = citation_at(paragraph, open);
  const std::string_view passage = paragraph.substr(kBullet.size(), open - kBullet.size());
  if (!citation || !trim_ascii_space(paragraph.substr(citation->end)).empty() ||
      count_words(passage) < kMinQuotationWords)
    return;
  quotations.push_back(make_quotation(passage, citation->source, {}));
}

void add_paragraph_quotations(std::string_view paragraph, std::vector<Document>& quotations) {
  const std::size_t found = quotations.size();
  for (auto quote = next_quote(paragraph, 0); quote; quote = next_quote(paragraph, quote->end)) {
    if (count_words(quote->passage) < kMinQuotationWords) continue;
    const auto citation = citation_at(paragraph, quote->end);
    if (!citation) continue;
    const std::size_t open = static_cast<std::size_t>(quote->passage.data() - paragraph.data());
    quotations.push_back(make_quotation(quote->passage, citation->source,
                                        find_speaker(paragraph.substr(0, open))));
  }
  if (quotations.size() == found) add_bullet_quotation(paragraph, quotations);
}

}  // namespace

std::vector<Document> extract_quotations(const Document& article) {
  std::vector<Document> quotations;
  for (const std::string_view paragraph : split(article.text, "\n\n")) {
    add_paragraph_quotations(trim_ascii_space(paragraph), quotations);
  }
  return quotations;
}

}  // namespace samizdat::corpus
