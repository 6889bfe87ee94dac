#include "corpus/html_reader.h"

#include <algorithm>
#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <gumbo.h>

#include "corpus/ascii.h"
#include "corpus/date.h"

namespace samizdat::corpus {

namespace {

struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};
using GumboOutputPtr = std::unique_ptr<GumboOutput, GumboOutputDeleter>;

using NodePredicate = std::function<bool(const GumboNode*)>;

// ---- DOM helpers ----

bool is_element(const GumboNode* node) { return node->type == GUMBO_NODE_ELEMENT; }

bool has_tag(const GumboNode* node, GumboTag tag) {
  return is_element(node) && node->v.element.tag == tag;
}

std::vector<const GumboNode*> children_of(const GumboNode* node) {
  std::vector<const GumboNode*> children;
  if (!is_element(node) && node->type != GUMBO_NODE_DOCUMENT) return children;
  const GumboVector& vector =
      is_element(node) ? node->v.element.children : node->v.document.children;
  for (unsigned i = 0; i < vector.length; ++i) {
    children.push_back(static_cast<const GumboNode*>(vector.data[i]));
  }
  return children;
}

std::string attribute(const GumboNode* node, const char* name) {
  if (!is_element(node)) return "";
  const GumboAttribute* found = gumbo_get_attribute(&node->v.element.attributes, name);
  return found == nullptr ? "" : found->value;
}

// The first element, in document order, that `matches`.
const GumboNode* find_element(const GumboNode* node, const NodePredicate& matches) {
  if (is_element(node) && matches(node)) return node;
  for (const GumboNode* child : children_of(node)) {
    if (const GumboNode* found = find_element(child, matches)) return found;
  }
  return nullptr;
}

// The first element strictly below `node` that `matches`.
const GumboNode* find_descendant(const GumboNode* node, const NodePredicate& matches) {
  for (const GumboNode* child : children_of(node)) {
    if (const GumboNode* found = find_element(child, matches)) return found;
  }
  return nullptr;
}

bool class_mentions(const GumboNode* node, std::string_view word) {
  return lower_ascii(attribute(node, "class")).find(word) != std::string::npos;
}

// ---- Comment markers ----

enum class CommentRole { kNone, kContainer, kDropped, kItem, kPart };

constexpr std::array<std::string_view, 4> kContainerWords = {"comments", "commentlist",
                                                            "comment-list", "comment-section"};
constexpr std::array<std::string_view, 3> kDroppedWords = {"respond", "comment-form", "reply"};
constexpr std::array<std::string_view, 11> kPartWords = {
    "author", "body", "content", "text", "meta", "date", "time", "avatar", "vcard", "count", "link"};

template <std::size_t N>
bool mentions_any(std::string_view token, const std::array<std::string_view, N>& words) {
  return std::any_of(words.begin(), words.end(),
                     [token](std::string_view word) { return token.find(word) != token.npos; });
}

std::vector<std::string> comment_tokens(const GumboNode* node) {
  std::vector<std::string> tokens;
  const std::string names = lower_ascii(attribute(node, "class") + " " + attribute(node, "id"));
  std::size_t start = 0;
  while ((start = names.find_first_not_of(" \t\n", start)) != std::string::npos) {
    const std::size_t end = std::min(names.find_first_of(" \t\n", start), names.size());
    const std::string token = names.substr(start, end - start);
    if (token.find("comment") != std::string::npos) tokens.push_back(token);
    start = end;
  }
  return tokens;
}

// <html> and <body> carry page-wide classes ("comments-open"): never a role.
CommentRole comment_role(const GumboNode* node) {
  if (has_tag(node, GUMBO_TAG_HTML) || has_tag(node, GUMBO_TAG_BODY)) return CommentRole::kNone;
  const std::vector<std::string> tokens = comment_tokens(node);
  const auto any = [&tokens](const auto& words) {
    return std::any_of(tokens.begin(), tokens.end(),
                       [&words](const std::string& token) { return mentions_any(token, words); });
  };
  if (tokens.empty()) return CommentRole::kNone;
  if (any(kContainerWords)) return CommentRole::kContainer;
  if (any(kDroppedWords)) return CommentRole::kDropped;
  const bool all_parts = std::all_of(tokens.begin(), tokens.end(), [](const std::string& token) {
    return mentions_any(token, kPartWords);
  });
  return all_parts ? CommentRole::kPart : CommentRole::kItem;
}

bool is_comment_block(const GumboNode* node) {
  const CommentRole role = comment_role(node);
  return role == CommentRole::kContainer || role == CommentRole::kDropped ||
         role == CommentRole::kItem;
}

// ---- Text ----

bool is_skipped_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_FORM:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_OBJECT:
      return true;
    default:
      return false;
  }
}

