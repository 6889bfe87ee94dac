// @brief The zstd dictionaries an archive's stored texts were compressed
// with, read from its metadata into a decompressor.
#ifndef SAMIZDAT_CORPUS_ARCHIVE_DICTIONARIES_H_
#define SAMIZDAT_CORPUS_ARCHIVE_DICTIONARIES_H_

#include <xapian.h>

#include <memory>

#include "corpus/text_codec.h"

namespace samizdat::corpus {

// A decompressor knowing every dictionary `database` stores under
// schema::kMetaDictionaryPrefix + id (keys with a malformed id are skipped).
// @exception Xapian::Error from reading the metadata.
[[nodiscard]] std::unique_ptr<TextDecompressor> load_dictionaries(const Xapian::Database& database);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_ARCHIVE_DICTIONARIES_H_
