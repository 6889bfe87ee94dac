#include "corpus/icu_transliterator.h"

#include <string>

#include <gtest/gtest.h>

#include "corpus/error.h"

namespace samizdat::corpus {
namespace {

TEST(IcuTransliteratorTest, RunsCompiledRulesOverUtf8) {
  const auto upper = compile_transliterator("test-upper", ":: Upper; x > y;");
  EXPECT_EQ(transliterate(*upper, "straße x"), "STRASSE X");
  const auto swap = compile_transliterator("test-swap", "a > b; ж > zh;");
  EXPECT_EQ(transliterate(*swap, "a ж é"), "b zh é");
}

std::string compile_error(const std::string& rules) {
  try {
    static_cast<void>(compile_transliterator("broken", rules));
  } catch (const Error& error) {
    return error.what();
  }
  return "no error";
}

TEST(IcuTransliteratorTest, RejectsAnUnknownTransformNamingTheTransliterator) {
  EXPECT_EQ(compile_error("a > b;\n:: NoSuchTransform;"),
            "cannot compile transliterator 'broken': U_INVALID_ID");
}

TEST(IcuTransliteratorTest, RejectsASyntaxErrorWithItsPlace) {
  EXPECT_EQ(compile_error("a > b;\nc > ;\nd e f"),
            "cannot compile transliterator 'broken': U_MISSING_OPERATOR at offset 13 of the rules");
}

}  // namespace
}  // namespace samizdat::corpus
