// @brief samizdat-index's commands over the library: index a corpus or show
// an archive's statistics, printing for a person or as JSON.
#ifndef SAMIZDAT_INDEXER_INDEX_COMMAND_H_
#define SAMIZDAT_INDEXER_INDEX_COMMAND_H_

#include <ostream>

#include "indexer/options.h"

namespace samizdat::indexer {

// Where a command prints: results on `out`; skipped files, warnings,
// progress (only when `terminal`) and the summary line on `err`.
struct CommandStreams {
  std::ostream& out;
  std::ostream& err;
  bool terminal = false;  // err is a terminal: redraw a progress line
};

// Runs `line` (kIndex or kStats; kHelp prints the usage) and returns the
// exit status: 0 when the archive is good, even if files were skipped.
// @exception as index_corpus and read_archive_stats.
[[nodiscard]] int run_command(const CommandLine& line, const CommandStreams& streams);

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_INDEX_COMMAND_H_
