#include "indexer/cached_stemmer.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

#include "corpus/folding_stemmer.h"

namespace samizdat::indexer {
namespace {

TEST(CachedStemmerTest, GivesTheWrappedStemmersStemsAgainAndAgain) {
  const Xapian::Stem folding = corpus::make_folding_stemmer("fr");
  Xapian::Stem cached = cached_stemmer(folding);
  for (int round = 0; round < 2; ++round) {
    for (const std::string word : {"révolutions", "révolution", "ouvrières", "grève", "", "a"}) {
      EXPECT_EQ(cached(word), folding(word)) << word << " round " << round;
    }
  }
  EXPECT_NE(cached.get_description().find(folding.get_description()), std::string::npos);
}

TEST(CachedStemmerTest, StaysRightWhenTheCacheFillsAndStartsAgain) {
  const Xapian::Stem english("en");
  Xapian::Stem cached = cached_stemmer(english);
  std::vector<std::string> words;
  for (std::size_t i = 0; i < kCachedStems + 10; ++i) words.push_back("strikes" + std::to_string(i));
  for (const auto& word : words) (void)cached(word);
  for (const std::string word : {"strikes", "strikes3", "workers", "strikes100005"}) {
    EXPECT_EQ(cached(word), english(word)) << word;
  }
}

}  // namespace
}  // namespace samizdat::indexer
