// Regression (issue 7, found by fuzz_load_json): a JSON number too large for
// a double ("1E999") made nlohmann::json throw out_of_range, which escaped the
// reader as a non-samizdat exception and ended the fuzzer (and would have
// ended samizdat-index) instead of being reported as a bad file.
#include <string>

#include <gtest/gtest.h>

#include "corpus/corpus_config.h"
#include "corpus/error.h"
#include "corpus/file_loader.h"

namespace samizdat::corpus {
namespace {

TEST(Issue7JsonNumberOverflowTest, ReportsAnOverflowingNumberAsInvalidJson) {
  // The input the fuzzer found, and the plain form of it.
  const struct {
    std::string content;
    std::string message;
  } cases[] = {
      {"551.115555E551111115555A51111", "invalid JSON: number overflow parsing '551.115555E551111115555'"},
      {R"({"title": "A", "n": 1E999})", "invalid JSON: number overflow parsing '1E999'"},
  };
  for (const auto& c : cases) {
    try {
      (void)load_content(c.content, "json", "x.json", CorpusConfig{});
      FAIL() << "no exception for " << c.content;
    } catch (const InputError& error) {
      EXPECT_EQ(error.what(), c.message);
    }
  }
}

TEST(Issue7JsonNumberOverflowTest, SkipsAnOverflowingJsonLineWithAWarning) {
  const auto loaded = load_content("{\"title\": \"A\"}\n{\"n\": -1e400}\n", "jsonl", "x.jsonl", CorpusConfig{});
  ASSERT_EQ(loaded.documents.size(), 1U);
  EXPECT_EQ(loaded.documents[0].title, "A");
  ASSERT_EQ(loaded.warnings.size(), 1U);
  EXPECT_EQ(loaded.warnings[0], "line 2: invalid JSON: number overflow parsing '-1e400'");
}

}  // namespace
}  // namespace samizdat::corpus
