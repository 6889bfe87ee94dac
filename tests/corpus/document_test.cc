#include "corpus/document.h"

#include <string_view>

#include <gtest/gtest.h>

namespace samizdat::corpus {
namespace {

TEST(DocumentTest, NamesTypesBothWays) {
  for (const DocType type : {DocType::kArticle, DocType::kComment, DocType::kQuotation}) {
    EXPECT_EQ(parse_doc_type(to_string(type)), type);
  }
  EXPECT_EQ(to_string(DocType::kComment), "comment");
  EXPECT_EQ(parse_doc_type("quotation"), DocType::kQuotation);
  EXPECT_FALSE(parse_doc_type("Article").has_value());
  EXPECT_FALSE(parse_doc_type("").has_value());
}

struct IdCase {
  std::string_view path;
  std::string_view id;
};

TEST(DocumentTest, MakesUrlSafeIdsFromPaths) {
  const IdCase cases[] = {
      {"2017/The Significance.txt", "2017/the-significance"},
      {"significance-of-the-russian-revolution.md", "significance-of-the-russian-revolution"},
      {"a/b/c.html", "a/b/c"},
      {"Notes (draft) -- v2.txt", "notes-draft-v2"},
      {"archive.tar.json", "archive-tar"},
      {"no_extension", "no-extension"},
      {".hidden", "hidden"},
      {"dir.d/file", "dir-d/file"},
      {"Révolution d’Octobre.txt", "révolution-d-octobre"},
      {"Москва/Правда.txt", "Москва/Правда"},
      {"!!!.txt", "-"},
  };
  for (const auto& [path, id] : cases) {
    EXPECT_EQ(make_document_id(path), id) << path;
  }
}

}  // namespace
}  // namespace samizdat::corpus
