// samizdat-serve: serves an archive's search pages and JSON API over HTTP.
#include <iostream>

#include <xapian.h>

#include "corpus/error.h"
#include "searcher/http_server.h"
#include "searcher/serve_options.h"

namespace {

int serve(const samizdat::searcher::ServeOptions& options) {
  samizdat::searcher::ServerConfig config;
  config.databases = options.databases;
  config.templates = options.templates;
  config.threads = options.threads;
  samizdat::searcher::HttpServer server(config, std::cerr);
  const int port = server.bind(options.host, options.port);
  const bool ipv6 = options.host.find(':') != std::string::npos;
  const auto host = ipv6 ? "[" + options.host + "]" : options.host;
  std::cerr << "samizdat-serve: listening on http://" << host << ":" << port << "/" << std::endl;
  server.listen();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const auto options = samizdat::searcher::parse_serve_options(argc, argv);
    if (options.help) {
      std::cout << samizdat::searcher::serve_usage();
      return 0;
    }
    return serve(options);
  } catch (const samizdat::InputError& e) {
    std::cerr << "samizdat-serve: error: " << e.what() << '\n';
    return 2;
  } catch (const samizdat::Error& e) {
    std::cerr << "samizdat-serve: error: " << e.what() << '\n';
    return 1;
  } catch (const Xapian::Error& e) {
    std::cerr << "samizdat-serve: error: " << e.get_description() << '\n';
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "samizdat-serve: error: " << e.what() << '\n';
    return 1;
  }
}
