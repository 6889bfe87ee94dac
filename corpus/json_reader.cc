#include "corpus/json_reader.h"

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "corpus/date.h"
#include "corpus/error.h"

namespace samizdat::corpus {

namespace {

using nlohmann::json;

// Reads one JSON record into documents, remembering which keys it used so
// that the rest can go to Document::extra.
class RecordReader {
 public:
  RecordReader(const json& record, const CorpusConfig& config)
      : record_(record), config_(config) {}

  std::vector<Document> read() {
    Document article;
    article.text = text_of("text", {"text", "body", "content"});
    article.id = text_of("id", {"id"});
    const json* comments = find("comments", {"comments"});
    read_metadata(article);
    std::vector<Document> documents{article};
    if (comments != nullptr) append_comments(*comments, documents);
    return documents;
  }

  // The metadata keys into `article`, then every other plain value into its
  // extra fields.
  void read_metadata(Document& article) {
    article.title = text_of("title", {"title"});
    article.authors = list_of("author", {"author", "authors"});
    article.publication = text_of("publication", {"publication"});
    article.language = text_of("language", {"language", "lang"});
    article.tags = list_of("tags", {"tags"});
    article.url = text_of("url", {"url"});
    const json* date = find("date", {"date", "year"});
    collect_extra(article);
    read_date(date, article);
  }

 private:
  // The value for our field `name`: from its renamed key only when renamed,
  // else from the first default key present.
  const json* find(const std::string& name, std::initializer_list<const char*> keys) {
    const auto renamed = config_.field_renames.find(name);
    if (renamed != config_.field_renames.end()) return find_key(renamed->second);
    for (const char* key : keys) {
      if (const json* value = find_key(key)) return value;
    }
    return nullptr;
  }

  const json* find_key(const std::string& key) {
    const auto found = record_.find(key);
    if (found == record_.end() || found->is_null()) return nullptr;
    used_.insert(key);
    return &*found;
  }

  std::string text_of(const std::string& name, std::initializer_list<const char*> keys) {
    const json* value = find(name, keys);
    if (value == nullptr) return "";
    if (value->is_array()) return join_paragraphs(*value, name);
    return scalar(*value, name);
  }

  std::vector<std::string> list_of(const std::string& name,
                                   std::initializer_list<const char*> keys) {
    const json* value = find(name, keys);
    if (value == nullptr) return {};
    if (value->is_array()) return strings_of(*value, name);
    if (name == "tags") return split_commas(scalar(*value, name));
    return {scalar(*value, name)};
  }

  static std::string scalar(const json& value, const std::string& name) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_number() || value.is_boolean()) return value.dump();
    throw InputError("field '" + name + "': expected a string, found " + value.type_name());
  }

  static std::vector<std::string> strings_of(const json& array, const std::string& name) {
    std::vector<std::string> strings;
    for (const json& item : array) strings.push_back(scalar(item, name));
    return strings;
  }

  static std::string join_paragraphs(const json& array, const std::string& name) {
    std::string text;
    for (const std::string& paragraph : strings_of(array, name)) {
      if (!text.empty()) text += "\n\n";
      text += paragraph;
    }
    return text;
  }

  static std::vector<std::string> split_commas(const std::string& list) {
    std::vector<std::string> items;
    std::istringstream stream(list);
    for (std::string item; std::getline(stream, item, ',');) {
      const auto first = item.find_first_not_of(" \t");
      if (first == std::string::npos) continue;
      items.push_back(item.substr(first, item.find_last_not_of(" \t") + 1 - first));
    }
    return items;
  }

  void read_date(const json* value, Document& article) const {
    if (value == nullptr) return;
    // A year number is written out and parsed like a string ("1917"), so
    // years parse_date rejects (5, 99999, -3) stay in extra as well.
    const std::string written = scalar(*value, "date");
    if (const std::optional<Date> date = parse_date(written)) {
      article.date = *date;
    } else {
      article.extra["date"] = written;  // kept rather than lost
    }
  }

  void collect_extra(Document& article) const {
    for (const auto& [key, value] : record_.items()) {
      if (used_.contains(key) || !(value.is_primitive() && !value.is_null())) continue;
      article.extra[key] = scalar(value, key);
    }
  }

  void append_comments(const json& comments, std::vector<Document>& documents) const {
    if (!comments.is_array()) {
      throw InputError(std::string("field 'comments': expected an array, found ") +
                       comments.type_name());
    }
    for (const json& item : comments) documents.push_back(read_comment(item));
  }

