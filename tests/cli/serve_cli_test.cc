// End-to-end tests of the samizdat-serve executable's command line: usage
// errors and unreadable archives fail at start with one line on stderr.
#include <sys/wait.h>

#include <cstdlib>
#include <string>

#include <gtest/gtest.h>

#include "tests/temp_dir.h"

namespace samizdat {
namespace {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

RunResult run_serve(const std::string& arguments, const testing::TempDir& scratch) {
  const auto out = scratch.path() / "stdout.txt";
  const auto err = scratch.path() / "stderr.txt";
  const std::string command = std::string("'") + SAMIZDAT_BINARY_DIR +
                              "/searcher/samizdat-serve' " + arguments + " >'" + out.string() +
                              "' 2>'" + err.string() + "'";
  const int status = std::system(command.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, testing::read_file(out),
          testing::read_file(err)};
}

TEST(ServeCliTest, HelpPrintsUsageToStdout) {
  const testing::TempDir scratch;
  const auto result = run_serve("--help", scratch);
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out.rfind("Usage: samizdat-serve --db ARCHIVE", 0), 0u) << result.out;
  EXPECT_EQ(result.err, "");
}

TEST(ServeCliTest, UsageErrorsExitWithTwo) {
  const testing::TempDir scratch;
  const auto missing = run_serve("", scratch);
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_EQ(missing.err, "samizdat-serve: error: --db ARCHIVE is required\n");
  const auto listen = run_serve("--db x --listen nowhere", scratch);
  EXPECT_EQ(listen.exit_code, 2);
  EXPECT_EQ(listen.err,
            "samizdat-serve: error: --listen 'nowhere' must be HOST:PORT, e.g. 127.0.0.1:8080\n");
}

TEST(ServeCliTest, AnArchiveThatCannotBeOpenedExitsWithOne) {
  const testing::TempDir scratch;
  const auto archive = scratch.path() / "missing";
  const auto result = run_serve("--db '" + archive.string() + "' --listen 127.0.0.1:0", scratch);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err.rfind("samizdat-serve: error: cannot open archive '" + archive.string() + "'", 0), 0u)
      << result.err;
  EXPECT_EQ(result.err.find('\n'), result.err.size() - 1) << "one line: " << result.err;
}

}  // namespace
}  // namespace samizdat
