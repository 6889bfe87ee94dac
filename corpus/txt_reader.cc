#include "corpus/txt_reader.h"

#include <algorithm>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "corpus/date.h"
#include "corpus/front_matter.h"

namespace samizdat::corpus {
namespace {

constexpr std::size_t kMaxHeadingBytes = 80;
// A first line longer than this is body text, not a title (a file that is one
// long paragraph); the loader then titles the document after its file.
constexpr std::size_t kMaxTitleBytes = 300;
// A title with a subtitle line is shorter than this (see is_body_line).
constexpr std::size_t kMaxTitleBlockBytes = 160;
constexpr std::size_t kMaxPublicationBytes = 60;
// The footer is the last paragraph or has at most this many blurb paragraphs after it.
constexpr std::size_t kMaxBlurbParagraphs = 2;
constexpr std::string_view kBullet = "\xE2\x80\xA2";  // U+2022 •

// One blank-line-separated block. `text` has its lines joined by '\n', the
// first line without its indentation; `indented` says whether it had any
// (or started with a bullet): such a block continues the comment before it.
struct Paragraph {
  std::string text;
  bool indented = false;
};

struct Footer {
  std::string publication;
  std::string language;
};

std::string_view trim_right(std::string_view line) {
  const auto last = line.find_last_not_of(" \t\r");
  return last == std::string_view::npos ? std::string_view() : line.substr(0, last + 1);
}

std::string_view trim_left(std::string_view line) {
  const auto first = line.find_first_not_of(" \t");
  return first == std::string_view::npos ? std::string_view() : line.substr(first);
}

void add_line(std::vector<Paragraph>& paragraphs, bool& in_paragraph, std::string_view line) {
  if (in_paragraph) {
    paragraphs.back().text.append("\n").append(line);
    return;
  }
  const std::string_view text = trim_left(line);
  paragraphs.push_back({std::string(text), text.size() != line.size() || text.starts_with(kBullet)});
  in_paragraph = true;
}

std::vector<Paragraph> split_paragraphs(std::string_view body) {
  std::vector<Paragraph> paragraphs;
  bool in_paragraph = false;
  while (!body.empty()) {
    const auto newline = body.find('\n');
    const std::string_view line = trim_right(body.substr(0, newline));
    body = newline == std::string_view::npos ? std::string_view() : body.substr(newline + 1);
    if (trim_left(line).empty()) {
      in_paragraph = false;
    } else {
      add_line(paragraphs, in_paragraph, line);
    }
  }
  return paragraphs;
}

// The first code point of `text`; 0 for none or bad UTF-8.
UChar32 first_code_point(std::string_view text) {
  if (text.empty()) return 0;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  std::int32_t pos = 0;
  UChar32 c = 0;
  U8_NEXT(bytes, pos, static_cast<std::int32_t>(text.size()), c);
  return c > 0 ? c : 0;
}

bool starts_with_capital(std::string_view text) {
  const UChar32 c = first_code_point(text);
  return u_isupper(c) || u_istitle(c);
}

bool starts_lower_case(std::string_view text) { return u_islower(first_code_point(text)); }

bool is_single_line(std::string_view text) { return text.find('\n') == std::string_view::npos; }

bool is_dateline(const Paragraph& paragraph) {
  if (!is_single_line(paragraph.text)) return false;
  const auto date = parse_date(paragraph.text);
  return date && date->precision() == DatePrecision::kDay;
}

bool is_heading(const Paragraph& paragraph) {
  const std::string_view text = paragraph.text;
  if (text.empty() || text.size() > kMaxHeadingBytes || !is_single_line(text)) return false;
  if (paragraph.indented || std::string_view(".:;,").find(text.back()) != std::string_view::npos)
    return false;
  return starts_with_capital(text);
}

// "Aurora (en)": a short name and a parenthesised two-letter language code.
std::optional<Footer> parse_footer(std::string_view text) {
  constexpr std::size_t kSuffix = 5;  // " (xx)"
  if (!is_single_line(text) || text.size() <= kSuffix || text.size() > kMaxPublicationBytes)
    return std::nullopt;
  const std::string_view code = text.substr(text.size() - kSuffix);
  const auto is_lower = [](char c) { return c >= 'a' && c <= 'z'; };
  if (code[0] != ' ' || code[1] != '(' || !is_lower(code[2]) || !is_lower(code[3]) ||
      code[4] != ')')
    return std::nullopt;
  const std::string_view name = trim_right(text.substr(0, text.size() - kSuffix));
  if (name.empty() || !starts_with_capital(name) || name.back() == '.') return std::nullopt;
  return Footer{std::string(name), std::string(code.substr(2, 2))};
}

// Index of the footer paragraph, or paragraphs.size() when there is none.
std::size_t find_footer(const std::vector<Paragraph>& paragraphs, std::size_t first) {
  const std::size_t count = paragraphs.size();
  for (std::size_t blurbs = 0; blurbs <= kMaxBlurbParagraphs && blurbs + first < count; ++blurbs) {
    const std::size_t index = count - 1 - blurbs;
    if (parse_footer(paragraphs[index].text)) return index;
  }
  return count;
}

std::size_t find_dateline(const std::vector<Paragraph>& paragraphs, std::size_t first,
                          std::size_t end) {
  for (std::size_t i = first; i < end; ++i) {
    if (is_dateline(paragraphs[i])) return i;
  }
  return end;
}

void append_paragraph(std::string& text, std::string_view paragraph) {
  if (!text.empty()) text.append("\n\n");
  text.append(paragraph);
}

// Headings stay in the text as their own paragraph, so phrase search finds
// them; each section starts at its heading.
void fill_article_body(Document& article, const std::vector<Paragraph>& paragraphs,
                       std::size_t first, std::size_t end) {
  for (std::size_t i = first; i < end; ++i) {
    if (is_heading(paragraphs[i])) {
      const std::size_t offset = article.text.empty() ? 0 : article.text.size() + 2;
      article.sections.push_back({paragraphs[i].text, offset});
    }
    append_paragraph(article.text, paragraphs[i].text);
  }
}

// Each paragraph is a comment; an indented or bulleted block (a passage the
// commenter quotes) belongs to the comment before it.
std::vector<Document> make_comments(const std::vector<Paragraph>& paragraphs, std::size_t first,
                                    std::size_t end) {
  std::vector<Document> comments;
  for (std::size_t i = first; i < end; ++i) {
    if (comments.empty() || !paragraphs[i].indented) {
      Document comment;
      comment.type = DocType::kComment;
      comments.push_back(std::move(comment));
    }
    append_paragraph(comments.back().text, paragraphs[i].text);
  }
  return comments;
}

// Whether the first line of a text's first paragraph reads as body text: too
// long for a title, a paragraph of its own that is a sentence (over a heading's
// length, with a full stop), or the start of a sentence that a hard-wrapped
// text carries on to the next line: it ends with a comma, or, not ending a
// sentence itself, goes on in lower case on the next line while it ends in a
// lower-case word or its paragraph is longer than kMaxTitleBlockBytes ("First
// of all, let" / "me congratulate you"; "Allow" / "me, first of all, …"). A
// title line followed at once by its text, as in a collection of abstracts,
// stays a title: its text starts a sentence, or the title ends one.
bool is_body_line(std::string_view paragraph) {
  const auto newline = paragraph.find('\n');
  const std::string_view line = paragraph.substr(0, newline);
  if (line.size() > kMaxTitleBytes || line.ends_with(',')) return true;
  if (newline == std::string_view::npos) return line.size() > kMaxHeadingBytes && line.ends_with('.');
  if (std::string_view(".?!:;").find(line.back()) != std::string_view::npos) return false;
  if (!starts_lower_case(paragraph.substr(newline + 1))) return false;
  const auto space = line.rfind(' ');
  const std::string_view last_word = space == std::string_view::npos ? line : line.substr(space + 1);
  return starts_lower_case(last_word) || paragraph.size() > kMaxTitleBlockBytes;
}

// Takes the title from the first paragraph's first line, unless front matter
// gave one or that line reads as body text (is_body_line); returns the index
// of the first body paragraph.
std::size_t take_title(Document& article, std::vector<Paragraph>& paragraphs) {
  if (!article.title.empty() || paragraphs.empty()) return 0;
  std::string& first = paragraphs.front().text;
  if (is_body_line(first)) return 0;
  const auto newline = first.find('\n');
  article.title = first.substr(0, newline);
  if (newline == std::string::npos) return 1;
  first.erase(0, newline + 1);
  return 0;
}

void apply_footer(const std::optional<Footer>& footer, Document& article) {
  if (!footer) return;
  if (article.publication.empty()) article.publication = footer->publication;
  if (article.language.empty()) article.language = footer->language;
}

}  // namespace

std::vector<Document> TxtReader::read(std::string_view content,
                                      const CorpusConfig& /*config*/) const {
  Document article;
  std::vector<Paragraph> paragraphs = split_paragraphs(read_front_matter(content, article));
  const std::size_t first = title_line_ == TitleLine::kTake ? take_title(article, paragraphs) : 0;
  const std::size_t footer = find_footer(paragraphs, first);
  const std::size_t dateline = find_dateline(paragraphs, first, footer);
  fill_article_body(article, paragraphs, first, dateline);
  if (footer < paragraphs.size()) apply_footer(parse_footer(paragraphs[footer].text), article);
  if (dateline == footer) return {std::move(article)};
  if (article.date.empty()) article.date = *parse_date(paragraphs[dateline].text);
  std::vector<Document> documents = make_comments(paragraphs, dateline + 1, footer);
  for (Document& comment : documents) {
    comment.publication = article.publication;
    comment.language = article.language;
  }
  documents.insert(documents.begin(), std::move(article));
  return documents;
}

}  // namespace samizdat::corpus
