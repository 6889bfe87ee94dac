#include "indexer/indexer.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "corpus/corpus_config.h"
#include "corpus/error.h"
#include "corpus/file_loader.h"
#include "corpus/schema.h"
#include "corpus/walker.h"
#include "tests/indexer/archive_probe.h"
#include "tests/temp_dir.h"

namespace samizdat::indexer {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

constexpr std::string_view kArticleJson = R"({
  "title": "On Strikes",
  "author": "V. I. Lenin",
  "date": "1899-05-01",
  "publication": "Rabochaya Mysl",
  "language": "en",
  "text": ["Strikes are breaking out all over the country.",
           "As Marx wrote, “the history of all hitherto existing society is the history of class struggles” (Communist Manifesto, 1848)."],
  "comments": ["A fine article.", {"text": "I disagree entirely.", "author": "Struve"}]
})";

constexpr std::string_view kPageTxt =
    "What Is To Be Done?\n\nThe workers need a newspaper of their own, published regularly.\n";

constexpr std::string_view kRecordsJsonl =
    R"({"title": "First record", "text": "Land to the peasants."})"
    "\n"
    R"({"title": "Second record", "text": "Bread to the hungry."})"
    "\n";

// A corpus folder, an archive path, and what runs reported.
class IndexerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    corpus_.write("a.json", kArticleJson);
    corpus_.write("b.txt", kPageTxt);
    corpus_.write("c/d.jsonl", kRecordsJsonl);
  }

  IndexSummary index(bool full = false, unsigned threads = 2, std::size_t batch = 10000) {
    IndexOptions options;
    options.archive = archive();
    options.corpus = corpus_.path();
    options.full = full;
    options.threads = threads;
    options.batch_documents = batch;
    skipped_.clear();
    warnings_.clear();
    return index_corpus(
        options,
        [this](const std::string& path, const std::string& reason) {
          skipped_[fs::path(path).lexically_relative(corpus_.path()).generic_string()] = reason;
        },
        {},
        [this](const std::string& path, const std::string& message) {
          warnings_[fs::path(path).lexically_relative(corpus_.path()).generic_string()] = message;
        });
  }

  [[nodiscard]] fs::path archive() const { return scratch_.path() / "test.archive"; }
  [[nodiscard]] std::set<std::string> ids() const {
    const auto ids = testing::archive_ids(archive());
    return {ids.begin(), ids.end()};
  }

  // Moves a file's mtime so the walk sees a change even within one clock tick.
  void touch(const std::string& relative) const {
    const auto path = corpus_.path() / relative;
    fs::last_write_time(path, fs::last_write_time(path) + std::chrono::seconds(5));
  }

  TempDir corpus_;
  TempDir scratch_;
  std::map<std::string, std::string> skipped_;
  std::map<std::string, std::string> warnings_;
};

const std::set<std::string> kAllIds = {"a", "a#c1", "a#c2", "a#q1", "b", "c/d/1", "c/d/2"};

TEST_F(IndexerTest, IndexesAFolderAndCountsDocumentsByType) {
  const auto summary = index();
  EXPECT_EQ(summary.files_seen, 3U);
  EXPECT_EQ(summary.files_indexed, 3U);
  EXPECT_EQ(summary.files_unchanged, 0U);
  EXPECT_EQ(summary.files_skipped, 0U);
  EXPECT_EQ(summary.errors, 0U);
  EXPECT_EQ(summary.articles, 4U);
  EXPECT_EQ(summary.comments, 2U);
  EXPECT_EQ(summary.quotations, 1U);
  EXPECT_EQ(summary.bytes_in, kArticleJson.size() + kPageTxt.size() + kRecordsJsonl.size());
  EXPECT_GT(summary.archive_bytes, 0U);
  EXPECT_EQ(ids(), kAllIds);
  EXPECT_TRUE(skipped_.empty());
}

TEST_F(IndexerTest, RecordsSchemaVersionAndConfigInTheArchive) {
  corpus_.write("samizdat.ini", "publication = Iskra\nfacet = party\n");
  (void)index();
  const Xapian::Database database(archive().string());
  EXPECT_EQ(database.get_metadata(std::string(corpus::schema::kMetaSchemaVersion)), "1");
  EXPECT_EQ(database.get_metadata(std::string(corpus::schema::kMetaConfig)),
            corpus::load_corpus_config(corpus_.path() / "samizdat.ini").to_ini());
  EXPECT_EQ(database.get_termfreq("XPUBiskra"), 3U);  // b.txt and both records
}

