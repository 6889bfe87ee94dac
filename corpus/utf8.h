// @brief UTF-8 hygiene for input files: validation with repair (U+FFFD),
// byte-order-mark removal and binary-content detection.
#ifndef SAMIZDAT_CORPUS_UTF8_H_
#define SAMIZDAT_CORPUS_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace samizdat::corpus {

// The result of repair_utf8: the text with every invalid sequence replaced by
// U+FFFD, how many sequences were replaced and where the first one began,
// and how many well-formed multi-byte characters were kept.
struct Utf8Repair {
  std::string text;
  std::size_t invalid_sequences = 0;
  std::size_t first_invalid_offset = 0;  // byte offset in the input; 0 when none
  std::size_t multibyte_characters = 0;
};

// True when `text` is well-formed UTF-8 (no overlong forms, no surrogates,
// nothing above U+10FFFF). Thread-safe.
[[nodiscard]] bool is_valid_utf8(std::string_view text);

// Replaces each maximal invalid subsequence with U+FFFD (the Unicode
// "maximal subpart" practice, as ICU and browsers do). Thread-safe.
[[nodiscard]] Utf8Repair repair_utf8(std::string_view text);

// `text` without a leading UTF-8 byte-order mark.
[[nodiscard]] std::string_view strip_bom(std::string_view text);

// True when the first 8 KiB hold a NUL byte or more than 10% control
// characters other than tab, newline, carriage return and form feed.
[[nodiscard]] bool looks_binary(std::string_view content);

// @exception InputError("binary file") when looks_binary(content).
void require_text(std::string_view content);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_UTF8_H_
