#include "corpus/folding_stemmer.h"

#include <string>
#include <thread>

#include <gtest/gtest.h>
#include <xapian.h>

namespace samizdat::corpus {
namespace {

TEST(FoldingStemmerTest, FoldsAccentsAndCaseBeforeStemming) {
  Xapian::Stem french = make_folding_stemmer("fr");
  EXPECT_EQ(french("Révolutions"), Xapian::Stem("fr")("revolutions"));
  Xapian::Stem german = make_folding_stemmer("de");
  EXPECT_EQ(german("Straße"), Xapian::Stem("de")("strasse"));
  Xapian::Stem russian = make_folding_stemmer("ru");
  EXPECT_EQ(russian("Ёлки"), Xapian::Stem("ru")("елки"));
  EXPECT_EQ(russian("Троцкий"), Xapian::Stem("ru")("троцкий"));
}

TEST(FoldingStemmerTest, OnlyFoldsForALanguageWithoutStemmer) {
  Xapian::Stem none = make_folding_stemmer("uk");
  EXPECT_EQ(none("Łódź"), "lodz");
  EXPECT_EQ(make_folding_stemmer("")("Révolution"), "revolution");
}

// A stemmer folds with the TextFolder of the thread that calls it, so one
// made on one thread may be handed to another (the server's Searchers are).
TEST(FoldingStemmerTest, FoldsOnAThreadOtherThanTheOneThatMadeIt) {
  const Xapian::Stem french = make_folding_stemmer("fr");
  std::string from_thread;
  std::thread worker([&] { from_thread = french("Révolutions"); });
  worker.join();
  EXPECT_EQ(from_thread, Xapian::Stem("fr")("revolutions"));
  EXPECT_EQ(french("Łódź"), Xapian::Stem("fr")("lodz"));
}

// Index with one folding stemmer, query and highlight with another: an
// unaccented query finds and marks the accented word.
TEST(FoldingStemmerTest, MatchesAndHighlightsAccentedWordsThroughXapian) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const std::string text = "La Révolution russe passa par Łódź.";
  Xapian::TermGenerator generator;
  generator.set_stemmer(make_folding_stemmer("fr"));
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  Xapian::Document document;
  generator.set_document(document);
  generator.index_text(text);
  db.add_document(document);

  Xapian::QueryParser parser;
  const Xapian::Stem query_stemmer = make_folding_stemmer("fr");
  parser.set_stemmer(query_stemmer);
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  Xapian::Enquire enquire(db);
  enquire.set_query(parser.parse_query("revolution lodz"));
  const Xapian::MSet mset = enquire.get_mset(0, 10);
  ASSERT_EQ(mset.size(), 1U);
  EXPECT_EQ(mset.snippet(text, 100, query_stemmer, 0, "[", "]"),
            "La [Révolution] russe passa par [Łódź].");
}

}  // namespace
}  // namespace samizdat::corpus
