// @brief The zstd dictionaries an archive's stored texts were compressed
// with, read from its metadata by a decompressor as it needs them.
#ifndef SAMIZDAT_CORPUS_ARCHIVE_DICTIONARIES_H_
#define SAMIZDAT_CORPUS_ARCHIVE_DICTIONARIES_H_

#include <xapian.h>

#include <memory>

#include "corpus/text_codec.h"

namespace samizdat::corpus {

// A decompressor that reads dictionary `id` from `database`'s metadata
// (schema::dictionary_key) the first time a text needs it, and
// keeps it. It holds its own handle on `database`.
// @exception Xapian::Error from decompress() when the metadata cannot be read.
[[nodiscard]] std::unique_ptr<TextDecompressor> archive_decompressor(const Xapian::Database& database);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_ARCHIVE_DICTIONARIES_H_
