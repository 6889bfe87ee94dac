#include "indexer/summary_json.h"

#include <gtest/gtest.h>

#include "tests/indexer/sample_summary.h"

namespace samizdat::indexer {
namespace {

TEST(SummaryJsonTest, HasExactlyTheFieldsOfTheDesign) {
  const auto json = summary_json(sample_summary());
  EXPECT_EQ(json["files_seen"], 126);
  EXPECT_EQ(json["files_indexed"], 120);
  EXPECT_EQ(json["files_unchanged"], 3);
  EXPECT_EQ(json["files_removed"], 1);
  EXPECT_EQ(json["files_skipped"], 2);
  EXPECT_EQ(json["files_other"], nlohmann::json::object());
  EXPECT_EQ(json["errors"], 2);
  EXPECT_EQ(json["documents"]["article"], 120);
  EXPECT_EQ(json["documents"]["comment"], 340);
  EXPECT_EQ(json["documents"]["quotation"], 55);
  EXPECT_EQ(json["bytes_in"], 12'300'000);
  EXPECT_EQ(json["archive_bytes"], 9'800'000);
  EXPECT_DOUBLE_EQ(json["seconds"].get<double>(), 4.1);
  EXPECT_EQ(json.size(), 11U);
}

TEST(SummaryJsonTest, CountsFilesOfOtherTypesByExtension) {
  IndexSummary summary = sample_summary();
  summary.files_other = {{".pdf", 3}, {"", 1}};
  EXPECT_EQ(summary_json(summary)["files_other"], nlohmann::json({{".pdf", 3}, {"", 1}}));
}

}  // namespace
}  // namespace samizdat::indexer