TEST_F(IndexerTest, SecondRunFindsEveryFileUnchanged) {
  (void)index();
  const auto summary = index();
  EXPECT_EQ(summary.files_seen, 3U);
  EXPECT_EQ(summary.files_unchanged, 3U);
  EXPECT_EQ(summary.files_indexed, 0U);
  EXPECT_EQ(summary.bytes_in, 0U);
  EXPECT_EQ(summary.articles + summary.comments + summary.quotations, 0U);
  EXPECT_EQ(ids(), kAllIds);
}

// A run that changes nothing commits nothing: the archive keeps its revision
// (servers keep their caches, the saved facet table stays current), and the
// run's number is left for the next run that writes.
TEST_F(IndexerTest, ARunThatChangesNothingLeavesTheArchiveAtItsRevision) {
  (void)index();
  const auto revision = [&] { return Xapian::Database(archive().string()).get_revision(); };
  const auto run = [&] {
    return Xapian::Database(archive().string()).get_metadata(std::string(corpus::schema::kMetaRun));
  };
  const auto first = revision();
  EXPECT_EQ(run(), "1");
  (void)index();
  (void)index();
  EXPECT_EQ(revision(), first);
  EXPECT_EQ(run(), "1");
  corpus_.write("e.txt", "Another Page\n\nAll power to the soviets.\n");
  (void)index();
  EXPECT_GT(revision(), first);
  EXPECT_EQ(run(), "2");
}

TEST_F(IndexerTest, EditedFileIsIndexedAgainWithoutItsOldChildren) {
  (void)index();
  std::string edited(kArticleJson);
  edited.replace(edited.find(R"("A fine article.", )"), 19, "");
  corpus_.write("a.json", edited);
  touch("a.json");
  const auto summary = index();
  EXPECT_EQ(summary.files_indexed, 1U);
  EXPECT_EQ(summary.files_unchanged, 2U);
  EXPECT_EQ(summary.comments, 1U);
  EXPECT_EQ(ids(), (std::set<std::string>{"a", "a#c1", "a#q1", "b", "c/d/1", "c/d/2"}));
  EXPECT_EQ(testing::archive_texts(archive()).at("a#c1"), "I disagree entirely.");
}

TEST_F(IndexerTest, TouchedFileWithTheSameContentIsRecognisedByItsHash) {
  (void)index();
  touch("b.txt");
  const auto touched = index();
  EXPECT_EQ(touched.files_unchanged, 3U);
  EXPECT_EQ(touched.files_indexed, 0U);
  EXPECT_EQ(touched.bytes_in, kPageTxt.size());  // read once to hash it
  const auto again = index();
  EXPECT_EQ(again.files_unchanged, 3U);
  EXPECT_EQ(again.bytes_in, 0U);  // its new mtime was recorded
  EXPECT_EQ(ids(), kAllIds);
}

TEST_F(IndexerTest, DeletedFileTakesItsCommentsAndQuotationsAlong) {
  (void)index();
  fs::remove(corpus_.path() / "a.json");
  const auto summary = index();
  EXPECT_EQ(summary.files_removed, 1U);
  EXPECT_EQ(summary.files_unchanged, 2U);
  EXPECT_EQ(ids(), (std::set<std::string>{"b", "c/d/1", "c/d/2"}));
  const Xapian::Database database(archive().string());
  EXPECT_EQ(database.get_termfreq("XPARENTa"), 0U);
}

TEST_F(IndexerTest, AddedFileIsIndexed) {
  (void)index();
  corpus_.write("e.txt", "Another Title\n\nA new page about the general strike.\n");
  const auto summary = index();
  EXPECT_EQ(summary.files_indexed, 1U);
  EXPECT_EQ(summary.files_unchanged, 3U);
  EXPECT_TRUE(ids().contains("e"));
}

TEST_F(IndexerTest, FullRunRebuildsEverything) {
  (void)index();
  const auto summary = index(true);
  EXPECT_EQ(summary.files_indexed, 3U);
  EXPECT_EQ(summary.files_unchanged, 0U);
  EXPECT_EQ(testing::archive_ids(archive()).size(), kAllIds.size());
  EXPECT_EQ(ids(), kAllIds);
}

TEST_F(IndexerTest, ChangedConfigReadsEveryFileAgain) {
  (void)index();
  corpus_.write("samizdat.ini", "publication = Iskra\n");
  const auto summary = index();
  EXPECT_EQ(summary.files_indexed, 3U);
  const Xapian::Database database(archive().string());
  EXPECT_EQ(database.get_termfreq("XPUBiskra"), 3U);
}

