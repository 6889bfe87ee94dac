#include "corpus/quotation_extractor.h"

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace samizdat::corpus {
namespace {

Document article_with(std::string_view text) {
  Document article;
  article.title = "Title";
  article.date = Date{2017, 10, 6};
  article.publication = "Aurora";
  article.text = std::string(text);
  return article;
}

struct QuoteCase {
  std::string_view text;
  std::string_view passage;
  std::string_view source;
  std::string_view speaker;  // "" when none
};

TEST(QuotationExtractorTest, FindsCitedQuotations) {
  const QuoteCase cases[] = {
      {"Other social achievements were free education. And \xE2\x80\x9CSoviet Russia was the "
       "first nation in history to witness the birth across its land of thousands of communal "
       "organizations spontaneously engaging in collective life\xE2\x80\x9D (R, Stites "
       "Revolutionary Dreams)",
       "Soviet Russia was the first nation in history to witness the birth across its land of "
       "thousands of communal organizations spontaneously engaging in collective life",
       "R, Stites Revolutionary Dreams", ""},
      {"This is the task of the working class itself. Or as Lenin told the Seventh Congress of "
       "the RCP(B) \xE2\x80\x9C\xE2\x80\xA6 socialism cannot be implemented by a minority, by the "
       "Party. It can be implemented only by tens of millions when they have learned to do it "
       "for themselves\xE2\x80\x9D. (Collected Works Volume 27 p. 135)",
       "\xE2\x80\xA6 socialism cannot be implemented by a minority, by the Party. It can be "
       "implemented only by tens of millions when they have learned to do it for themselves",
       "Collected Works Volume 27 p. 135", "Lenin"},
      {"Rosa Luxemburg wrote: \xC2\xAB" "Freedom only for the supporters of the government is no "
       "freedom at all\xC2\xBB (The Russian Revolution, 1918).",
       "Freedom only for the supporters of the government is no freedom at all",
       "The Russian Revolution, 1918", "Rosa Luxemburg"},
      {"As Marx put it, \"the emancipation of the working classes must be conquered by the "
       "working classes themselves.\" (General Rules, 1864)",
       "the emancipation of the working classes must be conquered by the working classes "
       "themselves.",
       "General Rules, 1864", "Marx"},
      // A citation over a line break, as hard-wrapped text has it, is one line.
      {"As the Secretary-General said, \"the great Powers need to show a sensitivity to the expressed "
       "wishes of the majority\" (A/43/1,\n  p. 8).",
       "the great Powers need to show a sensitivity to the expressed wishes of the majority", "A/43/1, p. 8",
       "Secretary-General"},
      {"\xE2\x80\xA2 The first council elected by the Second All-Russian Congress of Soviets was "
       "composed as follows (Wikipedia, Council of People's Commissars)",
       "The first council elected by the Second All-Russian Congress of Soviets was composed as "
       "follows",
       "Wikipedia, Council of People's Commissars", ""},
  };
  for (const auto& c : cases) {
    const std::vector<Document> quotations = extract_quotations(article_with(c.text));
    ASSERT_EQ(quotations.size(), 1U) << c.text;
    const Document& quotation = quotations[0];
    EXPECT_EQ(quotation.type, DocType::kQuotation);
    EXPECT_EQ(quotation.text, c.passage);
    EXPECT_EQ(quotation.source, c.source);
    const std::vector<std::string> speakers =
        c.speaker.empty() ? std::vector<std::string>{} : std::vector<std::string>{std::string(c.speaker)};
    EXPECT_EQ(quotation.authors, speakers) << c.text;
    EXPECT_TRUE(quotation.id.empty() && quotation.parent_id.empty() && quotation.title.empty());
    EXPECT_TRUE(quotation.date.empty() && quotation.publication.empty());
  }
}

TEST(QuotationExtractorTest, IgnoresScareQuotesUncitedAndAsides) {
  const std::string_view cases[] = {
      // Short scare quotes, even with a parenthesis after them.
      "Ruling class histories tell us that this was a \xE2\x80\x9C" "democratic revolution\xE2\x80\x9D "
      "undermined by a Bolshevik \xE2\x80\x9C" "coup\xE2\x80\x9D in October.",
      "By 1934 Russia had even entered the \xE2\x80\x9Crobbers\xE2\x80\x9D (Lenin) League of "
      "Nations.",
      "the capitalists and their supporters wanted \"victory\" (so they said)",
      // A long quote without any citation.
      "By March Lenin was writing that \xE2\x80\x9Cwithout a German revolution we are doomed and "
      "nothing else will save us\xE2\x80\x9D. This was the central fact.",
      // A long quote followed by an aside, not a citation.
      "They wanted \"to let the capitalists and landowners continue to rule over everyone\" "
      "(because that was their programme all along).",
      // A citation in another paragraph does not count.
      "He wrote \"it can be implemented only by tens of millions when they have learned\"\n\n"
      "(Collected Works)",
      // A footnote's number is no citation; a year is (above).
      "The Conference \"condemns the imperialistic policy pursued in the Middle East and decides "
      "to act\" (1) and went home.",
      // An unclosed quote.
      "\xE2\x80\x9CSoviet Russia was the first nation in history to witness the birth (Stites)",
  };
  for (const std::string_view text : cases) {
    EXPECT_TRUE(extract_quotations(article_with(text)).empty()) << text;
  }
}

TEST(QuotationExtractorTest, FindsSeveralQuotationsInTextOrder) {
  const std::vector<Document> quotations = extract_quotations(article_with(
      "\"one two three four five six seven eight\" (First Source) and \"nine ten eleven twelve "
      "thirteen fourteen fifteen sixteen\" (Second Source)\n\n"
      "\xE2\x80\x9C" "a b c d e f g h\xE2\x80\x9D (Third Source)"));
  ASSERT_EQ(quotations.size(), 3U);
  EXPECT_EQ(quotations[0].source, "First Source");
  EXPECT_EQ(quotations[1].text, "nine ten eleven twelve thirteen fourteen fifteen sixteen");
  EXPECT_EQ(quotations[1].source, "Second Source");
  EXPECT_EQ(quotations[2].source, "Third Source");
}

TEST(QuotationExtractorTest, SevenWordsAreTooFew) {
  EXPECT_TRUE(extract_quotations(article_with("\"one two three four five six seven\" (Source)"))
                  .empty());
  EXPECT_EQ(
      extract_quotations(article_with("\"one two three four five six seven eight\" (Source)"))
          .size(),
      1U);
}

}  // namespace
}  // namespace samizdat::corpus
