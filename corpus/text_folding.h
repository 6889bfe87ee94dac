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
// before costs a lookup). Each transliterator is compiled on the first
// word that needs it (tens of milliseconds in a fresh process; ASCII text, and
// for folding Latin-1, Latin Extended-A and Russian text, never needs one), so
// constructing a TextFolder is cheap, but keep it to reuse the compiled
// transliterators. Not thread-safe: ICU transliterators and the word cache
// must not be used by two threads at once, so each thread needs its own
// TextFolder (or uses the free functions below, which keep one per thread).
class TextFolder {
 public:
  // Compiles nothing yet (see above).
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
  // @exception samizdat::Error when ICU lacks the transliteration data.
  [[nodiscard]] std::string fold_for_search(std::string_view utf8);

  // Transliterates `utf8` to lower-case ASCII: Russian Cyrillic by the
  // BGN/PCGN romanisation ("Троцкий" → "trotskiy", "Хрущёв" → "khrushchev"),
  // other scripts by ICU's Any-Latin, then accents removed as in
  // fold_for_search. Soft and hard signs, BGN's separator dot and
  // typographic apostrophes inside words are dropped ("Ельцин" → "yeltsin").
  // @exception samizdat::Error when ICU lacks the transliteration data.
  [[nodiscard]] std::string transliterate_to_latin(std::string_view utf8);

 private:
  using WordCache = std::unordered_map<std::string, std::string>;
  // A transliterator compiled on first use, and the words it has transformed.
  struct LazyTransform {
    std::string_view name;
    std::string_view rules;
    // Appends the transform of a word and returns true when it can without ICU.
    bool (*precomputed)(std::string_view word, std::string& out);  // may be null
    std::unique_ptr<icu::Transliterator> compiled;  // null until first needed
    WordCache words;
  };

  static std::string transform_words(LazyTransform& transform, std::string_view utf8);
  static const std::string& transform_word(LazyTransform& transform, std::string_view word);

  LazyTransform fold_;
  LazyTransform to_latin_;
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