TEST_F(IndexerTest, AMetadataTableGivesItsFieldsAndAChangedTableReadsEveryFileAgain) {
  // A table with a readable extension is not read as a text.
  corpus_.write("about.txt", "file,speaker,party\nb.txt,Lenin,RSDLP\n");
  corpus_.write("samizdat.ini",
                "path.file = ([^/]+)$\ntable = about.txt\ntable.key.file = file\nfield.author = speaker\n"
                "facet = party\n");
  auto summary = index();
  EXPECT_EQ(summary.files_seen, 3U);
  EXPECT_EQ(summary.articles, 4U);
  EXPECT_EQ(warnings_.size(), 2U);  // a.json and c/d.jsonl have no row
  EXPECT_EQ(warnings_.at("c/d.jsonl"), "no row in about.txt for file=d.jsonl");
  {
    const Xapian::Database database(archive().string());
    EXPECT_EQ(database.get_termfreq("XAUTHORlenin"), 1U);
    EXPECT_EQ(database.get_termfreq("XFPARTY:rsdlp"), 1U);
  }
  EXPECT_EQ(index().files_indexed, 0U);
  corpus_.write("about.txt", "file,speaker,party\nb.txt,Plekhanov,RSDLP\n");
  summary = index();
  EXPECT_EQ(summary.files_indexed, 3U);
  const Xapian::Database database(archive().string());
  EXPECT_EQ(database.get_termfreq("XAUTHORlenin"), 0U);
  EXPECT_EQ(database.get_termfreq("XAUTHORplekhanov"), 1U);
}

TEST_F(IndexerTest, ConfigFormatsLimitWhichFilesAreRead) {
  TempDir corpus;
  corpus.write("a.json", kArticleJson);
  corpus.write("a.txt", kPageTxt);
  corpus.write("samizdat.ini", "formats = json\n");
  IndexOptions options;
  options.archive = archive();
  options.corpus = corpus.path();
  const auto summary = index_corpus(options, {}, {}, {});
  EXPECT_EQ(summary.files_seen, 1U);
  EXPECT_EQ(summary.files_skipped, 0U);  // a.txt, left out, does not clash with a.json's id
  EXPECT_EQ(summary.files_other, (std::map<std::string, std::uint64_t>{{".txt", 1}}));
  EXPECT_EQ(summary.articles, 1U);
  EXPECT_EQ(testing::archive_texts(archive()).at("a").substr(0, 7), "Strikes");
}

TEST_F(IndexerTest, FilesOfOtherTypesAreCountedByExtensionNotSkipped) {
  corpus_.write("LICENSE", "Free to share.\n");
  corpus_.write("scans/p1.PDF", "%PDF-1.4");
  corpus_.write("scans/p2.pdf", "%PDF-1.4");
  const auto summary = index();
  EXPECT_EQ(summary.files_seen, 3U);
  EXPECT_EQ(summary.files_skipped, 0U);
  EXPECT_EQ(summary.files_other, (std::map<std::string, std::uint64_t>{{"", 1}, {".pdf", 2}}));
  EXPECT_EQ(ids(), kAllIds);
  EXPECT_TRUE(skipped_.empty());
}

TEST_F(IndexerTest, AFortuneFileBecomesItsQuotations) {
  corpus_.write("fortunes", "All belongs to all.\n\t\t-- Peter Kropotkin\n%\nA saying.\n%\n");
  const auto summary = index();
  EXPECT_EQ(summary.files_indexed, 4U);
  EXPECT_EQ(summary.quotations, 3U);
  EXPECT_TRUE(summary.files_other.empty());
  auto expected = kAllIds;
  expected.insert({"fortunes", "fortunes#q1", "fortunes#q2"});
  EXPECT_EQ(ids(), expected);
  const Xapian::Database database(archive().string());
  EXPECT_EQ(database.get_termfreq("XAUTHORpeter kropotkin"), 1U);
}

TEST_F(IndexerTest, FilesOfAFormatNoLongerReadLeaveTheArchive) {
  (void)index();
  corpus_.write("samizdat.ini", "formats = json\n");
  const auto summary = index();
  EXPECT_EQ(summary.files_seen, 2U);
  EXPECT_EQ(summary.files_removed, 1U);
  EXPECT_FALSE(ids().contains("b"));
  EXPECT_TRUE(ids().contains("c/d/1"));
}

TEST_F(IndexerTest, StoredTextIsByteIdenticalAfterDecompression) {
  (void)index();
  std::map<std::string, std::string> expected;
  const corpus::CorpusConfig config;
  for (const auto& entry : corpus::walk_corpus(corpus_.path(), {}).files) {
    for (const auto& document : corpus::load_file(entry.path, entry.relative, config).documents) {
      expected[document.id] = document.text;
    }
  }
  EXPECT_EQ(testing::archive_texts(archive()), expected);
}

