// @brief The quotation clusterer's inverted index: fingerprint → the add
// order (seq) of every passage holding it, about 12–16 bytes a posting.
#ifndef SAMIZDAT_CORPUS_FINGERPRINT_POSTINGS_H_
#define SAMIZDAT_CORPUS_FINGERPRINT_POSTINGS_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace samizdat::corpus {

// Postings of passage fingerprints, sized for tens of millions of postings.
// The fingerprint is mixed and its top bits choose one of 256 open-addressing
// tables that grow on their own (by a quarter), so growing never holds more
// than about 1/100 of the structure twice. A fingerprint with one posting costs
// one 12-byte slot; one with several also a sorted uint32 block in its table's
// arena, searched by binary search. Blocks grow by doubling; freed ones are
// reused, and the arena is rewritten once they waste about a quarter of it.
// Nothing is erased: the clusterer skips the seqs of passages it removed.
// Seqs are stored as 32 bits: every seq posted must be below 2^32.
// Not thread-safe: one writer, or readers only.
class FingerprintPostings {
 public:
  FingerprintPostings();
  FingerprintPostings(const FingerprintPostings& other);
  FingerprintPostings(FingerprintPostings&& other) noexcept;
  FingerprintPostings& operator=(const FingerprintPostings& other);
  FingerprintPostings& operator=(FingerprintPostings&& other) noexcept;
  ~FingerprintPostings();

  // Posts `seq` under `fingerprint`; a seq posted twice is kept once.
  // Throws std::length_error naming the seq when `seq` is not below 2^32.
  void insert(std::uint64_t fingerprint, std::uint64_t seq);

  // Appends to `out` the at most `limit` greatest seqs below `below` posted
  // under `fingerprint`, ascending.
  void append_latest(std::uint64_t fingerprint, std::uint64_t below, std::size_t limit,
                     std::vector<std::uint64_t>& out) const;

  // Number of fingerprints with at least one posting.
  [[nodiscard]] std::size_t size() const { return size_; }

  // Bytes the tables and arenas have reserved (heap, without allocator overhead).
  [[nodiscard]] std::size_t memory_bytes() const;

 private:
  class Shard;

  [[nodiscard]] Shard& shard_of(std::uint64_t mixed);
  [[nodiscard]] const Shard& shard_of(std::uint64_t mixed) const;

  std::vector<Shard> shards_;  // none, or 256 chosen by the mixed fingerprint's top byte
  std::size_t size_ = 0;
};

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_FINGERPRINT_POSTINGS_H_
