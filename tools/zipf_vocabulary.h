// @brief A synthetic vocabulary whose word frequencies follow Zipf's law,
// spelt in Latin or Cyrillic letters.
#ifndef SAMIZDAT_TOOLS_ZIPF_VOCABULARY_H_
#define SAMIZDAT_TOOLS_ZIPF_VOCABULARY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tools/deterministic_random.h"

namespace samizdat::tools {

// Twenty thousand made-up words ("kato", "venlinpo"), short ones frequent,
// drawn with probability proportional to 1/rank. The words are fixed (they
// do not depend on the corpus seed). Immutable after construction, so safe
// to share between threads.
class ZipfVocabulary {
 public:
  ZipfVocabulary();

  // A word drawn by Zipf's law, in Cyrillic letters when `cyrillic`.
  [[nodiscard]] std::string_view draw(DeterministicRandom& random, bool cyrillic) const;

 private:
  struct Spelling {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
  };
  // Both spellings of every word, back to back in one buffer so that
  // frequent words share cache lines.
  [[nodiscard]] Spelling append_spelling(std::string_view word);

  std::string letters_;
  std::vector<Spelling> latin_;
  std::vector<Spelling> cyrillic_;
  std::vector<std::uint64_t> cumulative_;  // thresholds in [0, 2^53)
  // For each of 2^16 equal slices of [0, 2^53), the first rank whose
  // threshold lies above the slice's start: a draw then searches a few
  // ranks instead of the whole table.
  std::vector<std::uint32_t> slice_start_;
};

// Upper-cases the letter starting at byte `at` of `text` when it is an ASCII,
// Latin-1 or Cyrillic lower-case letter; leaves anything else alone.
void capitalize_at(std::string& text, std::size_t at);

}  // namespace samizdat::tools

#endif  // SAMIZDAT_TOOLS_ZIPF_VOCABULARY_H_
