#include "searcher/http_handlers.h"

#include <memory>
#include <stdexcept>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "searcher/json_output.h"
#include "tests/searcher/serve_fixture.h"

namespace samizdat::searcher {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class HttpHandlersTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    directory_ = std::make_unique<testing::TempDir>();
    archive_ = testing::build_serve_archive(*directory_).string();
  }
  static void TearDownTestSuite() { directory_.reset(); }

  [[nodiscard]] HttpResponse get(const std::string& target, const std::string& method = "GET") {
    return handlers_.handle({method, target, "127.0.0.1:8080"}, source_);
  }

  static std::unique_ptr<testing::TempDir> directory_;
  static std::string archive_;
  Searcher searcher_{{archive_}};
  const SearcherSource source_ = [this]() -> Searcher& { return searcher_; };
  const SiteHandlers handlers_{TemplateSet()};
};

std::unique_ptr<testing::TempDir> HttpHandlersTest::directory_;
std::string HttpHandlersTest::archive_;

TEST_F(HttpHandlersTest, SearchPageShowsResultsWithLinksToDocuments) {
  const auto response = get("/search?q=soviets");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.content_type, "text/html; charset=utf-8");
  EXPECT_THAT(response.body, HasSubstr("value=\"soviets\""));
  EXPECT_THAT(response.body, HasSubstr("<a href=\"/doc/1917/april-theses?q=soviets\">The April Theses</a>"));
  EXPECT_THAT(response.body, HasSubstr("<time>1917-04-07</time>"));
  EXPECT_THAT(response.body, HasSubstr("Pravda"));
  EXPECT_THAT(response.body, HasSubstr("<mark>soviets</mark>"));
  EXPECT_THAT(response.body, HasSubstr("href=\"/opensearch.xml\""));
}

TEST_F(HttpHandlersTest, FacetLinksAddAndRemoveFilters) {
  const auto plain = get("/search?q=revolution");
  EXPECT_THAT(plain.body, HasSubstr("href=\"/search?q=revolution&amp;filter=type%3Darticle\""));
  EXPECT_THAT(plain.body, HasSubstr("href=\"/search?q=revolution&amp;filter=publication%3DThe%20Militant\""));
  const auto filtered = get("/search?q=revolution&filter=publication%3DThe+Militant");
  EXPECT_THAT(filtered.body, HasSubstr("<input type=\"hidden\" name=\"filter\" value=\"publication=The Militant\">"));
  EXPECT_THAT(filtered.body, HasSubstr("<li class=\"active\"><a href=\"/search?q=revolution\""));
  EXPECT_THAT(filtered.body, Not(HasSubstr("Order Reigns in Berlin")));
}

TEST_F(HttpHandlersTest, LanguageFacetShowsNamesAndLinksWithCodes) {
  const auto plain = get("/search?q=europa+OR+revolution");
  EXPECT_THAT(plain.body, HasSubstr("filter=language%3Dde\">German</a>"));
  EXPECT_THAT(plain.body, HasSubstr("filter=language%3Den\">English</a>"));
  const auto filtered = get("/search?q=europa&filter=language%3Dde");
  EXPECT_THAT(filtered.body, HasSubstr("value=\"language=de\">"));
  EXPECT_THAT(filtered.body, HasSubstr("Language: German <span"));
  EXPECT_THAT(filtered.body, HasSubstr("<li class=\"active\"><a href=\"/search?q=europa\" "
                                       "title=\"Remove this filter\">German</a>"));
}

TEST_F(HttpHandlersTest, ACommentHitLinksToItsArticleAtTheComment) {
  const auto results = get("/search?q=murdered");
  EXPECT_THAT(results.body,
              HasSubstr("<a href=\"/doc/1919/spartacus?q=murdered#c1\">A comment on “Order Reigns in Berlin”</a>"));
  const auto comment = get("/doc/1919/spartacus%23c1");
  EXPECT_THAT(comment.body, HasSubstr("<h1>A comment on “Order Reigns in Berlin”</h1>"));
  const auto article = get("/doc/1919/spartacus?q=murdered");
  EXPECT_THAT(article.body, HasSubstr("<li class=\"comment\" id=\"c1\">"));
  EXPECT_THAT(article.body, HasSubstr("She was <mark>murdered</mark> the next day."));
}

