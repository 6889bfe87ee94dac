// Regression: an archive whose text is compressed with a trained zstd
// dictionary must give back snippets and full texts (the dictionary's
// metadata key was once parsed through a dangling string_view, so no
// dictionary loaded and every search failed with "unknown zstd dictionary 1").
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

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

}  // namespace
}  // namespace samizdat::searcher
