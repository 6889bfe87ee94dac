#include "corpus/text_folding.h"

#include <string>
#include <thread>

#include <gtest/gtest.h>

namespace samizdat::corpus {
namespace {

TEST(TextFoldingTest, FoldsCaseAndLatinAccents) {
  const struct {
    std::string input;
    std::string folded;
  } cases[] = {
      {"Révolution", "revolution"},
      {"ÉTAT", "etat"},
      {"Łódź", "lodz"},
      {"Straße", "strasse"},
      {"STRAẞE", "strasse"},
      {"Ærø", "aero"},
      {"Œuvre", "oeuvre"},
      {"øre", "ore"},
      {"ı", "i"},
      {"İstanbul", "istanbul"},
      {"naïve café", "naive cafe"},
      {"Año Nuevo", "ano nuevo"},
      {"e\xCC\x81te", "ete"},  // e + combining acute, decomposed
      {"Plain ASCII, 1917!", "plain ascii, 1917!"},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(fold_for_search(c.input), c.folded) << c.input;
}

TEST(TextFoldingTest, KeepsCyrillicShortIAndFoldsYoToYe) {
  const struct {
    std::string input;
    std::string folded;
  } cases[] = {
      {"Троцкий", "троцкий"},
      {"ЙОШКАР-ОЛА", "йошкар-ола"},
      {"и\xCC\x86", "й"},  // и + combining breve composes, it is not stripped
      {"Ёлка", "елка"},
      {"Хрущёв", "хрущев"},
      {"Ελληνικά", "ελληνικά"},  // Greek keeps its accent
  };
  for (const auto& c : cases) EXPECT_EQ(fold_for_search(c.input), c.folded) << c.input;
}

TEST(TextFoldingTest, LeavesPunctuationAndSpacingInPlace) {
  EXPECT_EQ(fold_for_search("L’État, c’est «moi» — ½ 1789\n\nÉté."),
            "l’etat, c’est «moi» — ½ 1789\n\nete.");
}

TEST(TextFoldingTest, ReplacesInvalidUtf8) {
  EXPECT_EQ(fold_for_search("Caf\xC3"), "caf\xEF\xBF\xBD");
}

TEST(TextFoldingTest, TransliteratesRussianByBgn) {
  const struct {
    std::string input;
    std::string latin;
  } cases[] = {
      {"Троцкий", "trotskiy"},
      {"Керенский", "kerenskiy"},
      {"Ельцин", "yeltsin"},
      {"Хрущёв", "khrushchev"},
      {"Солженицын", "solzhenitsyn"},
      {"Зиновьев", "zinovyev"},
      {"Подъезд", "podyezd"},
      {"Лев Давидович Троцкий", "lev davidovich trotskiy"},
      {"Révolution", "revolution"},
      {"Trotsky", "trotsky"},
  };
  for (const auto& c : cases) EXPECT_EQ(transliterate_to_latin(c.input), c.latin) << c.input;
}

TEST(TextFoldingTest, GivesTheSameAnswerForARepeatedWord) {
  TextFolder folder;
  const std::string first = folder.fold_for_search("Révolution révolution");
  EXPECT_EQ(first, "revolution revolution");
  EXPECT_EQ(folder.fold_for_search("révolution"), "revolution");
  EXPECT_EQ(folder.transliterate_to_latin("Троцкий Троцкий"), "trotskiy trotskiy");
}

TEST(TextFoldingTest, FreeFunctionsWorkOnSeveralThreads) {
  std::string from_thread;
  std::thread worker([&from_thread] { from_thread = fold_for_search("Łódź Троцкий"); });
  const std::string from_main = fold_for_search("Łódź Троцкий");
  worker.join();
  EXPECT_EQ(from_thread, "lodz троцкий");
  EXPECT_EQ(from_main, from_thread);
}

}  // namespace
}  // namespace samizdat::corpus