TEST_F(HttpHandlersTest, TimelineBarsLinkToTheirYear) {
  const auto body = get("/search?q=revolution").body;
  EXPECT_THAT(body, HasSubstr("<svg viewBox=\"0 0 1000 100\""));
  EXPECT_THAT(body, HasSubstr("<a href=\"/search?q=revolution&amp;filter=year%3D1917\" class=\"bar\"><title>1917: 2 hits</title>"));
  EXPECT_THAT(body, HasSubstr("<title>1918: 0 hits</title>"));
}

TEST_F(HttpHandlersTest, PagingLinksCarryTheOffset) {
  const auto body = get("/search?q=revolution&limit=2").body;
  EXPECT_THAT(body, HasSubstr("<a rel=\"next\" href=\"/search?q=revolution&amp;limit=2&amp;offset=2\">"));
  const auto second = get("/search?q=revolution&limit=2&offset=2").body;
  EXPECT_THAT(second, HasSubstr("<a rel=\"prev\" href=\"/search?q=revolution&amp;limit=2\">"));
  EXPECT_THAT(second, HasSubstr("<ol class=\"results\" start=\"3\">"));
}

TEST_F(HttpHandlersTest, YearRangeRestrictsTheResults) {
  const auto body = get("/search?q=revolution&from=1919&to=1936").body;
  EXPECT_THAT(body, HasSubstr("value=\"1919\""));
  EXPECT_THAT(body, HasSubstr("Order Reigns in Berlin"));
  EXPECT_THAT(body, Not(HasSubstr("The April Theses")));
}

TEST_F(HttpHandlersTest, OffersTheSpellingCorrection) {
  const auto body = get("/search?q=revolutoin").body;
  EXPECT_THAT(body, HasSubstr("Did you mean <a href=\"/search?q=revolution\">revolution</a>?"));
}

TEST_F(HttpHandlersTest, StartPageNeedsNoSearch) {
  const auto response = handlers_.handle({"GET", "/", ""}, [] () -> Searcher& {
    throw std::logic_error("the start page must not search");
  });
  EXPECT_EQ(response.status, 200);
  EXPECT_THAT(response.body, HasSubstr("<form class=\"search-form\""));
}

TEST_F(HttpHandlersTest, EscapesAHostileQueryEverywhere) {
  const auto body = get("/search?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E%27").body;
  EXPECT_THAT(body, Not(HasSubstr("<script>")));
  EXPECT_THAT(body, HasSubstr("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&apos;\""));
}

TEST_F(HttpHandlersTest, EscapesAHostileDocumentInResults) {
  const auto body = get("/search?q=hostile").body;
  EXPECT_THAT(body, HasSubstr("&lt;script&gt;alert(&apos;title&apos;)&lt;/script&gt; &quot;Quoted&quot;"));
  for (const char* raw : {"<script>", "<img", "<b>Evil", "<i>x</i>", "<u>tag"}) {
    EXPECT_THAT(body, Not(HasSubstr(raw))) << raw;
  }
}

TEST_F(HttpHandlersTest, EscapesAHostileDocumentOnItsPage) {
  const auto response = get("/doc/1920/hostile?q=hostile");
  EXPECT_EQ(response.status, 200);
  EXPECT_THAT(response.body, HasSubstr("A <mark>hostile</mark> &lt;img src=x onerror=alert(1)&gt; text &amp; bread."));
  EXPECT_THAT(response.body, HasSubstr("&lt;script&gt;alert(&apos;comment&apos;)&lt;/script&gt; <mark>hostile</mark> comment"));
  for (const char* raw : {"<script>", "<img", "<b>Evil", "<i>x</i>", "<u>tag"}) {
    EXPECT_THAT(response.body, Not(HasSubstr(raw))) << raw;
  }
}