  static Document read_comment(const json& item) {
    Document comment;
    comment.type = DocType::kComment;
    if (!item.is_object()) {
      comment.text = scalar(item, "comments");
      return comment;
    }
    const CorpusConfig plain;
    RecordReader reader(item, plain);
    comment.text = reader.text_of("text", {"text", "body", "content"});
    comment.authors = reader.list_of("author", {"author", "authors", "name"});
    reader.read_date(reader.find("date", {"date"}), comment);
    return comment;
  }

  const json& record_;
  const CorpusConfig& config_;
  std::set<std::string> used_;
};

void require_object(const json& record) {
  if (!record.is_object()) {
    throw InputError(std::string("expected an object, found ") + record.type_name());
  }
}

std::vector<Document> read_record(const json& record, const CorpusConfig& config) {
  require_object(record);
  return RecordReader(record, config).read();
}

// Runs `read` and puts "UNIT N: " before the message of any InputError.
template <typename Read>
std::vector<Document> numbered(std::string_view unit, std::size_t number, const Read& read) {
  try {
    return read();
  } catch (const InputError& error) {
    throw InputError(std::string(unit) + " " + std::to_string(number) + ": " + error.what());
  }
}

// nlohmann's message is "[json.exception.parse_error.101] parse error at
// line 1, column 5: syntax error …"; keep the reason after the position.
std::string parse_reason(const json::parse_error& error) {
  const std::string message = error.what();
  const std::size_t column = message.find("column ");
  const std::size_t colon = message.find(": ", column == std::string::npos ? 0 : column);
  return colon == std::string::npos ? message : message.substr(colon + 2);
}

json parse_json(std::string_view text) {
  try {
    return json::parse(text.begin(), text.end());
  } catch (const json::parse_error& error) {
    throw InputError("invalid JSON at byte " + std::to_string(error.byte) + ": " +
                     parse_reason(error));
  } catch (const json::out_of_range& error) {
    // A number too large for a double ("1E999"); nlohmann gives no byte.
    const std::string message = error.what();
    throw InputError("invalid JSON: " + message.substr(message.find("] ") + 2));
  }
}

void append(std::vector<Document>& to, std::vector<Document> from) {
  for (Document& document : from) to.push_back(std::move(document));
}

std::vector<Document> read_document(std::string_view content, const CorpusConfig& config) {
  const json root = parse_json(content);
  if (!root.is_array()) return read_record(root, config);
  std::vector<Document> documents;
  std::size_t number = 0;
  for (const json& record : root) {
    append(documents, numbered("record", ++number, [&] { return read_record(record, config); }));
  }
  return documents;
}

// With `warnings`, a bad line is reported there and skipped; without, it
// throws. Either way a file with no readable line throws its first error.
std::vector<Document> read_lines(std::string_view content, const CorpusConfig& config,
                                 std::vector<std::string>* warnings) {
  std::vector<Document> documents;
  std::optional<InputError> first_error;
  bool any_read = false;
  std::size_t number = 0;
  for (std::size_t start = 0; start < content.size(); ++number) {
    const std::size_t end = std::min(content.find('\n', start), content.size());
    const std::string_view line = content.substr(start, end - start);
    start = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    try {
      append(documents, numbered("line", number + 1,
                                 [&] { return read_record(parse_json(line), config); }));
      any_read = true;
    } catch (const InputError& error) {
      if (warnings == nullptr) throw;
      if (!first_error) first_error = error;
      warnings->push_back(error.what());
    }
  }
  if (!any_read && first_error) throw *first_error;
  return documents;
}

}  // namespace

Document read_metadata_record(const json& record, const CorpusConfig& config) {
  require_object(record);
  Document document;
  RecordReader(record, config).read_metadata(document);
  return document;
}

std::vector<Document> JsonReader::read(std::string_view content,
                                       const CorpusConfig& config) const {
  if (layout_ == JsonLayout::kLines) return read_lines(content, config, nullptr);
  return read_document(content, config);
}

std::vector<Document> JsonReader::read(std::string_view content, const CorpusConfig& config,
                                       std::vector<std::string>& warnings) const {
  if (layout_ == JsonLayout::kLines) return read_lines(content, config, &warnings);
  return read_document(content, config);
}

}  // namespace samizdat::corpus
