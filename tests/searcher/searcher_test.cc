#include "searcher/searcher.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corpus/date.h"
#include "corpus/error.h"
#include "tests/searcher/archive_fixture.h"

namespace samizdat::searcher {
namespace {

using testing::fixture_records;
using testing::FixtureRecord;
using Counts = std::map<std::string, std::uint64_t>;

[[nodiscard]] std::vector<std::string> ids_of(const SearchResponse& response) {
  std::vector<std::string> ids;
  for (const auto& hit : response.results) ids.push_back(hit.id);
  return ids;
}

[[nodiscard]] Counts as_map(const FacetCounts& counts) { return Counts(counts.begin(), counts.end()); }

// The brute-force count of a record field over the fixture articles.
template <typename Values>
[[nodiscard]] Counts count_records(Values values_of) {
  Counts counts;
  for (const auto& record : fixture_records()) {
    for (const std::string& value : values_of(record)) {
      if (!value.empty()) ++counts[value];
    }
  }
  return counts;
}

[[nodiscard]] std::string first_day(const FixtureRecord& record) {
  return corpus::parse_date(record.date)->first_day();
}

class SearcherTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    directory_ = std::make_unique<testing::TempDir>();
    archive_ = testing::build_archive(*directory_, "archive", fixture_records()).string();
  }
  static void TearDownTestSuite() { directory_.reset(); }

  [[nodiscard]] SearchResponse search(const std::string& query, SearchRequest request = {}) {
    request.query = query;
    return searcher_.search(request);
  }

  static inline std::unique_ptr<testing::TempDir> directory_;
  static inline std::string archive_;
  Searcher searcher_{{archive_}};
};

TEST_F(SearcherTest, FindsArticlesByWordsAndRanksTitleMatchesFirst) {
  const auto response = search("revolution");
  ASSERT_FALSE(response.results.empty());
  EXPECT_EQ(response.results.front().id, "1917/october");  // title and text
  const auto ids = ids_of(response);
  EXPECT_NE(std::ranges::find(ids, "1919/spartacus"), ids.end());
  EXPECT_EQ(std::ranges::find(ids, "1921/kronstadt"), ids.end());
  EXPECT_EQ(response.total, ids.size());
  EXPECT_TRUE(response.total_exact);
}

TEST_F(SearcherTest, FillsHitFieldsFromTheStoredDocument) {
  const auto response = search("title:october");
  ASSERT_EQ(response.results.size(), 1u);
  const SearchHit& hit = response.results.front();
  EXPECT_EQ(hit.id, "1917/october");
  EXPECT_EQ(hit.type, "article");
  EXPECT_EQ(hit.title, "The October Revolution");
  EXPECT_EQ(hit.date, "1917-10");
  EXPECT_EQ(hit.year, "1917");
  EXPECT_EQ(hit.publication, "The Militant");
  EXPECT_EQ(hit.authors, (std::vector<std::string>{"Leon Trotsky", "John Reed"}));
  EXPECT_EQ(hit.language, "en");
  EXPECT_EQ(hit.path, "1917/october.json");
  EXPECT_EQ(hit.parent, "");
  EXPECT_GT(hit.score, 0);
  EXPECT_EQ(hit.rank, 1u);
}

TEST_F(SearcherTest, MarksMatchesInSnippets) {
  const auto response = search("petrograd");
  ASSERT_EQ(response.results.size(), 2u);
  for (const auto& hit : response.results) {
    EXPECT_NE(hit.snippet.find("<mark>Petrograd</mark>"), std::string::npos) << hit.snippet;
  }
}

TEST_F(SearcherTest, EscapesHtmlInSnippets) {
  const auto response = search("barcelona");
  ASSERT_FALSE(response.results.empty());
  EXPECT_NE(response.results.front().snippet.find("<mark>Barcelona</mark> &amp; Catalonia"), std::string::npos)
      << response.results.front().snippet;
}

TEST_F(SearcherTest, SearchesChildrenWithTheirParent) {
  const auto response = search("murdered");
  ASSERT_EQ(response.results.size(), 1u);
  EXPECT_EQ(response.results.front().id, "1919/spartacus#c1");
  EXPECT_EQ(response.results.front().type, "comment");
  EXPECT_EQ(response.results.front().parent, "1919/spartacus");
  EXPECT_EQ(response.results.front().parent_title, "Order Reigns in Berlin");
}

TEST(SearcherLanguagesTest, SnippetsStemInTheLanguageOfTheirText) {
  // "Ленина" stems to "ленин" in Russian only: English leaves it whole.
  testing::TempDir directory;
  const FixtureRecord english{"en", "Memory", "We remember Lenin.", "1924-01-27", {}, "", "en", {}, "", {}};
  const FixtureRecord russian{"ru", "Память", "Сегодня хоронят Владимира Ильича Ленина.", "1924-01-27", {}, "", "ru",
                              {}, "", {}};
  Searcher searcher({testing::build_archive(directory, "archive", {english, russian}).string()});
  SearchRequest request;
  request.query = "ленин";
  const auto response = searcher.search(request);
  ASSERT_EQ(response.results.size(), 1u);
  EXPECT_EQ(response.results.front().snippet, "Сегодня хоронят Владимира Ильича <mark>Ленина</mark>.");
}

