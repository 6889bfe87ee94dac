// @brief One filled-in IndexSummary shared by the tests of its renderings.
#ifndef SAMIZDAT_TESTS_INDEXER_SAMPLE_SUMMARY_H_
#define SAMIZDAT_TESTS_INDEXER_SAMPLE_SUMMARY_H_

#include "indexer/indexer.h"

namespace samizdat::indexer {

// A run that saw 126 files: 120 indexed, 3 unchanged, 1 removed, 2 skipped.
inline IndexSummary sample_summary() {
  IndexSummary summary;
  summary.files_seen = 126;
  summary.files_indexed = 120;
  summary.files_unchanged = 3;
  summary.files_removed = 1;
  summary.files_skipped = 2;
  summary.errors = 2;
  summary.articles = 120;
  summary.comments = 340;
  summary.quotations = 55;
  summary.bytes_in = 12'300'000;
  summary.archive_bytes = 9'800'000;
  summary.seconds = 4.1;
  return summary;
}

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_TESTS_INDEXER_SAMPLE_SUMMARY_H_
