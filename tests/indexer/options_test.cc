#include "indexer/options.h"

#include <gtest/gtest.h>

#include <boost/program_options/errors.hpp>
#include <string>
#include <vector>

namespace samizdat::indexer {
namespace {

CommandLine parse(std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), "samizdat-index");
  std::vector<const char*> argv;
  for (const auto& argument : arguments) argv.push_back(argument.c_str());
  return parse_command_line(static_cast<int>(argv.size()), argv.data());
}

TEST(OptionsTest, ParsesAnIndexCommandWithDefaults) {
  const auto line = parse({"--db", "a.archive", "corpus"});
  EXPECT_EQ(line.command, Command::kIndex);
  EXPECT_EQ(line.index.archive, "a.archive");
  EXPECT_EQ(line.index.corpus, "corpus");
  EXPECT_FALSE(line.index.config.has_value());
  EXPECT_FALSE(line.index.full);
  EXPECT_EQ(line.index.threads, 0U);
  EXPECT_EQ(line.index.batch_documents, 1000U);
  EXPECT_EQ(line.index.writers, 0U);
  EXPECT_FALSE(line.json);
}

TEST(OptionsTest, ParsesEveryIndexOption) {
  const auto line = parse({"corpus", "--db=x", "--config", "c.ini", "--full", "--threads", "3",
                           "--batch", "50", "--json", "--shards", "4", "--writers", "2"});
  EXPECT_EQ(line.index.archive, "x");
  EXPECT_EQ(line.index.corpus, "corpus");
  EXPECT_EQ(line.index.config, std::filesystem::path("c.ini"));
  EXPECT_TRUE(line.index.full);
  EXPECT_EQ(line.index.threads, 3U);
  EXPECT_EQ(line.index.batch_documents, 50U);
  EXPECT_TRUE(line.json);
  EXPECT_EQ(line.shards, 4U);
  EXPECT_EQ(line.index.writers, 2U);
}

TEST(OptionsTest, ParsesStatsWithoutCorpus) {
  const auto line = parse({"--db", "x", "--stats", "--json"});
  EXPECT_EQ(line.command, Command::kStats);
  EXPECT_EQ(line.index.archive, "x");
  EXPECT_TRUE(line.json);
}

TEST(OptionsTest, HelpNeedsNothingElse) {
  EXPECT_EQ(parse({"--help"}).command, Command::kHelp);
  EXPECT_EQ(parse({"--full", "--help", "corpus"}).command, Command::kHelp);
}

TEST(OptionsTest, UsageShowsEveryOptionAndAnExample) {
  const std::string usage = usage_text();
  for (const char* option : {"--db", "--config", "--full", "--threads", "--batch", "--shards", "--writers",
                             "--json", "--stats", "--help", "Example:", "CORPUS_DIR"}) {
    EXPECT_NE(usage.find(option), std::string::npos) << option;
  }
}

struct UsageErrorCase {
  std::vector<std::string> arguments;
  std::string message;
};

TEST(OptionsTest, RefusesUsageErrorsWithAMessageNamingTheOption) {
  const std::vector<UsageErrorCase> cases = {
      {{"corpus"}, "the option '--db' is required but missing"},
      {{"--db", "x"}, "missing CORPUS_DIR"},
      {{"--db", "x", "a", "b"}, "one CORPUS_DIR expected, got 'b' too"},
      {{"--db", "x", "--stats", "a"}, "--stats takes no CORPUS_DIR ('a')"},
      {{"--db", "x", "--threads", "-1", "a"}, "--threads must be between 0 and 256, not -1"},
      {{"--db", "x", "--threads", "1000", "a"}, "--threads must be between 0 and 256, not 1000"},
      {{"--db", "x", "--batch", "0", "a"}, "--batch must be at least 1, not 0"},
      {{"--db", "x", "--threads", "many", "a"},
       "the argument ('many') for option '--threads' is invalid"},
      {{"--db", "x", "--shards", "-1", "a"}, "--shards must be between 0 and 256, not -1"},
      {{"--db", "x", "--shards", "300", "a"}, "--shards must be between 0 and 256, not 300"},
      {{"--db", "x", "--writers", "-1", "a"}, "--writers must be between 0 and 16, not -1"},
      {{"--db", "x", "--writers", "17", "a"}, "--writers must be between 0 and 16, not 17"},
      {{"--db", "x", "--replicas", "2", "a"}, "unrecognised option '--replicas'"},
      {{"--db"}, "the required argument for option '--db' is missing"},
  };
  for (const auto& test : cases) {
    try {
      (void)parse(test.arguments);
      ADD_FAILURE() << "no error for " << test.message;
    } catch (const boost::program_options::error& error) {
      EXPECT_EQ(std::string(error.what()), test.message);
    }
  }
}

}  // namespace
}  // namespace samizdat::indexer
