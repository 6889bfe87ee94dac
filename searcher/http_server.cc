#include "searcher/http_server.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <optional>
#include <semaphore>

#include <httplib.h>

#include "corpus/error.h"
#include "searcher/http_handlers.h"
#include "searcher/http_searcher_pool.h"
#include "searcher/http_thread_pool.h"

namespace samizdat::searcher {
namespace {

constexpr time_t kWriteTimeoutSeconds = 30;
constexpr time_t kKeepAliveSeconds = 2;
constexpr std::size_t kMaxPayloadBytes = 64 * 1024;  // GET only: no request has a body
// The most requests answered at the same time, whatever ServerConfig asks.
constexpr std::ptrdiff_t kMaxAnswering = 1024;

using AnsweringSlots = std::counting_semaphore<kMaxAnswering>;

// One of the server's answering slots, held for the object's lifetime.
class AnsweringTurn {
 public:
  explicit AnsweringTurn(AnsweringSlots& slots) : slots_(slots) { slots_.acquire(); }
  ~AnsweringTurn() { slots_.release(); }
  AnsweringTurn(const AnsweringTurn&) = delete;
  AnsweringTurn& operator=(const AnsweringTurn&) = delete;

 private:
  AnsweringSlots& slots_;
};

// Pages never load anything from elsewhere, nor run scripts.
constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'";

// The path as logged: no query (it may be private), no control characters.
[[nodiscard]] std::string loggable_path(const std::string& target) {
  auto path = target.substr(0, target.find('?'));
  for (auto& c : path) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
  }
  return path;
}

void set_headers(const std::string& target, httplib::Response& res) {
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Content-Security-Policy", kContentSecurityPolicy);
  res.set_header("Referrer-Policy", "no-referrer");
  const bool is_static = target.starts_with("/static/");
  res.set_header("Cache-Control", is_static ? "public, max-age=3600" : "no-store");
}

// SO_REUSEADDR lets a restarted server bind despite old connections in
// TIME_WAIT; httplib's default also sets SO_REUSEPORT, which would let a
// second server share the port silently instead of failing.
void set_socket_options(socket_t socket) {
  const int yes = 1;
  setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
}

}  // namespace

struct HttpServer::Impl {
  Impl(const ServerConfig& config, std::ostream& log_stream)
      : pool(config.databases), handlers(TemplateSet(config.templates)), log(log_stream),
        answering(std::clamp<std::ptrdiff_t>(config.threads, 1, kMaxAnswering)) {}

  void answer(const httplib::Request& req, httplib::Response& res);
  void write_log(const httplib::Request& req, const HttpResponse& response, double ms);

  SearcherPool pool;
  const SiteHandlers handlers;
  std::ostream& log;
  std::mutex log_mutex;
  // Connection threads outnumber Searchers: a request waits here for a turn.
  AnsweringSlots answering;
  httplib::Server server;
};

void HttpServer::Impl::answer(const httplib::Request& req, httplib::Response& res) {
  const auto start = std::chrono::steady_clock::now();
  const AnsweringTurn turn(answering);  // outlives the lease: at most `threads` Searchers
  std::optional<SearcherPool::Lease> lease;
  const SearcherSource searcher = [&]() -> Searcher& {
    if (!lease) {
      lease.emplace(pool.acquire());
      lease->get().reopen();
    }
    return lease->get();
  };
  const HttpRequest request{req.method, req.target, req.get_header_value("Host")};
  const auto response = handlers.handle(request, searcher);
  res.status = response.status;
  res.set_content(response.body, response.content_type.c_str());
  set_headers(req.target, res);
  const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
  write_log(req, response, took.count());
}

void HttpServer::Impl::write_log(const httplib::Request& req, const HttpResponse& response,
                                 double ms) {
  std::array<char, 32> took{};
  std::snprintf(took.data(), took.size(), "%.1f ms", ms);
  auto line = req.method + " " + loggable_path(req.target) + " " +
              std::to_string(response.status) + " " + took.data();
  if (!response.log_detail.empty()) line += ": " + loggable_path(response.log_detail);
  const std::lock_guard lock(log_mutex);
  log << line << '\n' << std::flush;
}

HttpServer::HttpServer(const ServerConfig& config, std::ostream& log)
    : impl_(std::make_unique<Impl>(config, log)) {
  auto& server = impl_->server;
  const std::size_t connections = std::max(config.connections, 1U);
  // httplib owns and deletes the queue it gets from this factory.
  server.new_task_queue = [connections] { return new ElasticThreadPool(connections); };
  // Without it Nagle and delayed ACKs hold each keep-alive response ~40 ms.
  server.set_tcp_nodelay(true);
  server.set_read_timeout(config.read_timeout);
  server.set_write_timeout(kWriteTimeoutSeconds);
  server.set_keep_alive_timeout(kKeepAliveSeconds);
  server.set_payload_max_length(kMaxPayloadBytes);
  server.set_socket_options(set_socket_options);
  const auto answer = [impl = impl_.get()](const httplib::Request& req, httplib::Response& res) {
    impl->answer(req, res);
  };
  // Every path and method goes through SiteHandlers, which answers unknown
  // ones with 404 or 405 in the site's own pages.
  const std::string any = ".*";
  server.Get(any, answer).Post(any, answer).Put(any, answer).Delete(any, answer);
  server.Patch(any, answer).Options(any, answer);
}

HttpServer::~HttpServer() = default;

int HttpServer::bind(const std::string& host, int port) {
  auto& server = impl_->server;
  const int bound = port == 0 ? server.bind_to_any_port(host) : (server.bind_to_port(host, port) ? port : -1);
  if (bound < 0) {
    throw InputError("cannot listen on " + host + ":" + std::to_string(port) +
                     ": the address is in use or not this machine's");
  }
  return bound;
}

void HttpServer::listen() { impl_->server.listen_after_bind(); }

void HttpServer::stop() { impl_->server.stop(); }

}  // namespace samizdat::searcher
