// @brief What Samizdat knows about a language code: its English name for the
// language facet, and whether Xapian can stem it.
#ifndef SAMIZDAT_CORPUS_LANGUAGE_INFO_H_
#define SAMIZDAT_CORPUS_LANGUAGE_INFO_H_

#include <string>
#include <string_view>

namespace samizdat::corpus {

// The English name of the language `iso_code` ("fr" → "French", "ru" →
// "Russian"), from ICU's locale data; "" for "". A code ICU does not know
// comes back unchanged ("xx" → "xx"). Thread-safe.
[[nodiscard]] std::string language_name(std::string_view iso_code);

// True when Xapian 1.4 has a Snowball stemmer for `iso_code` ("en", "fr",
// "de", "es", "it", "ru", "pt", "nl", "sv" and more), so that
// Xapian::Stem(iso_code) stems; false for "", "none", "uk" or an unknown
// code. Thread-safe.
[[nodiscard]] bool has_stemmer(std::string_view iso_code);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_LANGUAGE_INFO_H_
