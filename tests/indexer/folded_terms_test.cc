#include "indexer/folded_terms.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

#include "corpus/folding_stemmer.h"

namespace samizdat::indexer {
namespace {

// A document indexed as DocumentBuilder does, then given its folded terms.
Xapian::Document index(const std::string& text, const std::string& language) {
  const Xapian::Stem stemmer = corpus::make_folding_stemmer(language);
  Xapian::Document document;
  Xapian::TermGenerator generator;
  generator.set_stemmer(stemmer);
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  generator.set_document(document);
  generator.index_text(text);
  FoldedTerms().add(document, text, stemmer);
  return document;
}

std::vector<Xapian::termpos> positions(const Xapian::Document& document, const std::string& term) {
  auto it = document.termlist_begin();
  it.skip_to(term);
  if (it == document.termlist_end() || *it != term) return {};
  return {it.positionlist_begin(), it.positionlist_end()};
}

bool has_term(const Xapian::Document& document, const std::string& term) {
  auto it = document.termlist_begin();
  it.skip_to(term);
  return it != document.termlist_end() && *it == term;
}

TEST(FoldedTermsTest, AccentedWordGetsItsFoldedFormAtTheSamePositions) {
  const auto document = index("La Révolution russe. Vive la révolution!", "fr");
  EXPECT_EQ(positions(document, "revolution"), positions(document, "révolution"));
  EXPECT_EQ(positions(document, "revolution").size(), 2U);
  const auto german = index("Die Straße", "de");
  EXPECT_EQ(positions(german, "strasse"), positions(german, "straße"));
  EXPECT_TRUE(has_term(index("Łódź strike", "pl"), "lodz"));
}

TEST(FoldedTermsTest, PlainWordsGetNoExtraTerms) {
  const auto document = index("Bread and peace", "en");
  std::vector<std::string> terms(document.termlist_begin(), document.termlist_end());
  EXPECT_EQ(terms, (std::vector<std::string>{"Zand", "Zbread", "Zpeac", "and", "bread", "peace"}));
}

TEST(FoldedTermsTest, WordAfterAnElisionIsIndexedAloneAtTheSamePosition) {
  const auto document = index("L'État moderne et l\u2019économie, dell'arte. Aujourd'hui qu'il vient.", "fr");
  EXPECT_EQ(positions(document, "état"), positions(document, "l'état"));
  EXPECT_EQ(positions(document, "etat"), positions(document, "l'état"));
  EXPECT_EQ(positions(document, "économie"), positions(document, "l'économie"));
  EXPECT_EQ(positions(document, "arte"), positions(document, "dell'arte"));
  EXPECT_EQ(positions(document, "il"), positions(document, "qu'il"));
  EXPECT_EQ(positions(document, "il").size(), 1U);
  EXPECT_TRUE(has_term(document, "Zetat"));
  EXPECT_FALSE(has_term(document, "hui"));  // "aujourd'" is no elision
}

TEST(FoldedTermsTest, CapitalisedRussianNameGetsItsLatinSpellings) {
  const auto document = index("Статья Троцкий написал в 1905 году.", "ru");
  const auto at = positions(document, "троцкий");
  ASSERT_EQ(at.size(), 1U);
  for (const std::string variant : {"trotsky", "trotzki", "trotskii", "trotskiy"}) {
    EXPECT_EQ(positions(document, variant), at) << variant;
  }
  EXPECT_TRUE(has_term(document, "Ztrotski"));  // English stem of "trotsky"
}

TEST(FoldedTermsTest, LowerCaseRussianWordsGetNoLatinSpellings) {
  const auto document = index("статья написал", "ru");
  EXPECT_FALSE(has_term(document, "statya"));
  EXPECT_FALSE(has_term(document, "napisal"));
}

}  // namespace
}  // namespace samizdat::indexer
