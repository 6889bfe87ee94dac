// @brief Reader for plain-text pages: a web page saved as text (title, body,
// headings, dateline, readers' comments, publication footer) or front matter.
#ifndef SAMIZDAT_CORPUS_TXT_READER_H_
#define SAMIZDAT_CORPUS_TXT_READER_H_

#include <string_view>
#include <vector>

#include "corpus/corpus_config.h"
#include "corpus/document.h"
#include "corpus/reader.h"

namespace samizdat::corpus {

// Reads a page saved as text. With YAML front matter the body is the article
// text (paragraphs separated by blank lines). Otherwise the first non-empty
// line is the title; short capitalised lines standing alone are section
// headings (kept in the text as their own paragraph and listed in sections);
// a paragraph that is a whole date ("Friday, October 6, 2017") closes the
// article and gives its date; the paragraphs after it are readers' comments
// (a bulleted "•" block belongs to the comment before it); a footer line
// "Name (xx)" gives the publication and language and is dropped together
// with the blurb after it.
// Stateless; safe to call from several threads.
class TxtReader final : public Reader {
 public:
  // @exception InputError for malformed front matter.
  [[nodiscard]] std::vector<Document> read(std::string_view content,
                                           const CorpusConfig& config) const override;
};

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_TXT_READER_H_
