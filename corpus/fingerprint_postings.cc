#include "corpus/fingerprint_postings.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace samizdat::corpus {
namespace {

constexpr std::size_t kShardCount = 256;
constexpr unsigned kKeyBits = 56;  // the mixed fingerprint below the shard byte
constexpr std::uint64_t kKeyMask = (std::uint64_t{1} << kKeyBits) - 1;
// A slot's top byte, which its shard already implies, says what the slot holds.
constexpr std::uint64_t kSingleTag = std::uint64_t{1} << kKeyBits;   // value: the one seq
constexpr std::uint64_t kSeveralTag = std::uint64_t{2} << kKeyBits;  // value: a SeqPool block
constexpr std::uint64_t kMaxSeq = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint32_t kNoBlock = std::numeric_limits<std::uint32_t>::max();

// MurmurHash3's 64-bit finalizer. A bijection, so (shard, key) still tells
// every two fingerprints apart, however poorly they were hashed.
std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

// Grows a vector by a quarter rather than push_back's doubling, so its slack stays small.
void reserve_for(std::vector<std::uint32_t>& words, std::size_t size) {
  if (size > words.capacity())
    words.reserve(std::max(size, words.capacity() + words.capacity() / 4));
}

// The sorted seqs of the fingerprints with several postings, in one arena. A
// block is [size, log2 of capacity, seqs...]; a freed block is chained through
// its first word to the others of its capacity and reused.
class SeqPool {
 public:
  SeqPool() { free_.fill(kNoBlock); }

  // An empty pool with room for `words` (see live_words).
  explicit SeqPool(std::size_t words) : SeqPool() { words_.reserve(words); }

  // A new block holding a copy of `seqs`, ascending, at least two.
  [[nodiscard]] std::uint32_t adopt(std::span<const std::uint32_t> seqs) {
    const auto log2 = static_cast<std::uint32_t>(std::bit_width(seqs.size() - 1));
    const std::uint32_t block = allocate(log2);
    words_[block] = static_cast<std::uint32_t>(seqs.size());
    std::copy(seqs.begin(), seqs.end(), words_.begin() + block + kHeader);
    return block;
  }

  // A new block holding `low` and `high`, low < high.
  [[nodiscard]] std::uint32_t make_pair(std::uint32_t low, std::uint32_t high) {
    const std::uint32_t block = allocate(1);
    words_[block] = 2;
    words_[block + kHeader] = low;
    words_[block + kHeader + 1] = high;
    return block;
  }

  // Adds `seq` unless held; returns the block, which moves when it was full.
  [[nodiscard]] std::uint32_t insert(std::uint32_t block, std::uint32_t seq) {
    const std::span<const std::uint32_t> held = seqs(block);
    const auto at = std::lower_bound(held.begin(), held.end(), seq);
    if (at != held.end() && *at == seq) return block;
    const auto index = static_cast<std::size_t>(at - held.begin());
    const std::size_t size = held.size();
    if (size == capacity(block)) block = grow(block);
    std::uint32_t* const first = &words_[block + kHeader];
    std::copy_backward(first + index, first + size, first + size + 1);
    first[index] = seq;
    ++words_[block];
    return block;
  }

  [[nodiscard]] std::span<const std::uint32_t> seqs(std::uint32_t block) const {
    return {words_.data() + block + kHeader, words_[block]};
  }

  void release(std::uint32_t block) {
    const std::uint32_t log2 = words_[block + 1];
    words_[block] = free_[log2];
    free_[log2] = block;
    free_words_ += block_words(log2);
  }

  // Words in blocks not freed.
  [[nodiscard]] std::size_t live_words() const { return words_.size() - free_words_; }

  // Whether freed blocks waste enough that copying the live ones into a new
  // pool, after visiting `others` slots to find them, costs O(1) a freed word.
  [[nodiscard]] bool worth_compacting(std::size_t others) const {
    return free_words_ > words_.size() / 4 + others / 8;
  }

  [[nodiscard]] std::size_t memory_bytes() const {
    return words_.capacity() * sizeof(std::uint32_t);
  }

