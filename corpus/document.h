// @brief The document model: what an article, a comment and a quotation are,
// independent of the format they were read from.
#ifndef SAMIZDAT_CORPUS_DOCUMENT_H_
#define SAMIZDAT_CORPUS_DOCUMENT_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/date.h"

namespace samizdat::corpus {

enum class DocType { kArticle, kComment, kQuotation };

// "article", "comment", "quotation".
[[nodiscard]] std::string_view to_string(DocType type);
// Inverse of to_string; nullopt for an unknown name.
[[nodiscard]] std::optional<DocType> parse_doc_type(std::string_view name);

// A heading inside a document's text: the heading and the byte offset in
// Document::text where the section it opens begins.
struct Section {
  std::string heading;
  std::size_t offset = 0;
  friend bool operator==(const Section&, const Section&) = default;
};

// One searchable unit. Articles come one per input page or JSON record;
// comments and quotations are children that name the article in parent_id.
struct Document {
  std::string id;  // stable, URL-safe: "2017/significance", "2017/significance#c1"
  DocType type = DocType::kArticle;
  std::string title;
  std::vector<std::string> authors;
  Date date;
  std::string publication;
  std::string language;  // ISO 639-1 code ("en"), or "" when unknown
  std::vector<std::string> tags;
  std::string url;
  std::vector<Section> sections;
  std::string text;  // the body, UTF-8, paragraphs separated by "\n\n"
  std::string parent_id;  // for comments and quotations
  std::string source;     // a quotation's citation, as written
  std::string path;       // source file, relative to the corpus root
  std::map<std::string, std::string> extra;  // other fields (JSON keys, front matter)
};

// Makes a URL-safe id from a path relative to the corpus root: drops the
// extension, keeps '/', lower-cases ASCII letters, and replaces every run of
// other characters with '-' ("2017/The Significance.txt" becomes
// "2017/the-significance"). Non-ASCII letters are kept as UTF-8 and
// percent-encoded only by the HTTP layer.
[[nodiscard]] std::string make_document_id(std::string_view relative_path);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_DOCUMENT_H_
