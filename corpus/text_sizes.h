// @brief The bytes of text an archive stores, summed over its documents
// (`samizdat-index --stats`, the search page's about page).
#ifndef SAMIZDAT_CORPUS_TEXT_SIZES_H_
#define SAMIZDAT_CORPUS_TEXT_SIZES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>

namespace samizdat::corpus {

struct TextSizes {
  std::uint64_t raw = 0;         // uncompressed
  std::uint64_t compressed = 0;  // as stored
};

// The kSlotTextSizes value of a document's text sizes.
[[nodiscard]] std::string text_sizes_value(const TextSizes& sizes);

// Parses a kSlotTextSizes value; nullopt when it is not one.
[[nodiscard]] std::optional<TextSizes> parse_text_sizes(std::string_view value);

// The sizes of every document's stored text, summed from the kSlotTextSizes
// value stream (about 12 bytes a document) instead of the documents' data
// (the whole compressed text). A document without the value (written before
// the slot existed) is read from its stored data.
// @exception ArchiveError when such a document's data is not a stored document.
[[nodiscard]] TextSizes sum_text_sizes(const Xapian::Database& database);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_TEXT_SIZES_H_
