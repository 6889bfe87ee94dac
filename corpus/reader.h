// @brief The contract every format reader keeps.
#ifndef SAMIZDAT_CORPUS_READER_H_
#define SAMIZDAT_CORPUS_READER_H_

#include <string_view>
#include <vector>

#include "corpus/corpus_config.h"
#include "corpus/document.h"

namespace samizdat::corpus {

// A reader turns one file's content (valid UTF-8, no byte-order mark) into
// documents: articles, each followed directly by its comments (type kComment)
// and by the quotations the format itself marks as such (type kQuotation: a
// fortune file's records). Readers do not extract quotations from an
// article's text and leave ids, parent ids and paths empty: file_loader
// assigns them. A reader of several records per file (JSON) may
// set an article's id to the record's own key ("42"); the loader makes the
// full id from it.
class Reader {
 public:
  virtual ~Reader() = default;
  // @exception InputError when the content cannot be read in this format
  //            (the message says why; the loader adds the path).
  [[nodiscard]] virtual std::vector<Document> read(std::string_view content,
                                                   const CorpusConfig& config) const = 0;
};

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_READER_H_
