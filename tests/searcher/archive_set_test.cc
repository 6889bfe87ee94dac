#include "searcher/archive_set.h"

#include <filesystem>
#include <map>
#include <memory>

#include <gtest/gtest.h>
#include <xapian.h>

#include "corpus/error.h"
#include "corpus/schema.h"
#include "searcher/searcher.h"
#include "tests/searcher/archive_fixture.h"
#include "tests/searcher/tcp_server.h"

namespace samizdat::searcher {
namespace {

using testing::fixture_records;
using testing::FixtureRecord;
using testing::TcpServer;


// What a search returns, with ties in rank made irrelevant.
struct Outcome {
  std::uint64_t total = 0;
  std::map<std::string, std::pair<double, std::string>> score_and_snippet;
  std::map<std::string, FacetCounts> facets;
  std::map<std::string, std::uint64_t> timeline;
};

[[nodiscard]] Outcome search_all(const std::vector<std::string>& databases, const std::string& query) {
  Searcher searcher(databases);
  SearchRequest request;
  request.query = query;
  request.limit = 100;
  request.facets = {"all"};
  request.timeline = true;
  const auto response = searcher.search(request);
  Outcome outcome{response.total, {}, response.facets, response.timeline};
  for (const auto& hit : response.results) outcome.score_and_snippet[hit.id] = {hit.score, hit.snippet};
  return outcome;
}

void expect_same(const Outcome& actual, const Outcome& expected) {
  EXPECT_EQ(actual.total, expected.total);
  EXPECT_EQ(actual.facets, expected.facets);
  EXPECT_EQ(actual.timeline, expected.timeline);
  ASSERT_EQ(actual.score_and_snippet.size(), expected.score_and_snippet.size());
  for (const auto& [id, score_and_snippet] : expected.score_and_snippet) {
    ASSERT_TRUE(actual.score_and_snippet.contains(id)) << id;
    EXPECT_NEAR(actual.score_and_snippet.at(id).first, score_and_snippet.first, 1e-9) << id;
    EXPECT_EQ(actual.score_and_snippet.at(id).second, score_and_snippet.second) << id;
  }
}

class ArchiveSetTest : public testing::SplitArchivesTest {
 protected:
  static void expect_error(const std::vector<std::string>& databases, const std::string& message) {
    try {
      const Searcher searcher(databases);
      ADD_FAILURE() << "opened " << databases.front();
    } catch (const ArchiveError& error) {
      EXPECT_EQ(error.what(), message);
    }
  }
};

TEST_F(ArchiveSetTest, TwoArchivesSearchLikeOneHoldingBoth) {
  for (const std::string query : {"revolution", "soviets OR constitution", ""}) {
    expect_same(search_all({first_, second_}, query), search_all({whole_}, query));
  }
}

TEST_F(ArchiveSetTest, ShowsDocumentsFromEitherArchive) {
  Searcher searcher({first_, second_});
  for (const auto& record : fixture_records()) {
    const auto view = searcher.show(record.id);
    ASSERT_TRUE(view) << record.id;
    EXPECT_EQ(view->document.text, record.text);
    EXPECT_EQ(view->comments.size(), record.comments.size());
  }
}

TEST_F(ArchiveSetTest, StubFileListsArchivesAsOne) {
  const auto stub = directory_->write("both.stub", "auto " + first_ + "\nauto " + second_ + "\n");
  expect_same(search_all({stub.string()}, "revolution"), search_all({whole_}, "revolution"));
  Searcher searcher({stub.string()});
  EXPECT_EQ(searcher.show(fixture_records().back().id)->document.text, fixture_records().back().text);
}

TEST_F(ArchiveSetTest, OpensAStubOfLocalFoldersAsItsShards) {
  namespace fs = std::filesystem;
  // Paths relative to the stub's folder, a comment and a blank line, as
  // Xapian reads them.
  const auto stub = directory_->write(
      "stubs/local.stub", "# two shards\nauto ../" + fs::path(first_).filename().string() +
                              "\n\n  glass   " + second_ + "  \n");
  const ArchiveSet archives({stub.string()});
  ASSERT_EQ(archives.entries().size(), 2U);
  EXPECT_TRUE(fs::equivalent(archives.entries()[0].name, first_));
  EXPECT_EQ(archives.entries()[1].name, second_);
  EXPECT_EQ(archives.local_shards().size(), 2U);
  EXPECT_FALSE(archives.one_local_database());
  EXPECT_EQ(archives.database().get_doccount(), Xapian::Database(whole_).get_doccount());
  expect_same(search_all({stub.string()}, "revolution"), search_all({whole_}, "revolution"));
}

TEST_F(ArchiveSetTest, LeavesOtherStubsToXapian) {
  const auto inner = directory_->write("inner.stub", "auto " + second_ + "\n");
  const auto nested = directory_->write("nested.stub", "auto " + first_ + "\nauto " + inner.string() + "\n");
  const ArchiveSet archives({nested.string()});
  ASSERT_EQ(archives.entries().size(), 1U);
  EXPECT_EQ(archives.database().size(), 2U);
  EXPECT_TRUE(archives.local_shards().empty());
  expect_same(search_all({nested.string()}, "revolution"), search_all({whole_}, "revolution"));
}

TEST_F(ArchiveSetTest, SearchesARemoteShardThroughXapianTcpsrv) {
  const TcpServer server(second_);
  expect_same(search_all({first_, server.address()}, "revolution"), search_all({whole_}, "revolution"));
}

TEST_F(ArchiveSetTest, TwoRemoteShardsSearchLikeTheSingleArchive) {
  const TcpServer first(first_);
  const TcpServer second(second_);
  for (const std::string query : {"revolution", "soviets OR constitution", ""}) {
    expect_same(search_all({first.address(), second.address()}, query), search_all({whole_}, query));
  }
}

void expect_same_stats(const ArchiveStats& actual, const ArchiveStats& expected) {
  EXPECT_EQ(actual.documents, expected.documents);
  EXPECT_EQ(actual.counts, expected.counts);
  EXPECT_EQ(actual.raw_text_bytes, expected.raw_text_bytes);
  EXPECT_EQ(actual.compressed_text_bytes, expected.compressed_text_bytes);
}

TEST_F(ArchiveSetTest, RemoteShardsHaveTheStatisticsOfTheSingleArchive) {
  const TcpServer first(first_);
  const TcpServer second(second_);
  Searcher whole({whole_});
  const auto expected = whole.stats();
  ASSERT_GT(expected.raw_text_bytes, expected.compressed_text_bytes);
  ASSERT_GT(expected.compressed_text_bytes, 0U);
  Searcher remote({first.address(), second.address()});
  expect_same_stats(remote.stats(), expected);
}

TEST_F(ArchiveSetTest, RemoteStatisticsReadDocumentsWrittenBeforeTheSizesSlot) {
  const auto old = directory_->path() / "first-without-sizes";
  std::filesystem::copy(first_, old);
  {
    Xapian::WritableDatabase database(old.string(), Xapian::DB_OPEN);
    const Xapian::docid id = *database.postlist_begin("");
    Xapian::Document document = database.get_document(id);
    ASSERT_FALSE(document.get_value(corpus::schema::kSlotTextSizes).empty());
    document.remove_value(corpus::schema::kSlotTextSizes);
    database.replace_document(id, document);
    database.commit();
  }
  const TcpServer server(old.string());
  Searcher remote({server.address()});
  Searcher local({first_});
  expect_same_stats(remote.stats(), local.stats());
}

TEST_F(ArchiveSetTest, ReportsArchivesThatCannotBeOpened) {
  const std::string missing = (directory_->path() / "missing").string();
  expect_error({whole_, missing}, "cannot open archive '" + missing + "': Couldn't stat '" + missing + "'");
  expect_error({"tcp://localhost"}, "cannot open archive 'tcp://localhost': expected tcp://HOST:PORT");
  expect_error({"tcp://localhost:http"}, "cannot open archive 'tcp://localhost:http': expected tcp://HOST:PORT");
  try {
    const Searcher searcher({});
    ADD_FAILURE() << "opened nothing";
  } catch (const InputError& error) {
    EXPECT_STREQ(error.what(), "no archive given: use --db ARCHIVE");
  }
}

TEST_F(ArchiveSetTest, ReadsAnArchiveLeftAtOldByAnIndexerKilledWhileSwappingIt) {
  testing::TempDir directory;
  const auto archive = directory.path() / "swapped";
  std::filesystem::copy(whole_, directory.path() / "swapped.old",
                        std::filesystem::copy_options::recursive);
  expect_same(search_all({archive.string()}, "revolution"), search_all({whole_}, "revolution"));
}

TEST_F(ArchiveSetTest, RefusesOtherSchemaVersions) {
  const std::string other = (directory_->path() / "other").string();
  const std::string plain = (directory_->path() / "plain").string();
  {
    Xapian::WritableDatabase database(other, Xapian::DB_CREATE);
    database.set_metadata(std::string(corpus::schema::kMetaSchemaVersion), "99");
    database.commit();
    Xapian::WritableDatabase(plain, Xapian::DB_CREATE).commit();
  }
  expect_error({other}, "archive '" + other + "' has schema version 99, this program reads version " +
                            std::to_string(corpus::schema::kSchemaVersion) + ": rebuild it with samizdat-index --full");
  expect_error({plain}, "archive '" + plain + "' is not a samizdat archive (no schema version; expected " +
                            std::to_string(corpus::schema::kSchemaVersion) + "): build it with samizdat-index");
}

TEST_F(ArchiveSetTest, ReopenSeesNewCommits) {
  testing::TempDir directory;
  const auto& records = fixture_records();
  const auto archive = testing::build_archive(directory, "grow", {records.front()}).string();
  Searcher searcher({archive});
  SearchRequest request;
  EXPECT_EQ(searcher.search(request).total, 1 + records.front().comments.size());
  static_cast<void>(testing::build_archive(directory, "grow", {records.front(), records[1]}));
  searcher.reopen();
  EXPECT_EQ(searcher.search(request).total, 2 + records.front().comments.size() + records[1].comments.size());
}

TEST_F(ArchiveSetTest, CommentsTakeTheTitleOfTheArticleInTheirOwnArchive) {
  // Ids are unique within an archive only: both archives hold "1917/a".
  testing::TempDir directory;
  FixtureRecord first{"1917/a", "Peace", "An article.", "1917-11-08", {}, "", "en", {}, "", {"Bread, first."}};
  FixtureRecord second = first;
  second.title = "Land";
  second.comments = {"Bread, second."};
  Searcher searcher({testing::build_archive(directory, "first", {first}).string(),
                     testing::build_archive(directory, "second", {second}).string()});
  SearchRequest request;
  request.query = "bread";
  const auto response = searcher.search(request);
  ASSERT_EQ(response.results.size(), 2u);
  std::map<std::string, std::string> parent_title_of;
  for (const auto& hit : response.results) parent_title_of[hit.snippet] = hit.parent_title;
  EXPECT_EQ(parent_title_of.at("<mark>Bread</mark>, first."), "Peace");
  EXPECT_EQ(parent_title_of.at("<mark>Bread</mark>, second."), "Land");
}

}  // namespace
}  // namespace samizdat::searcher
