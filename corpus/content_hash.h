// @brief A 64-bit FNV-1a hash of bytes: what identifies a file's content
// (the indexer's file signatures, the synonyms file, the config's metadata
// table), stable across builds and platforms, unlike std::hash.
#ifndef SAMIZDAT_CORPUS_CONTENT_HASH_H_
#define SAMIZDAT_CORPUS_CONTENT_HASH_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace samizdat::corpus {

// Fast and dependency-free; not for adversarial input.
[[nodiscard]] constexpr std::uint64_t content_hash(std::string_view content) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char byte : content) {
    hash ^= static_cast<unsigned char>(byte);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

// `value` in 16 lower-case hex digits, as stored hashes are written.
[[nodiscard]] inline std::string hex16(std::uint64_t value) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(value));
  return hex;
}

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_CONTENT_HASH_H_
