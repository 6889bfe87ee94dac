// Searching while samizdat-index commits: the real indexer builds an archive
// in small batches while samizdat-search and samizdat-serve search it in a
// loop. Every search must succeed, and the hits seen never go down.
#include <sys/wait.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/searcher/serve_fixture.h"
#include "tests/temp_dir.h"

namespace samizdat {
namespace {

constexpr int kFiles = 3000;
constexpr int kBatch = 100;

// kFiles small articles, each with the word "samovar".
void write_corpus(const std::filesystem::path& folder) {
  std::filesystem::create_directories(folder);
  for (int i = 0; i < kFiles; ++i) {
    std::ofstream out(folder / ("article-" + std::to_string(i) + ".txt"));
    out << "Samovar report number " << i << "\n\nThe samovar of district " << i
        << " boiled over during the meeting about bread and land.\n";
  }
}

// Runs `command` through the shell; the exit status, or -1 if it did not exit.
int run_shell(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

class SearchDuringIndexTest : public ::testing::Test {
 protected:
  // samizdat-search's total for "samovar", or -1 with `error` set.
  int cli_total(std::string& error) const {
    const auto out = directory_.path() / "out.json";
    const auto err = directory_.path() / "err.txt";
    const int status = run_shell(std::string("'" SAMIZDAT_BINARY_DIR "/searcher/samizdat-search' --db '") +
                                 archive_.string() + "' --json --limit 1 samovar >'" + out.string() +
                                 "' 2>'" + err.string() + "'");
    if (status != 0) {
      error = "samizdat-search exit " + std::to_string(status) + ": " + testing::read_file(err);
      return -1;
    }
    return nlohmann::json::parse(testing::read_file(out)).at("total").get<int>();
  }

  testing::TempDir directory_;
  const std::filesystem::path corpus_ = directory_.path() / "corpus";
  const std::filesystem::path archive_ = directory_.path() / "archive";
  std::ostringstream log_;
};

TEST_F(SearchDuringIndexTest, SearchesSeeEveryCommitAndNeverFail) {
  write_corpus(corpus_);
  std::atomic<bool> indexed = false;
  int index_status = -1;
  std::thread indexer([&] {
    index_status = run_shell(std::string("'" SAMIZDAT_BINARY_DIR "/indexer/samizdat-index' --db '") +
                             archive_.string() + "' --batch " + std::to_string(kBatch) + " --threads 1 '" +
                             corpus_.string() + "' >/dev/null 2>'" + (directory_.path() / "index.err").string() + "'");
    indexed = true;
  });
  std::string error;
  // Before the first commit there is no archive to search.
  while (!indexed && cli_total(error) < 0) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  const testing::RunningServer server(archive_.string(), log_);
  auto client = server.client();
  std::vector<int> totals;
  std::vector<std::string> errors;
  const auto look = [&] {
    const int cli = cli_total(error);
    if (cli < 0) errors.push_back(error);
    const auto http = client.Get("/api/search?q=samovar&limit=1");
    if (!http || http->status != 200) {
      errors.push_back("HTTP " + (http ? std::to_string(http->status) + ": " + http->body : "no answer"));
    }
    totals.push_back(cli);
    if (http && http->status == 200) totals.push_back(nlohmann::json::parse(http->body).at("total").get<int>());
  };
  while (!indexed && errors.empty()) look();
  indexer.join();
  look();
  ASSERT_EQ(index_status, 0) << testing::read_file(directory_.path() / "index.err");
  EXPECT_EQ(errors, std::vector<std::string>());
  ASSERT_GE(totals.size(), 4u);
  EXPECT_TRUE(std::is_sorted(totals.begin(), totals.end())) << ::testing::PrintToString(totals);
  EXPECT_EQ(totals.back(), kFiles);
  EXPECT_LT(totals.front(), kFiles) << "no search ran while indexing";
  const std::set<int> distinct(totals.begin(), totals.end());
  EXPECT_GE(distinct.size(), 3u) << "searches saw fewer than two commits: " << ::testing::PrintToString(totals);
}

}  // namespace
}  // namespace samizdat
