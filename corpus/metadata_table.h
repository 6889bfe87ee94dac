// @brief The corpus config's metadata table: a CSV or TSV file with a header
// row, one row per corpus file, joined to the files by what their paths say.
#ifndef SAMIZDAT_CORPUS_METADATA_TABLE_H_
#define SAMIZDAT_CORPUS_METADATA_TABLE_H_

#include <map>
#include <string>
#include <vector>

#include "corpus/corpus_config.h"
#include "corpus/document.h"

namespace samizdat::corpus {

// Many archives come with a table of what each file is: the UN General
// Debate Corpus names each speech's country and session in the file name
// and its speaker in speakers_by_session.tsv. With
//   path.iso = /([A-Z]{3})_[0-9]+_[0-9]+\.txt$
//   path.session = _([0-9]+)_[0-9]+\.txt$
//   table = speakers_by_session.tsv
//   table.key.iso = ISO Code
//   table.key.session = Session
// a file's row is the one whose "ISO Code" and "Session" cells equal the
// file's path fields iso and session.
//
// The columns a JSON record would read (JsonReader, read_metadata_record)
// give the title, date or year, author or authors, publication, language or
// lang, tags and url, each renamable with field.NAME = COLUMN. Every other
// column, and every one of those but the authors', is an extra field of its
// name: so a column can be both the title and a facet. Key columns (the
// path fields already) and empty cells are left out. Rows with the same key describe one file: their authors are all
// kept (each once), and of any other column the first non-empty cell.
// A file ending in .tsv or .tab is tab-separated without quoting; any other
// is CSV (RFC 4180, read with libcsv: quoted cells may hold commas, quotes
// and line breaks). Immutable once read: safe to share between threads.
class MetadataTable {
 public:
  // Reads config.table_file, keyed by config.table_keys.
  // @exception InputError "table 'FILE': REASON" (unreadable, not UTF-8,
  //            not CSV, no header, a key column missing).
  explicit MetadataTable(const CorpusConfig& config);

  // The metadata of the file whose path fields are `path_values`
  // (CorpusConfig::path_values), or nullptr when they lack a key field or
  // no row has their key.
  [[nodiscard]] const Document* find(const std::map<std::string, std::string>& path_values) const;
  // Their key, as "field=value, ..." for messages; "" when they lack one.
  [[nodiscard]] std::string describe_key(const std::map<std::string, std::string>& path_values) const;

  [[nodiscard]] std::size_t size() const { return rows_.size(); }
  // The table file's name, for messages.
  [[nodiscard]] const std::string& name() const { return name_; }
  // 64-bit FNV-1a of the file's bytes, 16 hex digits.
  [[nodiscard]] const std::string& digest() const { return digest_; }

 private:
  // The key in `path_values`, in key_fields_ order; empty when one lacks.
  [[nodiscard]] std::vector<std::string> key_of(const std::map<std::string, std::string>& path_values) const;

  std::string name_;
  std::string digest_;
  std::vector<std::string> key_fields_;  // table_keys' fields, in order
  std::map<std::vector<std::string>, Document> rows_;
};

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_METADATA_TABLE_H_
