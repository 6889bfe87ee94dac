// @brief fold_for_search without ICU for the usual characters: the fold of each
// Latin-1, Latin Extended-A, Russian Cyrillic and punctuation character, precomputed with ICU.
#ifndef SAMIZDAT_CORPUS_FOLD_TABLE_H_
#define SAMIZDAT_CORPUS_FOLD_TABLE_H_

#include <optional>
#include <string>
#include <string_view>

namespace samizdat::corpus {

// The ICU transform rules of fold_for_search. A blanket "NFD; [:Nonspacing
// Mark:] Remove" would turn й into и, so marks are removed only where they
// follow a Latin letter; Latin-ASCII does the letters that do not decompose
// (ł, ø, æ, ß, ı).
inline constexpr std::string_view kFoldRules = R"(
  :: NFC;
  ё > е;
  Ё > Е;
  :: Lower;
  :: [:Latin:] Latin-ASCII;
  [:Latin:] { [:Mn:]+ > ;
  :: NFC;
)";

// What kFoldRules make of `code_point` alone, from a table computed with ICU
// 72, or nullopt for a character outside the table (combining marks, other
// scripts, characters that compose with a neighbour). Every character of the
// table is a starter that composes with nothing, so a word of them folds
// character by character. Thread-safe.
[[nodiscard]] std::optional<std::string_view> precomputed_fold(char32_t code_point);

// Appends the fold of `word` (kFoldRules applied to the whole word) to `out`
// and returns true when every character of `word` is ASCII or in the table;
// otherwise returns false and leaves `out` as it was. Thread-safe.
[[nodiscard]] bool append_precomputed_fold(std::string_view word, std::string& out);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_FOLD_TABLE_H_
