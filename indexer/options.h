// @brief The command line of samizdat-index: what to do and with which
// options, parsed with Boost.Program_options.
#ifndef SAMIZDAT_INDEXER_OPTIONS_H_
#define SAMIZDAT_INDEXER_OPTIONS_H_

#include <string>

#include "indexer/indexer.h"

namespace samizdat::indexer {

enum class Command { kIndex, kStats, kHelp };

// A parsed command line.
struct CommandLine {
  Command command = Command::kIndex;
  IndexOptions index;  // archive always; the rest only for kIndex
  bool json = false;   // print the summary or statistics as JSON
  unsigned shards = 0; // >0: index into ARCHIVE/all, then write that many shards
};

// Parses samizdat-index's arguments (argv[0] is the program name).
// @exception boost::program_options::error for every usage error: an unknown
//            or malformed option, a missing --db or CORPUS_DIR, a CORPUS_DIR
//            with --stats, or --threads / --batch / --shards out of range. Its what() is
//            one line naming the option.
[[nodiscard]] CommandLine parse_command_line(int argc, const char* const argv[]);

// The --help text: usage lines, every option, an example.
[[nodiscard]] std::string usage_text();

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_OPTIONS_H_