TEST_F(SearcherTest, LeavesTheParentTitleOfArticlesEmpty) {
  const auto response = search("horror");
  ASSERT_EQ(response.results.size(), 1u);
  EXPECT_EQ(response.results.front().id, "1919/spartacus");
  EXPECT_EQ(response.results.front().parent_title, "");
}

TEST_F(SearcherTest, CountsFacetsLikeABruteForceCount) {
  SearchRequest request;
  request.facets = {"all"};
  request.filters = {{"type", "article"}};
  const auto response = search("", request);
  EXPECT_EQ(response.total, fixture_records().size());
  EXPECT_TRUE(response.facets_exact);
  EXPECT_EQ(as_map(response.facets.at("author")), count_records([](const auto& r) { return r.authors; }));
  EXPECT_EQ(as_map(response.facets.at("tag")), count_records([](const auto& r) { return r.tags; }));
  EXPECT_EQ(as_map(response.facets.at("publication")),
            count_records([](const auto& r) { return std::vector{r.publication}; }));
  EXPECT_EQ(as_map(response.facets.at("party")), count_records([](const auto& r) { return std::vector{r.party}; }));
  EXPECT_EQ(as_map(response.facets.at("language")),
            count_records([](const auto& r) { return std::vector{r.language}; }));
  EXPECT_EQ(as_map(response.facets.at("year")),
            count_records([](const auto& r) { return std::vector{first_day(r).substr(0, 4)}; }));
  EXPECT_EQ(as_map(response.facets.at("decade")),
            count_records([](const auto& r) { return std::vector{corpus::parse_date(r.date)->decade()}; }));
  EXPECT_EQ(as_map(response.facets.at("type")), (Counts{{"article", fixture_records().size()}}));
}

TEST_F(SearcherTest, CountsEveryDocumentTypeWithoutFilters) {
  SearchRequest request;
  request.facets = {"type"};
  const auto counts = as_map(search("", request).facets.at("type"));
  std::uint64_t comments = 0;
  for (const auto& record : fixture_records()) comments += record.comments.size();
  EXPECT_EQ(counts.at("article"), fixture_records().size());
  EXPECT_EQ(counts.at("comment"), comments);
  EXPECT_EQ(counts.at("quotation"), 1u);
}

TEST_F(SearcherTest, OrdersFacetsByCountOrByValue) {
  SearchRequest request;
  request.facets = {"tag", "year"};
  request.filters = {{"type", "article"}};
  const auto response = search("", request);
  const auto& tags = response.facets.at("tag");
  ASSERT_GE(tags.size(), 2u);
  EXPECT_EQ(tags.front().first, "revolution");
  EXPECT_TRUE(std::ranges::is_sorted(tags, [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  }));
  EXPECT_TRUE(std::ranges::is_sorted(response.facets.at("year")));
  EXPECT_FALSE(response.facets.contains("type"));
}

TEST_F(SearcherTest, FacetsCountOnlyTheMatches) {
  SearchRequest request;
  request.facets = {"author"};
  const auto response = search("petrograd", request);
  EXPECT_EQ(as_map(response.facets.at("author")), (Counts{{"John Reed", 2}, {"Leon Trotsky", 1}}));
}

TEST_F(SearcherTest, TimelineCountsMatchesPerYear) {
  SearchRequest request;
  request.timeline = true;
  request.filters = {{"type", "article"}};
  const auto response = search("revolution OR soviets", request);
  std::map<std::string, std::uint64_t> expected;
  for (const auto& hit : response.results) ++expected[hit.year];
  EXPECT_EQ(response.timeline, expected);
  EXPECT_FALSE(response.facets.contains("year"));
}

TEST_F(SearcherTest, FiltersOrValuesOfAFieldAndAndFields) {
  SearchRequest request;
  request.filters = {{"author", "john reed"}};
  EXPECT_EQ(search("", request).total, 2u);
  request.filters = {{"author", "John Reed"}, {"author", "Emma Goldman"}};
  EXPECT_EQ(search("", request).total, 3u);
  request.filters = {{"author", "John Reed"}, {"pub", "the militant"}};
  EXPECT_EQ(ids_of(search("", request)), std::vector<std::string>{"1917/october"});
  request.filters = {{"party", "bolshevik"}, {"type", "article"}};
  EXPECT_EQ(search("", request).total, 2u);
  request.filters = {{"decade", "1910s"}, {"lang", "en"}, {"type", "article"}};
  EXPECT_EQ(search("", request).total, 4u);
}

