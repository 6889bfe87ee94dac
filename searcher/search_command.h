// @brief samizdat-search's one library call: runs what the options ask for
// (a search, --show or --queries) and prints it.
#ifndef SAMIZDAT_SEARCHER_SEARCH_COMMAND_H_
#define SAMIZDAT_SEARCHER_SEARCH_COMMAND_H_

#include <ostream>

#include "searcher/search_options.h"
#include "searcher/text_output.h"

namespace samizdat::searcher {

// Opens the archives and runs the command, writing results to `out` (text
// with `highlight`, JSON or TREC lines) and skipped TREC topics to `errors`.
// Zero hits is success.
// @exception ArchiveError for archives that cannot be opened or read;
//            InputError for a bad query, an unknown field, an unknown --show
//            id or an unreadable --queries file.
void run_search_command(const SearchOptions& options, Highlight highlight, std::ostream& out, std::ostream& errors);

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_SEARCH_COMMAND_H_
