#include "corpus/txt_reader.h"

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "corpus/error.h"

namespace samizdat::corpus {
namespace {

// Shaped like a web page saved as text: title, paragraphs, headings, a
// dateline, readers' comments (one with a bulleted quotation), footer, blurb.
constexpr std::string_view kPage =
    "On the Paris Commune Today\n"
    "\n"
    "The Commune lasted seventy-two days. Its lessons outlasted its defeat.\n"
    "\n"
    "The Workers Take Power\n"
    "\n"
    "On 18 March the National Guard refused to surrender its cannon.\n"
    "\n"
    "Elected delegates were paid a worker's wage and could be recalled.\n"
    "\n"
    "The Bloody Week\n"
    "\n"
    "Versailles troops entered the city in May.\n"
    "\n"
    "Sunday, March 18, 2018\n"
    "\n"
    "\n"
    "Thanks for this piece. Where does the figure of seventy-two days come from?\n"
    "\n"
    "  \xE2\x80\xA2 \"It lasted from the 18th of March to the 28th of May.\" That is what I read.\n"
    "\n"
    "It is counted from the rising to the fall of the last barricade.\n"
    "\n"
    "Barricade (fr)\n"
    "\n"
    "Barricade is the bulletin of a workers' group. It is published in several cities.";

std::vector<Document> read_txt(std::string_view content) {
  return TxtReader().read(content, CorpusConfig{});
}

TEST(TxtReaderTest, TakesTitleFromFirstLineAndDateFromDateline) {
  const std::vector<Document> docs = read_txt(kPage);
  ASSERT_FALSE(docs.empty());
  EXPECT_EQ(docs[0].type, DocType::kArticle);
  EXPECT_EQ(docs[0].title, "On the Paris Commune Today");
  EXPECT_EQ(docs[0].date, (Date{2018, 3, 18}));
}

TEST(TxtReaderTest, KeepsHeadingsInTextAndListsThemAsSections) {
  const Document article = read_txt(kPage).at(0);
  ASSERT_EQ(article.sections.size(), 2U);
  EXPECT_EQ(article.sections[0].heading, "The Workers Take Power");
  EXPECT_EQ(article.sections[1].heading, "The Bloody Week");
  for (const Section& section : article.sections) {
    EXPECT_EQ(article.text.substr(section.offset, section.heading.size()), section.heading);
  }
  EXPECT_EQ(article.text,
            "The Commune lasted seventy-two days. Its lessons outlasted its defeat.\n\n"
            "The Workers Take Power\n\n"
            "On 18 March the National Guard refused to surrender its cannon.\n\n"
            "Elected delegates were paid a worker's wage and could be recalled.\n\n"
            "The Bloody Week\n\n"
            "Versailles troops entered the city in May.");
}

TEST(TxtReaderTest, SplitsCommentsFromArticle) {
  const std::vector<Document> docs = read_txt(kPage);
  ASSERT_EQ(docs.size(), 3U);
  EXPECT_EQ(docs[1].type, DocType::kComment);
  EXPECT_EQ(docs[1].text,
            "Thanks for this piece. Where does the figure of seventy-two days come from?\n\n"
            "\xE2\x80\xA2 \"It lasted from the 18th of March to the 28th of May.\" That is what I "
            "read.");
  EXPECT_EQ(docs[2].type, DocType::kComment);
  EXPECT_EQ(docs[2].text, "It is counted from the rising to the fall of the last barricade.");
  EXPECT_EQ(docs[0].text.find("Thanks"), std::string::npos);
  EXPECT_EQ(docs[0].text.find("Sunday"), std::string::npos);
  EXPECT_TRUE(docs[1].id.empty());
  EXPECT_TRUE(docs[1].parent_id.empty());
}

TEST(TxtReaderTest, FooterGivesPublicationAndLanguageAndIsDropped) {
  for (const Document& doc : read_txt(kPage)) {
    EXPECT_EQ(doc.publication, "Barricade");
    EXPECT_EQ(doc.language, "fr");
    EXPECT_EQ(doc.text.find("Barricade"), std::string::npos) << doc.text;
    EXPECT_EQ(doc.text.find("bulletin"), std::string::npos) << doc.text;
  }
}

TEST(TxtReaderTest, WithoutDatelineTheWholeBodyIsTheArticle) {
  const std::vector<Document> docs =
      read_txt("A Title\n\nFirst paragraph here.\n\nSecond paragraph here.\n\nNews (de)\n\nBlurb.");
  ASSERT_EQ(docs.size(), 1U);
  EXPECT_EQ(docs[0].title, "A Title");
  EXPECT_TRUE(docs[0].date.empty());
  EXPECT_EQ(docs[0].text, "First paragraph here.\n\nSecond paragraph here.");
  EXPECT_EQ(docs[0].publication, "News");
  EXPECT_EQ(docs[0].language, "de");
}

TEST(TxtReaderTest, WithoutDatelineOrFooterTitleIsStillTheFirstLine) {
  const std::vector<Document> docs =
      read_txt("\r\n\r\nJust a Title\r\nand its first paragraph.\r\n\r\nMore text.\r\n");
  ASSERT_EQ(docs.size(), 1U);
  EXPECT_EQ(docs[0].title, "Just a Title");
  EXPECT_EQ(docs[0].text, "and its first paragraph.\n\nMore text.");
  EXPECT_TRUE(docs[0].publication.empty());
  EXPECT_TRUE(docs[0].sections.empty());
}

TEST(TxtReaderTest, LongFirstLineIsBodyNotTitle) {
  const std::string speech(400, 'a');
  const std::vector<Document> docs = read_txt(speech + "\n\nSecond paragraph.");
  ASSERT_EQ(docs.size(), 1U);
  EXPECT_TRUE(docs[0].title.empty());
  EXPECT_EQ(docs[0].text, speech + "\n\nSecond paragraph.");
}

TEST(TxtReaderTest, HardWrappedFirstLinesAreBodyNotTitle) {
  const std::string_view bodies[] = {
      "First of all, let\nme congratulate you on your election.\n\nMore.",
      "Allow\nme, first of all, to congratulate you most warmly, Mr. President, on your election to the\n"
      "presidency of the fifty-fifth session of the General Assembly. Allow me also to thank your\n"
      "predecessor.\n\nMore.",
      "Mr. President,\n\nI bring the greetings of my people.",
      "Mr. NOURY-ESFANDIARY thanked the Government of the French Republic on behalf of the delegation.\n\n"
      "More.",
  };
  for (const std::string_view body : bodies) {
    const std::vector<Document> docs = read_txt(body);
    ASSERT_EQ(docs.size(), 1U);
    EXPECT_TRUE(docs[0].title.empty()) << docs[0].title;
    EXPECT_EQ(docs[0].text, body);
  }
  // A line ending in a capitalised word is a title, and so is one followed at
  // once by a text that starts a sentence, or one that ends a sentence, even
  // in lower case (collections of abstracts).
  EXPECT_EQ(read_txt("Lenin on the State\nby a reader\n\nText.").at(0).title, "Lenin on the State");
  EXPECT_EQ(read_txt("Notes on Vol. 2.\n\nText.").at(0).title, "Notes on Vol. 2.");
  EXPECT_EQ(read_txt("The role of the soviets in the revolution of the\nDuring 1917 the workers' councils of "
                     "Petrograd and Moscow took power step by step, first in the factories, then in the city.")
                .at(0)
                .title,
            "The role of the soviets in the revolution of the");
  const Document abstract = read_txt(
      "experimental investigation of the aerodynamics of a wing in a slipstream .\n"
      "an experimental study of a wing in a propeller slipstream was made in order to determine\n"
      "the spanwise distribution of the lift increase due to slipstream .\n")
                                .at(0);
  EXPECT_EQ(abstract.title, "experimental investigation of the aerodynamics of a wing in a slipstream .");
  EXPECT_TRUE(abstract.text.starts_with("an experimental study")) << abstract.text;
}

TEST(TxtReaderTest, SentencesAreNotHeadings) {
  const Document article = read_txt(
      "T\n\nA closing sentence.\n\nWhat follows:\n\nlower case line\n\n"
      "  Indented Line\n\n"
      "This line is far too long to be a heading, because headings are short lines, not this")
                               .at(0);
  EXPECT_TRUE(article.sections.empty()) << article.sections.front().heading;
}

TEST(TxtReaderTest, MonthOrYearAloneIsAHeadingNotADateline) {
  const std::vector<Document> docs =
      read_txt("T\n\nOctober 1917\n\nThe rising.\n\n1918\n\nThe war.");
  ASSERT_EQ(docs.size(), 1U);
  EXPECT_TRUE(docs[0].date.empty());
  EXPECT_EQ(docs[0].sections, (std::vector<Section>{{"October 1917", 0}}));
  EXPECT_EQ(docs[0].text, "October 1917\n\nThe rising.\n\n1918\n\nThe war.");
}

TEST(TxtReaderTest, FrontMatterGivesFieldsAndBodyIsText) {
  const std::vector<Document> docs = read_txt(
      "---\ntitle: From Front Matter\nauthor: Rosa\ndate: 1918\nlang: de\n---\n"
      "First line of the body.\n\nSecond paragraph.\n");
  ASSERT_EQ(docs.size(), 1U);
  EXPECT_EQ(docs[0].title, "From Front Matter");
  EXPECT_EQ(docs[0].authors, std::vector<std::string>{"Rosa"});
  EXPECT_EQ(docs[0].date, (Date{1918, 0, 0}));
  EXPECT_EQ(docs[0].language, "de");
  EXPECT_EQ(docs[0].text, "First line of the body.\n\nSecond paragraph.");
}

TEST(TxtReaderTest, FrontMatterWithDatelineStillSplitsComments) {
  const std::vector<Document> docs =
      read_txt("---\ntitle: T\n---\nBody.\n\n6 October 2017\n\nA comment.\n");
  ASSERT_EQ(docs.size(), 2U);
  EXPECT_EQ(docs[0].text, "Body.");
  EXPECT_EQ(docs[0].date, (Date{2017, 10, 6}));
  EXPECT_EQ(docs[1].text, "A comment.");
}

TEST(TxtReaderTest, RejectsMalformedFrontMatter) {
  try {
    (void)read_txt("---\ntitle: [oops\n---\nBody\n");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), "malformed front matter: end of sequence flow not found at line 2");
  }
}

}  // namespace
}  // namespace samizdat::corpus
