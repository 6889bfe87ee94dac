#include "corpus/fortune_reader.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corpus/error.h"

namespace samizdat::corpus {
namespace {

std::vector<Document> read(std::string_view content) { return FortuneReader().read(content, CorpusConfig{}); }

TEST(FortuneReaderTest, ReadsEachRecordAsAQuotationOfItsSpeaker) {
  const auto documents = read(
      "Individual appropriation is neither just nor serviceable.\n"
      "All belongs to all.\n"
      "\t\t-- Peter Kropotkin\n"
      "%\n"
      "The passion for destruction is a creative passion, too!\n"
      "\t\t-- Mikhail Bakunin\n");
  ASSERT_EQ(documents.size(), 3u);
  EXPECT_EQ(documents[0].type, DocType::kArticle);
  EXPECT_TRUE(documents[0].text.empty());
  EXPECT_EQ(documents[1].type, DocType::kQuotation);
  EXPECT_EQ(documents[1].text, "Individual appropriation is neither just nor serviceable.\nAll belongs to all.");
  EXPECT_EQ(documents[1].authors, std::vector<std::string>{"Peter Kropotkin"});
  EXPECT_EQ(documents[1].source, "");
  EXPECT_EQ(documents[2].text, "The passion for destruction is a creative passion, too!");
  EXPECT_EQ(documents[2].authors, std::vector<std::string>{"Mikhail Bakunin"});
}

TEST(FortuneReaderTest, TakesTheSourceAfterACommaButNotANameSuffix) {
  const struct {
    std::string attribution;
    std::string speaker;
    std::string source;
  } cases[] = {
      {"\t\t-- Mark Twain, Pudd'nhead Wilson's Calendar", "Mark Twain", "Pudd'nhead Wilson's Calendar"},
      {"-- Emma Goldman, \"Anarchism and Other Essays\"", "Emma Goldman", "Anarchism and Other Essays"},
      {"    -- Martin Luther King, Jr.", "Martin Luther King, Jr.", ""},
      {"-- Martin Luther King, Jr., Strength to Love", "Martin Luther King, Jr.", "Strength to Love"},
      {"\t\xE2\x80\x94 Louise Michel", "Louise Michel", ""},
  };
  for (const auto& test : cases) {
    const auto documents = read("Words.\n" + test.attribution + "\n");
    ASSERT_EQ(documents.size(), 2u) << test.attribution;
    EXPECT_EQ(documents[1].authors, std::vector<std::string>{test.speaker}) << test.attribution;
    EXPECT_EQ(documents[1].source, test.source) << test.attribution;
    EXPECT_EQ(documents[1].text, "Words.") << test.attribution;
  }
}

TEST(FortuneReaderTest, KeepsParagraphsAndLeavesOutRecordsWithoutText) {
  const auto documents = read(
      "%\n"
      "\n"
      "%\r\n"
      "Q: Why?   \r\n"
      "\r\n"
      "\r\n"
      "A: Because.\r\n"
      "\r\n"
      "%\n"
      "\t\t-- Nobody\n"
      "%\n");
  ASSERT_EQ(documents.size(), 2u);
  EXPECT_EQ(documents[1].text, "Q: Why?\n\nA: Because.");
  EXPECT_TRUE(documents[1].authors.empty());
}

TEST(FortuneReaderTest, RefusesAFileWithoutAnyQuotation) {
  EXPECT_THROW(static_cast<void>(read("%\n\n%\n")), InputError);
}

TEST(FortuneReaderTest, TellsAFortuneFileByItsFirstBytes) {
  EXPECT_TRUE(looks_like_fortune("A saying.\n%\nAnother.\n"));
  EXPECT_TRUE(looks_like_fortune("\n%\nA saying.\r\n%\r\n"));
  EXPECT_FALSE(looks_like_fortune("A README without separators.\n"));
  EXPECT_FALSE(looks_like_fortune("%\n"));                       // no text before it
  EXPECT_FALSE(looks_like_fortune("50%\nof it\n"));              // not a line of its own
  EXPECT_FALSE(looks_like_fortune(std::string("A\n%\n\0", 5)));  // binary
  EXPECT_FALSE(looks_like_fortune(std::string(kFortuneSniffBytes, 'x') + "\n%\n"));
}

}  // namespace
}  // namespace samizdat::corpus
