// samizdat-serve under abuse: malformed and oversized requests, slow and idle
// clients, hostile text, path traversal and bad encodings. Each case checks
// the answer and that the server keeps answering everyone else.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "searcher/http_server.h"
#include "tests/searcher/serve_fixture.h"

namespace samizdat::searcher {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;
using Clock = std::chrono::steady_clock;

[[nodiscard]] bool is_complete(std::string_view response) {
  const auto end = response.find("\r\n\r\n");
  if (end == std::string_view::npos) return false;
  constexpr std::string_view kLength = "Content-Length: ";
  const auto length = response.find(kLength);
  if (length == std::string_view::npos || length > end) return true;
  return response.size() - end - 4 >= std::stoul(std::string(response.substr(length + kLength.size())));
}

// A raw TCP connection to the server, for what httplib::Client cannot send.
class RawConnection {
 public:
  explicit RawConnection(int port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = fd_ >= 0 && ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0;
    const timeval timeout{5, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
  }
  ~RawConnection() {
    if (fd_ >= 0) ::close(fd_);
  }
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  [[nodiscard]] bool connected() const { return connected_; }
  bool send(std::string_view bytes) {
    return ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(bytes.size());
  }
  // One whole response (headers and Content-Length bytes of body), or what
  // came before the server closed or stayed silent for 5 s.
  [[nodiscard]] std::string receive_response() {
    std::string received;
    char buffer[4096];
    ssize_t got = 0;
    while (!is_complete(received) && (got = ::recv(fd_, buffer, sizeof(buffer), 0)) > 0) {
      received.append(buffer, static_cast<std::size_t>(got));
    }
    return received;
  }

 private:
  int fd_;
  bool connected_ = false;
};

// Sends `request` on a new connection and returns the whole answer.
[[nodiscard]] std::string exchange(int port, std::string_view request) {
  RawConnection connection(port);
  if (!connection.connected() || !connection.send(request)) return "(cannot send)";
  return connection.receive_response();
}

class HttpAbuseTest : public ::testing::Test {
 protected:
  // Healthy: a normal search answers 200 well within a second.
  void expect_healthy(const testing::RunningServer& server) const {
    auto client = server.client();
    const auto start = Clock::now();
    const auto response = client.Get("/api/search?q=revolution&limit=1");
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 200);
    EXPECT_LT(Clock::now() - start, std::chrono::seconds(1));
  }

