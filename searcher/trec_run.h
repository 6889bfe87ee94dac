// @brief A TREC run: natural-language topics in, ranked lists out in the
// format trec_eval reads ("qid Q0 docid rank score tag").
#ifndef SAMIZDAT_SEARCHER_TREC_RUN_H_
#define SAMIZDAT_SEARCHER_TREC_RUN_H_

#include <istream>
#include <ostream>
#include <string>

#include "searcher/searcher.h"

namespace samizdat::searcher {

struct TrecRunOptions {
  std::string run_tag = "samizdat";
  std::string language;        // stemming language; "" = English
  std::size_t depth = 1000;    // results per topic
};

// Reads "qid<TAB>query text" lines from `topics` (blank lines ignored),
// searches each with punctuation removed and words OR-ed, and writes one
// line per result to `out`. A topic that is malformed or fails to parse is
// reported on `errors` ("samizdat-search: topic QID: REASON") and skipped.
// Returns the number of topics skipped.
// @exception ArchiveError when the archive fails.
std::size_t run_trec(Searcher& searcher, std::istream& topics, const TrecRunOptions& options, std::ostream& out,
                     std::ostream& errors);

// Query text with ASCII punctuation turned into spaces (so "U.S.-Soviet?"
// cannot be read as query syntax).
[[nodiscard]] std::string strip_punctuation(const std::string& text);

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_TREC_RUN_H_