TEST_F(HttpHandlersTest, DocumentPageShowsTextCommentsAndLinkBack) {
  const auto body = get("/doc/1917/april-theses?q=soviets&filter=type%3Darticle").body;
  EXPECT_THAT(body, HasSubstr("<h1>The April Theses</h1>"));
  EXPECT_THAT(body, HasSubstr("All power to the <mark>soviets</mark>."));
  EXPECT_THAT(body, HasSubstr("Comments (2)"));
  EXPECT_THAT(body, HasSubstr("A fine program for the workers."));
  EXPECT_THAT(body, HasSubstr("<a href=\"/search?q=soviets&amp;filter=type%3Darticle\">← Back to the results</a>"));
  EXPECT_THAT(body, HasSubstr("<dt>Author</dt><dd>Vladimir Lenin</dd>"));
  EXPECT_THAT(body, HasSubstr("<dt>Language</dt><dd>English</dd>"));
}

TEST_F(HttpHandlersTest, DocumentPageShowsQuotationsWithSources) {
  const auto body = get("/doc/1936/spain").body;
  EXPECT_THAT(body, HasSubstr("Quotations (1)"));
  EXPECT_THAT(body, HasSubstr("<cite>Toronto Star, 1936</cite>"));
  EXPECT_THAT(body, HasSubstr("we are going to inherit the earth"));
}

TEST_F(HttpHandlersTest, ChildDocumentLinksToItsArticle) {
  const auto response = get("/doc/1936/spain%23q1");
  EXPECT_EQ(response.status, 200);
  EXPECT_THAT(response.body, HasSubstr("part of <a href=\"/doc/1936/spain\">Revolution in Spain</a>"));
}

TEST_F(HttpHandlersTest, ApiSearchReturnsTheSearcherJson) {
  const auto response = get("/api/search?q=revolution&facet=type&filter=language%3Den&timeline=1&limit=3");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.content_type, "application/json");
  SearchRequest request;
  request.query = "revolution";
  request.facets = {"type"};
  request.filters = {{"language", "en"}};
  request.timeline = true;
  request.limit = 3;
  auto expected = to_json(searcher_.search(request), true);
  auto actual = nlohmann::ordered_json::parse(response.body);
  expected.erase("took_ms");
  actual.erase("took_ms");
  EXPECT_EQ(actual, expected);
}

TEST_F(HttpHandlersTest, ApiDocAndStatsReturnTheSearcherJson) {
  const auto doc = get("/api/doc/1917/april-theses");
  EXPECT_EQ(doc.status, 200);
  EXPECT_EQ(nlohmann::ordered_json::parse(doc.body), to_json(*searcher_.show("1917/april-theses")));
  const auto stats = get("/api/stats");
  EXPECT_EQ(nlohmann::ordered_json::parse(stats.body), to_json(searcher_.stats()));
}

TEST_F(HttpHandlersTest, AboutPageShowsTheStatistics) {
  const auto body = get("/about").body;
  const auto documents = std::to_string(searcher_.stats().documents);
  EXPECT_THAT(body, HasSubstr("<p class=\"lead\">" + documents + " documents"));
  EXPECT_THAT(body, HasSubstr("href=\"/search?filter=publication%3DPravda\""));
}

struct StatusCase {
  std::string target;
  int status;
  std::string message;
};

TEST_F(HttpHandlersTest, AnswersBadRequestsWithAStatusAndAMessage) {
  const StatusCase cases[] = {
      {"/api/search?q=a&limit=500", 400, "parameter limit must be at most 100: '500'"},
      {"/api/search?q=a&offset=10001", 400, "parameter offset must be at most 10000: '10001'"},
      {"/api/search?q=a&sort=best", 400, "parameter sort must be relevance, date or -date: 'best'"},
      {"/api/search?q=%zz", 400, "invalid percent-encoding in '%zz'"},
      {"/api/search?q=a&facet=color", 400,
       "unknown facet field 'color' (known: type, year, decade, publication, author, language, source, "
       "tag, cluster, party)"},
      {"/api/search?q=AND", 400, "cannot parse query 'AND': Syntax: <expression> AND <expression>"},
      {"/api/doc/no/such", 404, "there is no document 'no/such'"},
      {"/api/nothing", 404, "there is no page /api/nothing"},
  };
  for (const auto& c : cases) {
    const auto response = get(c.target);
    EXPECT_EQ(response.status, c.status) << c.target;
    EXPECT_EQ(response.content_type, "application/json");
    EXPECT_EQ(nlohmann::json::parse(response.body).at("error"), c.message) << c.target;
  }
}

