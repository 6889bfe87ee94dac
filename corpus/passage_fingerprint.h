// @brief The words of a quoted passage as hashes, and winnowed shingle
// fingerprints that any two passages sharing a run of five words have in common.
#ifndef SAMIZDAT_CORPUS_PASSAGE_FINGERPRINT_H_
#define SAMIZDAT_CORPUS_PASSAGE_FINGERPRINT_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace samizdat::corpus {

// Words per shingle, and shingles per winnowing window: two passages that
// share kShingleWords + kWinnowWindow - 1 = 5 consecutive words share at
// least one fingerprint.
inline constexpr std::size_t kShingleWords = 3;
inline constexpr std::size_t kWinnowWindow = 3;

// The words of `text`, case-folded (ICU full case folding), as 64-bit hashes
// that are the same on every platform and in every run. Words are runs of
// letters and digits; apostrophes (' ’ ʼ) join ("don’t" = "dont"); every
// other character, punctuation, quote marks and ellipses included,
// separates. Invalid UTF-8 bytes separate words. Pure, thread-safe.
[[nodiscard]] std::vector<std::uint64_t> passage_words(std::string_view text);

// The winnowed fingerprints of `words` (from passage_words): hashes of
// kShingleWords-word shingles, keeping the smallest of every kWinnowWindow
// consecutive shingles (Schleimer, Wilkerson and Aiken's winnowing, i.e. a
// MinHash over each window). Passages too short for a window keep every
// shingle; fewer words than a shingle make one shingle of all of them; no
// words, no fingerprints. Sorted, without duplicates. Pure, thread-safe.
[[nodiscard]] std::vector<std::uint64_t> passage_fingerprints(
    const std::vector<std::uint64_t>& words);

// A 64-bit hash of a whole word sequence (order matters). Pure, thread-safe.
[[nodiscard]] std::uint64_t hash_words(const std::vector<std::uint64_t>& words);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_PASSAGE_FINGERPRINT_H_
