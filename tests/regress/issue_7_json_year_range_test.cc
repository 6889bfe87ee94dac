// Regression (issue 7, found by fuzz_load_json's date invariant): a year
// given as a JSON number became the date as it was (year 5, 99999, -3, or a
// number truncated to int), a Date that parse_date never makes and whose
// day terms and decade are nonsense. It now goes through parse_date like a
// date string, and what it rejects stays in extra["date"].
#include <string>

#include <gtest/gtest.h>

#include "corpus/corpus_config.h"
#include "corpus/date.h"
#include "corpus/file_loader.h"

namespace samizdat::corpus {
namespace {

Document load_one(const std::string& content) {
  const auto loaded = load_content(content, "json", "x.json", CorpusConfig{});
  EXPECT_EQ(loaded.documents.size(), 1U);
  return loaded.documents.at(0);
}

TEST(Issue7JsonYearRangeTest, ReadsAYearNumberInRange) {
  EXPECT_EQ(load_one(R"({"year": 1917})").date, (Date{1917, 0, 0}));
  EXPECT_EQ(load_one(R"({"date": 2023})").date, (Date{2023, 0, 0}));
}

TEST(Issue7JsonYearRangeTest, KeepsAYearNumberOutOfRangeInExtra) {
  const struct {
    std::string content;
    std::string kept;
  } cases[] = {
      {R"({"year": 5})", "5"},
      {R"({"year": 99999})", "99999"},
      {R"({"date": -3})", "-3"},
      {R"({"date": 4294969213})", "4294969213"},  // 1917 once truncated to int
  };
  for (const auto& c : cases) {
    const Document document = load_one(c.content);
    EXPECT_TRUE(document.date.empty()) << c.content;
    EXPECT_EQ(document.extra.at("date"), c.kept) << c.content;
  }
}

}  // namespace
}  // namespace samizdat::corpus
