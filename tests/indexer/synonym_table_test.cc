#include "indexer/synonym_table.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <utility>

#include "corpus/synonyms.h"

namespace samizdat::indexer {
namespace {

using Entries = std::set<std::pair<std::string, std::string>>;

TEST(SynonymTableTest, KeysEachWordUnstemmedFoldedAndStemmedInEveryLanguage) {
  const auto file = corpus::parse_synonyms("Révolutions = uprisings\n", "syn.txt");
  const Entries entries = synonym_entries(file, {"en", "fr"});
  const Entries expected = {
      // "Révolutions" as the QueryParser lower-cases it, and folded, to the
      // other word unstemmed and stemmed in English and French.
      {"révolutions", "uprisings"},
      {"révolutions", "Zupris"},
      {"révolutions", "Zuprising"},
      {"revolutions", "uprisings"},
      {"revolutions", "Zupris"},
      {"revolutions", "Zuprising"},
      // Its stems, to the other word's stem in the same language.
      {"Zrevolut", "Zupris"},
      {"Zrevolu", "Zuprising"},
      // And back.
      {"uprisings", "revolutions"},
      {"uprisings", "Zrevolut"},
      {"uprisings", "Zrevolu"},
      {"Zupris", "Zrevolut"},
      {"Zuprising", "Zrevolu"},
  };
  EXPECT_EQ(entries, expected);
}

}  // namespace
}  // namespace samizdat::indexer
