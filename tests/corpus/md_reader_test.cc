#include "corpus/md_reader.h"

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "corpus/error.h"

namespace samizdat::corpus {
namespace {

std::vector<Document> read_md(std::string_view content) {
  return MdReader().read(content, CorpusConfig{});
}

TEST(MdReaderTest, AppliesFrontMatterAndStripsMarkup) {
  const std::vector<Document> docs = read_md(
      "---\n"
      "title: Theses on Feuerbach\n"
      "authors: [Karl Marx]\n"
      "date: 1845\n"
      "publication: Notebooks\n"
      "language: en\n"
      "tags: [philosophy]\n"
      "---\n"
      "The *philosophers* have only **interpreted** the world,\n"
      "in various [ways](https://example.org); the point is to `change` it.\n"
      "\n"
      "## Thesis Two\n"
      "\n"
      "> Whether objective truth can be attributed<br> to human thinking\n"
      "\n"
      "- is not a question of theory\n"
      "- but a practical question\n"
      "\n"
      "<div>raw html</div>\n"
      "\n"
      "---\n"
      "\n"
      "```\ncode line\n```\n");
  ASSERT_EQ(docs.size(), 1U);
  const Document& doc = docs[0];
  EXPECT_EQ(doc.type, DocType::kArticle);
  EXPECT_EQ(doc.title, "Theses on Feuerbach");
  EXPECT_EQ(doc.authors, std::vector<std::string>{"Karl Marx"});
  EXPECT_EQ(doc.date, (Date{1845, 0, 0}));
  EXPECT_EQ(doc.publication, "Notebooks");
  EXPECT_EQ(doc.language, "en");
  EXPECT_EQ(doc.tags, std::vector<std::string>{"philosophy"});
  EXPECT_EQ(doc.text,
            "The philosophers have only interpreted the world, in various ways; the point is to "
            "change it.\n\n"
            "Thesis Two\n\n"
            "Whether objective truth can be attributed to human thinking\n\n"
            "is not a question of theory\n\n"
            "but a practical question\n\n"
            "code line");
  ASSERT_EQ(doc.sections.size(), 1U);
  EXPECT_EQ(doc.sections[0].heading, "Thesis Two");
  EXPECT_EQ(doc.text.substr(doc.sections[0].offset, 10), "Thesis Two");
}

TEST(MdReaderTest, TakesTitleFromFirstHeadingWithoutFrontMatter) {
  const std::vector<Document> docs =
      read_md("Intro before the heading.\n\n# The *Title*\n\nBody.\n\nSub\n---\n\nMore.\n");
  ASSERT_EQ(docs.size(), 1U);
  EXPECT_EQ(docs[0].title, "The Title");
  EXPECT_EQ(docs[0].text, "Intro before the heading.\n\nBody.\n\nSub\n\nMore.");
  ASSERT_EQ(docs[0].sections.size(), 1U);
  EXPECT_EQ(docs[0].sections[0], (Section{"Sub", 34}));  // 25 + 2 + 5 + 2 bytes before it
}

TEST(MdReaderTest, FileWithoutHeadingsHasNoTitle) {
  const std::vector<Document> docs = read_md("Just text.\n");
  ASSERT_EQ(docs.size(), 1U);
  EXPECT_EQ(docs[0].title, "");
  EXPECT_EQ(docs[0].text, "Just text.");
  EXPECT_TRUE(docs[0].sections.empty());
}

TEST(MdReaderTest, RejectsMalformedFrontMatter) {
  try {
    (void)read_md("---\n- a list\n---\n# T\n");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              "malformed front matter: expected 'key: value' lines, found a list");
  }
}

TEST(MdReaderTest, ReadsGitHubTablesStrikethroughAndBareLinksAsText) {
  const std::vector<Document> docs = read_md(
      "# Delegates\n"
      "\n"
      "| Name | Party | Votes |\n"
      "|:-----|:-----:|------:|\n"
      "| Lenin | *RSDLP* | 12 |\n"
      "| Martov | | 9 |\n"
      "\n"
      "The ~~Mensheviks~~ lost; see www.marxists.org for the minutes.\n");
  ASSERT_EQ(docs.size(), 1U);
  EXPECT_EQ(docs[0].title, "Delegates");
  EXPECT_EQ(docs[0].text,
            "Name \xC2\xB7 Party \xC2\xB7 Votes\n"
            "Lenin \xC2\xB7 RSDLP \xC2\xB7 12\n"
            "Martov \xC2\xB7 9\n\n"
            "The Mensheviks lost; see www.marxists.org for the minutes.");
}

}  // namespace
}  // namespace samizdat::corpus
