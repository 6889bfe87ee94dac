// End-to-end tests of samizdat-generate: runs the real executable into
// temporary folders and reads what it wrote back with the corpus loader.
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "corpus/corpus_config.h"
#include "corpus/document.h"
#include "corpus/file_loader.h"
#include "tests/temp_dir.h"

namespace samizdat {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

constexpr int kDocuments = 40;

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs samizdat-generate with `arguments` (already shell-quoted), capturing
// its output into files of `scratch`.
RunResult run_generator(const std::string& arguments, const TempDir& scratch) {
  const fs::path out = scratch.path() / "stdout.txt";
  const fs::path err = scratch.path() / "stderr.txt";
  const std::string command = std::string("'") + SAMIZDAT_BINARY_DIR +
                              "/tools/samizdat-generate' " + arguments + " >'" + out.string() +
                              "' 2>'" + err.string() + "'";
  const int status = std::system(command.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, testing::read_file(out),
          testing::read_file(err)};
}

std::string generate_args(const fs::path& out, int documents, int seed) {
  return "--out '" + out.string() + "' --docs " + std::to_string(documents) + " --seed " +
         std::to_string(seed);
}

// Every file below `root`: its '/'-separated relative path to its bytes.
std::map<std::string, std::string> read_tree(const fs::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    files[fs::relative(entry.path(), root).generic_string()] = testing::read_file(entry.path());
  }
  return files;
}

// Generates kDocuments documents with `seed` into a folder of `scratch`.
std::map<std::string, std::string> generate(const TempDir& scratch, int seed) {
  const fs::path out = scratch.path() / "corpus";
  const auto result = run_generator(generate_args(out, kDocuments, seed), scratch);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return read_tree(out);
}

TEST(GenerateCorpusTest, SameSeedWritesByteIdenticalTrees) {
  const TempDir first_scratch;
  const TempDir second_scratch;
  const auto first = generate(first_scratch, 42);
  const auto second = generate(second_scratch, 42);
  ASSERT_EQ(first.size(), static_cast<std::size_t>(kDocuments));
  EXPECT_EQ(first, second);
}

TEST(GenerateCorpusTest, DifferentSeedWritesDifferentCorpus) {
  const TempDir first_scratch;
  const TempDir other_scratch;
  const auto first = generate(first_scratch, 42);
  const auto other = generate(other_scratch, 43);
  ASSERT_EQ(other.size(), static_cast<std::size_t>(kDocuments));
  EXPECT_NE(first, other);
}

TEST(GenerateCorpusTest, WritesOneFilePerDocumentInEveryFormatUnderYearFolders) {
  const TempDir scratch;
  const auto files = generate(scratch, 7);
  std::set<std::string> extensions;
  for (const auto& [relative, content] : files) {
    extensions.insert(fs::path(relative).extension().string());
    const int year = std::stoi(relative.substr(0, relative.find('/')));
    EXPECT_GE(year, 1920) << relative;
    EXPECT_LE(year, 2025) << relative;
    EXPECT_GE(content.size(), 200u) << relative;
    EXPECT_LE(content.size(), 25000u) << relative;
  }
  EXPECT_EQ(files.size(), static_cast<std::size_t>(kDocuments));
  EXPECT_EQ(extensions, (std::set<std::string>{".html", ".json", ".md", ".txt"}));
}

TEST(GenerateCorpusTest, PrintsOneSummaryLineWithFilesAndBytes) {
  const TempDir scratch;
  const fs::path out = scratch.path() / "corpus";
  const auto result = run_generator(generate_args(out, 8, 1), scratch);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::uint64_t bytes = 0;
  for (const auto& [relative, content] : read_tree(out)) bytes += content.size();
  EXPECT_NE(result.out.find("wrote 8 files, " + std::to_string(bytes) + " bytes"),
            std::string::npos)
      << result.out;
  EXPECT_EQ(result.out.find('\n'), result.out.size() - 1);
}

TEST(GenerateCorpusTest, GeneratedFilesLoadAsArticlesWithCommentsQuotationsAndLanguages) {
  const TempDir scratch;
  const fs::path out = scratch.path() / "corpus";
  ASSERT_EQ(run_generator(generate_args(out, kDocuments, 5), scratch).exit_code, 0);
  std::map<corpus::DocType, int> counts;
  std::set<std::string> languages;
  for (const auto& [relative, content] : read_tree(out)) {
    const auto loaded = corpus::load_file(out / relative, relative, corpus::CorpusConfig{});
    EXPECT_TRUE(loaded.warnings.empty()) << relative;
    for (const auto& document : loaded.documents) {
      ++counts[document.type];
      if (document.type == corpus::DocType::kArticle) {
        EXPECT_FALSE(document.title.empty()) << relative;
        EXPECT_FALSE(document.date.empty()) << relative;
        languages.insert(document.language);
      }
    }
  }
  EXPECT_EQ(counts[corpus::DocType::kArticle], kDocuments);
  EXPECT_GT(counts[corpus::DocType::kComment], 0);
  EXPECT_GT(counts[corpus::DocType::kQuotation], 0);
  EXPECT_GE(languages.size(), 2u);
}

TEST(GenerateCorpusTest, ResamplesSentencesOfTheSourceText) {
  const TempDir scratch;
  const std::string sentence = "The delegates of the dockers voted to stay out until Monday.";
  scratch.write("source/speech.txt", sentence + "\nToo short.\n");
  const fs::path out = scratch.path() / "corpus";
  const auto result = run_generator(
      generate_args(out, 10, 3) + " --formats txt --source '" +
          (scratch.path() / "source").string() + "'",
      scratch);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  int with_sentence = 0;
  for (const auto& [relative, content] : read_tree(out)) {
    EXPECT_EQ(fs::path(relative).extension(), ".txt");
    with_sentence += content.find(sentence) != std::string::npos;
  }
  EXPECT_GT(with_sentence, 0);
}

struct UsageErrorCase {
  std::string arguments;  // after --out
  std::string message;
};

TEST(GenerateCorpusTest, RejectsBadArgumentsWithOneLineOnStderr) {
  const UsageErrorCase cases[] = {
      {"--docs 3 --formats txt,pdf",
       "samizdat-generate: error: --formats 'txt,pdf': unknown format 'pdf' (expected txt, md, "
       "html or json)\n"},
      {"--docs 3 --formats ''", "samizdat-generate: error: --formats is empty\n"},
      {"--docs 3 --source /nonexistent/samizdat",
       "samizdat-generate: error: cannot read '/nonexistent/samizdat': No such file or "
       "directory\n"},
  };
  for (const auto& test_case : cases) {
    const TempDir scratch;
    const auto result = run_generator(
        "--out '" + (scratch.path() / "corpus").string() + "' " + test_case.arguments, scratch);
    EXPECT_EQ(result.exit_code, 1) << test_case.arguments;
    EXPECT_EQ(result.err, test_case.message) << test_case.arguments;
  }
}

TEST(GenerateCorpusTest, RefusesANonEmptyOutputFolder) {
  const TempDir scratch;
  scratch.write("corpus/keep.txt", "mine");
  const fs::path out = scratch.path() / "corpus";
  const auto result = run_generator(generate_args(out, 3, 1), scratch);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "samizdat-generate: error: --out '" + out.string() +
                            "': must be an empty folder or not exist\n");
  EXPECT_EQ(read_tree(out).size(), 1u);
}

}  // namespace
}  // namespace samizdat