TEST_F(SearcherTest, SortsByDateBothWays) {
  SearchRequest request;
  request.filters = {{"type", "article"}};
  request.sort = SortOrder::kDate;
  auto records = fixture_records();
  std::ranges::sort(records, [](const auto& a, const auto& b) { return first_day(a) < first_day(b); });
  std::vector<std::string> expected;
  for (const auto& record : records) expected.push_back(record.id);
  EXPECT_EQ(ids_of(search("", request)), expected);
  request.sort = SortOrder::kDateDescending;
  std::ranges::reverse(expected);
  EXPECT_EQ(ids_of(search("", request)), expected);
}

TEST_F(SearcherTest, PagesThroughResultsWithRanks) {
  SearchRequest request;
  request.sort = SortOrder::kDate;
  request.limit = 100;
  const auto all = ids_of(search("", request));
  std::vector<std::string> paged;
  request.limit = 3;
  for (request.offset = 0; request.offset < all.size(); request.offset += 3) {
    const auto page = search("", request);
    EXPECT_EQ(page.total, all.size());
    for (std::size_t i = 0; i < page.results.size(); ++i) EXPECT_EQ(page.results[i].rank, request.offset + i + 1);
    for (const auto& hit : page.results) paged.push_back(hit.id);
  }
  EXPECT_EQ(paged, all);
}

TEST_F(SearcherTest, SuggestsSpellingEvenWithoutResults) {
  const auto response = search("constitutoin");
  EXPECT_EQ(response.total, 0u);
  EXPECT_EQ(response.corrected, "constitution");
  EXPECT_FALSE(search("constitution").corrected);
}

TEST_F(SearcherTest, StemsInTheRequestedLanguage) {
  SearchRequest request;
  request.language = "de";
  EXPECT_EQ(ids_of(search("gespenster", request)), std::vector<std::string>{"1848/manifest"});
}

TEST_F(SearcherTest, ReportsBadQueriesAndFields) {
  const struct {
    std::string query;
    std::vector<std::pair<std::string, std::string>> filters;
    std::vector<std::string> facets;
    std::string message;
  } cases[] = {
      {"date:1917-13..1918", {}, {}, "cannot parse query 'date:1917-13..1918': date range endpoint '1917-13' is "
                                     "not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"},
      {"x", {{"colour", "red"}}, {}, "unknown filter field 'colour' (known: type, year, decade, publication, "
                                     "author, language, source, tag, cluster, party)"},
      {"x", {}, {"colour"}, "unknown facet field 'colour' (known: type, year, decade, publication, author, "
                            "language, source, tag, cluster, party)"},
  };
  for (const auto& test : cases) {
    SearchRequest request;
    request.filters = test.filters;
    request.facets = test.facets;
    try {
      static_cast<void>(search(test.query, request));
      ADD_FAILURE() << "accepted " << test.message;
    } catch (const InputError& error) {
      EXPECT_EQ(error.what(), test.message);
    }
  }
}

TEST_F(SearcherTest, ShowsADocumentWithItsChildrenInOrder) {
  const auto view = searcher_.show("1917/april-theses");
  ASSERT_TRUE(view);
  EXPECT_EQ(view->document.title, "The April Theses");
  EXPECT_EQ(view->document.text, fixture_records().front().text);
  ASSERT_EQ(view->comments.size(), 2u);
  EXPECT_EQ(view->comments[0].id, "1917/april-theses#c1");
  EXPECT_EQ(view->comments[1].id, "1917/april-theses#c2");
  EXPECT_EQ(view->comments[1].text, "Peace now, and bread for everyone!");
  EXPECT_TRUE(view->quotations.empty());
}

TEST_F(SearcherTest, ShowsQuotationsWithTheirSource) {
  const auto view = searcher_.show("1936/spain");
  ASSERT_TRUE(view);
  ASSERT_EQ(view->quotations.size(), 1u);
  EXPECT_EQ(view->quotations[0].id, "1936/spain#q1");
  EXPECT_EQ(view->quotations[0].source, "Toronto Star, 1936");
}

TEST_F(SearcherTest, ShowOfAnUnknownIdIsEmpty) { EXPECT_FALSE(searcher_.show("1917/nothing")); }

TEST_F(SearcherTest, StatsCountTheArchive) {
  const auto stats = searcher_.stats();
  const auto types = as_map(stats.counts.at("type"));
  std::uint64_t documents = 0;
  for (const auto& [type, count] : types) documents += count;
  EXPECT_EQ(stats.documents, documents);
  EXPECT_EQ(types.at("article"), fixture_records().size());
  std::uint64_t german = 0;  // articles and their comments
  for (const auto& record : fixture_records()) german += record.language == "de" ? 1 + record.comments.size() : 0;
  EXPECT_EQ(as_map(stats.counts.at("language")).at("de"), german);
  EXPECT_GT(stats.index_bytes, 0u);
  EXPECT_GT(stats.raw_text_bytes, 0u);
  EXPECT_GT(stats.compressed_text_bytes, 0u);
}

}  // namespace
}  // namespace samizdat::searcher
