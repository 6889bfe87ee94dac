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

// Reads a page saved as text, paragraphs separated by blank lines:
//  - title: from YAML front matter when it has one, else the first non-empty
//    line (which is then not part of the text);
//  - headings: a paragraph of one line of at most 80 bytes that starts with a
//    capital and does not end in '.', ':', ';' or ','. It stays in the text
//    as its own paragraph (so phrase search finds it) and opens a section;
//  - dateline: the first paragraph that is a whole date to the day
//    ("Friday, October 6, 2017") closes the article and gives its date
//    (front matter's date wins); year or month alone ("October 1917") is
//    too likely a heading to count;
//  - comments: each paragraph after the dateline is a comment (type
//    kComment); an indented or bulleted ("•") block belongs to the comment
//    before it. Without a dateline there are no comments;
//  - footer: a line "Name (xx)" among the last three paragraphs gives the
//    publication and language (front matter wins); it and everything after
//    it (the blurb) are dropped.
// Comments get the article's publication and language. Paragraph lines are
// kept joined by '\n'.
// Stateless; safe to call from several threads.
class TxtReader final : public Reader {
 public:
  enum class TitleLine {
    kTake,  // the first line is the title, as above
    kKeep,  // the title is known (a metadata table's): the first line is text
  };
  explicit TxtReader(TitleLine title_line = TitleLine::kTake) : title_line_(title_line) {}

  // @exception InputError for malformed front matter.
  [[nodiscard]] std::vector<Document> read(std::string_view content,
                                           const CorpusConfig& config) const override;

 private:
  TitleLine title_line_;
};

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_TXT_READER_H_
