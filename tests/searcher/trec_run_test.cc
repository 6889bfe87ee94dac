#include "searcher/trec_run.h"

#include <map>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>

#include "tests/searcher/archive_fixture.h"

namespace samizdat::searcher {
namespace {

TEST(TrecRunTest, StripsPunctuationButKeepsLettersAndDigits) {
  EXPECT_EQ(strip_punctuation("U.S.-Soviet \"détente\", 1972?"), "U S  Soviet  détente   1972 ");
}

TEST(TrecRunTest, WritesRankedListsAndSkipsBadTopics) {
  const testing::TempDir directory;
  const auto archive = testing::build_archive(directory, "archive", testing::fixture_records());
  Searcher searcher({archive.string()});
  std::istringstream topics("401\tWhat did the soviets demand? Bread!\n\n402 constitution\nbad\n403\t???\n");
  std::ostringstream out;
  std::ostringstream errors;
  EXPECT_EQ(run_trec(searcher, topics, {"run1", "", 1000}, out, errors), 2u);
  EXPECT_EQ(errors.str(),
            "samizdat-search: topic ?: expected 'QID<TAB>QUERY TEXT', got 'bad'\n"
            "samizdat-search: topic 403: expected 'QID<TAB>QUERY TEXT', got '403\t?\?\?'\n");
  const std::regex line_format(R"((40[12]) Q0 (\S+) (\d+) ([0-9.e-]+) run1)");
  std::istringstream lines(out.str());
  std::map<std::string, int> ranks;
  std::size_t count = 0;
  for (std::string line; std::getline(lines, line); ++count) {
    std::smatch match;
    ASSERT_TRUE(std::regex_match(line, match, line_format)) << line;
    EXPECT_EQ(std::stoi(match[3]), ++ranks[match[1]]) << line;  // ranks 1, 2, ... per topic
  }
  EXPECT_GT(ranks["401"], 2);  // OR-ed words: any of them matches
  EXPECT_NE(out.str().find("402 Q0 1787/constitution 1 "), std::string::npos);
}

}  // namespace
}  // namespace samizdat::searcher
