#include "corpus/metadata_table.h"

#include <csv.h>

#include <algorithm>
#include <memory>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "corpus/ascii.h"
#include "corpus/content_hash.h"
#include "corpus/error.h"
#include "corpus/json_reader.h"
#include "corpus/named_file.h"
#include "corpus/utf8.h"

namespace samizdat::corpus {

namespace {

using nlohmann::json;
using Row = std::vector<std::string>;

// The rows of a CSV or TSV text, each a list of cells, through libcsv's
// callbacks. Blank lines hold no row.
class TableParser {
 public:
  explicit TableParser(bool tabs) {
    if (csv_init(&parser_, CSV_STRICT | CSV_STRICT_FINI) != 0) throw Error("libcsv: out of memory");
    if (tabs) {
      csv_set_delim(&parser_, CSV_TAB);
      csv_set_quote(&parser_, '\0');  // no quoting: the text has no NUL
    }
  }
  ~TableParser() { csv_free(&parser_); }
  TableParser(const TableParser&) = delete;
  TableParser& operator=(const TableParser&) = delete;

  // @exception InputError "row N: REASON".
  std::vector<Row> parse(std::string_view text) {
    const std::size_t parsed = csv_parse(&parser_, text.data(), text.size(), on_cell, on_row, this);
    if (parsed != text.size() || csv_fini(&parser_, on_cell, on_row, this) != 0) {
      throw InputError("row " + std::to_string(rows_.size() + 1) + ": " + reason());
    }
    return std::move(rows_);
  }

 private:
  static void on_cell(void* cell, std::size_t size, void* self) {
    auto& parser = *static_cast<TableParser*>(self);
    parser.row_.emplace_back(cell == nullptr ? "" : std::string(static_cast<const char*>(cell), size));
  }
  static void on_row(int /*terminator*/, void* self) {
    auto& parser = *static_cast<TableParser*>(self);
    parser.rows_.push_back(std::move(parser.row_));
    parser.row_.clear();
  }

  std::string reason() {
    if (csv_error(&parser_) == CSV_EPARSE) {
      return "not CSV: a quote inside an unquoted cell, text after a closing quote, or a quote never closed";
    }
    return csv_strerror(csv_error(&parser_));
  }

  csv_parser parser_{};
  Row row_;
  std::vector<Row> rows_;
};

bool is_tab_separated(const std::string& file) {
  const std::string lowered = lower_ascii(file);
  return lowered.ends_with(".tsv") || lowered.ends_with(".tab");
}

std::string cell(const Row& row, std::size_t column) {
  return column < row.size() ? std::string(trim_ascii_space(row[column])) : "";
}

// Whether `column` holds authors: the column field.author names, else
// "author" or "authors", as in a JSON record.
bool is_author_column(const std::string& column, const CorpusConfig& config) {
  const auto renamed = config.field_renames.find("author");
  if (renamed != config.field_renames.end()) return column == renamed->second;
  return column == "author" || column == "authors";
}

// Adds a row's cells to the record of its key: every author, else the first
// non-empty cell of each column.
void merge_row(const Row& header, const Row& row, const std::vector<bool>& is_key, const CorpusConfig& config,
               json& record) {
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string value = cell(row, i);
    if (is_key[i] || header[i].empty() || value.empty()) continue;
    if (!is_author_column(header[i], config)) {
      record.emplace(header[i], value);
      continue;
    }
    json& authors = record[header[i]];
    if (std::find(authors.begin(), authors.end(), value) == authors.end()) authors.push_back(value);
  }
}

// A row's document: its metadata fields, and every column but the authors'
// (the author facet has them) as an extra field too, so that a column can be
// both the title and a facet.
Document read_row(const json& record, const CorpusConfig& config) {
  Document row = read_metadata_record(record, config);
  for (const auto& [column, value] : record.items()) {
    if (!is_author_column(column, config)) row.extra.try_emplace(column, value.get<std::string>());
  }
  return row;
}

}  // namespace

MetadataTable::MetadataTable(const CorpusConfig& config) : name_(config.table_file) {
  const auto fail = [&](const std::string& reason) { return InputError("table '" + name_ + "': " + reason); };
  const std::string content = read_named_file("table", config.table_file);
  digest_ = hex16(content_hash(content));
  try {
    require_text(content);
  } catch (const InputError& error) {
    throw fail(error.what());
  }
  const std::string_view text = strip_bom(content);
  if (!is_valid_utf8(text)) throw fail("not UTF-8");
  std::vector<Row> rows;
  try {
    rows = TableParser(is_tab_separated(name_)).parse(text);
  } catch (const InputError& error) {
    throw fail(error.what());
  }
  if (rows.empty()) throw fail("empty: a header row names the columns");
  Row header = rows.front();
  for (std::string& column : header) column = std::string(trim_ascii_space(column));

  std::vector<std::size_t> key_columns;
  std::vector<bool> is_key(header.size(), false);
  for (const auto& [field, column] : config.table_keys) {
    const auto found = std::find(header.begin(), header.end(), column);
    if (found == header.end()) throw fail("no column '" + column + "' in its header row");
    key_fields_.push_back(field);
    key_columns.push_back(static_cast<std::size_t>(found - header.begin()));
    is_key[key_columns.back()] = true;
  }

  std::map<Row, json> records;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    Row key;
    for (const std::size_t column : key_columns) key.push_back(cell(rows[r], column));
    if (std::ranges::any_of(key, [](const std::string& value) { return value.empty(); })) continue;
    json& record = records.try_emplace(std::move(key), json::object()).first->second;
    merge_row(header, rows[r], is_key, config, record);
  }
  for (auto& [key, record] : records) rows_.emplace(key, read_row(record, config));
}

std::vector<std::string> MetadataTable::key_of(const std::map<std::string, std::string>& path_values) const {
  std::vector<std::string> key;
  for (const std::string& field : key_fields_) {
    const auto found = path_values.find(field);
    if (found == path_values.end()) return {};
    key.push_back(found->second);
  }
  return key;
}

const Document* MetadataTable::find(const std::map<std::string, std::string>& path_values) const {
  const auto key = key_of(path_values);
  if (key.empty()) return nullptr;
  const auto found = rows_.find(key);
  return found == rows_.end() ? nullptr : &found->second;
}

std::string MetadataTable::describe_key(const std::map<std::string, std::string>& path_values) const {
  const auto key = key_of(path_values);
  std::string described;
  for (std::size_t i = 0; i < key.size(); ++i) {
    if (i > 0) described += ", ";
    described += key_fields_[i] + "=" + key[i];
  }
  return described;
}

}  // namespace samizdat::corpus
