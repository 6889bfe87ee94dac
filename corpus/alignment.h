// @brief Word-level local alignment of two passages: how much of the shorter
// one is found, in order, in the longer one.
#ifndef SAMIZDAT_CORPUS_ALIGNMENT_H_
#define SAMIZDAT_CORPUS_ALIGNMENT_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace samizdat::corpus {

// Scores of the local alignment (Smith-Waterman with affine gaps, Gotoh).
// A long gap costs little more than a short one, so a passage quoted with an
// ellipsis still aligns with the full one, while common words scattered
// across a long text (the ... of ... to) do not add up: each isolated match
// costs more in gaps than it earns.
struct AlignmentScores {
  double match = 1.0;
  double mismatch = -0.5;    // one word replaced by another (translation variants)
  double gap_open = -1.0;    // first word skipped on one side
  double gap_extend = -0.1;  // each further word skipped
};

// The best local alignment of two passages.
struct Alignment {
  double score = 0.0;             // about the number of words aligned, less penalties
  std::size_t shorter_words = 0;  // length of the shorter passage
  // score / shorter_words: 1.0 when the shorter passage appears verbatim in
  // the longer; 0.0 when either is empty.
  [[nodiscard]] double coverage() const;
};

// Aligns `a` and `b` (word hashes from passage_words). Different passages
// that share a phrase score about the phrase's length and a coverage well
// under 0.5. O(|a|·|b|) time, O(min) memory. Pure, thread-safe.
[[nodiscard]] Alignment align_words(const std::vector<std::uint64_t>& a,
                                    const std::vector<std::uint64_t>& b,
                                    const AlignmentScores& scores = {});

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_ALIGNMENT_H_
