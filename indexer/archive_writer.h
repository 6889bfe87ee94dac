// @brief The writing side of an archive: opening or creating the Xapian
// database, checking its schema version, and committing batches of changes.
#ifndef SAMIZDAT_INDEXER_ARCHIVE_WRITER_H_
#define SAMIZDAT_INDEXER_ARCHIVE_WRITER_H_

#include <xapian.h>

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace samizdat::indexer {

// Owns the archive's WritableDatabase (glass) and its write lock. Changes
// are made inside a batch (a Xapian transaction) and become visible, all or
// nothing, when commit_batch() returns; a batch still open when the writer
// is destroyed is discarded. Every Xapian failure is rethrown as
// ArchiveError("cannot write archive 'PATH': reason").
// Not thread-safe.
class ArchiveWriter {
 public:
  // Opens the archive at `path`, creating it when missing; `overwrite`
  // empties it first (--full).
  // @exception ArchiveError when it cannot be opened (locked, unreadable,
  //            not a Xapian database, a non-empty folder that is not an
  //            archive) or, unless `overwrite`, when it was written with
  //            another schema version.
  ArchiveWriter(std::filesystem::path path, bool overwrite);
  ArchiveWriter(const ArchiveWriter&) = delete;
  ArchiveWriter& operator=(const ArchiveWriter&) = delete;

  // The archive as written so far (uncommitted changes included), for reading.
  [[nodiscard]] const Xapian::Database& database() const { return database_; }
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  [[nodiscard]] std::string metadata(std::string_view key) const;
  // The document with the term Q + id, uncommitted changes included;
  // nullopt when there is none.
  [[nodiscard]] std::optional<Xapian::Document> document(std::string_view id) const;

  // Starts a batch. REQUIRES: no batch open.
  void begin_batch();
  // REQUIRES for the changes below: a batch is open.
  // Takes the value by reference: Xapian wants a std::string, and a copy of
  // a large value (the quotation cluster state) would cost its size again.
  void set_metadata(std::string_view key, const std::string& value);
  // Adds the document, replacing any with the same id, and feeds its
  // unprefixed words to the spelling dictionary (at commit_batch()).
  // REQUIRES: `document` holds the term Q + id (DocumentBuilder adds it).
  void add(const std::string& id, const Xapian::Document& document);
  // Replaces the document with the term Q + id, without touching the
  // spelling dictionary (for changing terms or values of a document added).
  void replace(const std::string& id, const Xapian::Document& document);
  // Removes every document of the file at `relative` (article and children).
  void remove_file(const std::string& relative);
  // Records a new signature for the file's articles (content unchanged).
  void update_signature(const std::string& relative, const std::string& signature);
  // Replaces the whole synonym table with `entries` (key, synonym term).
  void replace_synonyms(const std::set<std::pair<std::string, std::string>>& entries);
  // Commits the batch to disk. REQUIRES: a batch is open.
  void commit_batch();

 private:
  void check_schema_version() const;

  std::filesystem::path path_;
  Xapian::WritableDatabase database_;
  std::unordered_map<std::string, Xapian::termcount> spelling_;  // this batch's, not yet added
};

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_ARCHIVE_WRITER_H_
