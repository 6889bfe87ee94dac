// @brief Folding text for accent- and case-insensitive matching, and Cyrillic
// to Latin transliteration for matching names however they are spelt.
#ifndef SAMIZDAT_CORPUS_TEXT_FOLDING_H_
#define SAMIZDAT_CORPUS_TEXT_FOLDING_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace samizdat::corpus {

// Holds the compiled ICU transliterators the folding functions need, and the
// words it has already folded (ICU transforms run at a few MB/s; a word seen
// before costs a lookup). Building one takes milliseconds: build one per
// thread and keep it. Not thread-safe: ICU transliterators and the word cache
// must not be used by two threads at once, so each thread needs its own
// TextFolder (or uses the free functions below, which keep one per thread).
class TextFolder {
 public:
  // @exception samizdat::Error when ICU lacks the transliteration data.
  TextFolder();
  ~TextFolder();
  TextFolder(const TextFolder&) = delete;
  TextFolder& operator=(const TextFolder&) = delete;

  // Lower-cases `utf8` and strips accents from Latin letters, spelling out
  // ligatures and special letters in ASCII: "Révolution" → "revolution",
  // "Łódź" → "lodz", "Straße" → "strasse", "Ærø" → "aero", "ı" → "i".
  // Other scripts are only lower-cased, except that Cyrillic ё becomes е, as
  // most Russian print writes it (so "Ёлка" → "елка"); й stays й and Greek
  // keeps its accents. ASCII punctuation and spacing are unchanged, so the
  // words of the result line up one to one with the words of the input.
  // Invalid UTF-8 becomes U+FFFD.
  [[nodiscard]] std::string fold_for_search(std::string_view utf8);

  // Transliterates `utf8` to lower-case ASCII: Russian Cyrillic by the
  // BGN/PCGN romanisation ("Троцкий" → "trotskiy", "Хрущёв" → "khrushchev"),
  // other scripts by ICU's Any-Latin, then accents removed as in
  // fold_for_search. Soft and hard signs, BGN's separator dot and
  // typographic apostrophes inside words are dropped ("Ельцин" → "yeltsin").
  [[nodiscard]] std::string transliterate_to_latin(std::string_view utf8);

 private:
  using WordCache = std::unordered_map<std::string, std::string>;

  std::string transform_words(const icu::Transliterator& transliterator, WordCache& cache,
                              std::string_view utf8);

  std::unique_ptr<icu::Transliterator> fold_;
  std::unique_ptr<icu::Transliterator> to_latin_;
  WordCache folded_words_;
  WordCache latin_words_;
};

// TextFolder::fold_for_search with a TextFolder of the calling thread, built
// on the thread's first call. Thread-safe.
// @exception samizdat::Error as TextFolder().
[[nodiscard]] std::string fold_for_search(std::string_view utf8);

// TextFolder::transliterate_to_latin with the calling thread's TextFolder.
// Thread-safe. @exception samizdat::Error as TextFolder().
[[nodiscard]] std::string transliterate_to_latin(std::string_view utf8);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_TEXT_FOLDING_H_
