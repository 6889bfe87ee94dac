// @brief What samizdat-index tells a person while it works: a progress line
// redrawn in place on a terminal, and one summary line at the end.
#ifndef SAMIZDAT_INDEXER_PROGRESS_H_
#define SAMIZDAT_INDEXER_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <ostream>
#include <string>

#include "indexer/indexer.h"

namespace samizdat::indexer {

// "1234/5000 files, 12.3 MB, 4.5 MB/s, ETA 0:42"
[[nodiscard]] std::string format_progress(const IndexSummary& so_far, std::uint64_t bytes_total);

// "indexed 120 files (3 unchanged, 1 removed, 2 skipped): 120 articles, 340
// comments, 55 quotations; 12.3 MB in 4.1 s → archive 9.8 MB", then, when
// the corpus holds files of other types, "; passed over 4 files of other
// types (3 .pdf, 1 without extension)".
[[nodiscard]] std::string format_summary(const IndexSummary& summary);

// A progress line on `out`, redrawn with '\r' at most ten times a second.
// When disabled (not a terminal) it prints nothing. Not thread-safe.
class ProgressLine {
 public:
  ProgressLine(std::ostream& out, bool enabled) : out_(out), enabled_(enabled) {}
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  void update(const IndexSummary& so_far, std::uint64_t bytes_total);
  // Erases the line, so that a message can be printed in its place.
  void clear();

 private:
  std::ostream& out_;
  const bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_PROGRESS_H_
