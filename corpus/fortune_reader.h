// @brief Reader for fortune data files (the fortune(6) format): quotations
// separated by lines holding only '%', each usually signed "\t\t-- Author".
#ifndef SAMIZDAT_CORPUS_FORTUNE_READER_H_
#define SAMIZDAT_CORPUS_FORTUNE_READER_H_

#include <string_view>
#include <vector>

#include "corpus/corpus_config.h"
#include "corpus/document.h"
#include "corpus/reader.h"

namespace samizdat::corpus {

// How much of a file without an extension is looked at to tell a fortune
// file (the walker reads no more of it).
inline constexpr std::size_t kFortuneSniffBytes = 4096;

// Whether a file's first bytes read as a fortune file: no NUL byte in the
// first kFortuneSniffBytes, and there a line of only '%' after some text.
[[nodiscard]] bool looks_like_fortune(std::string_view content);

// Reads a fortune file as one article without text (the collection, titled
// by the loader from the file name) followed by one quotation per record.
// A record's last line "-- Name" (any indent; an em dash too) is its
// attribution: the name is the speaker, and what follows a comma is the
// source ("-- Mark Twain, Pudd'nhead Wilson's Calendar"), except a name's
// suffix ("-- Martin Luther King, Jr."). The other lines are the text, blank
// lines between paragraphs; records with no text are left out.
// Stateless; safe to call from several threads.
class FortuneReader final : public Reader {
 public:
  // @exception InputError when no record holds any text.
  [[nodiscard]] std::vector<Document> read(std::string_view content,
                                           const CorpusConfig& config) const override;
};

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_FORTUNE_READER_H_
