#include "searcher/quotation_clusters.h"

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "corpus/error.h"
#include "searcher/html_quote_page.h"
#include "searcher/http_handlers.h"
#include "searcher/json_output.h"
#include "searcher/search_options.h"
#include "searcher/searcher.h"
#include "tests/searcher/archive_fixture.h"
#include "tests/temp_dir.h"

namespace samizdat::searcher {
namespace {

using testing::FixtureRecord;

constexpr std::string_view kState =
    "the state is a special organisation of force: it is an organisation of violence for the "
    "suppression of some class";
constexpr std::string_view kManifesto =
    "the history of all hitherto existing society is the history of class struggles between "
    "freeman and slave";

// An article quoting `passage` (in curly quotes) with `citation`.
FixtureRecord quoting(const std::string& id, const std::string& date, std::string_view passage,
                      const std::string& citation) {
  FixtureRecord record;
  record.id = id;
  record.title = "Article " + id;
  record.date = date;
  record.publication = "Iskra";
  record.language = "en";
  record.text = "An opening paragraph on the question of the day.\n\nAs was written, “" +
                std::string(passage) + "” (" + citation + ").";
  return record;
}

class QuotationsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    directory_ = std::make_unique<testing::TempDir>();
    archive_ = testing::build_archive(
                   *directory_, "quotes",
                   {quoting("a", "1917-01-01", kState, "CW 27 p.135"),
                    quoting("b", "1920-01-01", kState, "Collected Works, vol. 27, p. 135"),
                    quoting("c", "1932-01-01", kState, "Lenin, CW 27, p. 135"),
                    quoting("d", "1925-01-01", kManifesto, "Communist Manifesto")})
                   .string();
  }
  static void TearDownTestSuite() {
    directory_.reset();
  }

  [[nodiscard]] std::string state_cluster() {
    SearchRequest request;
    request.query = "suppression";
    request.filters = {{"type", "quotation"}};
    const auto response = searcher_.search(request);
    EXPECT_FALSE(response.results.empty());
    return response.results.empty() || !response.results[0].cluster
               ? ""
               : response.results[0].cluster->id;
  }

  static inline std::unique_ptr<testing::TempDir> directory_;
  static inline std::string archive_;
  Searcher searcher_{{archive_}};
};

TEST_F(QuotationsTest, QuotationHitsCarryTheirClusterAndArticlesNone) {
  SearchRequest request;
  request.query = "suppression";
  const auto response = searcher_.search(request);
  std::size_t quotations = 0;
  for (const auto& hit : response.results) {
    if (hit.type != "quotation") {
      EXPECT_FALSE(hit.cluster) << hit.id;
      continue;
    }
    ++quotations;
    ASSERT_TRUE(hit.cluster) << hit.id;
    EXPECT_EQ(hit.cluster->quoted_in, 3U);
    EXPECT_EQ(hit.cluster->first_year, 1917);
    EXPECT_EQ(hit.cluster->last_year, 1932);
    EXPECT_EQ(hit.cluster->sources, std::vector<std::string>{"Collected Works 27"});
    EXPECT_EQ(hit.cluster->canonical_text, kState);
  }
  EXPECT_EQ(quotations, 3U);
}

TEST_F(QuotationsTest, ClusterFilterAndPrefixKeepTheQuotationsOfOneCluster) {
  const std::string cluster = state_cluster();
  ASSERT_FALSE(cluster.empty());
  SearchRequest filtered;
  filtered.filters = {{"cluster", cluster}};
  EXPECT_EQ(searcher_.search(filtered).total, 3U);
  SearchRequest prefixed;
  prefixed.query = "cluster:" + cluster;
  EXPECT_EQ(searcher_.search(prefixed).total, 3U);
}

TEST_F(QuotationsTest, SourceFilterMatchesEveryWayOfCitingOneVolume) {
  SearchRequest request;
  request.filters = {{"source", "Collected Works, vol. 27, p. 135"}};
  EXPECT_EQ(searcher_.search(request).total, 3U);
}

TEST_F(QuotationsTest, AllFacetsLeaveOutTheCluster) {
  SearchRequest request;
  request.facets = {"all"};
  const auto response = searcher_.search(request);
  EXPECT_TRUE(response.facets.contains("type"));
  EXPECT_FALSE(response.facets.contains("cluster"));
}