 private:
  static constexpr std::uint32_t kHeader = 2;

  [[nodiscard]] static std::size_t block_words(std::uint32_t log2) {
    return kHeader + (std::size_t{1} << log2);
  }

  [[nodiscard]] std::size_t capacity(std::uint32_t block) const {
    return std::size_t{1} << words_[block + 1];
  }

  [[nodiscard]] std::uint32_t grow(std::uint32_t block) {
    const std::uint32_t moved = allocate(words_[block + 1] + 1);
    std::copy_n(words_.begin() + block + kHeader, words_[block], words_.begin() + moved + kHeader);
    words_[moved] = words_[block];
    release(block);
    return moved;
  }

  [[nodiscard]] std::uint32_t allocate(std::uint32_t log2) {
    if (const std::uint32_t block = free_.at(log2); block != kNoBlock) {
      free_[log2] = words_[block];
      free_words_ -= block_words(log2);
      return block;
    }
    const std::size_t block = words_.size();
    const std::size_t end = block + block_words(log2);
    if (end >= kNoBlock) {
      throw std::length_error("FingerprintPostings: a seq arena outgrew 2^32 words");
    }
    reserve_for(words_, end);
    words_.resize(end);
    words_[block + 1] = log2;
    return static_cast<std::uint32_t>(block);
  }

  std::vector<std::uint32_t> words_;
  std::array<std::uint32_t, 32> free_{};  // log2 of capacity → first free block
  std::size_t free_words_ = 0;            // in freed blocks
};

}  // namespace

// One open-addressing table (linear probing) of the
// fingerprints whose mixed top byte is this shard's, with their SeqPool.
class FingerprintPostings::Shard {
 public:
  // Posts `seq` under `key`; returns whether `key` is new.
  bool insert(std::uint64_t key, std::uint32_t seq) {
    if ((count_ + 1) * 5 > slots_.size() * 4) grow();  // load stays at most 0.8
    Slot& slot = slots_[find(key)];
    if (slot.empty()) {
      slot.set(kSingleTag, key, seq);
      ++count_;
      return true;
    }
    if (slot.tag() == kSeveralTag) {
      slot.value = pool_.insert(slot.value, seq);
      if (pool_.worth_compacting(slots_.size())) compact_pool();
    } else if (slot.value != seq) {
      slot.set(kSeveralTag, key,
               pool_.make_pair(std::min(slot.value, seq), std::max(slot.value, seq)));
    }
    return false;
  }

  // See FingerprintPostings::append_latest; `limit` > 0.
  void append_latest(std::uint64_t key, std::uint64_t below, std::size_t limit,
                     std::vector<std::uint64_t>& out) const {
    if (slots_.empty()) return;
    const Slot& slot = slots_[find(key)];
    if (slot.empty()) return;
    if (slot.tag() == kSingleTag) {
      if (slot.value < below) out.push_back(slot.value);
      return;
    }
    const std::span<const std::uint32_t> seqs = pool_.seqs(slot.value);
    const auto end = std::lower_bound(seqs.begin(), seqs.end(), below);
    const auto begin =
        end - std::min<std::ptrdiff_t>(end - seqs.begin(), static_cast<std::ptrdiff_t>(limit));
    out.insert(out.end(), begin, end);
  }

  [[nodiscard]] std::size_t memory_bytes() const {
    return slots_.capacity() * sizeof(Slot) + pool_.memory_bytes();
  }

 private:
  // 12 bytes: the tagged key as two halves keeps the slot 4-byte aligned.
  struct Slot {
    std::uint32_t key_low = 0;   // also chooses the home slot
    std::uint32_t key_high = 0;  // the tag in its top byte; 0: empty
    std::uint32_t value = 0;     // the seq, or the SeqPool block

    [[nodiscard]] bool empty() const { return key_high == 0; }
    [[nodiscard]] std::uint64_t tagged() const { return (std::uint64_t{key_high} << 32) | key_low; }
    [[nodiscard]] std::uint64_t tag() const { return tagged() & ~kKeyMask; }
    void set(std::uint64_t tag, std::uint64_t key, std::uint32_t new_value) {
      const std::uint64_t both = tag | key;
      key_low = static_cast<std::uint32_t>(both);
      key_high = static_cast<std::uint32_t>(both >> 32);
      value = new_value;
    }
  };
  static_assert(sizeof(Slot) == 12);

