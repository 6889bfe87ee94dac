// End-to-end tests of the samizdat-search executable.
#include <sys/wait.h>

#include <cstdlib>
#include <memory>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/searcher/archive_fixture.h"
#include "tests/temp_dir.h"

namespace samizdat {
namespace {

struct CommandResult {
  int status = -1;
  std::string out;
  std::string err;
};

class SearchCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    directory_ = std::make_unique<testing::TempDir>();
    archive_ = testing::build_archive(*directory_, "archive", testing::fixture_records()).string();
  }
  static void TearDownTestSuite() { directory_.reset(); }

  // Runs samizdat-search with `arguments` (shell words) on the test archive.
  [[nodiscard]] static CommandResult run(const std::string& arguments) {
    const auto out = directory_->path() / "out";
    const auto err = directory_->path() / "err";
    const std::string command = std::string(SAMIZDAT_BINARY_DIR "/searcher/samizdat-search --db '") + archive_ +
                                "' " + arguments + " >'" + out.string() + "' 2>'" + err.string() + "'";
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, testing::read_file(out), testing::read_file(err)};
  }

  static inline std::unique_ptr<testing::TempDir> directory_;
  static inline std::string archive_;
};

TEST_F(SearchCliTest, PrintsOneJsonObject) {
  const CommandResult result = run("--json --facet type --timeline revolution");
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.err, "");
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["query"], "revolution");
  EXPECT_GT(json["total"].get<int>(), 0);
  EXPECT_EQ(json["results"].size(), json["total"].get<std::size_t>());
  EXPECT_TRUE(json["facets"].contains("type"));
  EXPECT_TRUE(json.contains("timeline"));
}

TEST_F(SearchCliTest, ZeroHitsIsSuccess) {
  const CommandResult result = run("--json nonexistentword");
  EXPECT_EQ(result.status, 0);
  EXPECT_EQ(nlohmann::json::parse(result.out)["total"], 0);
}

TEST_F(SearchCliTest, PrintsPlainTextWithoutMarksToAPipe) {
  const CommandResult result = run("petrograd");
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.out.find("1. "), std::string::npos);
  EXPECT_NE(result.out.find("Petrograd"), std::string::npos);
  EXPECT_EQ(result.out.find("<mark>"), std::string::npos);
  EXPECT_EQ(result.out.find('\x1b'), std::string::npos);
}

TEST_F(SearchCliTest, QuotationsListsTheQuotedPassagesOfAQuery) {
  const CommandResult json_result = run("--quotations --json ruins");
  ASSERT_EQ(json_result.status, 0) << json_result.err;
  const auto json = nlohmann::json::parse(json_result.out);
  ASSERT_EQ(json["clusters"].size(), 1U);
  EXPECT_EQ(json["clusters"][0]["quoted_in"], 1);
  EXPECT_EQ(json["clusters"][0]["first_year"], 1936);
  EXPECT_EQ(json["clusters"][0]["sources"], nlohmann::json::array({"toronto star"}));
  const CommandResult text = run("--quotations ruins");
  ASSERT_EQ(text.status, 0) << text.err;
  EXPECT_NE(text.out.find("quoted in 1 document, first 1936, last 1936\n  We are not in the least"),
            std::string::npos)
      << text.out;
}

TEST_F(SearchCliTest, BadQueryFailsWithOneLineOnStderr) {
  const CommandResult result = run("'date:1917-13..1918'");
  EXPECT_NE(result.status, 0);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "samizdat-search: error: cannot parse query 'date:1917-13..1918': date range endpoint '1917-13' is "
            "not a date (use YYYY, YYYY-MM or YYYY-MM-DD)\n");
}

TEST_F(SearchCliTest, UsageErrorFailsWithOneLineOnStderr) {
  const CommandResult result = run("--limit 99999 bread");
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(result.err, "samizdat-search: error: --limit must be at most 10000, got 99999 (see --help)\n");
}

TEST_F(SearchCliTest, ShowsADocumentAsTextAndJson) {
  const CommandResult text = run("--show 1917/april-theses");
  ASSERT_EQ(text.status, 0) << text.err;
  EXPECT_NE(text.out.find("The April Theses"), std::string::npos);
  EXPECT_NE(text.out.find("Peace now, and bread for everyone!"), std::string::npos);
  const CommandResult json = run("--json --show 1917/april-theses");
  ASSERT_EQ(json.status, 0) << json.err;
  EXPECT_EQ(nlohmann::json::parse(json.out)["comments"].size(), 2u);
  const CommandResult missing = run("--show 1917/nothing");
  EXPECT_EQ(missing.status, 1);
  EXPECT_EQ(missing.err, "samizdat-search: error: no document with id '1917/nothing' in the archive\n");
}

TEST_F(SearchCliTest, RunsTrecTopics) {
  const auto topics = directory_->write("topics.tsv", "7\tsoviets\n");
  const CommandResult result = run("--queries '" + topics.string() + "' --format trec --run-tag t1");
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.out.rfind("7 Q0 ", 0), 0u) << result.out;
  EXPECT_NE(result.out.find(" 1 "), std::string::npos);
  EXPECT_EQ(result.out.substr(result.out.size() - 3), "t1\n");
}

TEST_F(SearchCliTest, HelpShowsExamples) {
  const CommandResult result = run("--help");
  EXPECT_EQ(result.status, 0);
  EXPECT_NE(result.out.find("Examples:"), std::string::npos);
}

}  // namespace
}  // namespace samizdat
