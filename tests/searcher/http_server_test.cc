#include "searcher/http_server.h"

#include <sstream>
#include <thread>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "corpus/error.h"
#include "tests/searcher/serve_fixture.h"

namespace samizdat::searcher {
namespace {

using ::testing::HasSubstr;
using ::testing::MatchesRegex;

using testing::RunningServer;

class HttpServerTest : public ::testing::Test {
 protected:
  testing::TempDir directory_;
  const std::string archive_ = testing::build_serve_archive(directory_).string();
  std::ostringstream log_;
};

TEST_F(HttpServerTest, ServesPagesAndApiOverHttp) {
  const RunningServer server(archive_, log_);
  auto client = server.client();
  const auto page = client.Get("/search?q=soviets");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(page->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_THAT(page->get_header_value("Content-Security-Policy"), HasSubstr("default-src 'none'"));
  EXPECT_THAT(page->body, HasSubstr("The April Theses"));
  const auto api = client.Get("/api/search?q=soviets&limit=1");
  ASSERT_TRUE(api);
  const auto json = nlohmann::json::parse(api->body);
  EXPECT_EQ(json.at("results").size(), 1u);
  EXPECT_EQ(json.at("limit"), 1);
  const auto doc = client.Get("/doc/1936/spain%23q1");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->status, 200);
  EXPECT_EQ(client.Get("/healthz")->body, "ok");
}

TEST_F(HttpServerTest, AnswersErrorsAndStaysUp) {
  const RunningServer server(archive_, log_);
  auto client = server.client();
  EXPECT_EQ(client.Get("/api/search?q=AND")->status, 400);
  EXPECT_EQ(client.Get("/search?q=%zz")->status, 400);
  EXPECT_EQ(client.Get("/doc/missing")->status, 404);
  EXPECT_EQ(client.Post("/search", "x", "text/plain")->status, 405);
  EXPECT_EQ(client.Get("/healthz")->status, 200);
}

TEST_F(HttpServerTest, LogsOneLinePerRequestWithoutTheQuery) {
  {
    const RunningServer server(archive_, log_);
    auto client = server.client();
    ASSERT_TRUE(client.Get("/search?q=secret"));
    ASSERT_TRUE(client.Get("/api/search?limit=1000"));
  }
  const auto log = log_.str();
  EXPECT_THAT(log, MatchesRegex("GET /search 200 [0-9.]+ ms\n"
                                "GET /api/search 400 [0-9.]+ ms: parameter limit must be at most 100: '1000'\n"));
}

// Regression: worker threads copied the static Xapian::Query::MatchAll (empty
// queries, no filters, open date ranges), whose reference count is not
// atomic; samizdat-serve crashed under wrk. Every kind of query here builds
// a MatchAll somewhere; the sanitizer build reports any race at once.
TEST_F(HttpServerTest, AnswersMixedQueriesFromManyClientsAtOnce) {
  const RunningServer server(testing::serve_config(archive_, 8), log_);
  const std::vector<std::string> targets = {
      "/api/search?q=revolution",          "/api/search?q=%22the+soviets%22&facet=all&timeline=1",
      "/api/search?q=",                    "/api/search?q=revol*&sort=date",
      "/api/search?q=date:..1920",         "/api/search?q=bread+OR+land&filter=type=article",
      "/api/search?q=NOT+bread&lang=en",   "/api/search?q=date:1917..&sort=-date",
  };
  constexpr int kClients = 8;
  constexpr int kRequests = 200;
  std::vector<std::thread> clients;
  std::vector<std::string> failures(kClients);
  for (int i = 0; i < kClients; ++i) {
    clients.emplace_back([&, i] {
      auto client = server.client();
      for (int n = 0; n < kRequests && failures[i].empty(); ++n) {
        const auto& target = targets[(i + n) % targets.size()];
        const auto response = client.Get(target);
        if (!response || response->status != 200) {
          failures[i] = target + ": " + (response ? std::to_string(response->status) : "no answer");
        } else if (!nlohmann::json::accept(response->body)) {
          failures[i] = target + ": not JSON: " + response->body.substr(0, 80);
        }
      }
    });
  }
  for (auto& client : clients) client.join();
  EXPECT_EQ(failures, std::vector<std::string>(kClients));
}

TEST_F(HttpServerTest, SeesNewCommitsWithoutRestart) {
  const RunningServer server(archive_, log_);
  auto client = server.client();
  EXPECT_EQ(nlohmann::json::parse(client.Get("/api/search?q=zeppelin")->body).at("total"), 0);
  auto records = testing::fixture_records();
  records.push_back({"1937/zeppelin", "Zeppelin", "The zeppelin burned.", "1937-05-06",
                     {"Reporter"}, "Herald", "en", {}, "", {}});
  (void)testing::build_archive(directory_, "archive", records);
  EXPECT_EQ(nlohmann::json::parse(client.Get("/api/search?q=zeppelin")->body).at("total"), 1);
}

TEST_F(HttpServerTest, RefusesAnArchiveThatCannotBeOpened) {
  EXPECT_THROW(HttpServer(testing::serve_config((directory_.path() / "none").string()), log_),
               ArchiveError);
}

TEST_F(HttpServerTest, RefusesAnAddressInUse) {
  HttpServer first(testing::serve_config(archive_, 1), log_);
  const int port = first.bind("127.0.0.1", 0);
  HttpServer second(testing::serve_config(archive_, 1), log_);
  try {
    (void)second.bind("127.0.0.1", port);
    ADD_FAILURE() << "bound twice";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), "cannot listen on 127.0.0.1:" + std::to_string(port) +
                                         ": the address is in use or not this machine's");
  }
}

}  // namespace
}  // namespace samizdat::searcher
