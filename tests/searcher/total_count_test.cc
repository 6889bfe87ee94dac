#include <memory>
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

#include "indexer/indexer.h"
#include "searcher/searcher.h"
#include "tests/temp_dir.h"

namespace samizdat::searcher {
namespace {

// Past twice the 10,000 a plain total is exact up to: a search with a
// core free counts on two threads at once, and each may go on with what
// was left of the 10,000 when it began a slice.
constexpr int kRecords = 25000;

class TotalCountTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    directory_ = std::make_unique<testing::TempDir>();
    std::string lines;
    // The first records say it twice: they rank first, and Xapian leaves
    // the phrase unchecked in records that could not outrank them.
    for (int i = 0; i < kRecords; ++i) {
      const std::string text = i < 100 ? "Bread and roses, bread and roses." : "Bread and roses.";
      lines += R"({"id": "r)" + std::to_string(i) + R"(", "title": "Bread )" + std::to_string(i) + R"(", "text": ")" +
               text + R"(", "date": ")" + std::to_string(1900 + i % 100) + "\"}\n";
    }
    directory_->write("corpus/records.jsonl", lines);
    indexer::IndexOptions options;
    options.archive = directory_->path() / "archive";
    options.corpus = directory_->path() / "corpus";
    const auto skipped = [](const std::string& path, const std::string& reason) {
      throw std::runtime_error("indexer skipped " + path + ": " + reason);
    };
    static_cast<void>(indexer::index_corpus(options, skipped));
  }
  static void TearDownTestSuite() { directory_.reset(); }

  // By default a phrase: its number of matches is known only by checking
  // them (a single word's is its term frequency, exact at no cost).
  [[nodiscard]] static SearchResponse search(SearchRequest request) {
    if (request.query.empty()) request.query = "\"bread and roses\"";
    Searcher searcher({(directory_->path() / "archive").string()});
    return searcher.search(request);
  }

  static inline std::unique_ptr<testing::TempDir> directory_;
};

TEST_F(TotalCountTest, PlainSearchGivesALowerBoundPastTenThousand) {
  const auto response = search({});
  EXPECT_FALSE(response.total_exact);
  EXPECT_GE(response.total, 10000U);
  EXPECT_LT(response.total, static_cast<std::uint64_t>(kRecords));
  EXPECT_EQ(response.results.size(), 10U);
}

TEST_F(TotalCountTest, ASingleWordIsCountedExactlyPastTenThousand) {
  SearchRequest word;
  word.query = "roses";
  const auto response = search(word);
  EXPECT_TRUE(response.total_exact);
  EXPECT_EQ(response.total, static_cast<std::uint64_t>(kRecords));
  EXPECT_EQ(response.results.size(), 10U);
}

TEST_F(TotalCountTest, FacetsOrATimelineCountEveryMatch) {
  SearchRequest with_facet;
  with_facet.facets = {"type"};
  const auto faceted = search(with_facet);
  EXPECT_TRUE(faceted.total_exact);
  EXPECT_EQ(faceted.total, static_cast<std::uint64_t>(kRecords));
  EXPECT_EQ(faceted.facets.at("type").front().second, static_cast<std::uint64_t>(kRecords));
  SearchRequest with_timeline;
  with_timeline.timeline = true;
  const auto timeline = search(with_timeline);
  EXPECT_TRUE(timeline.total_exact);
  EXPECT_EQ(timeline.timeline.at("1917"), static_cast<std::uint64_t>(kRecords / 100 + (17 < kRecords % 100)));
}

}  // namespace
}  // namespace samizdat::searcher
