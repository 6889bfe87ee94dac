// End-to-end tests of the samizdat-index executable.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "corpus/facet_table.h"
#include "corpus/schema.h"
#include "tests/indexer/archive_probe.h"
#include "tests/temp_dir.h"

extern char** environ;

namespace samizdat {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

const std::string kBinary = SAMIZDAT_BINARY_DIR "/indexer/samizdat-index";

struct RunResult {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs samizdat-index with `arguments` (no shell quoting needed: temp paths
// have no spaces), capturing both streams.
RunResult run(const TempDir& scratch, const std::string& arguments) {
  const auto out = scratch.path() / "stdout";
  const auto err = scratch.path() / "stderr";
  const int raw =
      std::system((kBinary + " " + arguments + " >" + out.string() + " 2>" + err.string()).c_str());
  return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, testing::read_file(out), testing::read_file(err)};
}

class IndexCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    corpus_.write("one.txt", "First Page\n\nThe workers of the world.\n");
    corpus_.write("two.json", R"({"title": "Second", "text": "Peace, land and bread.",
                                  "comments": ["Yes."]})");
  }
  [[nodiscard]] std::string archive() const { return (scratch_.path() / "cli.archive").string(); }

  TempDir corpus_;
  TempDir scratch_;
};

TEST_F(IndexCliTest, JsonSummaryHasEveryDesignedField) {
  corpus_.write("scan.pdf", "%PDF-1.4");
  const auto result = run(scratch_, "--db " + archive() + " --json " + corpus_.path().string());
  ASSERT_EQ(result.status, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  for (const char* field :
       {"files_seen", "files_indexed", "files_unchanged", "files_removed", "files_skipped", "files_other",
        "errors", "documents", "bytes_in", "archive_bytes", "seconds"}) {
    EXPECT_TRUE(json.contains(field)) << field;
  }
  EXPECT_EQ(json["files_seen"], 2);
  EXPECT_EQ(json["files_indexed"], 2);
  EXPECT_EQ(json["documents"]["article"], 2);
  EXPECT_EQ(json["documents"]["comment"], 1);
  EXPECT_EQ(json["documents"]["quotation"], 0);
  EXPECT_EQ(json["files_other"], nlohmann::json({{".pdf", 1}}));
  EXPECT_TRUE(result.err.starts_with("indexed 2 files (0 unchanged, 0 removed, 0 skipped): "))
      << result.err;
  EXPECT_NE(result.err.find("; passed over 1 file of other types (1 .pdf)\n"), std::string::npos) << result.err;
}

TEST_F(IndexCliTest, UsageErrorExitsWithTwoAndOneLine) {
  const auto result = run(scratch_, "--db " + archive());
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(result.err, "samizdat-index: error: missing CORPUS_DIR (see --help)\n");
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(run(scratch_, "--frobnicate").status, 2);
}

TEST_F(IndexCliTest, HelpShowsUsageAndExample) {
  const auto result = run(scratch_, "--help");
  EXPECT_EQ(result.status, 0);
  EXPECT_TRUE(result.out.starts_with("Usage: samizdat-index --db ARCHIVE")) << result.out;
  EXPECT_NE(result.out.find("Example:"), std::string::npos);
  EXPECT_NE(result.out.find("--batch"), std::string::npos);
}

TEST_F(IndexCliTest, UnusableArchiveExitsWithOneAndOneLine) {
  scratch_.write("not-an-archive/notes.txt", "private");
  const auto folder = (scratch_.path() / "not-an-archive").string();
  const auto result = run(scratch_, "--db " + folder + " " + corpus_.path().string());
  EXPECT_EQ(result.status, 1);
  EXPECT_EQ(result.err, "samizdat-index: error: cannot open archive '" + folder +
                            "': the folder is not empty and holds no Xapian database\n");
}

TEST_F(IndexCliTest, SkippedFileIsReportedAndTheRunSucceeds) {
  corpus_.write("empty.txt", "");
  const auto result = run(scratch_, "--db " + archive() + " " + corpus_.path().string());
  EXPECT_EQ(result.status, 0);
  EXPECT_NE(
      result.err.find("skipped " + (corpus_.path() / "empty.txt").string() + ": empty file\n"),
      std::string::npos)
      << result.err;
  EXPECT_EQ(testing::archive_ids(archive()).size(), 3U);
}

TEST_F(IndexCliTest, StatsPrintsWhatTheArchiveHolds) {
  ASSERT_EQ(run(scratch_, "--db " + archive() + " " + corpus_.path().string()).status, 0);
  const auto text = run(scratch_, "--db " + archive() + " --stats");
  EXPECT_EQ(text.status, 0);
  EXPECT_TRUE(text.out.starts_with("documents: 3 (schema version 1)\n")) << text.out;
  const auto json = run(scratch_, "--db " + archive() + " --stats --json");
  EXPECT_EQ(nlohmann::json::parse(json.out)["by_type"]["comment"], 1);
}

// Each run leaves the facet table of the archive's state beside it, and of
// each shard's with --shards.
TEST_F(IndexCliTest, EachRunSavesTheFacetTableOfTheArchiveAndOfEachShard) {
  const auto fresh_tables = [&] {
    std::vector<std::string> fresh;
    for (const char* folder : {"all", "shard-0", "shard-1"}) {
      const fs::path path = fs::path(archive()) / folder;
      if (corpus::FacetTable::load(path, Xapian::Database(path.string()), corpus::schema::facet_slots(0)) != nullptr) {
        fresh.emplace_back(folder);
      }
    }
    return fresh;
  };
  const std::vector<std::string> all{"all", "shard-0", "shard-1"};
  const std::string arguments = "--db " + archive() + " --shards 2 " + corpus_.path().string();
  ASSERT_EQ(run(scratch_, arguments).status, 0);
  EXPECT_EQ(fresh_tables(), all);
  ASSERT_EQ(run(scratch_, arguments).status, 0);
  EXPECT_EQ(fresh_tables(), all);
  corpus_.write("three.txt", "Third Page\n\nAll power to the soviets.\n");
  ASSERT_EQ(run(scratch_, arguments).status, 0);
  EXPECT_EQ(fresh_tables(), all);
}

TEST_F(IndexCliTest, AFacetTableItCannotWriteIsAWarningAndTheRunSucceeds) {
  ASSERT_EQ(run(scratch_, "--db " + archive() + " " + corpus_.path().string()).status, 0);
  const fs::path table = fs::path(archive()) / corpus::schema::kFacetTableFile;
  fs::remove(table);
  fs::create_directories(table / "in-the-way");
  corpus_.write("three.txt", "Third Page\n\nAll power to the soviets.\n");
  const auto result = run(scratch_, "--db " + archive() + " " + corpus_.path().string());
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.err.find("warning " + archive() + ": cannot write facet table '" + table.string() + "': "),
            std::string::npos)
      << result.err;
  EXPECT_EQ(testing::archive_ids(archive()).size(), 4U);
}

