#include "searcher/serve_options.h"

#include <charconv>
#include <sstream>

#include <boost/program_options.hpp>

#include "corpus/error.h"

namespace samizdat::searcher {
namespace {

namespace po = boost::program_options;

constexpr unsigned kMaxThreads = 256;
constexpr int kMaxPort = 65535;

constexpr const char* kExamples = R"(
Serves the archive's search page, documents and JSON API on a local port:
  /             search page (works with JavaScript off)
  /doc/ID       a document with its comments and quotations
  /about        the archive's statistics
  /api/search   the same JSON as samizdat-search --json (q, limit, offset,
                sort, facet, filter=FIELD=VALUE, timeline, lang)
  /api/doc/ID, /api/stats, /healthz, /opensearch.xml

Examples:
  samizdat-serve --db archive
  samizdat-serve --db archive --listen 0.0.0.0:8080 --threads 16
  samizdat-serve --db archive --templates my-templates/
)";

[[nodiscard]] po::options_description describe_options() {
  po::options_description options("Options");
  options.add_options()
      ("db", po::value<std::vector<std::string>>()->composing(),
       "archive folder, stub file or tcp://HOST:PORT (repeatable; searched as one)")
      ("listen", po::value<std::string>()->default_value("127.0.0.1:8080"),
       "HOST:PORT to listen on (port 0: any free port)")
      ("threads", po::value<unsigned>()->default_value(8), "worker threads (1..256)")
      ("templates", po::value<std::string>(),
       "folder whose *.mustache and style.css replace the built-in ones")
      ("help", "print this help");
  return options;
}

[[nodiscard]] po::variables_map parse_arguments(int argc, const char* const* argv) {
  po::variables_map values;
  try {
    // An empty positional description makes stray words an error, not ignored.
    const po::positional_options_description no_positionals;
    po::store(po::command_line_parser(argc, argv)
                  .options(describe_options())
                  .positional(no_positionals)
                  .run(),
              values);
    po::notify(values);
  } catch (const po::error& e) {
    throw InputError(e.what());
  }
  return values;
}

[[nodiscard]] int parse_port(std::string_view text, const std::string& listen) {
  int port = -1;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), port);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || port < 0 ||
      port > kMaxPort) {
    throw InputError("--listen '" + listen + "': the port must be a number from 0 to 65535");
  }
  return port;
}

}  // namespace

std::pair<std::string, int> parse_listen_address(const std::string& listen) {
  const auto colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0) {
    throw InputError("--listen '" + listen + "' must be HOST:PORT, e.g. 127.0.0.1:8080");
  }
  auto host = listen.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  return {host, parse_port(std::string_view(listen).substr(colon + 1), listen)};
}

ServeOptions parse_serve_options(int argc, const char* const* argv) {
  const auto values = parse_arguments(argc, argv);
  ServeOptions options;
  if (values.count("help") != 0) {
    options.help = true;
    return options;
  }
  if (values.count("db") == 0) throw InputError("--db ARCHIVE is required");
  options.databases = values["db"].as<std::vector<std::string>>();
  std::tie(options.host, options.port) = parse_listen_address(values["listen"].as<std::string>());
  options.threads = values["threads"].as<unsigned>();
  if (options.threads == 0 || options.threads > kMaxThreads) {
    throw InputError("--threads " + std::to_string(options.threads) + ": must be from 1 to 256");
  }
  if (values.count("templates") != 0) options.templates = values["templates"].as<std::string>();
  return options;
}

std::string serve_usage() {
  std::ostringstream usage;
  usage << "Usage: samizdat-serve --db ARCHIVE [--db ...] [--listen 127.0.0.1:8080]\n"
        << "                      [--threads N] [--templates DIR]\n\n"
        << describe_options() << kExamples;
  return usage.str();
}

}  // namespace samizdat::searcher
