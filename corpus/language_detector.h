// @brief Guessing a document's language from its text, for stemming and the
// language facet when the source does not say.
#ifndef SAMIZDAT_CORPUS_LANGUAGE_DETECTOR_H_
#define SAMIZDAT_CORPUS_LANGUAGE_DETECTOR_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace samizdat::corpus {

// How much of a text detect_language reads: its first 8 KiB.
inline constexpr std::size_t kLanguageSampleBytes = 8 * 1024;

// The ISO 639-1 code of the language `text` is written in, or "" when unsure.
// Cyrillic text is "ru", or "uk" when Ukrainian letters (і ї є ґ) outnumber
// the Russian-only ones (ы э ъ ё). Latin-script text is scored by its most
// frequent function words and a few telling letters (ñ, ß, å, ã) among en,
// fr, de, es, it, pt, nl and sv. Unsure means: fewer than two function
// words or ten letters, or a near tie between two languages (mixed text).
// Reads only the first kLanguageSampleBytes; deterministic; thread-safe.
[[nodiscard]] std::string detect_language(std::string_view text);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_LANGUAGE_DETECTOR_H_
