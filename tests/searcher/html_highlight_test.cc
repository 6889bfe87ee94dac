#include "searcher/html_highlight.h"

#include <gtest/gtest.h>

namespace samizdat::searcher {
namespace {

TEST(HtmlHighlightTest, KeepsOnlyTheWordsOfAQuery) {
  struct Case {
    std::string_view query;
    std::vector<std::string> words;
  };
  const Case cases[] = {
      {"Bread", {"bread"}},
      {"bread AND peace", {"bread", "peace"}},
      {"\"all power\" NOT war", {"all", "power", "war"}},
      {"soviet -tsar +land", {"soviet", "land"}},
      {"title:revolution pub:Pravda", {"revolution", "pravda"}},
      {"revolut* year:1917..1921", {"revolut"}},
      {"Троцкий", {"троцкий"}},
      {"", {}},
  };
  for (const auto& c : cases) EXPECT_EQ(highlight_words(c.query), c.words) << c.query;
}

TEST(HtmlHighlightTest, MarksMatchingWordsCaseInsensitively) {
  EXPECT_EQ(highlight_html("Bread and BREAD, breadth", {"bread"}),
            "<mark>Bread</mark> and <mark>BREAD</mark>, <mark>breadth</mark>");
  EXPECT_EQ(highlight_html("Троцкий и ТРОЦКИЙ", {"троцкий"}),
            "<mark>Троцкий</mark> и <mark>ТРОЦКИЙ</mark>");
}

TEST(HtmlHighlightTest, ShortWordsMatchOnlyWhole) {
  EXPECT_EQ(highlight_html("on one", {"on"}), "<mark>on</mark> one");
}

TEST(HtmlHighlightTest, EscapesEverythingElse) {
  EXPECT_EQ(highlight_html("<script>alert(\"x\")</script> & 'y'", {"script"}),
            "&lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt; &amp; &apos;y&apos;");
  EXPECT_EQ(highlight_html("a < b", {}), "a &lt; b");
}

TEST(HtmlHighlightTest, NeverMarksInsideAnEntity) {
  EXPECT_EQ(highlight_html("a & b", {"amp"}), "a &amp; b");
}

TEST(HtmlHighlightTest, SplitsParagraphsAtBlankLines) {
  const auto paragraphs = split_paragraphs("One\n\nTwo\nlines\n\n\n\nThree\n\n");
  EXPECT_EQ(paragraphs, (std::vector<std::string_view>{"One", "Two\nlines", "Three"}));
  EXPECT_TRUE(split_paragraphs("").empty());
}

}  // namespace
}  // namespace samizdat::searcher
