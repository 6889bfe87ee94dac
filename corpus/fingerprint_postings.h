// @brief The quotation clusterer's inverted index: fingerprint → the add
// order (seq) of every passage holding it, compact for the usual fingerprint
// held by one passage.
#ifndef SAMIZDAT_CORPUS_FINGERPRINT_POSTINGS_H_
#define SAMIZDAT_CORPUS_FINGERPRINT_POSTINGS_H_

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace samizdat::corpus {

// Postings of passage fingerprints. A fingerprint with one posting costs one
// small hash node; only those with several keep a sorted vector.
// Not thread-safe: one writer, or readers only.
class FingerprintPostings {
 public:
  // Posts `seq` under `fingerprint`; a seq posted twice is kept once.
  void insert(std::uint64_t fingerprint, std::uint64_t seq);

  // Removes `seq` from `fingerprint`; nothing happens when it is not there.
  void erase(std::uint64_t fingerprint, std::uint64_t seq);

  // Appends to `out` the at most `limit` greatest seqs below `below` posted
  // under `fingerprint`, ascending.
  void append_latest(std::uint64_t fingerprint, std::uint64_t below, std::size_t limit,
                     std::vector<std::uint64_t>& out) const;

  // Number of fingerprints with at least one posting.
  [[nodiscard]] std::size_t size() const { return single_.size() + several_.size(); }

 private:
  std::unordered_map<std::uint64_t, std::uint64_t> single_;
  std::unordered_map<std::uint64_t, std::vector<std::uint64_t>> several_;  // ascending, ≥ 2
};

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_FINGERPRINT_POSTINGS_H_
