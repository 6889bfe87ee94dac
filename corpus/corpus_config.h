// @brief The corpus config (samizdat.ini): defaults, JSON field renames and
// extra facets, read with Boost.Program_options' config-file parser.
#ifndef SAMIZDAT_CORPUS_CORPUS_CONFIG_H_
#define SAMIZDAT_CORPUS_CORPUS_CONFIG_H_

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/path_pattern.h"

namespace samizdat::corpus {

class MetadataTable;

// Settings that shape how a corpus is read. The file format is INI:
//   publication = State of the Union   # default publication
//   language = en                      # default language
//   field.author = name                # JSON key "name" holds the author
//   facet = party                      # extra field "party" becomes a facet
//   path.country = /([A-Z]{3})_        # extra field "country" from the file's path
//   formats = json                     # only read these formats
//   synonyms = synonyms.txt            # "word = synonym synonym" lines
//   table = speakers.tsv               # metadata per file, a CSV or TSV table
//   table.key.country = ISO Code       # ... whose column matches path.country
struct CorpusConfig {
  std::string publication;
  std::string language;
  // Our field name ("author", "date", "title", "text", ...) to the input's key.
  std::map<std::string, std::string> field_renames;
  // Extra fields that become facets, in the order given (the order fixes
  // their value slots).
  std::vector<std::string> facets;
  // Extra fields taken from each file's relative path: the field's name to
  // a regex whose first group, where the regex is found in the path, is the
  // value (given to every document of the file that has none). Compiled
  // when the config is read, once for every file.
  std::map<std::string, PathPattern> path_fields;
  // Formats to read ("txt", "md", "html", "json"); empty means all.
  std::vector<std::string> formats;
  std::string synonyms_file;  // absolute, or "" for none
  // A table of metadata per file (see MetadataTable): its file, absolute, or
  // "" for none; the path fields that pick a file's row, each to the column
  // that must equal it; the table's content hash in hex once read (kept in
  // the stored config, so that a changed table reads every file again); and
  // the table, which only load_corpus_config reads.
  std::string table_file;
  std::map<std::string, std::string> table_keys;
  std::string table_digest;
  std::shared_ptr<const MetadataTable> table;

  // The input's key for our field `name` (the field itself when not renamed).
  [[nodiscard]] std::string key_for(std::string_view name) const;
  [[nodiscard]] bool reads_format(std::string_view format) const;
  // The path fields `relative` (a file's path from the corpus root) gives:
  // field to value, for each whose regex is found there.
  [[nodiscard]] std::map<std::string, std::string> path_values(std::string_view relative) const;

  // The config serialised as INI text (stored in the archive) and back.
  [[nodiscard]] std::string to_ini() const;
};

// Reads a config file and the metadata table it names. Relative paths inside
// (synonyms, table) are resolved against the file's folder.
// @exception InputError naming the file and the reason (unreadable, unknown
//            option, bad value, a table that cannot be read).
[[nodiscard]] CorpusConfig load_corpus_config(const std::filesystem::path& file);

// Parses config text; `origin` names it in errors and anchors relative paths.
// Reads no file: the metadata table stays unread (CorpusConfig::table null).
// @exception InputError as load_corpus_config.
[[nodiscard]] CorpusConfig parse_corpus_config(std::string_view text,
                                               const std::filesystem::path& origin);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_CORPUS_CONFIG_H_
