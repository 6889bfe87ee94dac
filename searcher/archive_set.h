// @brief The archives a Searcher reads: each --db entry opened, checked and
// combined into one Xapian database, with each entry's text dictionaries.
#ifndef SAMIZDAT_SEARCHER_ARCHIVE_SET_H_
#define SAMIZDAT_SEARCHER_ARCHIVE_SET_H_

#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "corpus/corpus_config.h"
#include "corpus/stored_document.h"
#include "corpus/text_codec.h"

namespace samizdat::searcher {

// One --db entry: an archive folder, a stub file or "tcp://HOST:PORT".
struct ArchiveEntry {
  std::string name;            // as given on the command line
  Xapian::Database database;   // this entry alone (a stub may hold several shards)
  corpus::CorpusConfig config;
  // Its dictionaries, loaded by the first decode of a text: a search that
  // shows no text (no hits, --limit 0, no snippets) does not read them.
  mutable std::unique_ptr<corpus::TextDecompressor> decompressor;
};

// Opens every entry and combines them with Xapian::Database::add_database.
// A stub file that lists only local archive folders (what samizdat-index
// --shards writes) is opened as one entry per folder, in its order: the
// combined database is the same, and each shard can be searched on its own.
// Not thread-safe.
class ArchiveSet {
 public:
  // @exception InputError when `names` is empty; ArchiveError naming the
  //            entry that cannot be opened, or whose schema version is not
  //            corpus::schema::kSchemaVersion.
  explicit ArchiveSet(const std::vector<std::string>& names);
  ArchiveSet(const ArchiveSet&) = delete;
  ArchiveSet& operator=(const ArchiveSet&) = delete;

  [[nodiscard]] const Xapian::Database& database() const { return combined_; }
  [[nodiscard]] const std::vector<ArchiveEntry>& entries() const { return entries_; }
  // The config of the first entry: its extra facets define the facet fields.
  [[nodiscard]] const corpus::CorpusConfig& config() const { return entries_.front().config; }

  // Decodes `document`, document `id` of the combined database (its data
  // and, with `with_text`, its decompressed text into document.text). The id
  // picks the entry whose dictionaries decode the text: Xapian 1.4's
  // Document::get_docid() gives the id within the document's own shard.
  // @exception ArchiveError for undecodable data; CodecError for bad text or
  //            dictionary; Xapian::Error reading the entry's dictionaries.
  [[nodiscard]] corpus::StoredDocument decode(Xapian::docid id, const Xapian::Document& document,
                                              bool with_text) const;

  // Whether the combined database is one local shard (one archive folder, or
  // a stub naming one): then a match spy sees the documents' own ids and
  // get_revision() names its state.
  [[nodiscard]] bool one_local_database() const;
  // The entries' databases, in order, when each is one local shard (an
  // archive folder); empty when an entry is remote or a stub Xapian opened.
  [[nodiscard]] std::vector<const Xapian::Database*> local_shards() const;

  // The entry that holds document `id` of the combined database (its
  // metadata, such as quotation clusters, is that entry's own).
  [[nodiscard]] const ArchiveEntry& entry_of(Xapian::docid id) const;

  // Picks up each entry's latest commit.
  // @exception ArchiveError naming the entry when it cannot be reopened.
  void reopen();

 private:
  std::vector<ArchiveEntry> entries_;
  Xapian::Database combined_;
};

// Opens one entry as a Xapian database: "tcp://HOST:PORT" through
// Xapian::Remote::open, anything else as a path (folder or stub file). A
// missing folder NAME whose NAME.old holds an archive (left there by an
// interrupted compaction) is read from NAME.old.
// @exception ArchiveError "cannot open archive 'NAME': REASON".
[[nodiscard]] Xapian::Database open_database(const std::string& name);

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_ARCHIVE_SET_H_
