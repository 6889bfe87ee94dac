#include "corpus/language_info.h"

#include <string>

#include <gtest/gtest.h>

namespace samizdat::corpus {
namespace {

TEST(LanguageInfoTest, NamesLanguagesInEnglish) {
  const struct {
    std::string code;
    std::string name;
  } cases[] = {
      {"en", "English"}, {"fr", "French"},    {"de", "German"},    {"es", "Spanish"},
      {"it", "Italian"}, {"ru", "Russian"},   {"pt", "Portuguese"}, {"nl", "Dutch"},
      {"sv", "Swedish"}, {"uk", "Ukrainian"}, {"", ""},             {"xx", "xx"},
  };
  for (const auto& c : cases) EXPECT_EQ(language_name(c.code), c.name) << c.code;
}

TEST(LanguageInfoTest, KnowsWhichLanguagesXapianCanStem) {
  for (const std::string code :
       {"en", "fr", "de", "es", "it", "ru", "pt", "nl", "sv", "da", "fi"}) {
    EXPECT_TRUE(has_stemmer(code)) << code;
  }
  for (const std::string code : {"", "none", "uk", "el", "xx", "english2"}) {
    EXPECT_FALSE(has_stemmer(code)) << code;
  }
}

}  // namespace
}  // namespace samizdat::corpus
