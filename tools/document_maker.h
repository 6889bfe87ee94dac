// @brief Draws one article at random: language, date, title, author,
// paragraphs with headings and quotations, and readers' comments.
#ifndef SAMIZDAT_TOOLS_DOCUMENT_MAKER_H_
#define SAMIZDAT_TOOLS_DOCUMENT_MAKER_H_

#include "tools/deterministic_random.h"
#include "tools/document_renderer.h"
#include "tools/generated_document.h"
#include "tools/sentence_source.h"

namespace samizdat::tools {

// The earliest and latest years a generated article is dated.
constexpr int kFirstYear = 1920;
constexpr int kLastYear = 2025;

// Fills `doc` (its old contents are replaced; its buffers are reused) with an
// article to be written as `format`: about 80% English, dated 1920-2025,
// rendering to between about 300 bytes and 20 KB (log-uniform), 0-5
// comments unless `format` is md, and now and then a quotation from the
// fixed pool. The same random state gives the same document.
void make_document(DeterministicRandom& random, const SentenceSource& sentences,
                   OutputFormat format, GeneratedDocument& doc);

}  // namespace samizdat::tools

#endif  // SAMIZDAT_TOOLS_DOCUMENT_MAKER_H_
