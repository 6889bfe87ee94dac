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
  // empties it first (--full). Recovers the spelling a killed run deferred.
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
  // The number of this writer's run: one more than the archive's kMetaRun
  // (1 for a new or overwritten archive), saved there by the first commit
  // after a document was stamped with it.
  [[nodiscard]] unsigned run() const { return run_; }
  [[nodiscard]] std::string metadata(std::string_view key) const;
  // The document with the term Q + id, uncommitted changes included;
  // nullopt when there is none.
  [[nodiscard]] std::optional<Xapian::Document> document(std::string_view id) const;

  // Starts a batch. REQUIRES: no batch open.
  void begin_batch();
  // REQUIRES for the changes below: a batch is open.
  // Takes the value by reference: Xapian wants a std::string, and a copy of
  // a large value (the quotation cluster state) would cost its size again.
  // A value equal to the stored one is not written again.
  void set_metadata(std::string_view key, const std::string& value);
  // Adds the document, replacing any with the same id, and feeds its
  // unprefixed words to the spelling dictionary (at commit_batch()).
  // Like every change below, stamps the document (a Xapian handle: the
  // caller's too) with run() in kSlotWrittenRun.
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
  // What commit_batch does with the words add() collected.
  enum class Spelling {
    kAdd,    // adds them to the spelling dictionary in this commit
    kDefer,  // keeps them for a later commit (up to kMaxDeferredWords)
  };
  // Distinct words kept before a kDefer commit adds them anyway. Xapian
  // holds every fragment of the words it adds until the commit (about 900
  // bytes a word, measured): this bounds that to about 60 MB.
  static constexpr std::size_t kMaxDeferredWords = std::size_t{1} << 16;

  // Commits the batch to disk. Xapian rewrites each spelling fragment (a
  // list of the words sharing it) that a new word touches at every commit
  // that adds words, so a run that defers them until its last commit saves
  // that work per batch (6% of a 10,000-file build, measured). While words are
  // deferred, the archive carries kMetaSpellingPending; a writer that opens
  // an archive left so (its run killed or failed) recovers them.
  // REQUIRES: a batch is open.
  void commit_batch(Spelling spelling = Spelling::kAdd);

 private:
  void check_schema_version() const;
  // Raises each unprefixed word's spelling frequency to its frequency in the
  // archive, in a commit of its own, when kMetaSpellingPending is set.
  // REQUIRES: no batch open.
  void recover_deferred_spelling();

  std::filesystem::path path_;
  Xapian::WritableDatabase database_;
  std::unordered_map<std::string, Xapian::termcount> spelling_;  // collected, not yet added
  bool spelling_pending_ = false;  // whether the archive carries kMetaSpellingPending
  unsigned run_ = 1;
  bool run_saved_ = false;  // whether a commit saved run_ as kMetaRun
  bool stamped_ = false;    // whether a document was stamped with run_
};

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_ARCHIVE_WRITER_H_
