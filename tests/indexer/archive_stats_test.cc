#include "indexer/archive_stats.h"

#include <gtest/gtest.h>

#include <string>

#include "corpus/error.h"
#include "indexer/indexer.h"
#include "tests/temp_dir.h"

namespace samizdat::indexer {
namespace {

class ArchiveStatsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    corpus_.write("a.json", R"([
      {"title": "One", "date": "1917-03-01", "language": "en", "publication": "Pravda",
       "text": "First text.", "comments": ["A comment."]},
      {"title": "Two", "date": "1925", "language": "ru", "publication": "Pravda",
       "text": "Второй текст."},
      {"title": "Three", "language": "en", "publication": "Iskra", "text": "Third text."}])");
    IndexOptions options;
    options.archive = archive();
    options.corpus = corpus_.path();
    (void)index_corpus(options, {});
  }
  [[nodiscard]] std::filesystem::path archive() const { return scratch_.path() / "s.archive"; }

  testing::TempDir corpus_;
  testing::TempDir scratch_;
};

using Counts = std::map<std::string, std::uint64_t>;

TEST_F(ArchiveStatsTest, CountsDocumentsByTypePublicationLanguageAndDecade) {
  const auto stats = read_archive_stats(archive());
  EXPECT_EQ(stats.documents, 4U);
  EXPECT_EQ(stats.schema_version, "1");
  EXPECT_EQ(stats.by_type, (Counts{{"article", 3}, {"comment", 1}}));
  EXPECT_EQ(stats.by_publication, (Counts{{"Iskra", 1}, {"Pravda", 3}}));
  EXPECT_EQ(stats.by_language, (Counts{{"en", 3}, {"ru", 1}}));
  EXPECT_EQ(stats.by_decade, (Counts{{"1910s", 2}, {"1920s", 1}}));
}

TEST_F(ArchiveStatsTest, MeasuresTextAndDisk) {
  const auto stats = read_archive_stats(archive());
  const std::string texts =
      std::string("First text.") + "A comment." + "Второй текст." + "Third text.";
  EXPECT_EQ(stats.text_bytes, texts.size());
  EXPECT_GT(stats.compressed_text_bytes, 0U);
  EXPECT_EQ(stats.disk_bytes, folder_bytes(archive()));
  EXPECT_GT(stats.disk_bytes, 0U);
}

TEST_F(ArchiveStatsTest, FormatsTextAndJson) {
  const auto stats = read_archive_stats(archive());
  const std::string text = format_archive_stats(stats);
  EXPECT_TRUE(text.starts_with("documents: 4 (schema version 1)\nby type:\n  article  3\n"))
      << text;
  EXPECT_NE(text.find("by decade:\n  1910s  2\n  1920s  1\n"), std::string::npos) << text;
  const auto json = archive_stats_json(stats);
  EXPECT_EQ(json["documents"], 4);
  EXPECT_EQ(json["by_language"]["ru"], 1);
  EXPECT_EQ(json["text_bytes"], stats.text_bytes);
}

TEST(ArchiveStatsErrorTest, MissingArchiveIsAnArchiveError) {
  const testing::TempDir scratch;
  const auto path = scratch.path() / "none.archive";
  try {
    (void)read_archive_stats(path);
    FAIL() << "no error";
  } catch (const ArchiveError& error) {
    EXPECT_TRUE(
        std::string(error.what()).starts_with("cannot open archive '" + path.string() + "': "))
        << error.what();
  }
}

}  // namespace
}  // namespace samizdat::indexer
