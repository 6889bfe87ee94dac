// @brief ASCII case folding, digits and white space for keywords, labels and
// extensions (charset names, HTML attributes, config keys, dates, citations),
// where only A–Z fold, only 0–9 are digits and only ASCII blanks are space.
#ifndef SAMIZDAT_CORPUS_ASCII_H_
#define SAMIZDAT_CORPUS_ASCII_H_

#include <cctype>
#include <string>
#include <string_view>

namespace samizdat::corpus {

// `text` with A–Z lowered; every other byte (UTF-8 included) as it is.
[[nodiscard]] inline std::string lower_ascii(std::string_view text) {
  std::string lowered(text);
  for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lowered;
}

// Whether `c` is 0–9 (whatever the locale; a UTF-8 byte never is).
[[nodiscard]] inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// ASCII white space: space, tab, CR, LF, FF, VT.
inline constexpr std::string_view kAsciiSpace = " \t\r\n\f\v";

// `text` without ASCII white space (space, tab, CR, LF, FF, VT) at its ends.
[[nodiscard]] inline std::string_view trim_ascii_space(std::string_view text) {
  const auto first = text.find_first_not_of(kAsciiSpace);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kAsciiSpace) - first + 1);
}

// `text` with each run of ASCII white space made one space, and none at its
// ends: a line of a value written over several ("A/55/PV.20,\np. 25").
[[nodiscard]] inline std::string collapse_ascii_space(std::string_view text) {
  std::string line;
  line.reserve(text.size());
  bool pending_space = false;
  for (const char c : text) {
    if (kAsciiSpace.find(c) != std::string_view::npos) {
      pending_space = !line.empty();
      continue;
    }
    if (pending_space) line += ' ';
    pending_space = false;
    line += c;
  }
  return line;
}

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_ASCII_H_
