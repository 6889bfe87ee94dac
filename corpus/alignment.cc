#include "corpus/alignment.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace samizdat::corpus {

namespace {

// One row of Gotoh's three matrices: best score ending at (i, j) with a
// match or mismatch (h), with a gap in the row passage (e) or in the column
// passage (f).
struct Row {
  std::vector<double> h;
  std::vector<double> e;
  explicit Row(std::size_t size) : h(size, 0.0), e(size, 0.0) {}
};

}  // namespace

double Alignment::coverage() const {
  return shorter_words == 0 ? 0.0 : score / static_cast<double>(shorter_words);
}

Alignment align_words(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b,
                      const AlignmentScores& scores) {
  const std::vector<std::uint64_t>& shorter = a.size() <= b.size() ? a : b;
  const std::vector<std::uint64_t>& longer = a.size() <= b.size() ? b : a;
  if (shorter.empty()) return {};
  const std::size_t columns = shorter.size() + 1;
  Row previous(columns);
  Row current(columns);
  double best = 0.0;
  for (const std::uint64_t word : longer) {
    double f = 0.0;
    for (std::size_t j = 1; j < columns; ++j) {
      const double diagonal =
          previous.h[j - 1] + (word == shorter[j - 1] ? scores.match : scores.mismatch);
      current.e[j] = std::max(previous.e[j] + scores.gap_extend,
                              previous.h[j] + scores.gap_open + scores.gap_extend);
      f = std::max(f + scores.gap_extend, current.h[j - 1] + scores.gap_open + scores.gap_extend);
      current.h[j] = std::max({0.0, diagonal, current.e[j], f});
      best = std::max(best, current.h[j]);
    }
    std::swap(previous, current);
  }
  return {best, shorter.size()};
}

}  // namespace samizdat::corpus
