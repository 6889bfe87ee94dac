#include "corpus/text_folding.h"

#include <cstddef>
#include <string>
#include <string_view>

#include <unicode/translit.h>

#include "corpus/fold_table.h"
#include "corpus/icu_transliterator.h"

namespace samizdat::corpus {

namespace {

// BGN writes the soft and hard signs as primes and separates some letter
// pairs with a middle dot; a name search wants neither.
constexpr std::string_view kToLatinRules = R"(
  :: NFC;
  :: Lower;
  :: Russian-Latin/BGN;
  [ʹʺ’”·] > ;
  :: Any-Latin;
  :: Latin-ASCII;
  [:Mn:]+ > ;
  :: NFC;
)";

// Bounds each cache: a corpus has far fewer distinct accented words, and
// starting over when it is full keeps the frequent ones cheap.
constexpr std::size_t kMaxCachedWords = 1 << 16;

// Word bytes: ASCII letters and digits, and every byte of a non-ASCII
// character (accented letters, Cyrillic, but also « » ’, which is harmless).
bool is_word_byte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte >= 0x80 || (byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z') ||
         (byte >= 'A' && byte <= 'Z');
}

bool is_ascii(std::string_view word) {
  for (const char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

void append_lower_ascii(std::string& out, std::string_view word) {
  for (const char c : word) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

TextFolder& thread_folder() {
  thread_local TextFolder folder;
  return folder;
}

}  // namespace

TextFolder::TextFolder()
    : fold_{"samizdat-fold", kFoldRules, append_precomputed_fold, nullptr, {}},
      to_latin_{"samizdat-to-latin", kToLatinRules, nullptr, nullptr, {}} {}

TextFolder::~TextFolder() = default;

std::string TextFolder::fold_for_search(std::string_view utf8) {
  return transform_words(fold_, utf8);
}

std::string TextFolder::transliterate_to_latin(std::string_view utf8) {
  return transform_words(to_latin_, utf8);
}

// Runs the transform word by word: ASCII words only need lower-casing, words
// of precomputed characters are folded without ICU, and a word seen before is
// looked up instead of transformed again.
std::string TextFolder::transform_words(LazyTransform& transform, std::string_view utf8) {
  std::string result;
  result.reserve(utf8.size());
  for (std::size_t pos = 0; pos < utf8.size();) {
    std::size_t end = pos;
    while (end < utf8.size() && is_word_byte(utf8[end])) ++end;
    if (end == pos) {
      result += utf8[pos++];
      continue;
    }
    const std::string_view word = utf8.substr(pos, end - pos);
    pos = end;
    if (is_ascii(word)) {
      append_lower_ascii(result, word);
      continue;
    }
    if (transform.precomputed != nullptr && transform.precomputed(word, result)) continue;
    result += transform_word(transform, word);
  }
  return result;
}

// A non-ASCII word through the transform, compiling it on its first use.
const std::string& TextFolder::transform_word(LazyTransform& transform, std::string_view word) {
  std::string key(word);
  WordCache& cache = transform.words;
  if (const auto found = cache.find(key); found != cache.end()) return found->second;
  if (!transform.compiled) {
    transform.compiled = compile_transliterator(transform.name, transform.rules);
  }
  std::string transformed = transliterate(*transform.compiled, word);
  if (cache.size() >= kMaxCachedWords) cache.clear();
  return cache.emplace(std::move(key), std::move(transformed)).first->second;
}

std::string fold_for_search(std::string_view utf8) {
  return thread_folder().fold_for_search(utf8);
}

std::string transliterate_to_latin(std::string_view utf8) {
  return thread_folder().transliterate_to_latin(utf8);
}

}  // namespace samizdat::corpus
