#include "indexer/compaction.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <string>

#include "tests/temp_dir.h"

namespace samizdat::indexer {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

void write_archive(const fs::path& path, int documents) {
  Xapian::WritableDatabase database(path.string(), Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator generator;
  for (int i = 0; i < documents; ++i) {
    Xapian::Document document;
    generator.set_document(document);
    generator.index_text("document number " + std::to_string(i) + " about strikes and bread");
    document.add_boolean_term("Q" + std::to_string(i));
    database.add_document(document);
  }
  database.set_metadata("key", "value");
  database.commit();
}

TEST(CompactionTest, CompactedArchiveHoldsTheSameDocumentsAndLeavesNoLeftovers) {
  const TempDir scratch;
  const auto archive = scratch.path() / "test.archive";
  write_archive(archive, 2000);
  EXPECT_EQ(compact_archive(archive), std::nullopt);
  const Xapian::Database database(archive.string());
  EXPECT_EQ(database.get_doccount(), 2000U);
  EXPECT_EQ(database.get_termfreq("strikes"), 2000U);
  EXPECT_EQ(database.get_termfreq("Q1999"), 1U);
  EXPECT_EQ(database.get_metadata("key"), "value");
  EXPECT_FALSE(fs::exists(scratch.path() / "test.archive.compact"));
  EXPECT_FALSE(fs::exists(scratch.path() / "test.archive.old"));
}

TEST(CompactionTest, ClearsLeftoversOfAnInterruptedRun) {
  const TempDir scratch;
  const auto archive = scratch.path() / "test.archive";
  write_archive(archive, 10);
  fs::create_directories(scratch.path() / "test.archive.compact");
  fs::create_directories(scratch.path() / "test.archive.old");
  EXPECT_EQ(compact_archive(archive), std::nullopt);
  EXPECT_EQ(Xapian::Database(archive.string()).get_doccount(), 10U);
  EXPECT_FALSE(fs::exists(scratch.path() / "test.archive.old"));
}

TEST(CompactionTest, FailureIsAWarningAndKeepsTheArchive) {
  const TempDir scratch;
  const auto archive = scratch.path() / "missing.archive";
  const auto warning = compact_archive(archive);
  ASSERT_TRUE(warning.has_value());
  EXPECT_EQ(warning->rfind("cannot compact archive '" + archive.string() + "': ", 0), 0U);
  EXPECT_FALSE(fs::exists(scratch.path() / "missing.archive.compact"));
}

TEST(CompactionTest, LockedArchiveIsNotSwappedAway) {
  const TempDir scratch;
  const auto archive = scratch.path() / "test.archive";
  write_archive(archive, 10);
  const Xapian::WritableDatabase writer(archive.string(), Xapian::DB_OPEN);
  // Compacting reads a consistent revision, so it may succeed; either way
  // the archive must still open with all its documents.
  (void)compact_archive(archive);
  EXPECT_EQ(Xapian::Database(archive.string()).get_doccount(), 10U);
}

TEST(CompactionTest, RecoveryPutsBackAnArchiveKilledBetweenTheTwoRenames) {
  const TempDir scratch;
  const auto archive = scratch.path() / "test.archive";
  write_archive(scratch.path() / "test.archive.old", 10);
  write_archive(scratch.path() / "test.archive.compact", 10);
  recover_compaction(archive);
  EXPECT_EQ(Xapian::Database(archive.string()).get_doccount(), 10U);
  EXPECT_FALSE(fs::exists(scratch.path() / "test.archive.old"));
  EXPECT_FALSE(fs::exists(scratch.path() / "test.archive.compact"));
}

TEST(CompactionTest, RecoveryRemovesAHalfWrittenCopyAndKeepsTheArchive) {
  const TempDir scratch;
  const auto archive = scratch.path() / "test.archive";
  write_archive(archive, 10);
  scratch.write("test.archive.compact/postlist.tmp", "half written");
  recover_compaction(archive);
  EXPECT_EQ(Xapian::Database(archive.string()).get_doccount(), 10U);
  EXPECT_FALSE(fs::exists(scratch.path() / "test.archive.compact"));
}

TEST(CompactionTest, RecoveryLeavesEverythingWhenThereIsNoArchiveToKeep) {
  const TempDir scratch;
  const auto archive = scratch.path() / "test.archive";
  scratch.write("test.archive.compact/postlist.tmp", "half written");
  recover_compaction(archive);
  EXPECT_FALSE(fs::exists(archive));
  EXPECT_TRUE(fs::exists(scratch.path() / "test.archive.compact/postlist.tmp"));
}

TEST(CompactionTest, SearcherKeepsReadingTheArchiveItOpenedWhileItIsSwapped) {
  const TempDir scratch;
  const auto archive = scratch.path() / "test.archive";
  write_archive(archive, 100);
  const Xapian::Database before(archive.string());
  EXPECT_EQ(compact_archive(archive), std::nullopt);
  Xapian::doccount read = 0;
  for (auto it = before.postlist_begin("strikes"); it != before.postlist_end("strikes"); ++it) {
    read += before.get_document(*it).termlist_count() > 0 ? 1 : 0;
  }
  EXPECT_EQ(read, 100U);
  EXPECT_EQ(Xapian::Database(archive.string()).get_doccount(), 100U);
}

}  // namespace
}  // namespace samizdat::indexer
