#include "corpus/schema.h"

#include <string>

#include <gtest/gtest.h>

namespace samizdat::corpus::schema {
namespace {

TEST(SchemaTest, ExtraFacetPrefixUppercasesTheName) {
  EXPECT_EQ(extra_facet_prefix("party"), "XFPARTY:");
  EXPECT_EQ(extra_facet_prefix("Vote_Share"), "XFVOTE_SHARE:");
}

TEST(SchemaTest, FoldTermValueNormalisesCaseWidthAndSpaces) {
  const struct {
    std::string input;
    std::string expected;
  } cases[] = {
      {"George Washington", "george washington"},
      {"  The   Militant\t\n", "the militant"},
      {"STRASSE", "strasse"},
      {"Straße", "strasse"},
      {"ＦＵＬＬ", "full"},                   // full-width letters
      {"Троцкий", "троцкий"},
      {"Лев Троцкий", "лев троцкий"},
      {"non\u00a0breaking", "non breaking"},  // NFKC maps NBSP to a space
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(fold_term_value(c.input), c.expected) << c.input;
}

TEST(SchemaTest, FoldTermValueKeepsCyrillicShortI) {
  EXPECT_EQ(fold_term_value("Й"), "й");
}

TEST(SchemaTest, FoldTermValueTruncatesAtACharacterBoundary) {
  std::string long_value;
  for (int i = 0; i < 300; ++i) long_value += "ж";  // two bytes each
  const std::string folded = fold_term_value(long_value);
  EXPECT_LE(folded.size(), 200U);
  EXPECT_GE(folded.size(), 190U);
  EXPECT_EQ(folded.size() % 2, 0U);
  const std::string term = extra_facet_prefix("publication") + folded;
  EXPECT_LE(term.size(), 245U);
}

}  // namespace
}  // namespace samizdat::corpus::schema
