// @brief The command line of samizdat-serve, parsed with Boost.Program_options
// into one structure.
#ifndef SAMIZDAT_SEARCHER_SERVE_OPTIONS_H_
#define SAMIZDAT_SEARCHER_SERVE_OPTIONS_H_

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace samizdat::searcher {

// How to serve. Defaults: loopback only, port 8080, eight worker threads,
// the templates compiled into the binary.
struct ServeOptions {
  std::vector<std::string> databases;  // --db, at least one
  std::string host = "127.0.0.1";      // --listen HOST:PORT
  int port = 8080;                     // 0: any free port (printed at start)
  unsigned threads = 8;                // --threads, 1..256
  std::optional<std::filesystem::path> templates;  // --templates DIR
  bool help = false;                   // --help: print serve_usage() only
};

// Parses argv (argv[0] is the program). With --help, returns at once.
// @exception InputError naming the flag and what is wrong with it (unknown
//            flag, missing --db, bad --listen or --threads, stray arguments).
[[nodiscard]] ServeOptions parse_serve_options(int argc, const char* const* argv);

// Splits "HOST:PORT" ("[::1]:8080" for IPv6).
// @exception InputError for a missing host or a port outside 0..65535.
[[nodiscard]] std::pair<std::string, int> parse_listen_address(const std::string& listen);

// The --help text.
[[nodiscard]] std::string serve_usage();

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_SERVE_OPTIONS_H_
