#include "indexer/writer_pool.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "corpus/error.h"
#include "corpus/schema.h"
#include "indexer/compaction.h"
#include "indexer/indexer.h"
#include "tests/temp_dir.h"

namespace samizdat::indexer {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

// An article quoting the same passage as the others, so quotations of
// different files fall into one cluster, and a comment.
std::string article(int i) {
  return R"({"title": "Article )" + std::to_string(i) +
         R"(", "date": "1905-01-)" + std::to_string(10 + i % 18) +
         R"(", "language": "en", "text": ["Strikes spread to factory )" + std::to_string(i) +
         R"(.", "As Marx wrote, “the history of all hitherto existing society is the history of class struggles” (Communist Manifesto, 1848)."], "comments": ["Comment on )" +
         std::to_string(i) + R"(."]})";
}

// Everything a search can see of an archive, keyed by document id.
std::map<std::string, std::string> dump(const fs::path& archive) {
  const Xapian::Database database(archive.string());
  std::map<std::string, std::string> result;
  const std::string id_prefix(corpus::schema::kPrefixId);
  for (auto id = database.allterms_begin(id_prefix); id != database.allterms_end(id_prefix); ++id) {
    const Xapian::Document document = database.get_document(*database.postlist_begin(*id));
    std::string text = document.get_data() + "\n";
    for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
      text += *term + ":" + std::to_string(term.get_wdf()) + "@";
      for (auto pos = term.positionlist_begin(); pos != term.positionlist_end(); ++pos) {
        text += std::to_string(*pos) + ",";
      }
      text += " ";
    }
    for (auto value = document.values_begin(); value != document.values_end(); ++value) {
      text += "\n" + std::to_string(value.get_valueno()) + "=" + *value;
    }
    result[*id] = text;
  }
  for (auto word = database.spellings_begin(); word != database.spellings_end(); ++word) {
    result["spelling " + *word] = std::to_string(word.get_termfreq());
  }
  for (auto key = database.metadata_keys_begin(); key != database.metadata_keys_end(); ++key) {
    result["metadata " + *key] = database.get_metadata(*key);
  }
  result["doccount"] = std::to_string(database.get_doccount());
  return result;
}

class WriterPoolTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (int i = 0; i < 30; ++i) corpus_.write("a/" + std::to_string(i) + ".json", article(i));
    corpus_.write("b.txt", "A page\n\nWith café and naïve words.\n");
  }

  IndexSummary index(const fs::path& archive, unsigned writers) const {
    IndexOptions options;
    options.archive = archive;
    options.corpus = corpus_.path();
    options.full = true;
    options.threads = 2;
    options.writers = writers;
    options.batch_documents = 7;
    return index_corpus(options, {});
  }

  TempDir corpus_;
  TempDir scratch_;
};

TEST_F(WriterPoolTest, ParallelWritersGiveTheSameArchiveAsOneWriter) {
  const auto one = scratch_.path() / "one.archive";
  const auto three = scratch_.path() / "three.archive";
  const auto one_summary = index(one, 1);
  const auto three_summary = index(three, 3);
  EXPECT_EQ(three_summary.files_indexed, one_summary.files_indexed);
  EXPECT_EQ(three_summary.quotations, 30U);
  const auto expected = dump(one);
  EXPECT_EQ(dump(three), expected);
  EXPECT_EQ(expected.at("doccount"), "91");  // 30 articles, comments, quotations; one page
  // Quotations written by every part are tagged with their cluster.
  const std::string cluster_value = "\n" + std::to_string(corpus::schema::kSlotCluster) + "=q";
  EXPECT_EQ(std::ranges::count_if(expected, [&](const auto& entry) {
              return entry.second.find(cluster_value) != std::string::npos;
            }),
            30);
  EXPECT_NE(expected.at("metadata " + std::string(corpus::schema::kMetaSchemaVersion)), "");
}

TEST_F(WriterPoolTest, ParallelBuildIsDeterministic) {
  const auto first = scratch_.path() / "first.archive";
  const auto second = scratch_.path() / "second.archive";
  (void)index(first, 3);
  (void)index(second, 3);
  const Xapian::Database one(first.string());
  const Xapian::Database two(second.string());
  ASSERT_EQ(one.get_lastdocid(), two.get_lastdocid());
  for (Xapian::docid id = 1; id <= one.get_lastdocid(); ++id) {
    EXPECT_EQ(one.get_document(id).get_data(), two.get_document(id).get_data());
  }
}

TEST_F(WriterPoolTest, MergeRemovesThePartsAndAnEarlierRunsLeftovers) {
  const auto archive = scratch_.path() / "x.archive";
  fs::create_directories(part_path(archive, 5));
  (void)index(archive, 2);
  EXPECT_TRUE(fs::exists(archive / "iamglass"));
  for (unsigned k = 1; k < kMaxWriters; ++k) EXPECT_FALSE(fs::exists(part_path(archive, k))) << k;
}

TEST_F(WriterPoolTest, UnwritablePartIsAnArchiveError) {
  const auto archive = scratch_.path() / "y.archive";
  const auto part = part_path(archive, 1);
  (void)scratch_.write(part.filename().string() + "/stray.txt", "not an archive");
  try {
    const WriterPool pool(archive, 1, 10);
    FAIL() << "no error";
  } catch (const ArchiveError& error) {
    EXPECT_EQ(std::string(error.what()),
              "cannot open archive '" + part.string() +
                  "': the folder is not empty and holds no Xapian database");
  }
}

TEST_F(WriterPoolTest, MissingPartIsAMergeError) {
  const auto archive = scratch_.path() / "z.archive";
  (void)index(archive, 1);
  try {
    merge_parts(archive, {scratch_.path() / "missing"});
    FAIL() << "no error";
  } catch (const ArchiveError& error) {
    EXPECT_TRUE(std::string(error.what()).starts_with("cannot merge the parts of archive '" +
                                                      archive.string() + "': "))
        << error.what();
  }
  EXPECT_TRUE(fs::exists(archive / "iamglass"));
}

}  // namespace
}  // namespace samizdat::indexer
