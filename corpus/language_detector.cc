#include "corpus/language_detector.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace samizdat::corpus {

namespace {

// The most frequent function words of each language, lower-case, separated
// by spaces. Words shared by several languages count for each of them.
struct Stopwords {
  std::string_view code;
  std::string_view words;
};

constexpr std::array<Stopwords, 8> kStopwords{{
    {"en", "the of and to in is that it was for on are with as his they be at by this had "
           "not but from have or which were her she there would their we him been has when "
           "who will more if out so said what up its about into than them can could these"},
    {"fr", "le la les de des du un une et est que qui dans pour pas sur au aux ce cette il "
           "elle ils sont avec ne se plus par mais ou nous vous leur été être fait comme tout "
           "sans son sa ses lui dont était ont entre aussi même après qu l d"},
    {"de", "der die das und ist nicht ein eine einer den dem des zu mit sich auf für von im "
           "auch es als an wird sind werden bei nach wie aus oder noch nur durch über war "
           "haben hat wir sie ich er dass zum zur vor unter um"},
    {"es", "el la los las de del que y en un una es por con no se para al lo como más pero "
           "sus su le ya o fue este esta ha muy sin sobre también entre hasta desde cuando "
           "porque todo era son ser dos"},
    {"it", "il lo la i gli le di del della dei delle che e è un una per non con si da al "
           "alla nel nella sono come ma più anche ha questo questa essere stato tra fra dopo "
           "sua suo loro era ci ne dell nell all l"},
    {"pt", "o a os as de do da dos das que e em um uma para com não no na nos nas por se mais "
           "como mas foi ao ele ela são seu sua pelo pela ou está também já quando muito isso "
           "entre até depois"},
    {"nl", "de het een en van in is dat op te zijn met voor niet aan er die maar om ook als "
           "bij of uit nog wordt door naar dan wat tot over kan hij zij wij ze was werd geen "
           "deze"},
    {"sv", "och i att det som en på är av för med till den inte har de om ett var jag han men "
           "ut vid så kan från sig hade nu eller efter detta skulle när vi hon mot där även"},
}};

// Letters (lower-case UTF-8) that point to one language: one point each.
struct LetterHint {
  std::string_view letter;
  std::size_t language;  // index into kStopwords
};
constexpr std::array<LetterHint, 6> kLetterHints{{
    {"ñ", 3}, {"ß", 2}, {"ü", 2}, {"å", 7}, {"ã", 5}, {"õ", 5}}};

constexpr std::size_t kLanguageCount = kStopwords.size();
constexpr std::size_t kMaxStopwordBytes = 8;
constexpr int kMinScore = 2;
constexpr int kMinLetters = 10;

using StopwordTable = std::unordered_map<std::string_view, std::uint16_t>;

// Word → bit set of the languages listing it; built once, read-only after.
const StopwordTable& stopword_table() {
  static const StopwordTable table = [] {
    StopwordTable built;
    for (std::size_t language = 0; language < kLanguageCount; ++language) {
      std::string_view words = kStopwords[language].words;
      while (!words.empty()) {
        const std::size_t end = std::min(words.find(' '), words.size());
        built[words.substr(0, end)] |= static_cast<std::uint16_t>(1U << language);
        words.remove_prefix(std::min(end + 1, words.size()));
      }
    }
    return built;
  }();
  return table;
}

// What one pass over the sample counted.
struct SampleCounts {
  std::array<int, kLanguageCount> scores{};
  int latin_letters = 0;
  int cyrillic_letters = 0;
  int ukrainian_letters = 0;     // і ї є ґ
  int russian_only_letters = 0;  // ы э ъ ё
};

// Cuts `text` to at most `limit` bytes without splitting a UTF-8 sequence.
std::string_view utf8_prefix(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return text;
  while (limit > 0 && (static_cast<unsigned char>(text[limit]) & 0xC0) == 0x80) --limit;
  return text.substr(0, limit);
}

void count_cyrillic(SampleCounts& counts, int code) {
  ++counts.cyrillic_letters;
  const int lower = code >= 0x400 && code < 0x430 ? code + (code < 0x410 ? 0x50 : 0x20) : code;
  if (lower == 0x456 || lower == 0x457 || lower == 0x454 || code == 0x490 || code == 0x491) {
    ++counts.ukrainian_letters;
  } else if (lower == 0x44B || lower == 0x44D || lower == 0x44A || lower == 0x451) {
    ++counts.russian_only_letters;
  }
}

void score_word(SampleCounts& counts, std::string_view word) {
  if (word.empty() || word.size() > kMaxStopwordBytes) return;
  const StopwordTable& table = stopword_table();
  const auto found = table.find(word);
  if (found == table.end()) return;
  for (std::size_t language = 0; language < kLanguageCount; ++language) {
    if ((found->second >> language) & 1U) ++counts.scores[language];
  }
}

void score_letter_hint(SampleCounts& counts, std::string_view letter) {
  for (const LetterHint& hint : kLetterHints) {
    if (hint.letter == letter) ++counts.scores[hint.language];
  }
}

// Scans the sample once: words of ASCII and Latin-1/Extended letters are
// lower-cased into `word` and looked up; Cyrillic letters are only counted.
class SampleScanner {
 public:
  SampleCounts scan(std::string_view sample) {
    for (std::size_t i = 0; i < sample.size();) i += step(sample, i);
    end_word();
    return counts_;
  }