TEST_F(IndexerTest, TrainsADictionaryOnALargeEnoughCorpusAndRecordsItsId) {
  for (int i = 0; i < 300; ++i) {
    corpus_.write("many/" + std::to_string(i) + ".txt",
                  "Title " + std::to_string(i) + "\n\nThe congress of the party number " +
                      std::to_string(i * 7) + " met in the hall of the trade union to discuss " +
                      "the strike, the newspaper and the land question in district " +
                      std::to_string(i % 13) + ".\n");
  }
  (void)index();
  const Xapian::Database database(archive().string());
  ASSERT_EQ(database.get_metadata(std::string(corpus::schema::kMetaDictionaryCurrent)), "1");
  EXPECT_FALSE(
      database.get_metadata(std::string(corpus::schema::kMetaDictionaryPrefix) + "1").empty());
  const auto stored = corpus::decode_stored_document(
      database.get_document(*database.postlist_begin("Qmany/42")).get_data());
  EXPECT_EQ(stored.dictionary_id, 1U);
  EXPECT_NE(testing::archive_texts(archive()).at("many/42").find("number 294"), std::string::npos);
}

TEST_F(IndexerTest, ThreadsAndBatchesDoNotChangeTheArchive) {
  for (int i = 0; i < 40; ++i) {
    corpus_.write("n/" + std::to_string(i) + ".txt", "Page " + std::to_string(i) + "\n\nText.\n");
  }
  (void)index(false, 1, 10000);
  const auto one_thread = testing::archive_ids(archive());
  (void)index(true, 4, 3);
  EXPECT_EQ(testing::archive_ids(archive()), one_thread);
}

TEST_F(IndexerTest, BadInputsAreSkippedOrRepairedAndNothingIndexedIsLost) {
  (void)index();
  corpus_.write("bad/binary.txt", std::string("\x7f"
                                              "ELF\0\0\0\0\x01\x02\x03",
                                              12));
  corpus_.write("bad/empty.txt", "");
  corpus_.write("bad/broken.json", R"({"title": "unfinished)");
  corpus_.write("bad/latin1.txt", "Caf\xe9 Title\n\nA caf\xe9 with bad bytes.\n");
  fs::create_directory_symlink("..", corpus_.path() / "bad" / "loop");
  {
    std::ofstream huge(corpus_.path() / "bad" / "huge.txt", std::ios::binary);
    huge.seekp(200 * 1024 * 1024 - 1);
    huge.put('x');  // a sparse 200 MB file without a newline
  }
  // A file that was good and now is broken keeps its documents.
  corpus_.write("c/d.jsonl", "{not json at all\n");
  touch("c/d.jsonl");
  const auto summary = index();
  fs::remove(corpus_.path() / "bad" / "huge.txt");
  EXPECT_EQ(summary.files_indexed, 1U);  // latin1.txt, repaired
  EXPECT_EQ(summary.files_skipped, 6U);  // binary, empty, broken, huge, loop, d.jsonl
  EXPECT_EQ(summary.errors, 6U);
  EXPECT_EQ(skipped_.count("bad/binary.txt"), 1U);
  EXPECT_EQ(skipped_.count("bad/empty.txt"), 1U);
  EXPECT_EQ(skipped_.count("bad/broken.json"), 1U);
  EXPECT_EQ(skipped_.count("bad/huge.txt"), 1U);
  EXPECT_EQ(skipped_.count("bad/loop"), 1U);
  EXPECT_EQ(skipped_.count("c/d.jsonl"), 1U);
  EXPECT_EQ(skipped_["bad/binary.txt"], "binary file");
  EXPECT_EQ(skipped_["bad/empty.txt"], "empty file");
  EXPECT_EQ(warnings_.count("bad/latin1.txt"), 1U);
  auto all = kAllIds;
  all.insert("bad/latin1");
  EXPECT_EQ(ids(), all);
}

TEST_F(IndexerTest, RefusesAnArchiveWithAnotherSchemaVersion) {
  (void)index();
  {
    Xapian::WritableDatabase database(archive().string());
    database.set_metadata(std::string(corpus::schema::kMetaSchemaVersion), "99");
    database.commit();
  }
  try {
    (void)index();
    FAIL() << "no error";
  } catch (const ArchiveError& error) {
    EXPECT_EQ(std::string(error.what()),
              "cannot update archive '" + archive().string() +
                  "': it has schema version 99, this samizdat-index writes version 1; rebuild it "
                  "with --full into a new archive");
  }
  EXPECT_EQ(ids(), kAllIds);  // untouched
  EXPECT_EQ(index(true).files_indexed, 3U);
}

TEST_F(IndexerTest, MissingCorpusIsAnInputErrorAndCreatesNoArchive) {
  IndexOptions options;
  options.archive = archive();
  options.corpus = corpus_.path() / "missing";
  EXPECT_THROW((void)index_corpus(options, {}), InputError);
  EXPECT_FALSE(fs::exists(archive()));
}

}  // namespace
}  // namespace samizdat::indexer
