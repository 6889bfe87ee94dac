#include "corpus/name_variants.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace samizdat::corpus {
namespace {

bool contains(const std::vector<std::string>& variants, const std::string& wanted) {
  return std::find(variants.begin(), variants.end(), wanted) != variants.end();
}

TEST(NameVariantsTest, SpellsRussianNamesTheWaysTheyAreFoundInPrint) {
  const struct {
    std::string cyrillic;
    std::vector<std::string> expected;
  } cases[] = {
      {"Троцкий", {"trotskiy", "trotsky", "trotskii", "trotski", "trotzki"}},
      {"Керенский", {"kerenskiy", "kerensky", "kerenskii", "kerenski"}},
      {"Хрущёв", {"khrushchev", "chruschtschow", "khrouchtchev"}},
      {"Зиновьев", {"zinovyev", "zinovev", "sinowjew", "zinoviev"}},
      {"Ельцин", {"yeltsin", "eltsin", "jelzin"}},
      {"Чайковский", {"chaykovskiy", "tschaikowski", "tchaikovski", "tchaikovsky"}},
      {"Достоевский", {"dostoyevskiy", "dostoyevsky", "dostoevskii", "dostojewski"}},
      {"Горький", {"gorkiy", "gorky", "gorkii", "gorki"}},
      {"Толстой", {"tolstoy", "tolstoi", "tolstoj"}},
      {"Бедный", {"bednyy", "bedny", "bednyi"}},
      {"Фёдор", {"fyodor", "fedor", "fjodor"}},
  };
  for (const auto& c : cases) {
    const auto variants = latin_name_variants(c.cyrillic);
    for (const auto& wanted : c.expected) {
      EXPECT_TRUE(contains(variants, wanted)) << c.cyrillic << " lacks " << wanted;
    }
  }
}

TEST(NameVariantsTest, PutsTheBgnFormFirstWithoutDuplicates) {
  const auto variants = latin_name_variants("ТРОЦКИЙ");
  ASSERT_FALSE(variants.empty());
  EXPECT_EQ(variants.front(), "trotskiy");
  EXPECT_EQ(std::set<std::string>(variants.begin(), variants.end()).size(), variants.size());
  EXPECT_LE(variants.size(), 20U);
}

TEST(NameVariantsTest, GivesEveryVariantInLowerCaseAscii) {
  for (const auto& variant : latin_name_variants("Щедрин-Жуков")) {
    for (const char c : variant) {
      EXPECT_TRUE((c >= 'a' && c <= 'z') || c == '-') << variant;
    }
  }
}

TEST(NameVariantsTest, GivesOnlyTheTransliterationForLettersOutsideTheRussianAlphabet) {
  EXPECT_EQ(latin_name_variants("Київ"), std::vector<std::string>{"kiiv"});
}

TEST(NameVariantsTest, GivesNothingForAWordWithoutCyrillic) {
  EXPECT_TRUE(latin_name_variants("Trotsky").empty());
  EXPECT_TRUE(latin_name_variants("").empty());
}

TEST(NameVariantsTest, DetectsCyrillic) {
  EXPECT_TRUE(has_cyrillic("Лев"));
  EXPECT_TRUE(has_cyrillic("Leon Троцкий"));
  EXPECT_FALSE(has_cyrillic("Łódź Révolution Ελλάδα"));
  EXPECT_FALSE(has_cyrillic(""));
}

}  // namespace
}  // namespace samizdat::corpus
