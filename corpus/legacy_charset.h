// @brief Text in a legacy 8-bit charset (windows-1252, windows-1251, KOI8-R,
// ISO-8859-2…), as old web pages and pamphlets were saved, read into UTF-8
// with ICU: the charset an HTML page declares, else the one ICU detects.
#ifndef SAMIZDAT_CORPUS_LEGACY_CHARSET_H_
#define SAMIZDAT_CORPUS_LEGACY_CHARSET_H_

#include <string>
#include <string_view>

namespace samizdat::corpus {

// The charset an HTML page declares in its first 1024 bytes (<meta
// charset="…">, or a content="text/html; charset=…" attribute), as written;
// "" when none.
[[nodiscard]] std::string declared_html_charset(std::string_view html);

struct Recoded {
  std::string text;     // UTF-8
  std::string charset;  // ICU's name of the charset read
};

// `bytes` converted to UTF-8 from `declared` when ICU knows that charset and
// it is not a Unicode one, else from the 8-bit charset ICU's detector rates
// best, else from windows-1252. ISO-8859-1 is read as windows-1252, its
// superset (as browsers do: 0x80–0x9F are its quotes and dashes, not control
// characters). Bytes the charset does not map become U+FFFD. Thread-safe.
[[nodiscard]] Recoded recode_legacy(std::string_view bytes, std::string_view declared = {});

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_LEGACY_CHARSET_H_