// The parallel paths of the executable (several workers, two archive writers
// merged at the end) build the archive one worker and one writer build; under
// make test-tsan this is the indexer's race check.
TEST(IndexCliParallelTest, FourWorkersAndTwoWritersBuildTheArchiveOfOne) {
  const TempDir corpus;
  const TempDir scratch;
  for (int i = 0; i < 400; ++i) {
    corpus.write("f/" + std::to_string(i % 7) + "/" + std::to_string(i) + ".json",
                 R"({"title": "Bulletin )" + std::to_string(i) +
                     R"(", "text": "The strike committee met and wrote about wages.",)"
                     R"( "comments": ["Solidarity )" + std::to_string(i) + R"(."]})");
  }
  const auto parallel = (scratch.path() / "parallel.archive").string();
  const auto serial = (scratch.path() / "serial.archive").string();
  const auto four = run(scratch, "--db " + parallel + " --threads 4 --writers 2 --batch 50 " +
                                     corpus.path().string());
  ASSERT_EQ(four.status, 0) << four.err;
  const auto one =
      run(scratch, "--db " + serial + " --threads 1 --writers 1 " + corpus.path().string());
  ASSERT_EQ(one.status, 0) << one.err;
  // Parts merge in their own docid order, so compare ids with their texts.
  const auto texts = testing::archive_texts(parallel);
  EXPECT_EQ(texts.size(), 800U);
  EXPECT_EQ(texts, testing::archive_texts(serial));
}

pid_t spawn_quietly(const std::vector<std::string>& arguments) {
  std::vector<char*> argv;
  for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  const int error = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return error == 0 ? pid : -1;
}

Xapian::doccount committed_documents(const std::string& archive) {
  try {
    return Xapian::Database(archive).get_doccount();
  } catch (const Xapian::Error&) {
    return 0;  // not created yet
  }
}

TEST(IndexCliKillTest, RunKilledAfterACommitResumesToTheSameArchive) {
  const TempDir corpus;
  const TempDir scratch;
  constexpr int kFiles = 3000;
  for (int i = 0; i < kFiles; ++i) {
    corpus.write("f/" + std::to_string(i / 100) + "/" + std::to_string(i) + ".txt",
                 "Page " + std::to_string(i) + "\n\nThe strike committee met " + std::to_string(i) +
                     " times and wrote about wages, bread and the eight hour day.\n");
  }
  const auto killed = (scratch.path() / "killed.archive").string();
  const auto clean = (scratch.path() / "clean.archive").string();
  const pid_t pid = spawn_quietly(
      {kBinary, "--db", killed, "--threads", "1", "--batch", "20", corpus.path().string()});
  ASSERT_GT(pid, 0);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (committed_documents(killed) == 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  ASSERT_EQ(::kill(pid, SIGKILL), 0);
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the run ended before it could be killed";
  const auto at_kill = committed_documents(killed);
  EXPECT_GT(at_kill, 0U);
  EXPECT_LT(at_kill, static_cast<Xapian::doccount>(kFiles));

  const auto resumed = run(scratch, "--db " + killed + " --json " + corpus.path().string());
  ASSERT_EQ(resumed.status, 0) << resumed.err;
  const auto summary = nlohmann::json::parse(resumed.out);
  EXPECT_GT(summary["files_unchanged"].get<int>(), 0);
  EXPECT_EQ(summary["files_unchanged"].get<int>() + summary["files_indexed"].get<int>(), kFiles);
  ASSERT_EQ(run(scratch, "--db " + clean + " " + corpus.path().string()).status, 0);

  const auto killed_texts = testing::archive_texts(killed);
  EXPECT_EQ(killed_texts.size(), static_cast<std::size_t>(kFiles));
  EXPECT_EQ(killed_texts, testing::archive_texts(clean));
}

}  // namespace
}  // namespace samizdat
