#include "indexer/progress.h"

#include <gtest/gtest.h>

#include <sstream>

namespace samizdat::indexer {
namespace {

IndexSummary sample_summary() {
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

TEST(ProgressTest, SummaryLineSaysWhatTheRunDid) {
  EXPECT_EQ(format_summary(sample_summary()),
            "indexed 120 files (3 unchanged, 1 removed, 2 skipped): 120 articles, 340 comments, "
            "55 quotations; 12.3 MB in 4.1 s \u2192 archive 9.8 MB");
}

TEST(ProgressTest, ProgressLineShowsFilesBytesRateAndEta) {
  IndexSummary so_far;
  so_far.files_seen = 5000;
  so_far.files_indexed = 1200;
  so_far.files_unchanged = 30;
  so_far.files_skipped = 4;
  so_far.bytes_in = 10'000'000;
  so_far.seconds = 2.0;
  EXPECT_EQ(format_progress(so_far, 50'000'000), "1234/5000 files, 10.0 MB, 5.0 MB/s, ETA 0:08");
  EXPECT_EQ(format_progress(so_far, 10'000'000), "1234/5000 files, 10.0 MB, 5.0 MB/s");
}

TEST(ProgressTest, ProgressLinePrintsNothingWhenDisabled) {
  std::ostringstream out;
  ProgressLine line(out, false);
  line.update(sample_summary(), 100);
  line.clear();
  EXPECT_EQ(out.str(), "");
}

TEST(ProgressTest, ProgressLineRedrawsInPlaceAndClears) {
  std::ostringstream out;
  ProgressLine line(out, true);
  line.update(sample_summary(), 0);
  line.update(sample_summary(), 0);  // within 100 ms: not redrawn
  line.clear();
  EXPECT_EQ(out.str(), "\r\033[K" + format_progress(sample_summary(), 0) + "\r\033[K");
}

}  // namespace
}  // namespace samizdat::indexer
