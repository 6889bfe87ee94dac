#include "searcher/text_output.h"

#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace samizdat::searcher {
namespace {

TEST(TextOutputTest, RendersSnippetsForTerminalsAndPipes) {
  const struct {
    std::string snippet;
    Highlight highlight;
    std::string expected;
  } cases[] = {
      {"<mark>bread</mark> &amp; roses", Highlight::kPlain, "bread & roses"},
      {"<mark>bread</mark> &amp; roses", Highlight::kAnsi, "\x1b[1mbread\x1b[0m & roses"},
      {"a &lt;b&gt; &quot;c&quot; &#39;d&#39;", Highlight::kPlain, "a <b> \"c\" 'd'"},
      {"…plain text…", Highlight::kAnsi, "…plain text…"},
      {"&amp", Highlight::kPlain, "&amp"},
  };
  for (const auto& test : cases) EXPECT_EQ(render_snippet(test.snippet, test.highlight), test.expected);
}

TEST(TextOutputTest, ListsNumberedResultsThenFacets) {
  SearchResponse response;
  response.query = "bread";
  response.total = 12;
  response.total_exact = false;
  response.corrected = "breed";
  SearchHit hit;
  hit.id = "1917/a";
  hit.title = "Bread and Roses";
  hit.date = "1917-04";
  hit.publication = "Pravda";
  hit.authors = {"A", "B"};
  hit.type = "article";
  hit.rank = 3;
  hit.snippet = "<mark>bread</mark>";
  response.results.push_back(hit);
  response.facets["type"] = {{"article", 10}, {"comment", 2}};
  response.facets["source"] = {};
  std::ostringstream out;
  write_text(response, Highlight::kPlain, out);
  EXPECT_EQ(out.str(),
            "at least 12 results for 'bread'\n"
            "Did you mean: breed\n\n"
            "3. Bread and Roses\n"
            "   1917-04 · Pravda · A; B · article · 1917/a\n"
            "   bread\n\n"
            "type:  article (10)  comment (2)\n");
}

TEST(TextOutputTest, PrintsAFieldsFirstTwentyValuesAndHowManyMore) {
  SearchResponse response;
  response.total = 25;
  for (int i = 0; i < 25; ++i) response.facets["author"].emplace_back("A" + std::to_string(i), 25 - i);
  response.facets["type"] = {{"article", 25}};
  std::ostringstream out;
  write_text(response, Highlight::kPlain, out);
  const std::string text = out.str();
  EXPECT_NE(text.find("author:  A0 (25)  A1 (24)"), std::string::npos) << text;
  EXPECT_NE(text.find("  A19 (6)  … 5 more\ntype:  article (25)\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("A20"), std::string::npos) << text;
}

TEST(TextOutputTest, SaysWhichNamesAreNoFields) {
  SearchResponse response;
  response.query = "iso:USA colour:red";
  response.unknown_fields = {"iso", "colour"};
  response.field_names = {"author", "year"};
  std::ostringstream out;
  write_text(response, Highlight::kPlain, out);
  EXPECT_EQ(out.str(),
            "0 results for 'iso:USA colour:red'\n"
            "iso:, colour: are not fields here, so they were searched as words (fields: author, year).\n\n");
}

TEST(TextOutputTest, NamesACommentByItsArticle) {
  SearchResponse response;
  response.query = "bread";
  response.total = 1;
  SearchHit hit;
  hit.id = "1917/a#c1";
  hit.type = "comment";
  hit.parent = "1917/a";
  hit.parent_title = "Bread and Roses";
  hit.rank = 1;
  response.results.push_back(hit);
  std::ostringstream out;
  write_text(response, Highlight::kPlain, out);
  EXPECT_NE(out.str().find("1. A comment on “Bread and Roses”\n   comment · 1917/a#c1\n"), std::string::npos)
      << out.str();
}

TEST(TextOutputTest, WritesADocumentWithItsChildren) {
  DocumentView view;
  view.document.id = "1917/a";
  view.document.title = "Title";
  view.document.text = "Body.";
  corpus::Document comment;
  comment.id = "1917/a#c1";
  comment.type = corpus::DocType::kComment;
  comment.text = "Comment.";
  view.comments.push_back(comment);
  std::ostringstream out;
  write_text(view, out);
  EXPECT_EQ(out.str(), "Title\narticle · 1917/a\n\nBody.\n\n---\n1917/a#c1\ncomment · 1917/a#c1\n\nComment.\n");
}

}  // namespace
}  // namespace samizdat::searcher
