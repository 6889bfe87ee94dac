#include "corpus/stored_document.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "corpus/date.h"
#include "corpus/document.h"
#include "corpus/error.h"
#include "corpus/schema.h"

namespace samizdat::corpus {

namespace {

using nlohmann::json;

std::string key(std::string_view field) { return std::string(field); }

// Empty fields are left out: most documents have few of them, and every
// byte is stored once per document.
void put_string(json& object, std::string_view field, const std::string& value) {
  if (!value.empty()) object[key(field)] = value;
}

void put_strings(json& object, std::string_view field, const std::vector<std::string>& values) {
  if (!values.empty()) object[key(field)] = values;
}

json sections_to_json(const std::vector<Section>& sections) {
  json array = json::array();
  for (const Section& section : sections) array.push_back(json::array({section.heading, section.offset}));
  return array;
}

std::vector<Section> sections_from_json(const json& array) {
  std::vector<Section> sections;
  for (const json& item : array) {
    sections.push_back({item.at(0).get<std::string>(), item.at(1).get<std::size_t>()});
  }
  return sections;
}

template <typename T>
T get_or(const json& object, std::string_view field, T fallback) {
  const auto found = object.find(key(field));
  return found == object.end() ? fallback : found->get<T>();
}

Date date_from_iso(const std::string& iso) {
  if (iso.empty()) return {};
  const std::optional<Date> date = parse_date(iso);
  if (!date) throw ArchiveError("corrupt stored document: bad date '" + iso + "'");
  return *date;
}

DocType type_from_name(const std::string& name) {
  const std::optional<DocType> type = parse_doc_type(name);
  if (!type) throw ArchiveError("corrupt stored document: unknown type '" + name + "'");
  return *type;
}

json document_to_json(const Document& document) {
  json object = json::object();
  object[key(schema::kFieldId)] = document.id;
  object[key(schema::kFieldType)] = std::string(to_string(document.type));
  put_string(object, schema::kFieldTitle, document.title);
  put_strings(object, schema::kFieldAuthors, document.authors);
  put_string(object, schema::kFieldDate, document.date.iso());
  put_string(object, schema::kFieldPublication, document.publication);
  put_string(object, schema::kFieldLanguage, document.language);
  put_strings(object, schema::kFieldTags, document.tags);
  put_string(object, schema::kFieldUrl, document.url);
  if (!document.sections.empty()) {
    object[key(schema::kFieldSections)] = sections_to_json(document.sections);
  }
  put_string(object, schema::kFieldParent, document.parent_id);
  put_string(object, schema::kFieldSource, document.source);
  put_string(object, schema::kFieldPath, document.path);
  if (!document.extra.empty()) object[key(schema::kFieldExtra)] = document.extra;
  return object;
}

Document document_from_json(const json& object) {
  using Strings = std::vector<std::string>;
  Document document;
  document.id = object.at(key(schema::kFieldId)).get<std::string>();
  document.type = type_from_name(object.at(key(schema::kFieldType)).get<std::string>());
  document.title = get_or<std::string>(object, schema::kFieldTitle, "");
  document.authors = get_or<Strings>(object, schema::kFieldAuthors, {});
  document.date = date_from_iso(get_or<std::string>(object, schema::kFieldDate, ""));
  document.publication = get_or<std::string>(object, schema::kFieldPublication, "");
  document.language = get_or<std::string>(object, schema::kFieldLanguage, "");
  document.tags = get_or<Strings>(object, schema::kFieldTags, {});
  document.url = get_or<std::string>(object, schema::kFieldUrl, "");
  document.sections = sections_from_json(get_or<json>(object, schema::kFieldSections, json::array()));
  document.parent_id = get_or<std::string>(object, schema::kFieldParent, "");
  document.source = get_or<std::string>(object, schema::kFieldSource, "");
  document.path = get_or<std::string>(object, schema::kFieldPath, "");
  document.extra = get_or<std::map<std::string, std::string>>(object, schema::kFieldExtra, {});
  return document;
}

StoredDocument stored_from_json(const json& object) {
  if (!object.is_object()) throw ArchiveError("corrupt stored document: not an object");
  StoredDocument stored;
  stored.document = document_from_json(object);
  const json& text = object.at(key(schema::kFieldText));
  if (!text.is_binary()) throw ArchiveError("corrupt stored document: text is not binary");
  stored.compressed_text.assign(text.get_binary().begin(), text.get_binary().end());
  stored.dictionary_id = object.at(key(schema::kFieldDictionary)).get<std::uint32_t>();
  stored.text_size = object.at(key(schema::kFieldTextSize)).get<std::uint64_t>();
  return stored;
}

}  // namespace

std::string encode_stored_document(const Document& document, std::string_view compressed_text,
                                   std::uint32_t dictionary_id) {
  json object = document_to_json(document);
  object[key(schema::kFieldText)] =
      json::binary(std::vector<std::uint8_t>(compressed_text.begin(), compressed_text.end()));
  object[key(schema::kFieldDictionary)] = dictionary_id;
  object[key(schema::kFieldTextSize)] = document.text.size();
  const std::vector<std::uint8_t> bytes = json::to_msgpack(object);
  return {bytes.begin(), bytes.end()};
}

StoredDocument decode_stored_document(std::string_view data) {
  try {
    return stored_from_json(json::from_msgpack(data.begin(), data.end()));
  } catch (const json::exception& error) {
    throw ArchiveError(std::string("corrupt stored document: ") + error.what());
  }
}

}  // namespace samizdat::corpus
