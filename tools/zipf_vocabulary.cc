#include "tools/zipf_vocabulary.h"

#include <algorithm>
#include <array>

namespace samizdat::tools {
namespace {

constexpr std::size_t kWords = 20000;
constexpr std::uint64_t kVocabularySeed = 0x5A4D1DA7;
constexpr double kThresholdScale = 0x1.0p53;
constexpr int kSliceBits = 16;
constexpr int kSliceShift = 53 - kSliceBits;

// The same syllables in two scripts, so a word's Cyrillic spelling is its
// Latin one transliterated.
constexpr std::array<std::string_view, 30> kLatinSyllables = {
    "ka", "to", "ri", "men", "sol", "var", "pe", "lin", "dro", "gu", "tes", "al", "bor", "ni",
    "ve", "sha", "mo", "der", "kvi", "lan", "po", "est", "ru", "fin", "ga", "tor", "hel", "bi",
    "ost", "ma"};
constexpr std::array<std::string_view, 30> kCyrillicSyllables = {
    "ка", "то", "ри", "мен", "сол", "вар", "пе", "лин", "дро", "гу", "тес", "ал", "бор", "ни",
    "ве", "ша", "мо", "дер", "кви", "лан", "по", "ест", "ру", "фин", "га", "тор", "хел", "би",
    "ост", "ма"};

// Frequent words are short, as in real languages.
[[nodiscard]] int syllables_for_rank(std::size_t rank, DeterministicRandom& random) {
  if (rank < 40) return 1;
  return 1 + (rank >= 600) + (rank >= 5000) + static_cast<int>(random.below(2));
}

}  // namespace

ZipfVocabulary::ZipfVocabulary() {
  DeterministicRandom random(kVocabularySeed);
  latin_.reserve(kWords);
  cyrillic_.reserve(kWords);
  for (std::size_t rank = 0; rank < kWords; ++rank) {
    std::string latin;
    std::string cyrillic;
    for (int i = syllables_for_rank(rank, random); i > 0; --i) {
      const auto syllable = random.below(kLatinSyllables.size());
      latin += kLatinSyllables[syllable];
      cyrillic += kCyrillicSyllables[syllable];
    }
    latin_.push_back(append_spelling(latin));
    cyrillic_.push_back(append_spelling(cyrillic));
  }
  double total = 0;
  for (std::size_t rank = 1; rank <= kWords; ++rank) total += 1.0 / static_cast<double>(rank);
  double running = 0;
  cumulative_.reserve(kWords);
  for (std::size_t rank = 1; rank <= kWords; ++rank) {
    running += 1.0 / static_cast<double>(rank);
    cumulative_.push_back(static_cast<std::uint64_t>(running / total * kThresholdScale));
  }
  slice_start_.reserve(std::size_t{1} << kSliceBits);
  for (std::uint64_t slice = 0; slice < (std::uint64_t{1} << kSliceBits); ++slice) {
    const auto found =
        std::upper_bound(cumulative_.begin(), cumulative_.end(), slice << kSliceShift);
    slice_start_.push_back(static_cast<std::uint32_t>(found - cumulative_.begin()));
  }
}

std::string_view ZipfVocabulary::draw(DeterministicRandom& random, bool cyrillic) const {
  const auto threshold = random.next() >> 11;
  auto rank = static_cast<std::size_t>(slice_start_[threshold >> kSliceShift]);
  while (rank + 1 < kWords && cumulative_[rank] <= threshold) ++rank;
  const auto spelling = cyrillic ? cyrillic_[rank] : latin_[rank];
  return std::string_view(letters_).substr(spelling.offset, spelling.length);
}

ZipfVocabulary::Spelling ZipfVocabulary::append_spelling(std::string_view word) {
  const Spelling spelling{static_cast<std::uint32_t>(letters_.size()),
                          static_cast<std::uint32_t>(word.size())};
  letters_ += word;
  return spelling;
}

void capitalize_at(std::string& text, std::size_t at) {
  if (at >= text.size()) return;
  auto& lead = reinterpret_cast<unsigned char&>(text[at]);
  if (lead >= 'a' && lead <= 'z') {
    lead -= 0x20;
    return;
  }
  if (at + 1 >= text.size()) return;
  auto& trail = reinterpret_cast<unsigned char&>(text[at + 1]);
  if (lead == 0xC3 && trail >= 0xA0 && trail <= 0xBE && trail != 0xB7) {
    trail -= 0x20;  // à..þ to À..Þ (not ÷)
  } else if (lead == 0xD0 && trail >= 0xB0 && trail <= 0xBF) {
    trail -= 0x20;  // а..п to А..П
  } else if (lead == 0xD1 && trail >= 0x80 && trail <= 0x8F) {
    lead = 0xD0;  // р..я to Р..Я
    trail += 0x20;
  }
}

}  // namespace samizdat::tools