bool is_block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BR: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR:
    case GUMBO_TAG_PRE: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS:
      return true;
    default:
      return false;
  }
}

bool is_section_heading(GumboTag tag) {
  return tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
         tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Collects an element's visible text as paragraphs, leaving out the
// elements `skip` names, and records h2-h6 as sections.
class TextBuilder {
 public:
  explicit TextBuilder(NodePredicate skip) : skip_(std::move(skip)) {}

  void add(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
      add_text(node->v.text.text);
    } else if (node->type == GUMBO_NODE_WHITESPACE) {
      pending_space_ = !paragraph_.empty();
    } else if (is_element(node) && !is_skipped_tag(node->v.element.tag) && !skip_(node)) {
      add_element(node);
    }
  }

  [[nodiscard]] std::string text() {
    flush();
    return text_;
  }
  [[nodiscard]] const std::vector<Section>& sections() const { return sections_; }

 private:
  void add_element(const GumboNode* node) {
    const GumboTag tag = node->v.element.tag;
    const bool block = is_block_tag(tag);
    if (block) flush();
    for (const GumboNode* child : children_of(node)) add(child);
    if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) pending_space_ = !paragraph_.empty();
    if (!block) return;
    const std::size_t offset = flush();
    if (is_section_heading(tag) && offset != std::string::npos) {
      sections_.push_back({text_.substr(offset), offset});
    }
  }

  void add_text(std::string_view text) {
    for (const char c : text) {
      if (is_space(c)) {
        pending_space_ = !paragraph_.empty();
        continue;
      }
      if (pending_space_) paragraph_ += ' ';
      pending_space_ = false;
      paragraph_ += c;
    }
  }

  // Ends the current paragraph; returns where it starts in text_, or npos
  // when it was empty.
  std::size_t flush() {
    pending_space_ = false;
    if (paragraph_.empty()) return std::string::npos;
    if (!text_.empty()) text_ += "\n\n";
    const std::size_t offset = text_.size();
    text_ += paragraph_;
    paragraph_.clear();
    return offset;
  }

  NodePredicate skip_;
  std::string text_;
  std::string paragraph_;
  bool pending_space_ = false;
  std::vector<Section> sections_;
};

// The text of `node` on one line (whitespace collapsed, no skipping).
std::string inline_text(const GumboNode* node) {
  TextBuilder builder([](const GumboNode*) { return false; });
  for (const GumboNode* child : children_of(node)) builder.add(child);
  std::string text = builder.text();
  std::replace(text.begin(), text.end(), '\n', ' ');
  text.erase(std::unique(text.begin(), text.end(),
                         [](char a, char b) { return a == ' ' && b == ' '; }),
             text.end());
  return text;
}

std::vector<std::string> paragraphs_of(const std::string& text) {
  std::vector<std::string> paragraphs;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t end = std::min(text.find("\n\n", start), text.size());
    paragraphs.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  return paragraphs;
}

// ---- Metadata ----

// The content of the first <meta> whose name or property is one of `keys`.
std::string meta_content(const GumboNode* root, std::initializer_list<std::string_view> keys) {
  for (const std::string_view key : keys) {
    const GumboNode* meta = find_element(root, [key](const GumboNode* node) {
      return has_tag(node, GUMBO_TAG_META) && (lower_ascii(attribute(node, "name")) == key ||
                                                lower_ascii(attribute(node, "property")) == key);
    });
    if (meta != nullptr && !attribute(meta, "content").empty()) return attribute(meta, "content");
  }
  return "";
}

std::optional<Date> time_element_date(const GumboNode* time) {
  const std::string datetime = attribute(time, "datetime");
  if (const auto date = parse_date(datetime)) return date;
  return parse_date(inline_text(time));
}

const GumboNode* find_outside_comments(const GumboNode* root, const NodePredicate& matches) {
  if (is_element(root) && matches(root)) return root;
  for (const GumboNode* child : children_of(root)) {
    if (is_element(child) && is_comment_block(child)) continue;
    if (const GumboNode* found = find_outside_comments(child, matches)) return found;
  }
  return nullptr;
}

std::optional<Date> dateline_date(const GumboNode* main, const std::string& text) {
  const GumboNode* dateline = find_outside_comments(main, [](const GumboNode* node) {
    return class_mentions(node, "date") && parse_date(inline_text(node)).has_value();
  });
  if (dateline != nullptr) return parse_date(inline_text(dateline));
  const std::vector<std::string> paragraphs = paragraphs_of(text);
  for (std::size_t i = 0; i < std::min<std::size_t>(3, paragraphs.size()); ++i) {
    if (const auto date = parse_date(paragraphs[i])) return date;
  }
  return std::nullopt;
}

