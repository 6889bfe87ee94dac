// @brief samizdat-serve's HTTP server: cpp-httplib on a local port, answering
// with SiteHandlers and a pool of Searchers, one log line per request.
#ifndef SAMIZDAT_SEARCHER_HTTP_SERVER_H_
#define SAMIZDAT_SEARCHER_HTTP_SERVER_H_

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace samizdat::searcher {

struct ServerConfig {
  std::vector<std::string> databases;  // at least one
  std::optional<std::filesystem::path> templates;  // overrides of the built-in files
  unsigned threads = 8;                // requests answered at the same time (at least 1)
  // Connections served at the same time, idle keep-alive and slow ones
  // included (one thread each, started as needed); more wait their turn.
  unsigned connections = 512;
  // A client silent this long while sending a request is dropped.
  std::chrono::milliseconds read_timeout{10'000};
};

// One server. Each request reopens its Searcher first, so commits made by
// samizdat-index while the server runs are seen without a restart.
class HttpServer {
 public:
  // Opens the archives once and loads the templates. `log` receives one line
  // per request ("GET /search 200 3.2 ms") and must outlive the server.
  // @exception ArchiveError for an archive that cannot be opened;
  //            InputError for a bad templates folder or template.
  HttpServer(const ServerConfig& config, std::ostream& log);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds HOST:PORT; port 0 picks a free port. Returns the port bound.
  // @exception InputError when the address cannot be bound.
  int bind(const std::string& host, int port);

  // Serves the bound port until stop() is called. Blocks.
  void listen();

  // Makes listen() return; callable from any thread.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_HTTP_SERVER_H_
