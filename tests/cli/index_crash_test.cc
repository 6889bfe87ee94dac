// Crash safety of samizdat-index: the real executable killed with SIGKILL at
// seeded random points of a first build. After each kill the archive opens,
// passes xapian-check and answers searches, and a resumed run ends with the
// documents and quotation clusters of a clean build.
#include <gtest/gtest.h>
#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/cli/index_process.h"
#include "tests/temp_dir.h"

namespace samizdat {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using testing::TempDir;

constexpr int kFiles = 320;
constexpr int kKills = 22;
constexpr int kKillsWithWriters = 8;
constexpr std::uint32_t kSeed = 20261127;

// Passages quoted across the corpus, so that clusters have several members.
const std::vector<std::string> kPassages = {
    "the history of all hitherto existing society is the history of class struggles",
    "the state is a special organisation of force it is an organisation of violence",
    "the philosophers have only interpreted the world in various ways the point is to change it",
    "workers of all countries unite you have nothing to lose but your chains",
    "without revolutionary theory there can be no revolutionary movement whatever",
};

std::string article(int i) {
  const std::string n = std::to_string(i);
  const std::string quote = kPassages[static_cast<std::size_t>(i) % kPassages.size()];
  return nlohmann::json{
      {"title", "Report " + n},
      {"date", std::to_string(1900 + i % 40) + "-05-01"},
      {"publication", i % 2 == 0 ? "Iskra" : "Pravda"},
      {"text",
       {"The strike committee of district " + n + " met and wrote about wages and bread.",
        "As was written long ago, \"" + quote + "\" (Collected Works, vol. " +
            std::to_string(i % 7) + ").",
        "Meeting " + n + " closed with the eight hour day on every banner."}},
      {"comments", {"Comment on report " + n + ": agreed."}}}
      .dump();
}

void write_corpus(const TempDir& corpus) {
  for (int i = 0; i < kFiles; ++i) {
    const std::string folder = "y" + std::to_string(i % 8) + "/";
    if (i % 3 == 0) {
      corpus.write(folder + std::to_string(i) + ".txt",
                   "Note " + std::to_string(i) + "\n\nA short note on the congress, number " +
                       std::to_string(i) + ", about land and peace.\n");
    } else {
      corpus.write(folder + std::to_string(i) + ".json", article(i));
    }
  }
}

// One archive built from the fixture, killed and resumed as often as needed.
class IndexCrashTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!testing::have_xapian_check()) GTEST_SKIP() << "xapian-check (xapian-tools) not installed";
    write_corpus(corpus_);
  }

  [[nodiscard]] std::vector<std::string> index_arguments(const fs::path& archive) const {
    std::vector<std::string> arguments = {testing::kIndexBinary, "--db", archive.string(),
                                          "--threads", "2", "--batch", "40"};
    arguments.insert(arguments.end(), writers_.begin(), writers_.end());
    arguments.push_back(corpus_.path().string());
    return arguments;
  }

  [[nodiscard]] pid_t start(const fs::path& archive) const {
    return testing::spawn_process(index_arguments(archive), scratch_.path() / "index.out",
                                  scratch_.path() / "index.err");
  }

  [[nodiscard]] testing::ProcessResult finish(pid_t pid) const {
    return testing::wait_process(pid, scratch_.path() / "index.out", scratch_.path() / "index.err");
  }

  // Builds the reference archive; returns how long a first build takes
  // (timed on a second build, with the corpus in the page cache).
  double build_clean() {
    const auto result = finish(start(clean_));
    EXPECT_EQ(result.status, 0) << result.err;
    clean_content_ = testing::archive_content(clean_);
    const fs::path timed = scratch_.path() / "timed.archive";
    const auto begin = Clock::now();
    EXPECT_EQ(finish(start(timed)).status, 0);
    return std::chrono::duration<double>(Clock::now() - begin).count();
  }

  // Starts a first build and kills it after `delay` seconds, or as soon as
  // `trigger` holds when it is set.
  bool kill_build(const fs::path& archive, double delay, const std::function<bool()>& trigger) {
    const pid_t pid = start(archive);
    EXPECT_GT(pid, 0);
    const auto deadline = Clock::now() + std::chrono::duration<double>(delay);
    while (Clock::now() < deadline && !(trigger && trigger())) {
      std::this_thread::sleep_for(std::chrono::microseconds(trigger ? 100 : 1000));
    }
    ::kill(pid, SIGKILL);
    return finish(pid).signalled;
  }

  // What a kill left must be usable as it is.
  void check_killed(const fs::path& archive, const std::string& label) {
    if (!fs::exists(archive)) {
      EXPECT_FALSE(fs::exists(archive.string() + ".old")) << label << ": archive lost in a swap";
      return;  // killed before the archive was created
    }
    // Killed while Xapian was creating the database (slow under sanitizers):
    // nothing was ever committed, and check_resumed shows the next run
    // starts it again.
    if (!fs::exists(archive / "iamglass")) return;
    const auto check = testing::xapian_check(archive, scratch_.path());
    EXPECT_EQ(check.status, 0) << label << ": xapian-check failed\n" << check.out << check.err;
    Xapian::doccount documents = 0;
    EXPECT_NO_THROW(documents = Xapian::Database(archive.string()).get_doccount()) << label;
    if (documents == 0) return;  // killed before the first commit
    const auto search = testing::run_process(
        {testing::kSearchBinary, "--db", archive.string(), "--json", "wages"}, scratch_.path());
    EXPECT_EQ(search.status, 0) << label << ": " << search.err;
    const auto json = nlohmann::json::parse(search.out, nullptr, false);
    EXPECT_TRUE(json.contains("total")) << label << ": " << search.out;
  }

  void check_resumed(const fs::path& archive, const std::string& label) {
    const auto result = finish(start(archive));
    ASSERT_EQ(result.status, 0) << label << ": " << result.err;
    EXPECT_EQ(testing::xapian_check(archive, scratch_.path()).status, 0) << label;
    const auto content = testing::archive_content(archive);
    EXPECT_TRUE(content.unclustered.empty())
        << label << ": " << content.unclustered.size() << " quotations without a cluster";
    EXPECT_EQ(content.text_hashes, clean_content_.text_hashes) << label;
    EXPECT_EQ(content.clusters, clean_content_.clusters) << label;
  }

  // Where the kill left the archive, for the phase tally.
  [[nodiscard]] std::string phase(const fs::path& archive, bool signalled) const {
    if (!signalled) return "after the run ended";
    if (fs::exists(archive.string() + ".compact")) return "during compaction";
    if (!fs::exists(archive / "iamglass")) return "before the archive existed";
    const auto documents = Xapian::Database(archive.string()).get_doccount();
    if (documents < clean_content_.text_hashes.size()) return "between batches";
    if (!testing::archive_content(archive).unclustered.empty()) return "before clustering";
    return "after the last commit";
  }

  // True when the kill landed inside the run.
  bool kill_and_resume(double delay, const std::function<bool()>& trigger, const fs::path& archive,
                       const std::string& label) {
    fs::remove_all(archive);
    fs::remove_all(archive.string() + ".compact");
    fs::remove_all(archive.string() + ".old");
    const bool signalled = kill_build(archive, delay, trigger);
    ++phases_[phase(archive, signalled)];
    check_killed(archive, label);
    check_resumed(archive, label);
    return signalled;
  }

  // Builds the reference, then kills `kills` first builds at seeded random
  // points and two on seeing compaction start, checking each.
  void kill_at_random_points(int kills) {
    const double clean_seconds = build_clean();
    ASSERT_FALSE(clean_content_.text_hashes.empty());
    ASSERT_FALSE(clean_content_.clusters.empty());
    ASSERT_TRUE(clean_content_.unclustered.empty());
    // Half the kills spread over the whole run, half over its last quarter
    // (the last batches, clustering and compaction). A run that ended before
    // its kill shrinks the later delays: timings vary on a busy machine.
    std::mt19937 random(kSeed);
    std::uniform_real_distribution<double> anywhere(0.02, 1.0);
    std::uniform_real_distribution<double> near_end(0.75, 1.0);
    const fs::path archive = scratch_.path() / "killed.archive";
    double seconds = clean_seconds;
    int landed = 0;
    for (int kill = 0; landed < kills && kill < 2 * kills; ++kill) {
      const double delay = seconds * (kill % 2 == 0 ? anywhere(random) : near_end(random));
      const std::string label = "kill " + std::to_string(kill) + " at " + std::to_string(delay);
      if (kill_and_resume(delay, {}, archive, label)) {
        ++landed;
      } else {
        seconds *= 0.85;
      }
    }
    EXPECT_EQ(landed, kills);
    // Timing alone rarely lands inside compaction: also kill on seeing it.
    const fs::path compacting = archive.string() + ".compact";
    for (int kill = 0; kill < 2; ++kill) {
      kill_and_resume(2 * clean_seconds + 5, [&] { return fs::exists(compacting); }, archive,
                      "kill on compaction " + std::to_string(kill));
    }
    std::cout << "clean first build: " << clean_seconds << " s, kill window at the end: "
              << seconds << " s; kills by phase:";
    for (const auto& [name, count] : phases_) std::cout << " " << name << " " << count << ";";
    std::cout << '\n';
  }

  TempDir corpus_;
  TempDir scratch_;
  const fs::path clean_ = scratch_.path() / "clean.archive";
  std::vector<std::string> writers_ = {"--writers", "1"};
  testing::ArchiveContent clean_content_;
  std::map<std::string, int> phases_;
};

TEST_F(IndexCrashTest, EveryKillLeavesAUsableArchiveAndTheNextRunFinishesTheBuild) {
  kill_at_random_points(kKills);
}

// Parallel writers: a kill may leave part archives (ARCHIVE.part-K) or land
// in their merge.
TEST_F(IndexCrashTest, EveryKillOfABuildWithParallelWritersIsSurvivedToo) {
  writers_ = {"--writers", "2"};
  kill_at_random_points(kKillsWithWriters);
}

}  // namespace
}  // namespace samizdat
