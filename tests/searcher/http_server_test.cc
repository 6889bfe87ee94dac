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

// A server on a free loopback port, serving in a thread until destroyed.
class RunningServer {
 public:
  RunningServer(const std::string& archive, std::ostream& log)
      : server_(ServerConfig{{archive}, std::nullopt, 4}, log),
        port_(server_.bind("127.0.0.1", 0)),
        thread_([this] { server_.listen(); }) {}
  ~RunningServer() {
    server_.stop();
    thread_.join();
  }
  [[nodiscard]] httplib::Client client() const {
    httplib::Client client("127.0.0.1", port_);
    client.set_connection_timeout(5);
    client.set_read_timeout(10);
    return client;
  }

 private:
  HttpServer server_;
  int port_;
  std::thread thread_;
};

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

TEST_F(HttpServerTest, AnswersManyReadersAtOnce) {
  const RunningServer server(archive_, log_);
  std::vector<std::thread> readers;
  std::vector<int> statuses(8, 0);
  for (std::size_t i = 0; i < statuses.size(); ++i) {
    readers.emplace_back([&, i] {
      auto client = server.client();
      for (int round = 0; round < 5; ++round) {
        const auto response = client.Get("/search?q=revolution");
        statuses[i] = response ? response->status : -1;
        if (statuses[i] != 200) return;
      }
    });
  }
  for (auto& reader : readers) reader.join();
  EXPECT_EQ(statuses, std::vector<int>(statuses.size(), 200));
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
  EXPECT_THROW(HttpServer(ServerConfig{{(directory_.path() / "none").string()}, std::nullopt, 1}, log_),
               ArchiveError);
}

TEST_F(HttpServerTest, RefusesAnAddressInUse) {
  HttpServer first(ServerConfig{{archive_}, std::nullopt, 1}, log_);
  const int port = first.bind("127.0.0.1", 0);
  HttpServer second(ServerConfig{{archive_}, std::nullopt, 1}, log_);
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
