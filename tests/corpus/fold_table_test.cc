#include "corpus/fold_table.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include "corpus/icu_transliterator.h"

namespace samizdat::corpus {
namespace {

std::string to_utf8(char32_t code_point) {
  char bytes[U8_MAX_LENGTH];
  std::int32_t length = 0;
  U8_APPEND_UNSAFE(bytes, length, static_cast<UChar32>(code_point));
  return std::string(bytes, static_cast<std::size_t>(length));
}

std::vector<char32_t> table_characters() {
  std::vector<char32_t> characters;
  for (char32_t c = 0x80; c < 0x3000; ++c) {
    if (precomputed_fold(c)) characters.push_back(c);
  }
  return characters;
}

TEST(FoldTableTest, EveryEntryIsWhatIcuMakesOfTheCharacter) {
  const auto icu = compile_transliterator("fold", kFoldRules);
  const auto characters = table_characters();
  EXPECT_GT(characters.size(), 300U);
  for (const char32_t c : characters) {
    EXPECT_EQ(*precomputed_fold(c), transliterate(*icu, to_utf8(c))) << "U+" << std::hex << static_cast<std::uint32_t>(c);
  }
}

TEST(FoldTableTest, CoversLatinAccentsAndRussianButNotMarksOrGreek) {
  EXPECT_EQ(precomputed_fold(U'É'), "e");
  EXPECT_EQ(precomputed_fold(U'Ł'), "l");
  EXPECT_EQ(precomputed_fold(U'ß'), "ss");
  EXPECT_EQ(precomputed_fold(U'Ж'), "ж");
  EXPECT_EQ(precomputed_fold(U'Ё'), "е");
  EXPECT_EQ(precomputed_fold(U'й'), "й");
  EXPECT_EQ(precomputed_fold(U'«'), "«");
  EXPECT_FALSE(precomputed_fold(0x0301));  // combining acute
  EXPECT_FALSE(precomputed_fold(U'Σ'));   // Greek lower-cases by context
  EXPECT_FALSE(precomputed_fold(U'a'));   // ASCII is not in the table
}

// Folding character by character must give what ICU makes of the whole word.
TEST(FoldTableTest, WordsOfTableCharactersFoldAsIcuFoldsTheWholeWord) {
  const auto icu = compile_transliterator("fold", kFoldRules);
  auto alphabet = table_characters();
  for (const char c : std::string("AZaz09Ii")) alphabet.push_back(static_cast<char32_t>(c));
  std::mt19937 random(1917);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  for (int round = 0; round < 2000; ++round) {
    std::string word;
    for (int i = 0; i < 1 + round % 7; ++i) word += to_utf8(alphabet[pick(random)]);
    std::string folded = "prefix ";
    ASSERT_TRUE(append_precomputed_fold(word, folded)) << word;
    EXPECT_EQ(folded, "prefix " + transliterate(*icu, word)) << word;
  }
}

TEST(FoldTableTest, RefusesAWordWithACharacterOutsideTheTable) {
  const std::string words[] = {"cafe\xCC\x81", "Σοφία", "STRAẞE", "caf\xC3", "Ж\xF0\x9F\x98\x80"};
  for (const auto& word : words) {
    std::string folded = "kept";
    EXPECT_FALSE(append_precomputed_fold(word, folded)) << word;
    EXPECT_EQ(folded, "kept") << word;
  }
}

TEST(FoldTableTest, LowerCasesAsciiAndFoldsTableCharacters) {
  std::string folded;
  ASSERT_TRUE(append_precomputed_fold("Révolution-ЁЛКА", folded));
  EXPECT_EQ(folded, "revolution-елка");
}

}  // namespace
}  // namespace samizdat::corpus
