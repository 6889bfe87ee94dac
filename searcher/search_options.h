// @brief The command line of samizdat-search, parsed with
// Boost.Program_options into one structure.
#ifndef SAMIZDAT_SEARCHER_SEARCH_OPTIONS_H_
#define SAMIZDAT_SEARCHER_SEARCH_OPTIONS_H_

#include <optional>
#include <string>
#include <vector>

#include "searcher/search_request.h"

namespace samizdat::searcher {

enum class OutputFormat { kText, kJson, kTrec };

// What samizdat-search was asked to do: search (the default), show one
// document (--show) or run a file of topics (--queries).
struct SearchOptions {
  std::vector<std::string> databases;  // --db, at least one
  SearchRequest request;               // query words, --limit, --filter, ...
  OutputFormat format = OutputFormat::kText;
  std::optional<std::string> show_id;  // --show ID
  std::optional<std::string> queries_file;  // --queries FILE
  bool quotations = false;             // --quotations: quotation clusters
  std::string run_tag = "samizdat";    // --run-tag
  bool help = false;                   // --help: print search_usage() only
};

// The largest --limit accepted.
inline constexpr std::size_t kMaxLimit = 10000;

// Parses argv (argv[0] is the program). With --help, returns at once with
// help set and nothing else checked.
// @exception InputError naming the flag and what is wrong with it (unknown
//            flag, missing --db, bad --limit/--sort/--filter/--format, --show
//            or --queries combined with query words).
[[nodiscard]] SearchOptions parse_search_options(int argc, const char* const* argv);

// The --help text: usage, every flag, the query language and examples.
[[nodiscard]] std::string search_usage();

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_SEARCH_OPTIONS_H_
