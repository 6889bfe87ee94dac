// @brief The per-language word lists the generator writes with: function and
// topic words, publications, names and the phrases that introduce a quotation.
#ifndef SAMIZDAT_TOOLS_LANGUAGE_PROFILE_H_
#define SAMIZDAT_TOOLS_LANGUAGE_PROFILE_H_

#include <span>
#include <string_view>

#include "tools/deterministic_random.h"

namespace samizdat::tools {

// Everything language-specific a generated document needs. All views point
// into static tables.
struct LanguageProfile {
  std::string_view code;                          // ISO 639-1: "en", "fr", ...
  bool cyrillic = false;                          // synthetic words in Cyrillic
  std::span<const std::string_view> function_words;  // "the", "of", ...
  std::span<const std::string_view> topic_words;     // "strike", "working class", ...
  std::span<const std::string_view> publications;
  std::span<const std::string_view> first_names;
  std::span<const std::string_view> last_names;
  // Lead-ins with one "{}" for the speaker: "As {} put it".
  std::span<const std::string_view> quote_lead_ins;
  std::string_view open_quote;   // "“" or "«"
  std::string_view close_quote;  // "”" or "»"
  std::string_view volume_word;  // "vol.", "Bd.", "т."
  std::string_view page_word;    // "p.", "S.", "с."
};

// The profile for `code`; the English one for an unknown code.
// Thread-safe (static data).
[[nodiscard]] const LanguageProfile& language_profile(std::string_view code);

// Draws a language: English four times in five, else French, German,
// Spanish, Italian or Russian with equal odds.
[[nodiscard]] const LanguageProfile& pick_language(DeterministicRandom& random);

// One element of `items` (non-empty), uniformly.
template <typename T>
[[nodiscard]] const T& pick(DeterministicRandom& random, std::span<const T> items) {
  return items[random.below(items.size())];
}

}  // namespace samizdat::tools

#endif  // SAMIZDAT_TOOLS_LANGUAGE_PROFILE_H_
