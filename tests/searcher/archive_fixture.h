// @brief Test archives for the searcher tests: a small corpus of JSON records
// written into a TempDir and indexed with the real indexer.
#ifndef SAMIZDAT_TESTS_SEARCHER_ARCHIVE_FIXTURE_H_
#define SAMIZDAT_TESTS_SEARCHER_ARCHIVE_FIXTURE_H_

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/temp_dir.h"

namespace samizdat::testing {

// One article of the test corpus (written as CORPUS/<id>.json).
struct FixtureRecord {
  std::string id;  // "1917/april-theses"
  std::string title;
  std::string text;
  std::string date;
  std::vector<std::string> authors;
  std::string publication;
  std::string language;
  std::vector<std::string> tags;
  std::string party;  // the extra facet; "" for none
  std::vector<std::string> comments;
};

// The test corpus: eight articles from 1787 to 1936, some with comments, one
// with a quotation, in English and German.
[[nodiscard]] const std::vector<FixtureRecord>& fixture_records();

// Writes `records` into `directory/name.corpus` (with a samizdat.ini naming
// the extra facet "party") and indexes it into `directory/name`, which it
// returns. Throws std::runtime_error when the indexer skips a file.
std::filesystem::path build_archive(const TempDir& directory, const std::string& name,
                                    const std::vector<FixtureRecord>& records);

// A test suite over the fixture corpus indexed whole (whole_) and, split in
// two halves, as two archives (first_, second_), built once per suite.
class SplitArchivesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite();
  static void TearDownTestSuite() { directory_.reset(); }

  static inline std::unique_ptr<TempDir> directory_;
  static inline std::string whole_;
  static inline std::string first_;
  static inline std::string second_;
};

}  // namespace samizdat::testing

#endif  // SAMIZDAT_TESTS_SEARCHER_ARCHIVE_FIXTURE_H_