TEST_F(HttpHandlersTest, AnswersBadPageRequestsWithAnEscapedPage) {
  const StatusCase cases[] = {
      {"/search?q=AND", 400, "cannot parse query &apos;AND&apos;"},
      {"/search?q=a&limit=x", 400, "parameter limit is not a number"},
      {"/search?q=a&filter=colour%3D%3Cb%3E", 400, "unknown filter field &apos;colour&apos;"},
      {"/search?q=" + std::string(1001, 'x'), 400, "parameter q is longer than 1000 bytes"},
      {"/doc/no%3Cb%3Esuch", 404, "there is no document &apos;no&lt;b&gt;such&apos;"},
      {"/etc/passwd", 404, "there is no page /etc/passwd"},
      {"/static/../../etc/passwd", 404, "there is no page /static/../../etc/passwd"},
      {"/static/layout.mustache", 404, "there is no page /static/layout.mustache"},
  };
  for (const auto& c : cases) {
    const auto response = get(c.target);
    EXPECT_EQ(response.status, c.status) << c.target;
    EXPECT_EQ(response.content_type, "text/html; charset=utf-8");
    EXPECT_THAT(response.body, HasSubstr(c.message)) << c.target;
    EXPECT_THAT(response.body, Not(HasSubstr("<b>"))) << c.target;
  }
}

TEST_F(HttpHandlersTest, RefusesMethodsOtherThanGetAndHead) {
  EXPECT_EQ(get("/search?q=a", "HEAD").status, 200);
  const auto response = get("/search?q=a", "POST");
  EXPECT_EQ(response.status, 405);
  EXPECT_THAT(response.body, HasSubstr("only GET and HEAD are served, not POST"));
}

TEST_F(HttpHandlersTest, AnUnexpectedFailureIsA500WithTheReasonOnlyInTheLog) {
  const auto failing = []() -> Searcher& { throw std::runtime_error("disk on fire"); };
  const auto page = handlers_.handle({"GET", "/search?q=a", ""}, failing);
  EXPECT_EQ(page.status, 500);
  EXPECT_THAT(page.body, HasSubstr("the server could not answer this request"));
  EXPECT_THAT(page.body, Not(HasSubstr("disk on fire")));
  EXPECT_EQ(page.log_detail, "disk on fire");
  const auto api = handlers_.handle({"GET", "/api/stats", ""}, failing);
  EXPECT_EQ(api.status, 500);
  EXPECT_EQ(api.body, R"({"error":"the server could not answer this request"})");
}

TEST_F(HttpHandlersTest, ServesHealthStylesheetAndOpenSearch) {
  EXPECT_EQ(get("/healthz").body, "ok");
  const auto css = get("/static/style.css");
  EXPECT_EQ(css.content_type, "text/css; charset=utf-8");
  EXPECT_THAT(css.body, HasSubstr("prefers-color-scheme: dark"));
  const auto opensearch = get("/opensearch.xml");
  EXPECT_EQ(opensearch.content_type, "application/opensearchdescription+xml");
  EXPECT_THAT(opensearch.body, HasSubstr("template=\"http://127.0.0.1:8080/search?q={searchTerms}\""));
  const auto hostile = handlers_.handle({"GET", "/opensearch.xml", "x\"><y"}, source_);
  EXPECT_THAT(hostile.body, HasSubstr("template=\"http://localhost/search?q={searchTerms}\""));
}

}  // namespace
}  // namespace samizdat::searcher
