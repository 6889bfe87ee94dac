// @brief Latin spellings of a Russian word, so that a query for "Trotsky",
// "Trotzki" or "Trotskii" finds a document that writes Троцкий.
#ifndef SAMIZDAT_CORPUS_NAME_VARIANTS_H_
#define SAMIZDAT_CORPUS_NAME_VARIANTS_H_

#include <string>
#include <string_view>
#include <vector>

namespace samizdat::corpus {

// True when `text` holds at least one Cyrillic letter (U+0400–U+04FF).
// Thread-safe.
[[nodiscard]] bool has_cyrillic(std::string_view text);

// The lower-case ASCII spellings under which the Russian word
// `cyrillic_word` (one word, any case) is commonly found in Latin script:
// first the BGN/PCGN form of transliterate_to_latin(), then the English
// popular, library (Library of Congress without diacritics), German (Duden)
// and French forms, with the adjective endings -ий/-ый/-ой spelt every usual
// way. "Троцкий" gives trotskiy, trotsky, trotskii, trotski, trotzki, ...;
// "Хрущёв" gives khrushchev, chruschtschow, khrouchtchev, ... No duplicates;
// about 5 to 20 strings. A word with anything but Russian letters (Ukrainian
// ї, a hyphen) gets only transliterate_to_latin(word); a word without
// Cyrillic letters gets none.
// Thread-safe. @exception samizdat::Error as TextFolder().
[[nodiscard]] std::vector<std::string> latin_name_variants(std::string_view cyrillic_word);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_NAME_VARIANTS_H_
