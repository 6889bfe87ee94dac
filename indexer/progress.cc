#include "indexer/progress.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <utility>
#include <vector>

namespace samizdat::indexer {
namespace {

constexpr auto kRedrawInterval = std::chrono::milliseconds(100);

std::string fixed(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

std::string megabytes(std::uint64_t bytes) {
  return fixed(static_cast<double>(bytes) / 1e6) + " MB";
}

// "3 .pdf, 1 without extension", most frequent first.
std::string by_extension(const std::map<std::string, std::uint64_t>& counts) {
  std::vector<std::pair<std::string, std::uint64_t>> sorted(counts.begin(), counts.end());
  std::ranges::stable_sort(sorted, std::greater{}, &std::pair<std::string, std::uint64_t>::second);
  std::string text;
  for (const auto& [extension, count] : sorted) {
    if (!text.empty()) text += ", ";
    text += std::to_string(count) + " " + (extension.empty() ? "without extension" : extension);
  }
  return text;
}

std::string duration(double seconds) {
  const auto whole = static_cast<long long>(seconds + 0.5);
  char text[32];
  std::snprintf(text, sizeof text, "%lld:%02lld", whole / 60, whole % 60);
  return text;
}

}  // namespace

std::string format_progress(const IndexSummary& so_far, std::uint64_t bytes_total) {
  const auto done = so_far.files_indexed + so_far.files_unchanged + so_far.files_skipped;
  const double rate =
      so_far.seconds > 0 ? static_cast<double>(so_far.bytes_in) / so_far.seconds : 0;
  std::string line = std::to_string(done) + "/" + std::to_string(so_far.files_seen) + " files, " +
                     megabytes(so_far.bytes_in) + ", " + fixed(rate / 1e6) + " MB/s";
  if (rate > 0 && bytes_total > so_far.bytes_in) {
    line += ", ETA " + duration(static_cast<double>(bytes_total - so_far.bytes_in) / rate);
  }
  return line;
}

std::string format_summary(const IndexSummary& summary) {
  std::string line =
      "indexed " + std::to_string(summary.files_indexed) + " files (" + std::to_string(summary.files_unchanged) +
      " unchanged, " + std::to_string(summary.files_removed) + " removed, " + std::to_string(summary.files_skipped) +
      " skipped): " + std::to_string(summary.articles) + " articles, " + std::to_string(summary.comments) +
      " comments, " + std::to_string(summary.quotations) + " quotations; " + megabytes(summary.bytes_in) + " in " +
      fixed(summary.seconds) + " s \u2192 archive " + megabytes(summary.archive_bytes);
  std::uint64_t others = 0;
  for (const auto& [extension, count] : summary.files_other) others += count;
  if (others > 0) {
    line += "; passed over " + std::to_string(others) + (others == 1 ? " file" : " files") +
            " of other types (" + by_extension(summary.files_other) + ")";
  }
  return line;
}

void ProgressLine::update(const IndexSummary& so_far, std::uint64_t bytes_total) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (shown_ && now - last_ < kRedrawInterval) return;
  last_ = now;
  shown_ = true;
  out_ << "\r\033[K" << format_progress(so_far, bytes_total) << std::flush;
}

void ProgressLine::clear() {
  if (!shown_) return;
  out_ << "\r\033[K" << std::flush;
  shown_ = false;
}

}  // namespace samizdat::indexer