TEST_F(QuotationsTest, ClustersComeMostQuotedFirstOncePerCluster) {
  SearchRequest request;
  request.query = "class";
  const auto response = quotation_clusters(searcher_, request);
  EXPECT_EQ(response.total, 2U);
  ASSERT_EQ(response.clusters.size(), 2U);
  EXPECT_EQ(response.clusters[0].quoted_in, 3U);
  EXPECT_EQ(response.clusters[0].id, state_cluster());
  EXPECT_EQ(response.clusters[1].quoted_in, 1U);
  EXPECT_EQ(response.clusters[1].canonical_text, kManifesto);
}

TEST_F(QuotationsTest, OffsetAndLimitPickAPageOfClusters) {
  SearchRequest request;
  request.query = "class";
  request.offset = 1;
  request.limit = 5;
  const auto response = quotation_clusters(searcher_, request);
  EXPECT_EQ(response.total, 2U);
  ASSERT_EQ(response.clusters.size(), 1U);
  EXPECT_EQ(response.clusters[0].quoted_in, 1U);
}

TEST_F(QuotationsTest, QueryMatchingNoQuotationGivesNoCluster) {
  SearchRequest request;
  request.query = "opening";
  const auto response = quotation_clusters(searcher_, request);
  EXPECT_EQ(response.total, 0U);
  EXPECT_EQ(to_text(response), "no quotations found\n");
}

TEST_F(QuotationsTest, SearchJsonHasTheClusterOfQuotationsOnly) {
  SearchRequest request;
  request.query = "suppression";
  const auto json = to_json(searcher_.search(request), false);
  for (const auto& result : json["results"]) {
    EXPECT_EQ(result.contains("cluster"), result["type"] == "quotation") << result["id"];
    if (result.contains("cluster")) EXPECT_EQ(result["cluster"]["quoted_in"], 3);
  }
}

TEST_F(QuotationsTest, DocumentPageLinksEachQuotationToItsQuotePage) {
  const SiteHandlers handlers{TemplateSet()};
  const SearcherSource source = [this]() -> Searcher& { return searcher_; };
  const auto response = handlers.handle({"GET", "/doc/a", "localhost"}, source);
  ASSERT_EQ(response.status, 200);
  EXPECT_NE(response.body.find("href=\"" + quote_href(state_cluster()) + "\""), std::string::npos);
}

TEST_F(QuotationsTest, QuotePageListsEveryPlaceWithDateAndCitation) {
  const SiteHandlers handlers{TemplateSet()};
  const SearcherSource source = [this]() -> Searcher& { return searcher_; };
  const auto response = handlers.handle({"GET", quote_href(state_cluster()), "localhost"}, source);
  ASSERT_EQ(response.status, 200);
  const auto& body = response.body;
  EXPECT_NE(body.find("Quoted in 3 documents, first in 1917, last in 1932."), std::string::npos);
  EXPECT_NE(body.find("<cite>Collected Works 27</cite>"), std::string::npos);
  const auto first = body.find("Article a");
  const auto second = body.find("Article b");
  const auto third = body.find("Article c");
  ASSERT_NE(third, std::string::npos);
  EXPECT_LT(first, second);
  EXPECT_LT(second, third);
  EXPECT_NE(body.find("<cite>Collected Works, vol. 27, p. 135</cite>"), std::string::npos);
  EXPECT_NE(body.find("<time>1920-01-01</time>"), std::string::npos);
  EXPECT_NE(body.find("href=\"/doc/b#q1\""), std::string::npos);  // the article at the quotation
  EXPECT_EQ(body.find("Article d"), std::string::npos);
}

TEST_F(QuotationsTest, QuotePageDrawsWhenThePassageWasQuotedOnATimeline) {
  const SiteHandlers handlers{TemplateSet()};
  const SearcherSource source = [this]() -> Searcher& { return searcher_; };
  const auto response = handlers.handle({"GET", quote_href(state_cluster()), "localhost"}, source);
  ASSERT_EQ(response.status, 200);
  const auto& body = response.body;
  EXPECT_NE(body.find("<figure class=\"timeline\">"), std::string::npos);
  EXPECT_NE(body.find("<title>1917: 1 hit</title>"), std::string::npos);
  EXPECT_NE(body.find("<title>1918: 0 hits</title>"), std::string::npos);
  // A bar lists that year's quotations of this passage.
  const auto bar = body.find("filter=year%3D1917");
  ASSERT_NE(bar, std::string::npos);
  const auto link = body.rfind("href=\"", bar);
  EXPECT_NE(body.substr(link, bar - link).find("cluster%3D" + state_cluster()), std::string::npos);
}

