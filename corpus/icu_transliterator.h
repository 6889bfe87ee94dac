// @brief ICU transliterators for Samizdat's text folding: compiling a rule set
// once and running it over UTF-8.
#ifndef SAMIZDAT_CORPUS_ICU_TRANSLITERATOR_H_
#define SAMIZDAT_CORPUS_ICU_TRANSLITERATOR_H_

#include <memory>
#include <string>
#include <string_view>

#include <unicode/translit.h>

namespace samizdat::corpus {

// Compiles ICU transform rules ("::NFC; ::Lower; ё > е;", see the ICU user
// guide, "Transforms") into a transliterator named `name`. Compiling is
// slow (milliseconds): do it once and reuse the result.
// @exception samizdat::Error("cannot compile transliterator 'NAME': REASON",
//   plus " at offset N of the rules" for a syntax error) when ICU rejects
//   the rules or lacks the data they name.
// Thread-safe.
[[nodiscard]] std::unique_ptr<icu::Transliterator> compile_transliterator(std::string_view name,
                                                                          std::string_view rules);

// `utf8` passed through `transliterator`. Invalid UTF-8 sequences become
// U+FFFD. Not thread-safe for one transliterator: ICU transliterators must
// not be shared between threads while they run.
[[nodiscard]] std::string transliterate(const icu::Transliterator& transliterator,
                                        std::string_view utf8);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_ICU_TRANSLITERATOR_H_
