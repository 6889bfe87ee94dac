#include "corpus/archive_dictionaries.h"

#include <cstdint>
#include <memory>

#include "corpus/schema.h"

namespace samizdat::corpus {

std::unique_ptr<TextDecompressor> archive_decompressor(const Xapian::Database& database) {
  return std::make_unique<TextDecompressor>([database](std::uint32_t id) {
    return database.get_metadata(schema::dictionary_key(id));
  });
}

}  // namespace samizdat::corpus
