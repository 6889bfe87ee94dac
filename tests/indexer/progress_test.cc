#include "indexer/progress.h"

#include <gtest/gtest.h>

#include <sstream>

#include "tests/indexer/sample_summary.h"

namespace samizdat::indexer {
namespace {

TEST(ProgressTest, SummaryLineSaysWhatTheRunDid) {
  EXPECT_EQ(format_summary(sample_summary()),
            "indexed 120 files (3 unchanged, 1 removed, 2 skipped): 120 articles, 340 comments, "
            "55 quotations; 12.3 MB in 4.1 s \u2192 archive 9.8 MB");
}

TEST(ProgressTest, SummaryLineEndsWithTheFilesOfOtherTypesMostFrequentFirst) {
  IndexSummary summary = sample_summary();
  summary.files_other = {{"", 1}, {".doc", 2}, {".pdf", 3}};
  EXPECT_TRUE(format_summary(summary).ends_with(
      "archive 9.8 MB; passed over 6 files of other types (3 .pdf, 2 .doc, 1 without extension)"))
      << format_summary(summary);
  summary.files_other = {{"", 1}};
  EXPECT_TRUE(format_summary(summary).ends_with("; passed over 1 file of other types (1 without extension)"))
      << format_summary(summary);
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
