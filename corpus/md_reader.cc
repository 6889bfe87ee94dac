#include "corpus/md_reader.h"

#include <memory>
#include <string>

#include <cmark.h>

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
  const NodePtr root(cmark_parse_document(body.data(), body.size(), CMARK_OPT_DEFAULT));
  if (!root) throw InputError("cannot parse Markdown: out of memory");
  ArticleBuilder(article).add_blocks(root.get());
  return {std::move(article)};
}

}  // namespace samizdat::corpus
