#include "corpus/walker.h"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "corpus/error.h"
#include "tests/temp_dir.h"

namespace samizdat::corpus {
namespace {

namespace fs = std::filesystem;
using Problems = std::vector<std::pair<std::string, std::string>>;

struct Walk {
  std::vector<std::string> relatives;
  std::map<std::string, std::uint64_t> other_files;
  Problems problems;
};

Walk walk(const fs::path& root) {
  Walk result;
  auto listing = walk_corpus(root, [&](const std::string& path, const std::string& reason) {
    result.problems.emplace_back(path, reason);
  });
  for (const FileEntry& file : listing.files) result.relatives.push_back(file.relative);
  result.other_files = std::move(listing.other_files);
  return result;
}

TEST(WalkerTest, ListsKnownFormatsSortedAndSkipsHiddenAndConfig) {
  const testing::TempDir dir;
  dir.write("b.txt", "b");
  dir.write("a/z.md", "z");
  dir.write("a/y.HTML", "y");
  dir.write("data.jsonl", "{}");
  dir.write("notes.pdf", "%PDF");
  dir.write("a/scan.Pdf", "%PDF");
  dir.write("fortunes", "A saying.\n%\n");
  dir.write("LICENSE", "Free to share.\n");
  dir.write(".git/config.txt", "hidden");
  dir.write(".git/HEAD", "hidden");
  dir.write(".hidden.txt", "hidden");
  dir.write("samizdat.ini", "language = en");
  const Walk result = walk(dir.path());
  EXPECT_EQ(result.relatives,
            (std::vector<std::string>{"a/y.HTML", "a/z.md", "b.txt", "data.jsonl", "fortunes"}));
  EXPECT_EQ(result.other_files, (std::map<std::string, std::uint64_t>{{"", 1}, {".pdf", 2}}));
  EXPECT_TRUE(result.problems.empty());
}

TEST(WalkerTest, CountsFormatsTheFilterRefusesBeforeComparingIds) {
  const testing::TempDir dir;
  dir.write("a.json", "{}");
  dir.write("a.txt", "a");
  dir.write("b.md", "b");
  Problems problems;
  const auto listing = walk_corpus(
      dir.path(),
      [&](const std::string& path, const std::string& reason) { problems.emplace_back(path, reason); },
      [](std::string_view format) { return format != "json"; });
  ASSERT_EQ(listing.files.size(), 2U);
  EXPECT_EQ(listing.files[0].relative, "a.txt");  // not hidden by a.json, which comes first
  EXPECT_EQ(listing.files[1].relative, "b.md");
  EXPECT_EQ(listing.other_files, (std::map<std::string, std::uint64_t>{{".json", 1}}));
  EXPECT_TRUE(problems.empty());
}

TEST(WalkerTest, PassesOverTheConfigsFilesHoweverTheyAreReached) {
  const testing::TempDir dir;
  dir.write("a.txt", "a");
  const auto table = dir.write("meta/speakers.tsv", "ISO Code\tName\n");
  const auto synonyms = dir.write("synonyms.txt", "bolsheviki = bolsheviks\n");
  std::filesystem::create_symlink(table, dir.path() / "table-link.tsv");
  Problems problems;
  const auto listing = walk_corpus(
      dir.path(), [&](const std::string& path, const std::string& reason) { problems.emplace_back(path, reason); },
      {}, {dir.path() / "meta/../meta/speakers.tsv", synonyms});
  ASSERT_EQ(listing.files.size(), 1U);
  EXPECT_EQ(listing.files[0].relative, "a.txt");
  EXPECT_TRUE(listing.other_files.empty());  // neither the table nor its link
  EXPECT_TRUE(problems.empty());
}

TEST(WalkerTest, RecordsSizeModificationTimeAndPath) {
  const testing::TempDir dir;
  const auto file = dir.write("x.txt", "12345");
  const auto files = walk_corpus(dir.path(), {}).files;
  ASSERT_EQ(files.size(), 1U);
  EXPECT_EQ(files[0].path, file);
  EXPECT_EQ(files[0].size, 5U);
  struct stat info {};
  ASSERT_EQ(::stat(file.c_str(), &info), 0);
  EXPECT_EQ(files[0].mtime_ns, info.st_mtim.tv_sec * 1'000'000'000LL + info.st_mtim.tv_nsec);
}

TEST(WalkerTest, FollowsSymlinksAndReportsALoopOnce) {
  const testing::TempDir dir;
  dir.write("real/a.txt", "a");
  fs::create_directory_symlink(dir.path() / "real", dir.path() / "zlink");
  fs::create_directory_symlink("..", dir.path() / "real" / "up");
  fs::create_symlink(dir.path() / "real" / "a.txt", dir.path() / "file-link.txt");
  const Walk result = walk(dir.path());
  EXPECT_EQ(result.relatives, (std::vector<std::string>{"file-link.txt", "real/a.txt"}));
  ASSERT_EQ(result.problems.size(), 2U);
  EXPECT_EQ(result.problems[0], std::make_pair((dir.path() / "real/up").string(),
                                               std::string("symlink loop")));
  EXPECT_EQ(result.problems[1],
            std::make_pair((dir.path() / "zlink").string(),
                           std::string("folder already visited by another path")));
}

TEST(WalkerTest, KeepsTheFirstOfFilesSharingADocumentIdAndReportsTheOthers) {
  const testing::TempDir dir;
  dir.write("1917/april.txt", "a");
  dir.write("1917/april.md", "b");
  dir.write("1917/The Plan.txt", "c");
  dir.write("1917/the-plan.html", "d");
  dir.write("1918/april.txt", "e");  // another folder: another id
  const Walk result = walk(dir.path());
  EXPECT_EQ(result.relatives,
            (std::vector<std::string>{"1917/The Plan.txt", "1917/april.md", "1918/april.txt"}));
  EXPECT_EQ(result.problems,
            (Problems{{(dir.path() / "1917/april.txt").string(),
                       "same document id '1917/april' as '1917/april.md'"},
                      {(dir.path() / "1917/the-plan.html").string(),
                       "same document id '1917/the-plan' as '1917/The Plan.txt'"}}));
}

TEST(WalkerTest, ReportsEachOfThreeFilesSharingAnIdAgainstTheFirst) {
  const testing::TempDir dir;
  for (const char* name : {"a.txt", "a.md", "a.html", "b.txt"}) dir.write(name, name);
  const Walk result = walk(dir.path());
  EXPECT_EQ(result.relatives, (std::vector<std::string>{"a.html", "b.txt"}));
  EXPECT_EQ(result.problems,
            (Problems{{(dir.path() / "a.md").string(), "same document id 'a' as 'a.html'"},
                      {(dir.path() / "a.txt").string(), "same document id 'a' as 'a.html'"}}));
}

TEST(WalkerTest, ReportsABrokenSymlink) {
  const testing::TempDir dir;
  fs::create_symlink(dir.path() / "gone.txt", dir.path() / "dangling.txt");
  const Walk result = walk(dir.path());
  EXPECT_TRUE(result.relatives.empty());
  ASSERT_EQ(result.problems.size(), 1U);
  EXPECT_EQ(result.problems[0].second, "No such file or directory");
}

// Root reads folders whatever their mode, so as root the walk runs in a
// child process that has given up root; the child's exit status is the
// verdict.
bool run_unprivileged(const std::function<bool()>& check) {
  if (::geteuid() != 0) return check();
  const pid_t child = ::fork();
  if (child == 0) {
    const bool dropped = ::setgid(65534) == 0 && ::setuid(65534) == 0;
    ::_exit(dropped && check() ? 0 : 1);
  }
  int status = 0;
  return child > 0 && ::waitpid(child, &status, 0) == child && WIFEXITED(status) &&
         WEXITSTATUS(status) == 0;
}

TEST(WalkerTest, ReportsAnUnreadableFolderAndCarriesOn) {
  const testing::TempDir dir;
  dir.write("locked/secret.txt", "s");
  dir.write("open.txt", "o");
  fs::permissions(dir.path(), fs::perms::all, fs::perm_options::add);
  fs::permissions(dir.path() / "open.txt", fs::perms::all, fs::perm_options::add);
  fs::permissions(dir.path() / "locked", fs::perms::none);
  const bool as_expected = run_unprivileged([&] {
    const Walk result = walk(dir.path());
    return result.relatives == std::vector<std::string>{"open.txt"} &&
           result.problems == Problems{{(dir.path() / "locked").string(), "Permission denied"}};
  });
  fs::permissions(dir.path() / "locked", fs::perms::owner_all);
  EXPECT_TRUE(as_expected);
}

TEST(WalkerTest, ReportsAFolderThatCannotBeListed) {
  // A path component that is a file cannot be listed even by root: the same
  // reporting path as a folder without read permission.
  const testing::TempDir dir;
  dir.write("file.txt", "f");
  fs::create_directory_symlink(dir.path() / "file.txt" / "sub", dir.path() / "broken");
  const Walk result = walk(dir.path());
  EXPECT_EQ(result.relatives, (std::vector<std::string>{"file.txt"}));
  ASSERT_EQ(result.problems.size(), 1U);
  EXPECT_EQ(result.problems[0],
            std::make_pair((dir.path() / "broken").string(), std::string("Not a directory")));
}

TEST(WalkerTest, ThrowsWhenTheRootCannotBeRead) {
  const testing::TempDir dir;
  const auto root = dir.path() / "missing";
  try {
    (void)walk_corpus(root, {});
    FAIL() << "no exception";
  } catch (const InputError& error) {
    EXPECT_EQ(error.what(),
              "cannot read corpus folder '" + root.string() + "': No such file or directory");
  }
  const auto file = dir.write("plain.txt", "x");
  try {
    (void)walk_corpus(file, {});
    FAIL() << "no exception";
  } catch (const InputError& error) {
    EXPECT_EQ(error.what(), "corpus '" + file.string() + "' is not a folder");
  }
}

TEST(WalkerTest, FormatOfKnowsEveryExtension) {
  const struct {
    const char* path;
    const char* format;
  } cases[] = {
      {"a.txt", "txt"},   {"a.TXT", "txt"},   {"a.md", "md"},       {"a.markdown", "md"},
      {"a.html", "html"}, {"a.htm", "html"},  {"a.json", "json"},   {"a.jsonl", "jsonl"},
      {"a.pdf", ""},      {"README", ""},     {"dir.txt/x", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(format_of(c.path), c.format) << c.path;
}

TEST(WalkerTest, FormatOfAFileWithoutExtensionComesFromItsContent) {
  const std::string fortunes = "A saying.\n\t\t-- Someone\n%\nAnother.\n";
  EXPECT_EQ(format_of("anarchism", fortunes), "fortune");
  EXPECT_EQ(format_of("README", "Read me.\n"), "");
  EXPECT_EQ(format_of("sayings.txt", fortunes), "txt");  // an extension decides
  EXPECT_EQ(format_of("sayings.dat", fortunes), "");     // fortune's own index files
}

TEST(WalkerTest, ListsAFortuneFileAndCountsOtherFilesWithoutExtension) {
  const testing::TempDir dir;
  dir.write("fortunes/anarchism", "All belongs to all.\n\t\t-- Peter Kropotkin\n%\nBread.\n");
  dir.write("fortunes/anarchism.dat", std::string("\0\0\0\2", 4));
  dir.write("fortunes/COPYING", "Public domain.\n");
  dir.write("fortunes/core", std::string("%\n\0binary", 10));
  const Walk result = walk(dir.path());
  EXPECT_EQ(result.relatives, (std::vector<std::string>{"fortunes/anarchism"}));
  EXPECT_EQ(result.other_files, (std::map<std::string, std::uint64_t>{{"", 2}, {".dat", 1}}));
}

}  // namespace
}  // namespace samizdat::corpus
