// @brief Where generated prose comes from: sentences resampled from real
// texts, or synthetic sentences of function, topic and Zipf-drawn words.
#ifndef SAMIZDAT_TOOLS_SENTENCE_SOURCE_H_
#define SAMIZDAT_TOOLS_SENTENCE_SOURCE_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "tools/deterministic_random.h"
#include "tools/language_profile.h"
#include "tools/zipf_vocabulary.h"

namespace samizdat::tools {

// Writes sentences, titles and headings. English sentences are resampled from
// the source texts when some were loaded; everything else is synthetic.
// Immutable after construction, so safe to share between threads.
class SentenceSource {
 public:
  // Synthetic text only.
  SentenceSource() = default;

  // Loads the sentences of `source`: one text file, or every regular file
  // below a folder (in sorted order, so the draw is reproducible).
  // @exception InputError naming `source` when it cannot be read or holds no
  //            sentence of 30 to 600 bytes.
  [[nodiscard]] static SentenceSource from_files(const std::filesystem::path& source);

  // Appends one sentence in the profile's language, ending with a full stop.
  void append_sentence(DeterministicRandom& random, const LanguageProfile& profile,
                       std::string& out) const;

  // Appends `words` words with a capital first letter and no final stop, as
  // titles and headings are written; English capitalises every word.
  void append_heading(DeterministicRandom& random, const LanguageProfile& profile, int words,
                      std::string& out) const;

 private:
  void append_synthetic(DeterministicRandom& random, const LanguageProfile& profile,
                        std::string& out) const;
  [[nodiscard]] std::string_view draw_word(DeterministicRandom& random,
                                           const LanguageProfile& profile) const;
  void split_sentences(std::string_view text);

  ZipfVocabulary vocabulary_;
  std::string text_;  // the loaded sentences, back to back
  std::vector<std::pair<std::uint32_t, std::uint32_t>> sentences_;  // offset, length
};

}  // namespace samizdat::tools

#endif  // SAMIZDAT_TOOLS_SENTENCE_SOURCE_H_
