// @brief YAML front matter ("---" block at the start of a file): splitting it
// from the body and applying its keys to a Document.
#ifndef SAMIZDAT_CORPUS_FRONT_MATTER_H_
#define SAMIZDAT_CORPUS_FRONT_MATTER_H_

#include <optional>
#include <string_view>

#include "corpus/document.h"

namespace samizdat::corpus {

// A file split at its front matter. `yaml` is the text between the two
// "---" lines (nullopt when the file has none); `body` is what follows.
// Both view into the content passed to split_front_matter.
struct FrontMatterSplit {
  std::optional<std::string_view> yaml;
  std::string_view body;
};

// Splits front matter off `content`: it must start at the very first byte
// with a line "---" and end with a line "---" (or "..."). Content without an
// opening line, or with no closing line, is all body.
// Never throws; pure function.
[[nodiscard]] FrontMatterSplit split_front_matter(std::string_view content);

// Applies front matter keys (case-insensitive) to `doc`: title, author or authors (a string or
// a list), date (parse_date forms), publication, language or lang, tags (a
// string, comma-separated, or a list), url, type ("article", "comment",
// "quotation"); other scalar keys go into doc.extra. Unknown non-scalar keys
// are ignored.
// @exception InputError "malformed front matter: REASON" when the YAML does
//            not parse or is not a mapping, or when date or type is invalid.
void apply_front_matter(std::string_view yaml, Document& doc);

// split_front_matter + apply_front_matter: applies the front matter (if any)
// to `doc` and returns the body.
// @exception InputError as apply_front_matter.
[[nodiscard]] std::string_view read_front_matter(std::string_view content, Document& doc);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_FRONT_MATTER_H_