TEST_F(QuotationsTest, QuotePageOfAnUnknownClusterIsNotFound) {
  const SiteHandlers handlers{TemplateSet()};
  const SearcherSource source = [this]() -> Searcher& { return searcher_; };
  const auto response = handlers.handle({"GET", "/quote/qdeadbeef0000", "localhost"}, source);
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(response.log_detail, "there is no quotation cluster 'qdeadbeef0000'");
}

TEST_F(QuotationsTest, ArchivesSearchedTogetherEachGiveTheirOwnClusters) {
  const testing::TempDir directory;
  const auto other = testing::build_archive(
      directory, "other",
      {quoting("x", "1940-01-01", kState, "CW 27 p.135"),
       quoting("y", "1948-01-01", kManifesto, "Communist Manifesto"),
       quoting("z", "1950-01-01", kManifesto, "Manifesto")});
  Searcher both({archive_, other.string()});
  SearchRequest request;
  request.query = "suppression OR freeman";
  request.filters = {{"type", "quotation"}};
  std::map<std::string, std::uint64_t> quoted_in;
  for (const auto& hit : both.search(request).results) {
    ASSERT_TRUE(hit.cluster) << hit.id;
    quoted_in[hit.id] = hit.cluster->quoted_in;
  }
  const std::map<std::string, std::uint64_t> expected = {
      {"a#q1", 3}, {"b#q1", 3}, {"c#q1", 3}, {"d#q1", 1},  // this archive
      {"x#q1", 1}, {"y#q1", 2}, {"z#q1", 2}};              // the other one
  EXPECT_EQ(quoted_in, expected);
}

TEST(ClusterOutputTest, TextAndJsonShowCountYearsTextAndSources) {
  const ClusterResponse response{
      "state", 1, {{"q1", "the state is force", 2, 1917, 1920, {"Collected Works 27", "x"}}}};
  EXPECT_EQ(to_text(response),
            "[q1] quoted in 2 documents, first 1917, last 1920\n"
            "  the state is force\n"
            "  sources: Collected Works 27; x\n\n");
  EXPECT_EQ(to_json(response).dump(),
            R"({"query":"state","total":1,"clusters":[{"id":"q1","canonical_text":)"
            R"("the state is force","quoted_in":2,"first_year":1917,"last_year":1920,)"
            R"("sources":["Collected Works 27","x"]}]})");
}

TEST(ClusterOutputTest, UnknownYearsReadUnknown) {
  const ClusterResponse response{"", 1, {{"q1", "text", 1, 0, 0, {}}}};
  EXPECT_EQ(to_text(response), "[q1] quoted in 1 document, first unknown, last unknown\n  text\n\n");
}

TEST(ParseClusterInfoTest, BadEntryIsAnArchiveErrorNamingTheCluster) {
  try {
    static_cast<void>(parse_cluster_info("q9", R"({"id": "q9"})"));
    FAIL() << "no exception";
  } catch (const ArchiveError& error) {
    EXPECT_TRUE(std::string(error.what()).starts_with("cannot read quotation cluster q9: "))
        << error.what();
  }
}

TEST(QuotationsOptionTest, QuotationsFlagIsReadAndRefusesShow) {
  const char* argv[] = {"samizdat-search", "--db", "a", "--quotations", "state"};
  const auto options = parse_search_options(5, argv);
  EXPECT_TRUE(options.quotations);
  EXPECT_EQ(options.request.query, "state");
  const char* bad[] = {"samizdat-search", "--db", "a", "--quotations", "--show", "x"};
  try {
    static_cast<void>(parse_search_options(6, bad));
    FAIL() << "no exception";
  } catch (const InputError& error) {
    EXPECT_STREQ(error.what(), "--quotations takes no --show and no --queries");
  }
}

}  // namespace
}  // namespace samizdat::searcher
