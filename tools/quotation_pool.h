// @brief A fixed pool of real public-domain passages that generated articles
// quote, so the same quotation recurs across a corpus, cited in varied styles.
#ifndef SAMIZDAT_TOOLS_QUOTATION_POOL_H_
#define SAMIZDAT_TOOLS_QUOTATION_POOL_H_

#include <string>
#include <string_view>

#include "tools/deterministic_random.h"
#include "tools/language_profile.h"

namespace samizdat::tools {

// A passage and where it comes from. `volume` and `page` are 0 when the
// passage is cited by work only.
struct PooledQuotation {
  std::string_view speaker;
  std::string_view text;
  std::string_view language;
  std::string_view work;
  int year = 0;
  std::string_view part;        // "ch. I", "" when none
  std::string_view collection;  // "Collected Works", "" when none
  std::string_view collection_short;  // "CW", "MEW", "ПСС"
  int volume = 0;
  int page = 0;
};

// A passage for a document in `language`: one in that language when the pool
// has one (three times in five), else an English one.
[[nodiscard]] const PooledQuotation& pick_quotation(DeterministicRandom& random,
                                                    std::string_view language);

// The citation of `quotation` in one of several styles ("CW 27 p.135",
// "Collected Works, vol. 27, p. 135", "The State and Revolution, 1917", ...),
// drawn at random; volume and page words follow `profile`.
[[nodiscard]] std::string cite(DeterministicRandom& random, const PooledQuotation& quotation,
                               const LanguageProfile& profile);

// Appends a sentence quoting a passage: a lead-in naming the speaker, the
// passage in the profile's quotation marks, and the parenthesised citation.
void append_quotation(DeterministicRandom& random, const LanguageProfile& profile,
                      std::string& out);

}  // namespace samizdat::tools

#endif  // SAMIZDAT_TOOLS_QUOTATION_POOL_H_
