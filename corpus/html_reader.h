// @brief Reader for HTML pages: the article's title, author, date, language,
// main text with sections, and readers' comments, parsed with gumbo.
#ifndef SAMIZDAT_CORPUS_HTML_READER_H_
#define SAMIZDAT_CORPUS_HTML_READER_H_

#include <string_view>
#include <vector>

#include "corpus/corpus_config.h"
#include "corpus/document.h"
#include "corpus/reader.h"

namespace samizdat::corpus {

// Reads one HTML page into an article followed by its comments.
//  - title: <meta property="og:title">, else the first <h1>, else <title>;
//  - authors: <meta name="author"> or <meta property="article:author">;
//  - date: the first <time> (its datetime, else its text), else
//    <meta property="article:published_time"> (or name="date"), else a
//    dateline: an element whose class mentions "date", or one of the first
//    three paragraphs, that is a whole date;
//  - language: the primary subtag of <html lang> ("en-US" gives "en");
//  - text: from <article>, else <main>, else <body>, without nav, header,
//    footer, aside, script, style, noscript and form; block elements end
//    paragraphs ("\n\n"); an <h1> repeating the title is left out; h2-h6
//    stay in the text and open sections.
//  - comments: elements whose class or id mentions "comment" are left out
//    of the article text. Containers ("comments", "comment-list") hold the
//    comments; parts ("comment-body", "comment-author", "comment-meta")
//    belong to the comment around them; reply forms ("comment-respond") are
//    dropped; every other such element is one comment, its author taken from
//    an element whose class mentions "author" and its date from a <time>.
// Malformed HTML is read as browsers read it; read() does not throw.
// Stateless; safe to call from several threads.
class HtmlReader final : public Reader {
 public:
  [[nodiscard]] std::vector<Document> read(std::string_view content,
                                           const CorpusConfig& config) const override;
};

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_HTML_READER_H_
