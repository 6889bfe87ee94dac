// Regression: an archive whose text is compressed with a trained zstd
// dictionary must give back snippets and full texts (the dictionary's
// metadata key was once parsed through a dangling string_view, so no
// dictionary loaded and every search failed with "unknown zstd dictionary 1").
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

#include "corpus/error.h"
#include "corpus/schema.h"
#include "searcher/searcher.h"
#include "tests/searcher/archive_fixture.h"

namespace samizdat::searcher {
namespace {

// Enough varied records for the indexer to train a dictionary on them.
std::vector<testing::FixtureRecord> many_records() {
  std::vector<testing::FixtureRecord> records;
  for (int i = 0; i < 60; ++i) {
    testing::FixtureRecord record;
    record.id = "bulk/" + std::to_string(i);
    record.title = "Report number " + std::to_string(i);
    for (int j = 0; j < 12; ++j) {
      record.text += "Delegate " + std::to_string(i * 31 + j) + " spoke of the harvest, the strike in mill " +
                     std::to_string(j * 7 + i) + " and the council of workers. ";
    }
    record.date = std::to_string(1900 + i);
    records.push_back(std::move(record));
  }
  return records;
}

TEST(StoredTextTest, DictionaryCompressedTextGivesSnippetsAndFullText) {
  const testing::TempDir directory;
  const auto records = many_records();
  const auto archive = testing::build_archive(directory, "bulk", records);
  ASSERT_FALSE(Xapian::Database(archive.string())
                   .get_metadata(std::string(corpus::schema::kMetaDictionaryCurrent))
                   .empty());

  Searcher searcher({archive.string()});
  SearchRequest request;
  request.query = "harvest";
  const SearchResponse response = searcher.search(request);
  ASSERT_EQ(response.total, records.size());
  EXPECT_NE(response.results.front().snippet.find("<mark>harvest</mark>"), std::string::npos);

  const auto view = searcher.show("bulk/7");
  ASSERT_TRUE(view.has_value());
  EXPECT_EQ(view->document.text, records[7].text);
}

// Xapian 1.4 numbers a document of a combined database within its own shard
// (Document::get_docid()), so the text was once decoded with the other
// archive's dictionaries: "unknown zstd dictionary 1".
TEST(StoredTextTest, TwoArchivesDecodeEachTextWithItsOwnArchivesDictionary) {
  const testing::TempDir directory;
  const auto records = many_records();
  const auto bulk = testing::build_archive(directory, "bulk", records).string();
  const auto small = testing::build_archive(directory, "small", {testing::fixture_records().front()}).string();
  ASSERT_TRUE(Xapian::Database(small).get_metadata(std::string(corpus::schema::kMetaDictionaryCurrent)).empty());

  for (const auto& databases : {std::vector<std::string>{small, bulk}, std::vector<std::string>{bulk, small}}) {
    Searcher searcher(databases);
    SearchRequest request;
    request.query = "harvest";
    request.limit = records.size();
    const SearchResponse response = searcher.search(request);
    ASSERT_EQ(response.results.size(), records.size());
    for (const auto& hit : response.results) {
      EXPECT_NE(hit.snippet.find("<mark>harvest</mark>"), std::string::npos) << hit.id;
    }
    EXPECT_EQ(searcher.show("bulk/7")->document.text, records[7].text);
  }
}

// The dictionaries are read by the first search that shows a text, so one
// that shows none does not pay for them (nor fail on a damaged one).
TEST(StoredTextTest, DictionariesAreReadOnlyWhenATextIsShown) {
  const testing::TempDir directory;
  const auto records = many_records();
  const auto archive = testing::build_archive(directory, "bulk", records).string();
  {
    Xapian::WritableDatabase database(archive);
    // zstd's dictionary magic number followed by entropy tables it rejects.
    database.set_metadata(std::string(corpus::schema::kMetaDictionaryPrefix) + "1",
                          std::string("\x37\xA4\x30\xEC\x01\x00\x00\x00", 8) + std::string(64, '\xff'));
    database.commit();
  }
  Searcher searcher({archive});
  SearchRequest request;
  request.query = "harvest";
  request.snippets = false;
  EXPECT_EQ(searcher.search(request).total, records.size());
  request.snippets = true;
  try {
    static_cast<void>(searcher.search(request));
    ADD_FAILURE() << "decoded a text with a damaged dictionary";
  } catch (const CodecError& error) {
    EXPECT_STREQ(error.what(), "cannot load zstd dictionary 1");
  }
}

}  // namespace
}  // namespace samizdat::searcher
