#include "searcher/hit_builder.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

#include "corpus/folding_stemmer.h"

namespace samizdat::searcher {
namespace {

// Filler of about `bytes` bytes that holds none of the query words below.
std::string filler(std::size_t bytes) {
  std::string text;
  for (int i = 0; text.size() < bytes; ++i) text += "The delegates met in hall " + std::to_string(i) + " at noon. ";
  return text;
}

// The snippet of `text` for `query`, after indexing `text` as the only
// document of an in-memory database (stemmed as the indexer does); with
// `whole`, Xapian's snippet of the whole text.
std::string snippet_for(const std::string& text, const std::string& query, bool whole = false) {
  const Xapian::Stem stemmer = corpus::make_folding_stemmer("en");
  Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::TermGenerator generator;
  generator.set_stemmer(stemmer);
  Xapian::Document document;
  generator.set_document(document);
  generator.index_text(text);
  database.add_document(document);
  Xapian::QueryParser parser;
  parser.set_stemmer(stemmer);
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  Xapian::Enquire enquire(database);
  enquire.set_query(parser.parse_query(query));
  const Xapian::MSet mset = enquire.get_mset(0, 10);
  return whole ? mset.snippet(text, 200, stemmer, Xapian::MSet::SNIPPET_EXHAUSTIVE, "<mark>", "</mark>", "…")
               : SnippetMaker(mset, enquire.get_query())(text, stemmer);
}

TEST(HitBuilderTest, SnippetMarksAMatchNearTheEndOfALongText) {
  const std::string text = filler(60000) + "Then the weavers struck for bread.";
  const std::string snippet = snippet_for(text, "weavers");
  EXPECT_NE(snippet.find("<mark>weavers</mark> struck for bread."), std::string::npos) << snippet;
  EXPECT_EQ(snippet.rfind("…", 0), 0U) << snippet;  // the text before it is cut
  EXPECT_LE(snippet.size(), 260U);
}

TEST(HitBuilderTest, SnippetMarksStemmedMatchesAndPhraseWordsInALongText) {
  const std::string text = filler(30000) + "The Weaver's strike spread. " + filler(30000) +
                           "In the end the working class won the eight-hour day. " + filler(2000);
  const std::string stemmed = snippet_for(text, "weavers");
  EXPECT_NE(stemmed.find("<mark>Weaver's</mark> strike"), std::string::npos) << stemmed;
  const std::string phrase = snippet_for(text, "\"working class\"");
  EXPECT_NE(phrase.find("<mark>working class</mark> won"), std::string::npos) << phrase;
}

TEST(HitBuilderTest, SnippetPrefersTheWindowHoldingEveryQueryWord) {
  const std::string text = "A strike began. " + filler(700) + "Wages fell while the strike went on. " + filler(4000);
  const std::string snippet = snippet_for(text, "strike wages");
  EXPECT_NE(snippet.find("<mark>Wages</mark> fell while the <mark>strike</mark>"), std::string::npos) << snippet;
}

TEST(HitBuilderTest, SnippetOfALongTextIsChosenAroundItsFirstMatch) {
  const std::string text = "A strike began. " + filler(10000) + "Wages fell while the strike went on. " + filler(100);
  const std::string snippet = snippet_for(text, "strike wages");
  EXPECT_EQ(snippet.rfind("A <mark>strike</mark> began. The delegates met in hall 0", 0), 0U) << snippet;
}

TEST(HitBuilderTest, SnippetMarksAPhraseAcrossTheStepsALongTextIsSearchedIn) {
  // A long text is searched for its first match in steps of 1 KB cut at spaces:
  // "working" ends the first step, "class" starts the second.
  const std::string text = filler(1020).substr(0, 1020) + " working class won. " + filler(5000);
  const std::string snippet = snippet_for(text, "\"working class\"");
  EXPECT_NE(snippet.find("<mark>working class</mark> won."), std::string::npos) << snippet;
}

TEST(HitBuilderTest, SnippetInTheMiddleOfALongTextReadsAsXapiansOfTheWholeText) {
  // Xapian marks a cut where its snippet starts or ends inside a sentence,
  // not at a sentence's end; the window SnippetMaker gives it must not change that.
  for (const std::string middle : {"Then the weavers struck. ", "Weavers struck. ", "Weavers struck for bread and ",
                                   "In the mills of the valley, weavers who had worked twelve hours a day "}) {
    const std::string text = filler(10000) + middle + filler(10000);
    const std::string snippet = snippet_for(text, "weavers");
    EXPECT_NE(snippet.find("eavers</mark>"), std::string::npos) << snippet;
    EXPECT_EQ(snippet, snippet_for(text, "weavers", true)) << middle;
    EXPECT_LE(snippet.size(), 260U);
  }
}

TEST(HitBuilderTest, SnippetReachingTheEndOfItsWindowIsMarkedAsCutUnlessASentenceEndsThere) {
  // "working" without "class" anchors a window that ends 1 KB later, just
  // after the phrase: Xapian takes that for the end of the text.
  for (const auto& [phrase, marked] : {std::pair{" working class", "<mark>working class</mark>…"},
                                       std::pair{" working class.", "<mark>working class</mark>."}}) {
    std::string text = filler(2000) + "Alone, working. ";
    const std::size_t window_end = text.rfind("working") + 1024;
    const std::size_t pad = window_end - std::string(phrase).size() - text.size();
    text += filler(pad).substr(0, pad) + phrase + " then struck the mills of the valley, " + filler(3000);
    ASSERT_EQ(text.find(" then struck the mills"), window_end);
    const std::string snippet = snippet_for(text, "\"working class\"");
    EXPECT_TRUE(snippet.ends_with(marked)) << snippet;
  }
}

TEST(HitBuilderTest, SnippetSkipsWordsThatOnlyBeginLikeTheQuery) {
  // "classical" begins like "class" but is another stem: the windows at it hold
  // no match, and the snippet is the one around the real match further on.
  std::string text;
  for (int i = 0; i < 2; ++i) text += "Classical music played. " + filler(1100);
  text += "Then the working class won. " + filler(3000);
  const std::string snippet = snippet_for(text, "class");
  EXPECT_NE(snippet.find("<mark>class</mark> won."), std::string::npos) << snippet;
}

TEST(HitBuilderTest, SnippetFindsAMatchWrittenWithAccentsTheQueryHasNot) {
  // The folded query word ("kampfe") begins no word of the text as written
  // ("Kämpfe"): the text is searched step by step instead.
  const std::string text = filler(6000) + "Die Kämpfe der Weber. " + filler(3000);
  const std::string snippet = snippet_for(text, "kampfe");
  EXPECT_NE(snippet.find("<mark>Kämpfe</mark> der Weber."), std::string::npos) << snippet;
}

TEST(HitBuilderTest, SnippetOfAShortTextIsTheWholeTextOnOneLine) {
  EXPECT_EQ(snippet_for("Bread\n\nand   roses & more", "roses"), "Bread and <mark>roses</mark> &amp; more");
}

TEST(HitBuilderTest, SnippetWithoutAMatchInTheTextIsItsBeginning) {
  const std::string text = "Bread & roses.\n" + filler(1000);
  const std::string snippet = snippet_for(text, "weavers");
  EXPECT_EQ(snippet.rfind("Bread &amp; roses. The delegates met in hall 0 at noon.", 0), 0U) << snippet;
  EXPECT_TRUE(snippet.ends_with(" at…") || snippet.ends_with(" noon.…")) << snippet;
  EXPECT_LE(snippet.size(), 210U);
  EXPECT_EQ(snippet_for("Bread and roses.", "weavers"), "Bread and roses.");
}

TEST(HitBuilderTest, DisplayTitleSaysWhatAHitWithoutATitleIsAndWhere) {
  const auto hit = [](std::string type, std::vector<std::string> authors, std::string source,
                      std::string parent_title) {
    SearchHit made;
    made.id = "1917/a#x";
    made.type = std::move(type);
    made.authors = std::move(authors);
    made.source = std::move(source);
    made.parent_title = std::move(parent_title);
    return made;
  };
  const struct {
    SearchHit hit;
    std::string expected;
  } cases[] = {
      {hit("comment", {}, "", ""), "A comment"},
      {hit("comment", {"Reader One"}, "", "The April Theses"), "A comment by Reader One on “The April Theses”"},
      {hit("comment", {}, "", "The April Theses"), "A comment on “The April Theses”"},
      {hit("quotation", {"Lenin"}, "CW 27", "Notes"), "Quoting Lenin in “Notes”"},
      {hit("quotation", {}, "CW 27", ""), "Quoting CW 27"},
      {hit("quotation", {}, "", "Notes"), "A quotation in “Notes”"},
      {hit("article", {}, "", ""), "1917/a#x"},
  };
  for (const auto& test : cases) EXPECT_EQ(display_title(test.hit), test.expected);
  SearchHit titled = hit("comment", {"Reader One"}, "", "Notes");
  titled.title = "Re: Notes";
  EXPECT_EQ(display_title(titled), "Re: Notes");
}

}  // namespace
}  // namespace samizdat::searcher
