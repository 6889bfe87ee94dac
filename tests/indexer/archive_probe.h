// @brief Test helpers that look inside an archive: its document ids in
// docid order and each document's stored text, decompressed.
#ifndef SAMIZDAT_TESTS_INDEXER_ARCHIVE_PROBE_H_
#define SAMIZDAT_TESTS_INDEXER_ARCHIVE_PROBE_H_

#include <xapian.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "corpus/schema.h"
#include "corpus/stored_document.h"
#include "corpus/text_codec.h"

namespace samizdat::testing {

// Document ids (the Q terms' values) in docid order.
inline std::vector<std::string> archive_ids(const std::filesystem::path& archive) {
  const Xapian::Database database(archive.string());
  std::vector<std::string> ids;
  for (auto id = database.postlist_begin(""); id != database.postlist_end(""); ++id) {
    ids.push_back(
        corpus::decode_stored_document(database.get_document(*id).get_data()).document.id);
  }
  return ids;
}

// Every document's text, decompressed with the archive's dictionaries, by id.
inline std::map<std::string, std::string> archive_texts(const std::filesystem::path& archive) {
  namespace schema = corpus::schema;
  const Xapian::Database database(archive.string());
  corpus::TextDecompressor decompressor;
  const std::string prefix(schema::kMetaDictionaryPrefix);
  for (auto key = database.metadata_keys_begin(prefix); key != database.metadata_keys_end(prefix);
       ++key) {
    decompressor.add_dictionary(
        static_cast<std::uint32_t>(std::stoul((*key).substr(prefix.size()))),
        database.get_metadata(*key));
  }
  std::map<std::string, std::string> texts;
  for (auto id = database.postlist_begin(""); id != database.postlist_end(""); ++id) {
    const auto stored = corpus::decode_stored_document(database.get_document(*id).get_data());
    texts[stored.document.id] =
        decompressor.decompress(stored.compressed_text, stored.dictionary_id);
  }
  return texts;
}

}  // namespace samizdat::testing

#endif  // SAMIZDAT_TESTS_INDEXER_ARCHIVE_PROBE_H_
