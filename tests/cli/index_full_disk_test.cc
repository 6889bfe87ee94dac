// samizdat-index on a file system that fills up or is read-only: one clear
// line naming the archive and the reason, and the archive as last committed.
// Both need a tmpfs of their own, so they run as root (and skip otherwise).
#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "tests/cli/index_process.h"
#include "tests/indexer/archive_probe.h"
#include "tests/temp_dir.h"

namespace samizdat {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

// A tmpfs of `size` mounted on a fresh folder for the test's lifetime.
class TmpfsMount {
 public:
  TmpfsMount(const fs::path& folder, const std::string& size) : folder_(folder) {
    fs::create_directories(folder_);
    mounted_ = shell("mount -t tmpfs -o size=" + size + " tmpfs " + folder_.string());
  }
  ~TmpfsMount() {
    if (mounted_) (void)shell("umount " + folder_.string());
  }
  TmpfsMount(const TmpfsMount&) = delete;
  TmpfsMount& operator=(const TmpfsMount&) = delete;

  [[nodiscard]] bool mounted() const { return mounted_; }
  [[nodiscard]] bool make_read_only() const {
    return shell("mount -o remount,ro " + folder_.string());
  }
  [[nodiscard]] bool grow(const std::string& size) const {
    return shell("mount -o remount,size=" + size + " " + folder_.string());
  }

 private:
  static bool shell(const std::string& command) {
    return std::system((command + " >/dev/null 2>&1").c_str()) == 0;
  }

  fs::path folder_;
  bool mounted_ = false;
};

// Text of `words` pseudo-random words from a vocabulary of a few thousand:
// it compresses and indexes like prose, far from free.
std::string random_text(std::uint64_t seed, int words) {
  std::string text;
  for (int i = 0; i < words; ++i) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    std::uint64_t word = (seed >> 33) % 3000 + 1;
    while (word != 0) {
      text += static_cast<char>('a' + word % 23);
      word /= 23;
    }
    text += i % 15 == 14 ? ".\n" : " ";
  }
  return text;
}

// Every file's modification time and size, to see that nothing changed.
std::map<std::string, std::pair<fs::file_time_type, std::uintmax_t>> file_states(
    const fs::path& folder) {
  std::map<std::string, std::pair<fs::file_time_type, std::uintmax_t>> states;
  for (const auto& entry : fs::directory_iterator(folder)) {
    states[entry.path().filename().string()] = {entry.last_write_time(), entry.file_size()};
  }
  return states;
}

class IndexFullDiskTest : public ::testing::Test {
 protected:
  [[nodiscard]] testing::ProcessResult index(const fs::path& archive, int batch) const {
    return testing::run_process({testing::kIndexBinary, "--db", archive.string(), "--threads",
                                 "2", "--batch", std::to_string(batch), corpus_.path().string()},
                                scratch_.path());
  }

  TempDir corpus_;
  TempDir scratch_;
};

TEST_F(IndexFullDiskTest, FullDiskStopsWithOneLineAndKeepsTheLastCommit) {
  const TmpfsMount disk(scratch_.path() / "disk", "2m");
  if (!disk.mounted()) GTEST_SKIP() << "cannot mount a 2 MB tmpfs (needs root): skipped";
  if (!testing::have_xapian_check()) GTEST_SKIP() << "xapian-check (xapian-tools) not installed";
  constexpr int kFiles = 300;  // about 3.5 MB of text
  for (int i = 0; i < kFiles; ++i) {
    corpus_.write("p" + std::to_string(i) + ".txt",
                  "Page " + std::to_string(i) + "\n\n" + random_text(i, 1000) + "\n");
  }
  const fs::path clean = scratch_.path() / "clean.archive";
  ASSERT_EQ(index(clean, 5).status, 0);
  const fs::path archive = scratch_.path() / "disk" / "archive";

  const auto result = index(archive, 5);
  EXPECT_EQ(result.status, 1);
  EXPECT_EQ(result.err, "samizdat-index: error: cannot write archive '" + archive.string() +
                            "': No space left on device; the archive keeps its last committed "
                            "batch\n");

  const auto check = testing::xapian_check(archive, scratch_.path());
  EXPECT_EQ(check.status, 0) << check.out << check.err;
  const auto documents = Xapian::Database(archive.string()).get_doccount();
  EXPECT_GT(documents, 0U);
  EXPECT_LT(documents, static_cast<Xapian::doccount>(kFiles));
  EXPECT_EQ(documents % 5, 0U) << "a batch was half committed";
  const auto clean_texts = testing::archive_texts(clean);
  for (const auto& [id, text] : testing::archive_texts(archive)) {
    ASSERT_TRUE(clean_texts.contains(id)) << id;
    EXPECT_EQ(text, clean_texts.at(id)) << id;
  }
  const auto search = testing::run_process(
      {testing::kSearchBinary, "--db", archive.string(), "page"}, scratch_.path());
  EXPECT_EQ(search.status, 0) << search.err;

  // With room again, the next run completes the archive.
  ASSERT_TRUE(disk.grow("64m"));
  const auto resumed = index(archive, 5);
  ASSERT_EQ(resumed.status, 0) << resumed.err;
  EXPECT_EQ(testing::archive_texts(archive), clean_texts);
}

TEST_F(IndexFullDiskTest, ReadOnlyArchiveStopsWithOneLineAndIsNotTouched) {
  const TmpfsMount disk(scratch_.path() / "disk", "4m");
  if (!disk.mounted()) GTEST_SKIP() << "cannot mount a tmpfs (needs root): skipped";
  corpus_.write("one.txt", "First\n\nThe workers of the world.\n");
  const fs::path archive = scratch_.path() / "disk" / "archive";
  ASSERT_EQ(index(archive, 100).status, 0);
  const auto before = testing::archive_texts(archive);
  const auto files_before = file_states(archive);
  if (!disk.make_read_only()) GTEST_SKIP() << "cannot remount the tmpfs read-only: skipped";
  corpus_.write("two.txt", "Second\n\nPeace, land and bread.\n");

  const auto result = index(archive, 100);
  EXPECT_EQ(result.status, 1);
  EXPECT_TRUE(result.err.starts_with("samizdat-index: error: cannot open archive '" +
                                     archive.string() + "': "))
      << result.err;
  EXPECT_TRUE(result.err.ends_with(": Read-only file system\n")) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_EQ(testing::archive_texts(archive), before);
  EXPECT_EQ(file_states(archive), files_before);
}

}  // namespace
}  // namespace samizdat
