#include "corpus/text_sizes.h"

#include <charconv>
#include <system_error>

#include "corpus/schema.h"
#include "corpus/stored_document.h"

namespace samizdat::corpus {
namespace {

// The decimal number that is all of `text`, or nullopt.
std::optional<std::uint64_t> parse_number(std::string_view text) {
  std::uint64_t number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return number;
}

void add(TextSizes& total, const TextSizes& sizes) {
  total.raw += sizes.raw;
  total.compressed += sizes.compressed;
}

// A document's sizes from its value, else from its stored data.
TextSizes document_sizes(const Xapian::Database& database, Xapian::docid id, const std::string& value) {
  if (const auto sizes = parse_text_sizes(value)) return *sizes;
  const StoredDocument stored = decode_stored_document(database.get_document(id).get_data());
  return {stored.text_size, stored.compressed_text.size()};
}

}  // namespace

std::string text_sizes_value(const TextSizes& sizes) {
  return std::to_string(sizes.raw) + ":" + std::to_string(sizes.compressed);
}

std::optional<TextSizes> parse_text_sizes(std::string_view value) {
  const auto colon = value.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  const auto raw = parse_number(value.substr(0, colon));
  const auto compressed = parse_number(value.substr(colon + 1));
  if (!raw || !compressed) return std::nullopt;
  return TextSizes{*raw, *compressed};
}

TextSizes sum_text_sizes(const Xapian::Database& database) {
  TextSizes total;
  const Xapian::valueno slot = schema::kSlotTextSizes;
  auto value = database.valuestream_begin(slot);
  const auto values_end = database.valuestream_end(slot);
  for (auto id = database.postlist_begin(""); id != database.postlist_end(""); ++id) {
    if (value != values_end && value.get_docid() < *id) value.skip_to(*id);
    const bool has_value = value != values_end && value.get_docid() == *id;
    add(total, document_sizes(database, *id, has_value ? *value : std::string()));
  }
  return total;
}

}  // namespace samizdat::corpus