  [[nodiscard]] std::size_t home(std::uint32_t key_low) const {
    return static_cast<std::size_t>((std::uint64_t{key_low} * slots_.size()) >> 32);
  }

  [[nodiscard]] std::size_t next(std::size_t at) const {
    return at + 1 == slots_.size() ? 0 : at + 1;
  }

  // The slot holding `key`, or the empty one where it would go. REQUIRES: slots_ not empty.
  [[nodiscard]] std::size_t find(std::uint64_t key) const {
    std::size_t at = home(static_cast<std::uint32_t>(key));
    while (!slots_[at].empty() && (slots_[at].tagged() & kKeyMask) != key) at = next(at);
    return at;
  }

  // Rebuilds the table a quarter larger: old and new together are 2.25 shards.
  void grow() {
    std::vector<Slot> old(std::max<std::size_t>(16, slots_.size() + slots_.size() / 4));
    old.swap(slots_);
    for (const Slot& slot : old) {
      if (!slot.empty()) slots_[find(slot.tagged() & kKeyMask)] = slot;
    }
  }

  // Copies the live blocks into a new pool, leaving the freed ones behind.
  void compact_pool() {
    SeqPool packed(pool_.live_words());
    for (Slot& slot : slots_) {
      if (!slot.empty() && slot.tag() == kSeveralTag)
        slot.value = packed.adopt(pool_.seqs(slot.value));
    }
    pool_ = std::move(packed);
  }

  std::vector<Slot> slots_;
  std::size_t count_ = 0;  // occupied slots
  SeqPool pool_;
};

FingerprintPostings::FingerprintPostings() = default;
FingerprintPostings::FingerprintPostings(const FingerprintPostings& other) = default;
FingerprintPostings& FingerprintPostings::operator=(const FingerprintPostings& other) = default;
FingerprintPostings::~FingerprintPostings() = default;

FingerprintPostings::FingerprintPostings(FingerprintPostings&& other) noexcept
    : shards_(std::move(other.shards_)), size_(std::exchange(other.size_, 0)) {
  other.shards_.clear();
}

FingerprintPostings& FingerprintPostings::operator=(FingerprintPostings&& other) noexcept {
  if (this == &other) return *this;
  shards_ = std::move(other.shards_);
  size_ = std::exchange(other.size_, 0);
  other.shards_.clear();
  return *this;
}

void FingerprintPostings::insert(std::uint64_t fingerprint, std::uint64_t seq) {
  if (seq > kMaxSeq) {
    throw std::length_error("FingerprintPostings: seq " + std::to_string(seq) +
                            " is not below 2^32");
  }
  if (shards_.empty()) shards_.resize(kShardCount);
  const std::uint64_t mixed = mix(fingerprint);
  if (shard_of(mixed).insert(mixed & kKeyMask, static_cast<std::uint32_t>(seq))) ++size_;
}

void FingerprintPostings::append_latest(std::uint64_t fingerprint, std::uint64_t below,
                                        std::size_t limit, std::vector<std::uint64_t>& out) const {
  if (limit == 0 || shards_.empty()) return;
  const std::uint64_t mixed = mix(fingerprint);
  shard_of(mixed).append_latest(mixed & kKeyMask, below, limit, out);
}

std::size_t FingerprintPostings::memory_bytes() const {
  std::size_t bytes = shards_.capacity() * sizeof(Shard);
  for (const Shard& shard : shards_) bytes += shard.memory_bytes();
  return bytes;
}

FingerprintPostings::Shard& FingerprintPostings::shard_of(std::uint64_t mixed) {
  return shards_[mixed >> kKeyBits];
}

const FingerprintPostings::Shard& FingerprintPostings::shard_of(std::uint64_t mixed) const {
  return shards_[mixed >> kKeyBits];
}

}  // namespace samizdat::corpus
