// @brief The document data of an archive entry: stored fields plus the
// compressed text, as one MessagePack object (keys in corpus/schema.h).
#ifndef SAMIZDAT_CORPUS_STORED_DOCUMENT_H_
#define SAMIZDAT_CORPUS_STORED_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "corpus/document.h"

namespace samizdat::corpus {

// A document as the archive keeps it: every field but the text, which stays
// compressed until asked for.
struct StoredDocument {
  Document document;  // document.text is empty
  std::string compressed_text;
  std::uint32_t dictionary_id = 0;  // 0: compressed without a dictionary
  std::uint64_t text_size = 0;      // bytes of the uncompressed text
};

// Serialises `document` (all fields but text) with the compressed text.
[[nodiscard]] std::string encode_stored_document(const Document& document,
                                                 std::string_view compressed_text,
                                                 std::uint32_t dictionary_id);

// Parses what encode_stored_document wrote.
// @exception ArchiveError when the data is not a stored document.
[[nodiscard]] StoredDocument decode_stored_document(std::string_view data);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_STORED_DOCUMENT_H_
