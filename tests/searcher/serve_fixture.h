// @brief The archive the samizdat-serve tests search: the searcher tests'
// corpus plus a hostile document whose every field tries to inject HTML.
#ifndef SAMIZDAT_TESTS_SEARCHER_SERVE_FIXTURE_H_
#define SAMIZDAT_TESTS_SEARCHER_SERVE_FIXTURE_H_

#include <filesystem>
#include <ostream>
#include <string>
#include <thread>

#include <httplib.h>

#include "searcher/http_server.h"
#include "tests/searcher/archive_fixture.h"
#include "tests/temp_dir.h"

namespace samizdat::testing {

// Id, title and text of the hostile document (found by the word "hostile").
inline constexpr const char* kHostileId = "1920/hostile";
inline constexpr const char* kHostileTitle = "<script>alert('title')</script> \"Quoted\"";
inline constexpr const char* kHostileText = "A hostile <img src=x onerror=alert(1)> text & bread.";

// Builds the archive into `directory` and returns its path.
std::filesystem::path build_serve_archive(const TempDir& directory);

// A server configuration for `archive` with `threads` answering threads.
[[nodiscard]] searcher::ServerConfig serve_config(const std::string& archive, unsigned threads = 4);

// An HttpServer on a free loopback port, serving in a thread until destroyed.
class RunningServer {
 public:
  RunningServer(const searcher::ServerConfig& config, std::ostream& log);
  // serve_config(archive).
  RunningServer(const std::string& archive, std::ostream& log);
  ~RunningServer();
  RunningServer(const RunningServer&) = delete;
  RunningServer& operator=(const RunningServer&) = delete;

  [[nodiscard]] int port() const { return port_; }
  // A client of this server with 5 s to connect and 10 s to read.
  [[nodiscard]] httplib::Client client() const;

 private:
  searcher::HttpServer server_;
  int port_;
  std::thread thread_;
};

}  // namespace samizdat::testing

#endif  // SAMIZDAT_TESTS_SEARCHER_SERVE_FIXTURE_H_
