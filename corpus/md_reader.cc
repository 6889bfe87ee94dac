#include "corpus/md_reader.h"

#include <memory>
#include <string>
#include <string_view>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include "corpus/error.h"
#include "corpus/front_matter.h"

namespace samizdat::corpus {
namespace {

struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;

// Appends the plain text of an inline subtree: emphasis, links and image
// descriptions keep their words; raw HTML is dropped.
void append_inline_text(cmark_node* node, std::string& text) {
  for (cmark_node* child = cmark_node_first_child(node); child != nullptr;
       child = cmark_node_next(child)) {
    switch (cmark_node_get_type(child)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        text.append(cmark_node_get_literal(child));
        break;
      case CMARK_NODE_SOFTBREAK:
        text.append(" ");
        break;
      case CMARK_NODE_LINEBREAK:
        text.append("\n");
        break;
      case CMARK_NODE_HTML_INLINE:
        break;
      default:
        append_inline_text(child, text);
    }
  }
}

std::string inline_text(cmark_node* node) {
  std::string text;
  append_inline_text(node, text);
  return text;
}

struct ParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;

// GitHub Flavored Markdown's extensions, as GitHub, GitLab and most Markdown
// archives write: tables, ~~strikethrough~~ and bare www. links.
constexpr const char* kExtensions[] = {"table", "strikethrough", "autolink"};
// Between the cells of a table row in the text.
constexpr std::string_view kCellSeparator = " \xC2\xB7 ";  // " · "

// The extension `name`, registered once for all threads (cmark-gfm's
// registration is not thread-safe; looking extensions up is).
cmark_syntax_extension* extension(const char* name) {
  static const bool registered = [] {
    cmark_gfm_core_extensions_ensure_registered();
    return true;
  }();
  (void)registered;
  return cmark_find_syntax_extension(name);
}

NodePtr parse_markdown(std::string_view body) {
  const ParserPtr parser(cmark_parser_new(CMARK_OPT_DEFAULT));
  if (!parser) throw InputError("cannot parse Markdown: out of memory");
  for (const char* name : kExtensions) {
    cmark_syntax_extension* found = extension(name);
    if (found == nullptr) throw Error(std::string("cmark-gfm lacks its '") + name + "' extension");
    cmark_parser_attach_syntax_extension(parser.get(), found);
  }
  cmark_parser_feed(parser.get(), body.data(), body.size());
  NodePtr root(cmark_parser_finish(parser.get()));
  if (!root) throw InputError("cannot parse Markdown: out of memory");
  return root;
}

// A table as text: a line per row, its cells' text between " · ".
std::string table_text(cmark_node* table) {
  std::string text;
  for (cmark_node* row = cmark_node_first_child(table); row != nullptr; row = cmark_node_next(row)) {
    std::string line;
    for (cmark_node* cell = cmark_node_first_child(row); cell != nullptr; cell = cmark_node_next(cell)) {
      const std::string cell_text = inline_text(cell);
      if (cell_text.empty()) continue;
      if (!line.empty()) line += kCellSeparator;
      line += cell_text;
    }
    if (line.empty()) continue;
    if (!text.empty()) text += '\n';
    text += line;
  }
  return text;
}

std::string code_block_text(cmark_node* node) {
  std::string text = cmark_node_get_literal(node);
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

// Accumulates the article while the block tree is walked.
class ArticleBuilder {
 public:
  explicit ArticleBuilder(Document& article) : article_(article) {}

  void add_blocks(cmark_node* parent) {
    for (cmark_node* node = cmark_node_first_child(parent); node != nullptr;
         node = cmark_node_next(node)) {
      add_block(node);
    }
  }

 private:
  void add_block(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_HEADING:
        add_heading(inline_text(node));
        break;
      case CMARK_NODE_PARAGRAPH:
        add_paragraph(inline_text(node));
        break;
      case CMARK_NODE_CODE_BLOCK:
        add_paragraph(code_block_text(node));
        break;
      case CMARK_NODE_BLOCK_QUOTE:
      case CMARK_NODE_LIST:
      case CMARK_NODE_ITEM:
        add_blocks(node);
        break;
      default:  // raw HTML blocks and thematic breaks carry no text
        if (std::string_view(cmark_node_get_type_string(node)) == "table") add_paragraph(table_text(node));
        break;
    }
  }

  // The first heading is the title unless front matter gave one; other
  // headings stay in the text as their own paragraph and open a section.
  void add_heading(std::string heading) {
    if (article_.title.empty() && !title_seen_) {
      title_seen_ = true;
      article_.title = std::move(heading);
      return;
    }
    title_seen_ = true;
    if (heading.empty()) return;
    const std::size_t offset = article_.text.empty() ? 0 : article_.text.size() + 2;
    article_.sections.push_back({heading, offset});
    add_paragraph(heading);
  }

  void add_paragraph(const std::string& paragraph) {
    if (paragraph.empty()) return;
    if (!article_.text.empty()) article_.text.append("\n\n");
    article_.text.append(paragraph);
  }

  Document& article_;
  bool title_seen_ = false;
};

}  // namespace

std::vector<Document> MdReader::read(std::string_view content,
                                     const CorpusConfig& /*config*/) const {
  Document article;
  const std::string_view body = read_front_matter(content, article);
  const NodePtr root = parse_markdown(body);
  ArticleBuilder(article).add_blocks(root.get());
  return {std::move(article)};
}

}  // namespace samizdat::corpus
