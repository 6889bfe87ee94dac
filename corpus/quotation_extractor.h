// @brief Finds cited quotations in an article: a quoted passage followed by
// a parenthesised citation becomes a document of its own.
#ifndef SAMIZDAT_CORPUS_QUOTATION_EXTRACTOR_H_
#define SAMIZDAT_CORPUS_QUOTATION_EXTRACTOR_H_

#include <vector>

#include "corpus/document.h"

namespace samizdat::corpus {

// Returns the quotations of `article`, in text order: a passage of eight
// words or more in “…”, "…" or «…» (or a bulleted "•" block) followed in the
// same paragraph by a parenthesised citation. Each has type kQuotation, text
// = the quoted passage, source = the citation as written (without the
// parentheses), authors = {speaker} when the paragraph names one just before
// the quote ("as Lenin told ..."). All other fields are empty: the loader
// assigns id ("#qN"), parent, date, publication and language.
// Short scare quotes (“coup”) never become quotations.
// Pure function; safe to call from several threads.
[[nodiscard]] std::vector<Document> extract_quotations(const Document& article);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_QUOTATION_EXTRACTOR_H_