Date article_date(const GumboNode* document, const GumboNode* main, const std::string& text) {
  const GumboNode* time = find_outside_comments(
      main, [](const GumboNode* node) { return has_tag(node, GUMBO_TAG_TIME); });
  if (time != nullptr) {
    if (const auto date = time_element_date(time)) return *date;
  }
  const std::string published =
      meta_content(document, {"article:published_time", "date", "dc.date"});
  if (const auto date = parse_date(published)) return *date;
  return dateline_date(main, text).value_or(Date{});
}

std::string page_title(const GumboNode* document) {
  std::string title = meta_content(document, {"og:title"});
  if (!title.empty()) return title;
  if (const GumboNode* h1 = find_outside_comments(
          document, [](const GumboNode* node) { return has_tag(node, GUMBO_TAG_H1); })) {
    title = inline_text(h1);
  }
  if (!title.empty()) return title;
  const GumboNode* element = find_element(
      document, [](const GumboNode* node) { return has_tag(node, GUMBO_TAG_TITLE); });
  return element == nullptr ? "" : inline_text(element);
}

std::string page_language(const GumboNode* document) {
  const GumboNode* html =
      find_element(document, [](const GumboNode* node) { return has_tag(node, GUMBO_TAG_HTML); });
  const std::string lang = html == nullptr ? "" : lower_ascii(attribute(html, "lang"));
  return lang.substr(0, lang.find_first_of("-_"));
}

const GumboNode* main_element(const GumboNode* document) {
  for (const GumboTag tag : {GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN, GUMBO_TAG_BODY}) {
    const GumboNode* found = find_outside_comments(
        document, [tag](const GumboNode* node) { return has_tag(node, tag); });
    if (found != nullptr) return found;
  }
  return document;
}

// ---- Comments ----

Document read_comment(const GumboNode* item) {
  Document comment;
  comment.type = DocType::kComment;
  const GumboNode* author =
      find_descendant(item, [](const GumboNode* node) { return class_mentions(node, "author"); });
  if (author != nullptr) comment.authors = {inline_text(author)};
  const GumboNode* time =
      find_descendant(item, [](const GumboNode* node) { return has_tag(node, GUMBO_TAG_TIME); });
  if (time != nullptr) comment.date = time_element_date(time).value_or(Date{});
  TextBuilder builder([author](const GumboNode* node) {
    return node == author || has_tag(node, GUMBO_TAG_TIME) || class_mentions(node, "meta") ||
           comment_role(node) == CommentRole::kItem || comment_role(node) == CommentRole::kDropped;
  });
  for (const GumboNode* child : children_of(item)) builder.add(child);
  comment.text = builder.text();
  return comment;
}

// Comment items in document order; replies nested in a comment come after it.
void collect_comments(const GumboNode* node, const std::set<const GumboNode*>& keep_out,
                      std::vector<const GumboNode*>& items) {
  if (!is_element(node) && node->type != GUMBO_NODE_DOCUMENT) return;
  if (is_element(node)) {
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE) return;
    const CommentRole role = keep_out.contains(node) ? CommentRole::kNone : comment_role(node);
    if (role == CommentRole::kDropped) return;
    if (role == CommentRole::kItem) items.push_back(node);
  }
  for (const GumboNode* child : children_of(node)) collect_comments(child, keep_out, items);
}

// The main element and its ancestors never count as comments, whatever
// their class says ("post has-comments").
std::set<const GumboNode*> ancestors_of(const GumboNode* node) {
  std::set<const GumboNode*> ancestors;
  for (; node != nullptr; node = node->parent) ancestors.insert(node);
  return ancestors;
}

}  // namespace

std::vector<Document> HtmlReader::read(std::string_view content,
                                       const CorpusConfig& /*config*/) const {
  const GumboOutputPtr output(gumbo_parse_with_options(&kGumboDefaultOptions, content.data(),
                                                       content.size()));
  const GumboNode* document = output->document;
  const GumboNode* main = main_element(document);
  Document article;
  article.title = page_title(document);
  const std::string title = article.title;
  TextBuilder builder([&title](const GumboNode* node) {
    return is_comment_block(node) || (has_tag(node, GUMBO_TAG_H1) && inline_text(node) == title);
  });
  builder.add(main);
  article.text = builder.text();
  article.sections = builder.sections();
  const std::string author = meta_content(document, {"author", "article:author"});
  if (!author.empty()) article.authors = {author};
  article.publication = meta_content(document, {"og:site_name", "application-name"});
  article.date = article_date(document, main, article.text);
  article.language = page_language(document);
  std::vector<Document> documents{article};
  std::vector<const GumboNode*> items;
  collect_comments(document, ancestors_of(main), items);
  for (const GumboNode* item : items) {
    Document comment = read_comment(item);
    if (!comment.text.empty()) documents.push_back(std::move(comment));
  }
  return documents;
}

}  // namespace samizdat::corpus
