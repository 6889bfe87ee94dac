#include "tests/searcher/serve_fixture.h"

namespace samizdat::testing {

std::filesystem::path build_serve_archive(const TempDir& directory) {
  auto records = fixture_records();
  records.push_back({kHostileId, kHostileTitle, kHostileText, "1920-05-01",
                     {"<b>Evil</b> Author"}, "Pub <i>x</i>", "en", {"<u>tag</u>"}, "",
                     {"<script>alert('comment')</script> hostile comment"}});
  return build_archive(directory, "archive", records);
}

searcher::ServerConfig serve_config(const std::string& archive, unsigned threads) {
  searcher::ServerConfig config;
  config.databases = {archive};
  config.threads = threads;
  return config;
}

RunningServer::RunningServer(const searcher::ServerConfig& config, std::ostream& log)
    : server_(config, log), port_(server_.bind("127.0.0.1", 0)), thread_([this] { server_.listen(); }) {}

RunningServer::RunningServer(const std::string& archive, std::ostream& log)
    : RunningServer(serve_config(archive), log) {}

RunningServer::~RunningServer() {
  server_.stop();
  thread_.join();
}

httplib::Client RunningServer::client() const {
  httplib::Client client("127.0.0.1", port_);
  client.set_connection_timeout(5);
  client.set_read_timeout(10);
  return client;
}

}  // namespace samizdat::testing
