#include "corpus/archive_dictionaries.h"

#include <charconv>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <system_error>

#include "corpus/schema.h"

namespace samizdat::corpus {

std::unique_ptr<TextDecompressor> load_dictionaries(const Xapian::Database& database) {
  auto decompressor = std::make_unique<TextDecompressor>();
  const std::string prefix(schema::kMetaDictionaryPrefix);
  for (auto key = database.metadata_keys_begin(prefix); key != database.metadata_keys_end(prefix);
       ++key) {
    const std::string key_name = *key;  // *key is a temporary: keep it alive for the view below
    const std::string_view id_text = std::string_view(key_name).substr(prefix.size());
    std::uint32_t id = 0;
    const auto [end, error] = std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
    if (error != std::errc() || end != id_text.data() + id_text.size() || id == 0) continue;
    decompressor->add_dictionary(id, database.get_metadata(key_name));
  }
  return decompressor;
}

}  // namespace samizdat::corpus
