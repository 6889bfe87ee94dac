// @brief A small seeded random number generator whose sequence is fixed by
// its seed on every platform (xoshiro256** seeded through splitmix64).
#ifndef SAMIZDAT_TOOLS_DETERMINISTIC_RANDOM_H_
#define SAMIZDAT_TOOLS_DETERMINISTIC_RANDOM_H_

#include <cmath>
#include <cstdint>

namespace samizdat::tools {

// One step of splitmix64: a well-mixed 64-bit value from `state`, which it
// advances. Used to seed and to derive per-document seeds.
[[nodiscard]] constexpr std::uint64_t splitmix64(std::uint64_t& state) {
  state += 0x9E3779B97F4A7C15ULL;
  std::uint64_t z = state;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// xoshiro256**. The std distributions are implementation-defined, so every
// derived draw (below, chance, log_uniform) is written out here: the same
// seed gives the same corpus with any standard library (log_uniform also
// relies on the C library's exp and log, which glibc rounds correctly).
// Not thread-safe; use one per thread (or per document).
class DeterministicRandom {
 public:
  explicit DeterministicRandom(std::uint64_t seed) {
    for (auto& word : state_) word = splitmix64(seed);
  }

  [[nodiscard]] std::uint64_t next() {
    const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
  }

  // Uniform in [0, bound); bound > 0. The modulo bias (below 2^-40 for the
  // bounds used here) does not matter for a test corpus.
  [[nodiscard]] std::uint64_t below(std::uint64_t bound) { return next() % bound; }

  // Uniform in [low, high].
  [[nodiscard]] int between(int low, int high) {
    return low + static_cast<int>(below(static_cast<std::uint64_t>(high - low + 1)));
  }

  // Uniform in [0, 1) with 53 bits.
  [[nodiscard]] double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

  [[nodiscard]] bool chance(double probability) { return unit() < probability; }

  // Log-uniform in [low, high]: as many values between 300 and 3000 as
  // between 3000 and 30000.
  [[nodiscard]] double log_uniform(double low, double high) {
    return low * std::exp(unit() * std::log(high / low));
  }

 private:
  [[nodiscard]] static constexpr std::uint64_t rotl(std::uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
  }

  std::uint64_t state_[4];
};

}  // namespace samizdat::tools

#endif  // SAMIZDAT_TOOLS_DETERMINISTIC_RANDOM_H_