  testing::TempDir directory_;
  const std::string archive_ = testing::build_serve_archive(directory_).string();
  std::ostringstream log_;
};

TEST_F(HttpAbuseTest, MalformedRequestLinesGetA400) {
  const testing::RunningServer server(archive_, log_);
  const std::string_view requests[] = {
      "GARBAGE\r\n\r\n",
      "GET\r\n\r\n",
      "GET /\r\n\r\n",
      "GET / HTTP/1.1 extra\r\n\r\n",
      "\x01\x02\x03\x04\r\n\r\n",
  };
  for (const auto request : requests) {
    EXPECT_THAT(exchange(server.port(), request), StartsWith("HTTP/1.1 400 ")) << request;
  }
  expect_healthy(server);
}

TEST_F(HttpAbuseTest, OversizedRequestsAreRefused) {
  const testing::RunningServer server(archive_, log_);
  auto client = server.client();
  const auto long_uri = client.Get("/search?q=" + std::string(20000, 'a'));
  ASSERT_TRUE(long_uri);
  EXPECT_EQ(long_uri->status, 414);
  const auto long_query = client.Get("/api/search?q=" + std::string(2000, 'a'));
  ASSERT_TRUE(long_query);
  EXPECT_EQ(long_query->status, 400);
  EXPECT_THAT(long_query->body, HasSubstr("parameter q is longer than 1000 bytes"));
  const std::string huge_header = "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20000, 'b') + "\r\n\r\n";
  EXPECT_THAT(exchange(server.port(), huge_header), StartsWith("HTTP/1.1 400 "));
  expect_healthy(server);
}

TEST_F(HttpAbuseTest, ASlowClientDoesNotDelayOthers) {
  auto config = testing::serve_config(archive_, 2);
  config.read_timeout = std::chrono::milliseconds(1500);
  const testing::RunningServer server(config, log_);
  RawConnection slow(server.port());
  ASSERT_TRUE(slow.connected());
  std::thread trickle([&] {
    for (const char c : std::string_view("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")) {
      if (!slow.send(std::string_view(&c, 1))) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  for (int i = 0; i < 3; ++i) expect_healthy(server);
  trickle.join();
  EXPECT_THAT(slow.receive_response(), StartsWith("HTTP/1.1 200 "));
}

TEST_F(HttpAbuseTest, AClientThatStopsSendingIsDropped) {
  auto config = testing::serve_config(archive_);
  config.read_timeout = std::chrono::milliseconds(500);
  const testing::RunningServer server(config, log_);
  RawConnection stalled(server.port());
  ASSERT_TRUE(stalled.send("GET /search?q=bre"));
  const auto start = Clock::now();
  EXPECT_EQ(stalled.receive_response(), "");  // closed without an answer
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(3));
  expect_healthy(server);
}

// Each idle connection holds a connection thread until the keep-alive
// timeout (2 s); with a fixed pool of a few threads, 300 of them kept every
// other client waiting for over a minute.
TEST_F(HttpAbuseTest, HundredsOfIdleConnectionsDoNotStarveOthers) {
  const testing::RunningServer server(archive_, log_);
  std::vector<std::unique_ptr<RawConnection>> idle;
  for (int i = 0; i < 300; ++i) {
    idle.push_back(std::make_unique<RawConnection>(server.port()));
    ASSERT_TRUE(idle.back()->connected()) << i;
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  expect_healthy(server);
}

TEST_F(HttpAbuseTest, HostileTextIsEscapedOnEveryPage) {
  const testing::RunningServer server(archive_, log_);
  auto client = server.client();
  const std::string payload = "%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E%3Cimg+src%3Dx+onerror%3Dalert(2)%3E";
  const std::string pages[] = {
      "/",
      "/search?q=hostile",
      "/search?q=" + payload,
      "/search?q=hostile&filter=author%3D" + payload,
      std::string("/doc/") + testing::kHostileId,
      "/doc/" + payload,
      "/quote/" + payload,
      "/about",
      "/nowhere/" + payload,
  };
  for (const auto& page : pages) {
    const auto response = client.Get(page);
    ASSERT_TRUE(response) << page;
    EXPECT_THAT(response->body, Not(HasSubstr("<script"))) << page;
    EXPECT_THAT(response->body, Not(HasSubstr("<img"))) << page;
    EXPECT_THAT(response->body, Not(HasSubstr("<b>Evil"))) << page;
    EXPECT_THAT(response->body, Not(HasSubstr("<u>tag"))) << page;
  }
  const auto api = client.Get("/api/search?q=" + payload);
  ASSERT_TRUE(api);
  EXPECT_EQ(api->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(api->get_header_value("X-Content-Type-Options"), "nosniff");
}

TEST_F(HttpAbuseTest, PathTraversalReachesNoFile) {
  const testing::RunningServer server(archive_, log_);
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"/static/../../etc/passwd", "404"},
      {"/static/..%2f..%2fetc%2fpasswd", "404"},
      {"/static/%2e%2e/%2e%2e/etc/passwd", "404"},
      {"/doc/..%2f..%2fetc%2fpasswd", "404"},
      {"/../../../../etc/passwd", "404"},
      {"/static/style.css%00.txt", "400"},
      {"/doc/%00", "400"},
  };
  for (const auto& [path, status] : cases) {
    const auto answer = exchange(server.port(), "GET " + std::string(path) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_THAT(answer, StartsWith("HTTP/1.1 " + std::string(status) + " ")) << path;
    EXPECT_THAT(answer, Not(HasSubstr("root:"))) << path;
  }
  expect_healthy(server);
}

TEST_F(HttpAbuseTest, BadEncodingsAreA400WithAShortMessage) {
  const testing::RunningServer server(archive_, log_);
  auto client = server.client();
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"/api/search?q=%FF", "parameter q is not valid UTF-8"},
      {"/api/search?q=%C3%28", "parameter q is not valid UTF-8"},
      {"/api/search?q=a%00b", "parameter q contains a NUL byte"},
      {"/api/search?q=%G1", "invalid percent-encoding in '%G1'"},
      {"/api/search?q=100%", "invalid percent-encoding in '100%'"},
      {"/api/doc/%FF", "the path is not valid UTF-8"},
  };
  for (const auto& [target, message] : cases) {
    const auto response = client.Get(std::string(target));
    ASSERT_TRUE(response) << target;
    EXPECT_EQ(response->status, 400) << target;
    EXPECT_EQ(nlohmann::json::parse(response->body).at("error"), message) << target;
  }
  const auto page = client.Get("/search?q=%FF");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 400);
  EXPECT_THAT(page->body, HasSubstr("parameter q is not valid UTF-8"));
  expect_healthy(server);
}

}  // namespace
}  // namespace samizdat::searcher
