// @brief Reader for Markdown pages: optional YAML front matter and a
// GitHub Flavored Markdown body (CommonMark with tables, strikethrough and
// autolinks) parsed with cmark-gfm.
#ifndef SAMIZDAT_CORPUS_MD_READER_H_
#define SAMIZDAT_CORPUS_MD_READER_H_

#include <string_view>
#include <vector>

#include "corpus/corpus_config.h"
#include "corpus/document.h"
#include "corpus/reader.h"

namespace samizdat::corpus {

// Reads one Markdown file as one article: the text without markup, blocks
// separated by "\n\n"; headings stay in the text as their own paragraph and
// are listed in sections; a table is a paragraph of a line per row, its
// cells' text between " · "; the title comes from front matter, else from the
// first heading. Front matter keys are applied as apply_front_matter does.
// Stateless; safe to call from several threads.
class MdReader final : public Reader {
 public:
  // @exception InputError for malformed front matter.
  [[nodiscard]] std::vector<Document> read(std::string_view content,
                                           const CorpusConfig& config) const override;
};

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_MD_READER_H_
