#include "corpus/name_variants.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/text_folding.h"

namespace samizdat::corpus {

namespace {

// Letters are numbered а..я (0..31) in Unicode order, then ё (32).
constexpr std::size_t kLetterCount = 33;
constexpr int kA = 0, kE = 5, kI = 8, kShort = 9, kO = 14, kS = 17, kU = 19, kTs = 22;
constexpr int kHard = 26, kYery = 27, kSoft = 28, kEh = 29, kYu = 30, kYa = 31, kYo = 32;
constexpr int kZh = 6, kCh = 23, kSh = 24, kShch = 25;

// One romanisation: a spelling per letter plus the few context rules that
// make the difference between "Sinowjew" and "Zinoviev".
struct Scheme {
  std::array<std::string_view, kLetterCount> letters;
  std::array<std::string_view, 4> iotated;  // е ё ю я after a vowel, ъ or ь
  bool iotate_initial = false;              // also at the start of the word
  std::string_view yo_after_sibilant;       // ё after ж ч ш щ
  std::string_view ts_after_vowel;          // ц after a vowel; "" = as letters
  bool double_s_between_vowels = false;
};

constexpr std::array<Scheme, 4> kSchemes{{
    // English popular (Yeltsin, Khrushchev, Fyodor).
    {{"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
      "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "yo"},
     {"ye", "yo", "yu", "ya"}, true, "e", "", false},
    // Library of Congress without its diacritics (Dostoevskii, Zinov'ev).
    {{"a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
      "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia", "e"},
     {"e", "e", "iu", "ia"}, false, "e", "", false},
    // German, Duden (Trotzki, Chruschtschow, Sinowjew, Jelzin).
    {{"a", "b", "w", "g", "d", "e", "sch", "s", "i", "i", "k", "l", "m", "n", "o", "p", "r",
      "s", "t", "u", "f", "ch", "z", "tsch", "sch", "schtsch", "", "y", "", "e", "ju", "ja", "jo"},
     {"je", "jo", "ju", "ja"}, true, "o", "tz", true},
    // French (Khrouchtchev, Tchaïkovski, Zinoviev).
    {{"a", "b", "v", "g", "d", "e", "j", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
      "s", "t", "ou", "f", "kh", "ts", "tch", "ch", "chtch", "", "y", "", "e", "iou", "ia", "io"},
     {"ie", "io", "iou", "ia"}, false, "e", "", true},
}};

constexpr std::array<std::string_view, 5> kEndingsIy{"iy", "y", "ii", "i", "ij"};
constexpr std::array<std::string_view, 4> kEndingsYy{"yy", "y", "yi", "i"};
constexpr std::array<std::string_view, 3> kEndingsOy{"oy", "oi", "oj"};

bool is_vowel(int letter) {
  constexpr std::array<int, 10> kVowels{kA, kE, kI, kO, kU, kYery, kEh, kYu, kYa, kYo};
  return std::find(kVowels.begin(), kVowels.end(), letter) != kVowels.end();
}

bool is_sibilant(int letter) {
  return letter == kZh || letter == kCh || letter == kSh || letter == kShch;
}

// The word as letter numbers, or nullopt when it holds anything but Russian
// letters (upper or lower case).
std::optional<std::vector<int>> russian_letters(std::string_view word) {
  if (word.size() % 2 != 0) return std::nullopt;
  std::vector<int> letters;
  for (std::size_t i = 0; i < word.size(); i += 2) {
    const auto lead = static_cast<unsigned char>(word[i]);
    const auto trail = static_cast<unsigned char>(word[i + 1]);
    if ((lead != 0xD0 && lead != 0xD1) || (trail & 0xC0) != 0x80) return std::nullopt;
    const int code = ((lead & 0x1F) << 6) | (trail & 0x3F);
    if (code == 0x401 || code == 0x451) letters.push_back(kYo);
    else if (code >= 0x410 && code <= 0x42F) letters.push_back(code - 0x410);
    else if (code >= 0x430 && code <= 0x44F) letters.push_back(code - 0x430);
    else return std::nullopt;
  }
  return letters;
}

int iotated_index(int letter) {
  switch (letter) {
    case kE: return 0;
    case kYo: return 1;
    case kYu: return 2;
    case kYa: return 3;
    default: return -1;
  }
}

std::string_view spell(const Scheme& scheme, const std::vector<int>& word, std::size_t i) {
  const int letter = word[i];
  const int previous = i == 0 ? -1 : word[i - 1];
  const bool after_vowel = previous >= 0 && is_vowel(previous);
  const int iotated = iotated_index(letter);
  const bool iotating = i == 0 ? scheme.iotate_initial
                               : after_vowel || previous == kHard || previous == kSoft;
  if (letter == kYo && is_sibilant(previous)) return scheme.yo_after_sibilant;
  if (iotated >= 0 && iotating) return scheme.iotated[static_cast<std::size_t>(iotated)];
  if (letter == kTs && after_vowel && !scheme.ts_after_vowel.empty()) return scheme.ts_after_vowel;
  const bool next_vowel = i + 1 < word.size() && is_vowel(word[i + 1]);
  if (letter == kS && after_vowel && next_vowel && scheme.double_s_between_vowels) return "ss";
  return scheme.letters[static_cast<std::size_t>(letter)];
}

std::string romanise(const Scheme& scheme, const std::vector<int>& word) {
  std::string result;
  for (std::size_t i = 0; i < word.size(); ++i) result += spell(scheme, word, i);
  return result;
}

// The usual spellings of the word's adjective ending, or none.
std::vector<std::string_view> ending_spellings(const std::vector<int>& word) {
  if (word.size() < 4 || word.back() != kShort) return {};
  switch (word[word.size() - 2]) {
    case kI: return {kEndingsIy.begin(), kEndingsIy.end()};
    case kYery: return {kEndingsYy.begin(), kEndingsYy.end()};
    case kO: return {kEndingsOy.begin(), kEndingsOy.end()};
    default: return {};
  }
}

void add_unique(std::vector<std::string>& variants, std::string variant) {
  if (std::find(variants.begin(), variants.end(), variant) == variants.end()) {
    variants.push_back(std::move(variant));
  }
}

}  // namespace

bool has_cyrillic(std::string_view text) {
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const auto trail = static_cast<unsigned char>(text[i + 1]);
    if (lead >= 0xD0 && lead <= 0xD3 && (trail & 0xC0) == 0x80) return true;
  }
  return false;
}

std::vector<std::string> latin_name_variants(std::string_view cyrillic_word) {
  if (!has_cyrillic(cyrillic_word)) return {};
  std::vector<std::string> variants{transliterate_to_latin(cyrillic_word)};
  const auto letters = russian_letters(cyrillic_word);
  if (!letters) return variants;
  const auto endings = ending_spellings(*letters);
  const std::vector<int> body(letters->begin(),
                              letters->end() - (endings.empty() ? 0 : 2));
  for (const Scheme& scheme : kSchemes) {
    const std::string stem = romanise(scheme, body);
    if (endings.empty()) add_unique(variants, stem);
    for (const std::string_view ending : endings) add_unique(variants, stem + std::string(ending));
  }
  return variants;
}

}  // namespace samizdat::corpus
