#include "indexer/archive_writer.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>

#include "corpus/error.h"
#include "corpus/schema.h"
#include "tests/temp_dir.h"

namespace samizdat::indexer {
namespace {

namespace schema = corpus::schema;

std::string error_of(const std::filesystem::path& path, bool overwrite) {
  try {
    const ArchiveWriter writer(path, overwrite);
  } catch (const ArchiveError& error) {
    return error.what();
  }
  return "no error";
}

Xapian::Document document_of_file(const std::string& id, const std::string& relative,
                                  const std::string& signature) {
  Xapian::Document document;
  document.add_boolean_term(std::string(schema::kPrefixId) + id);
  document.add_boolean_term(std::string(schema::kPrefixFile) + relative);
  if (!signature.empty()) document.add_value(schema::kSlotFileSignature, signature);
  return document;
}

Xapian::doccount spelling_frequency(const Xapian::Database& database, const std::string& word) {
  for (auto spelling = database.spellings_begin(); spelling != database.spellings_end();
       ++spelling) {
    if (*spelling == word) return spelling.get_termfreq();
  }
  return 0;
}

TEST(ArchiveWriterTest, CreatesAGlassDatabase) {
  const testing::TempDir scratch;
  const auto path = scratch.path() / "new.archive";
  { const ArchiveWriter writer(path, false); }
  EXPECT_TRUE(std::filesystem::exists(path / "iamglass"));
}

TEST(ArchiveWriterTest, RefusesANonEmptyFolderThatIsNotAnArchive) {
  const testing::TempDir scratch;
  scratch.write("documents/letter.txt", "Dear comrade");
  const auto path = scratch.path() / "documents";
  EXPECT_EQ(error_of(path, false), "cannot open archive '" + path.string() +
                                       "': the folder is not empty and holds no Xapian database");
  EXPECT_EQ(error_of(path, true), error_of(path, false));
}

TEST(ArchiveWriterTest, CreatesAgainAnArchiveWhoseCreationWasKilled) {
  const testing::TempDir scratch;
  // What a kill leaves after Xapian took the lock, before it wrote iamglass.
  for (const char* file : {"flintlock", "v.tmp", "termlist.glass", "postlist.glass"}) {
    scratch.write(std::string("killed.archive/") + file, "");
  }
  const auto path = scratch.path() / "killed.archive";
  EXPECT_EQ(error_of(path, false), "no error");
  EXPECT_TRUE(std::filesystem::exists(path / "iamglass"));
}

TEST(ArchiveWriterTest, RefusesAFolderWithXapianFilesAmongOthers) {
  const testing::TempDir scratch;
  scratch.write("mixed/flintlock", "");
  scratch.write("mixed/letter.txt", "Dear comrade");
  const auto path = scratch.path() / "mixed";
  EXPECT_EQ(error_of(path, false), "cannot open archive '" + path.string() +
                                       "': the folder is not empty and holds no Xapian database");
  EXPECT_TRUE(std::filesystem::exists(path / "letter.txt"));
}

TEST(ArchiveWriterTest, RefusesAnArchiveAnotherWriterHolds) {
  const testing::TempDir scratch;
  const auto path = scratch.path() / "locked.archive";
  const ArchiveWriter first(path, false);
  EXPECT_TRUE(
      error_of(path, false)
          .starts_with("cannot open archive '" + path.string() + "': Unable to get write lock"))
      << error_of(path, false);
}

TEST(ArchiveWriterTest, RefusesDocumentsWithoutSchemaVersion) {
  const testing::TempDir scratch;
  const auto path = scratch.path() / "foreign.archive";
  {
    Xapian::WritableDatabase database(path.string());
    database.add_document(Xapian::Document());
    database.commit();
  }
  EXPECT_EQ(error_of(path, false),
            "cannot update archive '" + path.string() +
                "': it holds documents but no schema version, so samizdat-index did not write "
                "it; index into a new archive");
  EXPECT_EQ(error_of(path, true), "no error");
}

TEST(ArchiveWriterTest, BatchIsInvisibleUntilCommitted) {
  const testing::TempDir scratch;
  const auto path = scratch.path() / "a.archive";
  ArchiveWriter writer(path, false);
  writer.begin_batch();
  writer.add("x", document_of_file("x", "x.txt", "1:1:1"));
  EXPECT_EQ(Xapian::Database(path.string()).get_doccount(), 0U);
  writer.commit_batch();
  EXPECT_EQ(Xapian::Database(path.string()).get_doccount(), 1U);
}

TEST(ArchiveWriterTest, UncommittedBatchIsDiscarded) {
  const testing::TempDir scratch;
  const auto path = scratch.path() / "a.archive";
  {
    ArchiveWriter writer(path, false);
    writer.begin_batch();
    writer.add("x", document_of_file("x", "x.txt", "1:1:1"));
  }
  EXPECT_EQ(Xapian::Database(path.string()).get_doccount(), 0U);
}

TEST(ArchiveWriterTest, AddReplacesTheDocumentWithTheSameId) {
  const testing::TempDir scratch;
  ArchiveWriter writer(scratch.path() / "a.archive", false);
  writer.begin_batch();
  writer.add("x", document_of_file("x", "x.txt", "1:1:1"));
  writer.add("x", document_of_file("x", "x.md", "2:2:2"));
  writer.commit_batch();
  EXPECT_EQ(writer.database().get_doccount(), 1U);
  EXPECT_EQ(writer.database().get_termfreq("XFILEx.md"), 1U);
}

TEST(ArchiveWriterTest, FeedsUnprefixedWordsToTheSpellingDictionary) {
  const testing::TempDir scratch;
  ArchiveWriter writer(scratch.path() / "a.archive", false);
  auto document = document_of_file("x", "x.txt", "");
  document.add_term("revolution", 2);
  document.add_term("Zrevolut");
  document.add_term("1917");
  writer.begin_batch();
  writer.add("x", document);
  writer.commit_batch();
  EXPECT_EQ(spelling_frequency(writer.database(), "revolution"), 2U);
  EXPECT_EQ(spelling_frequency(writer.database(), "Zrevolut"), 0U);
  EXPECT_EQ(spelling_frequency(writer.database(), "1917"), 0U);
  EXPECT_EQ(writer.database().get_spelling_suggestion("revolutoin"), "revolution");
}

TEST(ArchiveWriterTest, SpellingSumsTheBatchAndIsDroppedWithAnUncommittedOne) {
  const testing::TempDir scratch;
  const auto path = scratch.path() / "a.archive";
  {
    ArchiveWriter writer(path, false);
    writer.begin_batch();
    for (const auto& [id, wdf] : {std::pair{"x", 2U}, std::pair{"y", 3U}}) {
      auto document = document_of_file(id, std::string(id) + ".txt", "");
      document.add_term("revolution", wdf);
      writer.add(id, document);
    }
    writer.commit_batch();
    writer.begin_batch();
    auto document = document_of_file("z", "z.txt", "");
    document.add_term("revolution", 4);
    document.add_term("strike");
    writer.add("z", document);
  }
  const Xapian::Database database(path.string());
  EXPECT_EQ(spelling_frequency(database, "revolution"), 5U);
  EXPECT_EQ(spelling_frequency(database, "strike"), 0U);
}

TEST(ArchiveWriterTest, DeferredSpellingIsAddedByALaterCommitAndMarkedUntilThen) {
  const testing::TempDir scratch;
  ArchiveWriter writer(scratch.path() / "a.archive", false);
  const std::string pending(schema::kMetaSpellingPending);
  writer.begin_batch();
  auto document = document_of_file("x", "x.txt", "");
  document.add_term("revolution", 2);
  writer.add("x", document);
  writer.commit_batch(ArchiveWriter::Spelling::kDefer);
  EXPECT_EQ(spelling_frequency(writer.database(), "revolution"), 0U);
  EXPECT_EQ(writer.metadata(pending), "1");
  writer.begin_batch();
  document = document_of_file("y", "y.txt", "");
  document.add_term("revolution", 3);
  writer.add("y", document);
  writer.commit_batch();
  EXPECT_EQ(spelling_frequency(writer.database(), "revolution"), 5U);
  EXPECT_EQ(writer.metadata(pending), "");
}

TEST(ArchiveWriterTest, AWriterRecoversTheSpellingAKilledRunDeferred) {
  const testing::TempDir scratch;
  const auto path = scratch.path() / "a.archive";
  {
    ArchiveWriter writer(path, false);
    writer.begin_batch();
    writer.set_metadata(schema::kMetaSchemaVersion, std::to_string(schema::kSchemaVersion));
    auto document = document_of_file("x", "x.txt", "");
    document.add_term("revolution", 2);
    document.add_term("strike");
    writer.add("x", document);
    writer.commit_batch();  // "revolution" 2 and "strike" 1 added
    writer.begin_batch();
    document = document_of_file("y", "y.txt", "");
    document.add_term("revolution", 3);
    document.add_term("bread", 4);
    writer.add("y", document);
    writer.commit_batch(ArchiveWriter::Spelling::kDefer);
    writer.begin_batch();
  }  // killed: "revolution" 3 and "bread" 4 never added
  ASSERT_EQ(spelling_frequency(Xapian::Database(path.string()), "bread"), 0U);
  const ArchiveWriter reopened(path, false);
  EXPECT_EQ(spelling_frequency(reopened.database(), "revolution"), 5U);
  EXPECT_EQ(spelling_frequency(reopened.database(), "bread"), 4U);
  EXPECT_EQ(spelling_frequency(reopened.database(), "strike"), 1U);
  EXPECT_EQ(reopened.metadata(schema::kMetaSpellingPending), "");
}

TEST(ArchiveWriterTest, RemoveFileDeletesEveryDocumentOfTheFile) {
  const testing::TempDir scratch;
  ArchiveWriter writer(scratch.path() / "a.archive", false);
  writer.begin_batch();
  writer.add("x", document_of_file("x", "x.txt", "1:1:1"));
  writer.add("x#c1", document_of_file("x#c1", "x.txt", ""));
  writer.add("y", document_of_file("y", "y.txt", "1:1:1"));
  writer.remove_file("x.txt");
  writer.commit_batch();
  EXPECT_EQ(writer.database().get_doccount(), 1U);
  EXPECT_EQ(writer.database().get_termfreq("Qy"), 1U);
}

TEST(ArchiveWriterTest, UpdateSignatureChangesOnlyTheArticles) {
  const testing::TempDir scratch;
  ArchiveWriter writer(scratch.path() / "a.archive", false);
  writer.begin_batch();
  writer.add("x", document_of_file("x", "x.txt", "1:1:1"));
  writer.add("x#c1", document_of_file("x#c1", "x.txt", ""));
  writer.update_signature("x.txt", "1:9:1");
  writer.commit_batch();
  const auto& database = writer.database();
  EXPECT_EQ(
      database.get_document(*database.postlist_begin("Qx")).get_value(schema::kSlotFileSignature),
      "1:9:1");
  EXPECT_EQ(database.get_document(*database.postlist_begin("Qx#c1"))
                .get_value(schema::kSlotFileSignature),
            "");
}

std::string written_run(const Xapian::Database& database, const std::string& id) {
  return database.get_document(*database.postlist_begin("Q" + id)).get_value(schema::kSlotWrittenRun);
}

// Xapian counts metadata set to the value it holds as a change and commits
// a new revision; the writer skips it.
TEST(ArchiveWriterTest, ABatchThatChangesNothingMakesNoRevision) {
  const testing::TempDir scratch;
  const auto path = scratch.path() / "a.archive";
  {
    ArchiveWriter writer(path, false);
    writer.begin_batch();
    writer.set_metadata(schema::kMetaSchemaVersion, std::to_string(schema::kSchemaVersion));
    writer.add("x", document_of_file("x", "x.txt", "1:1:1"));
    writer.commit_batch();
  }
  const auto revision = [&] { return Xapian::Database(path.string()).get_revision(); };
  const auto first = revision();
  {
    ArchiveWriter writer(path, false);
    writer.begin_batch();
    writer.set_metadata(schema::kMetaSchemaVersion, std::to_string(schema::kSchemaVersion));
    writer.commit_batch();
    EXPECT_EQ(revision(), first);
    writer.begin_batch();
    writer.set_metadata(schema::kMetaConfig, "facet = party\n");
    writer.commit_batch();
    EXPECT_EQ(revision(), first + 1);
  }
  EXPECT_EQ(Xapian::Database(path.string()).get_metadata(std::string(schema::kMetaConfig)), "facet = party\n");
}

TEST(ArchiveWriterTest, EachRunStampsTheDocumentsItWritesWithItsNumber) {
  const testing::TempDir scratch;
  const auto path = scratch.path() / "a.archive";
  {
    ArchiveWriter writer(path, false);
    EXPECT_EQ(writer.run(), 1U);
    writer.begin_batch();
    writer.set_metadata(schema::kMetaSchemaVersion, std::to_string(schema::kSchemaVersion));
    writer.add("x", document_of_file("x", "x.txt", "1:1:1"));
    writer.add("y", document_of_file("y", "y.txt", "1:1:1"));
    writer.commit_batch();
  }
  {
    ArchiveWriter writer(path, false);  // a run that commits nothing keeps its number unused
    EXPECT_EQ(writer.run(), 2U);
  }
  {
    ArchiveWriter writer(path, false);
    EXPECT_EQ(writer.run(), 2U);
    writer.begin_batch();
    writer.replace("x", document_of_file("x", "x.txt", "1:1:1"));
    writer.update_signature("y.txt", "1:2:1");
    writer.add("z", document_of_file("z", "z.txt", "1:1:1"));
    writer.commit_batch();
    EXPECT_EQ(writer.metadata(schema::kMetaRun), "2");
  }
  const Xapian::Database database(path.string());
  EXPECT_EQ(written_run(database, "x"), "2");
  EXPECT_EQ(written_run(database, "y"), "2");
  EXPECT_EQ(written_run(database, "z"), "2");
  EXPECT_EQ(ArchiveWriter(path, false).run(), 3U);
  EXPECT_EQ(ArchiveWriter(path, true).run(), 1U);  // --full starts again
}

}  // namespace
}  // namespace samizdat::indexer
