#include "corpus/front_matter.h"

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "corpus/error.h"

namespace samizdat::corpus {
namespace {

TEST(FrontMatterTest, SplitsTheBlockFromTheBody) {
  const FrontMatterSplit split = split_front_matter("---\ntitle: A\n---\nBody text\n");
  ASSERT_TRUE(split.yaml.has_value());
  EXPECT_EQ(*split.yaml, "title: A\n");
  EXPECT_EQ(split.body, "Body text\n");
}

TEST(FrontMatterTest, AcceptsCrLfAndDotsAsClosingLine) {
  const FrontMatterSplit split = split_front_matter("---\r\ntitle: A\r\n...\r\nBody");
  ASSERT_TRUE(split.yaml.has_value());
  EXPECT_EQ(*split.yaml, "title: A\r\n");
  EXPECT_EQ(split.body, "Body");
}

TEST(FrontMatterTest, LeavesContentWithoutFrontMatterWhole) {
  const std::string_view cases[] = {
      "Title\n\nBody",
      "\n---\ntitle: A\n---\nBody",  // not at the very start
      "---\ntitle: A\nno closing line\n",
      "----\ntitle: A\n----\n",
      "---",
  };
  for (const std::string_view content : cases) {
    const FrontMatterSplit split = split_front_matter(content);
    EXPECT_FALSE(split.yaml.has_value()) << content;
    EXPECT_EQ(split.body, content);
  }
}

TEST(FrontMatterTest, AppliesKnownKeysAndKeepsOthersAsExtra) {
  Document doc;
  const std::string_view body = read_front_matter(
      "---\n"
      "title: The Significance of the Russian Revolution\n"
      "author: [Jock, \"Ann O'Nym\"]\n"
      "date: 2017-10-06\n"
      "publication: Aurora\n"
      "lang: en\n"
      "tags: history, revolution\n"
      "url: https://example.org/a\n"
      "type: article\n"
      "Party: ICT\n"
      "nested: {a: 1}\n"
      "---\n"
      "Body\n",
      doc);
  EXPECT_EQ(body, "Body\n");
  EXPECT_EQ(doc.title, "The Significance of the Russian Revolution");
  EXPECT_EQ(doc.authors, (std::vector<std::string>{"Jock", "Ann O'Nym"}));
  EXPECT_EQ(doc.date, (Date{2017, 10, 6}));
  EXPECT_EQ(doc.publication, "Aurora");
  EXPECT_EQ(doc.language, "en");
  EXPECT_EQ(doc.tags, (std::vector<std::string>{"history", "revolution"}));
  EXPECT_EQ(doc.url, "https://example.org/a");
  EXPECT_EQ(doc.type, DocType::kArticle);
  EXPECT_EQ(doc.extra, (std::map<std::string, std::string>{{"party", "ICT"}}));
}

TEST(FrontMatterTest, ReadsSingleAuthorAndTagList) {
  Document doc;
  apply_front_matter("authors: Lenin\ntags:\n  - a, b\n  - c\nlanguage: fr\n", doc);
  EXPECT_EQ(doc.authors, (std::vector<std::string>{"Lenin"}));
  EXPECT_EQ(doc.tags, (std::vector<std::string>{"a, b", "c"}));
  EXPECT_EQ(doc.language, "fr");
}

TEST(FrontMatterTest, EmptyBlockChangesNothing) {
  Document doc;
  EXPECT_EQ(read_front_matter("---\n---\nBody", doc), "Body");
  EXPECT_EQ(doc.title, "");
  EXPECT_TRUE(doc.extra.empty());
}

struct ErrorCase {
  std::string_view yaml;
  std::string_view message;
};

TEST(FrontMatterTest, RejectsMalformedFrontMatterWithTheReason) {
  const ErrorCase cases[] = {
      {"title: [unclosed\n", "malformed front matter: end of sequence flow not found at line 2"},
      {"- a\n- b\n", "malformed front matter: expected 'key: value' lines, found a list"},
      {"just text\n", "malformed front matter: expected 'key: value' lines, found a single value"},
      {"date: sometime\n", "malformed front matter: invalid date 'sometime'"},
      {"type: essay\n",
       "malformed front matter: invalid type 'essay' (expected article, comment or quotation)"},
  };
  for (const auto& [yaml, message] : cases) {
    Document doc;
    try {
      apply_front_matter(yaml, doc);
      ADD_FAILURE() << "no error for " << yaml;
    } catch (const InputError& e) {
      EXPECT_EQ(std::string(e.what()), message);
    }
  }
}

}  // namespace
}  // namespace samizdat::corpus