 private:
  std::size_t step(std::string_view sample, std::size_t i) {
    const auto byte = static_cast<unsigned char>(sample[i]);
    if (byte < 0x80) return ascii(byte);
    const auto trail = i + 1 < sample.size() ? static_cast<unsigned char>(sample[i + 1]) : 0;
    if (byte >= 0xC3 && byte <= 0xC9 && (trail & 0xC0) == 0x80) return latin(byte, trail);
    end_word();
    if (byte >= 0xD0 && byte <= 0xD3 && (trail & 0xC0) == 0x80) {
      count_cyrillic(counts_, ((byte & 0x1F) << 6) | (trail & 0x3F));
      return 2;
    }
    return 1;
  }

  std::size_t ascii(unsigned char byte) {
    const bool upper = byte >= 'A' && byte <= 'Z';
    if (!upper && !(byte >= 'a' && byte <= 'z')) {
      end_word();
      return 1;
    }
    ++counts_.latin_letters;
    append(static_cast<char>(upper ? byte + ('a' - 'A') : byte));
    return 1;
  }

  // A two-byte Latin letter; Latin-1 capitals (U+00C0–U+00DE) are lowered.
  std::size_t latin(unsigned char lead, unsigned char trail) {
    ++counts_.latin_letters;
    if (lead == 0xC3 && trail >= 0x80 && trail <= 0x9E && trail != 0x97) trail += 0x20;
    const char letter[2] = {static_cast<char>(lead), static_cast<char>(trail)};
    score_letter_hint(counts_, std::string_view(letter, 2));
    append(letter[0]);
    append(letter[1]);
    return 2;
  }

  void append(char c) {
    if (length_ < word_.size()) word_[length_] = c;
    ++length_;
  }

  void end_word() {
    if (length_ > 0 && length_ <= word_.size()) score_word(counts_, {word_.data(), length_});
    length_ = 0;
  }

  SampleCounts counts_;
  std::array<char, kMaxStopwordBytes> word_{};
  std::size_t length_ = 0;
};

std::string decide_cyrillic(const SampleCounts& counts) {
  return counts.ukrainian_letters > counts.russian_only_letters ? "uk" : "ru";
}

// The best-scoring language when it leads clearly; a lead of a fifth of its
// score (at least one word) separates Spanish from Portuguese yet refuses
// text that mixes two languages evenly.
std::string decide_latin(const SampleCounts& counts) {
  std::size_t best = 0;
  int second = 0;
  for (std::size_t language = 1; language < kLanguageCount; ++language) {
    if (counts.scores[language] > counts.scores[best]) best = language;
  }
  for (std::size_t language = 0; language < kLanguageCount; ++language) {
    if (language != best) second = std::max(second, counts.scores[language]);
  }
  const int top = counts.scores[best];
  const int margin = std::max(1, top / 5);
  if (top < kMinScore || top - second < margin) return "";
  return std::string(kStopwords[best].code);
}

}  // namespace

std::string detect_language(std::string_view text) {
  const SampleCounts counts = SampleScanner().scan(utf8_prefix(text, kLanguageSampleBytes));
  if (counts.cyrillic_letters >= kMinLetters && counts.cyrillic_letters > counts.latin_letters) {
    return decide_cyrillic(counts);
  }
  if (counts.latin_letters < kMinLetters) return "";
  return decide_latin(counts);
}

}  // namespace samizdat::corpus
