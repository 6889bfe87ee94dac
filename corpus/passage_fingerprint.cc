#include "corpus/passage_fingerprint.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

namespace samizdat::corpus {

namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

// SplitMix64's finaliser: spreads FNV's weak low bits over the whole word.
std::uint64_t mix(std::uint64_t value) {
  value ^= value >> 30;
  value *= 0xBF58476D1CE4E5B9ULL;
  value ^= value >> 27;
  value *= 0x94D049BB133111EBULL;
  return value ^ (value >> 31);
}

std::uint64_t add_code_point(std::uint64_t hash, UChar32 c) {
  for (int shift = 0; shift < 32; shift += 8) {
    hash ^= static_cast<std::uint64_t>((c >> shift) & 0xFF);
    hash *= kFnvPrime;
  }
  return hash;
}

bool is_apostrophe(UChar32 c) { return c == 0x27 || c == 0x2019 || c == 0x02BC; }

std::uint64_t hash_range(const std::vector<std::uint64_t>& words, std::size_t from,
                         std::size_t to) {
  std::uint64_t hash = kFnvOffset;
  for (std::size_t i = from; i < to; ++i) hash = mix(hash ^ words[i]);
  return hash;
}

std::vector<std::uint64_t> shingles(const std::vector<std::uint64_t>& words) {
  if (words.size() < kShingleWords) return {hash_range(words, 0, words.size())};
  std::vector<std::uint64_t> result;
  result.reserve(words.size() - kShingleWords + 1);
  for (std::size_t i = 0; i + kShingleWords <= words.size(); ++i) {
    result.push_back(hash_range(words, i, i + kShingleWords));
  }
  return result;
}

}  // namespace

std::vector<std::uint64_t> passage_words(std::string_view text) {
  icu::UnicodeString folded = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  folded.foldCase();
  std::vector<std::uint64_t> words;
  std::uint64_t hash = kFnvOffset;
  bool in_word = false;
  for (int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
    const UChar32 c = folded.char32At(i);
    if (is_apostrophe(c)) continue;
    if (u_isalnum(c) != 0) {
      hash = add_code_point(hash, c);
      in_word = true;
    } else if (in_word) {
      words.push_back(mix(hash));
      hash = kFnvOffset;
      in_word = false;
    }
  }
  if (in_word) words.push_back(mix(hash));
  return words;
}

std::vector<std::uint64_t> passage_fingerprints(const std::vector<std::uint64_t>& words) {
  if (words.empty()) return {};
  std::vector<std::uint64_t> all = shingles(words);
  if (all.size() > kWinnowWindow) {
    std::vector<std::uint64_t> kept;
    for (std::size_t i = 0; i + kWinnowWindow <= all.size(); ++i) {
      kept.push_back(*std::min_element(all.begin() + i, all.begin() + i + kWinnowWindow));
    }
    all = std::move(kept);
  }
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  return all;
}

std::uint64_t hash_words(const std::vector<std::uint64_t>& words) {
  return hash_range(words, 0, words.size());
}

}  // namespace samizdat::corpus
