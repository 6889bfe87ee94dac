#include "indexer/archive_writer.h"

#include <optional>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "corpus/error.h"
#include "corpus/schema.h"
#include "indexer/archive_error.h"

namespace samizdat::indexer {
namespace {

namespace schema = corpus::schema;

// What a run killed while Xapian created the archive leaves: its lock file,
// empty tables and a temporary version file, but no iamglass. Xapian takes
// the tables for a database and refuses to open it, though it holds nothing.
bool is_unfinished_creation(const std::filesystem::path& path) {
  std::error_code error;
  if (std::filesystem::exists(path / "iamglass", error) ||
      !std::filesystem::exists(path / "flintlock", error)) {
    return false;
  }
  for (const auto& entry : std::filesystem::directory_iterator(path, error)) {
    const auto extension = entry.path().extension();
    if (entry.path().filename() != "flintlock" && extension != ".glass" && extension != ".tmp") {
      return false;
    }
  }
  return !error;
}

// Empties such a folder so that Xapian creates the archive again.
void clear_unfinished_creation(const std::filesystem::path& path) {
  if (!is_unfinished_creation(path)) return;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(path, error)) {
    std::filesystem::remove(entry.path(), error);
  }
}

// Xapian happily creates a database inside any folder; refuse a folder that
// already holds something else so `--db ~/Documents` cannot litter it.
void check_not_foreign_folder(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::is_directory(path, error)) return;
  if (std::filesystem::exists(path / "iamglass", error)) return;
  if (std::filesystem::is_empty(path, error) || error) return;
  throw ArchiveError("cannot open archive '" + path.string() +
                     "': the folder is not empty and holds no Xapian database");
}

Xapian::WritableDatabase open_database(const std::filesystem::path& path, bool overwrite) {
  clear_unfinished_creation(path);
  check_not_foreign_folder(path);
  const int flags = Xapian::DB_BACKEND_GLASS |
                    (overwrite ? Xapian::DB_CREATE_OR_OVERWRITE : Xapian::DB_CREATE_OR_OPEN);
  return guard_archive("open", path,
                       [&] { return Xapian::WritableDatabase(path.string(), flags); });
}

bool is_unprefixed_word(const std::string& term) {
  return !term.empty() && !(term[0] >= 'A' && term[0] <= 'Z') &&
         !(term[0] >= '0' && term[0] <= '9');
}

}  // namespace

ArchiveWriter::ArchiveWriter(std::filesystem::path path, bool overwrite)
    : path_(std::move(path)), database_(open_database(path_, overwrite)) {
  if (overwrite) return;
  check_schema_version();
  run_ = schema::parse_run(metadata(schema::kMetaRun)) + 1;
  recover_deferred_spelling();
}

void ArchiveWriter::check_schema_version() const {
  const std::string found = metadata(schema::kMetaSchemaVersion);
  const std::string expected = std::to_string(schema::kSchemaVersion);
  if (found == expected) return;
  if (found.empty()) {
    if (database_.get_doccount() == 0) return;  // new, or interrupted before the first commit
    throw ArchiveError("cannot update archive '" + path_.string() +
                       "': it holds documents but no schema version, so samizdat-index did not "
                       "write it; index into a new archive");
  }
  throw ArchiveError("cannot update archive '" + path_.string() + "': it has schema version " +
                     found + ", this samizdat-index writes version " + expected +
                     "; rebuild it with --full into a new archive");
}

std::string ArchiveWriter::metadata(std::string_view key) const {
  return guard_archive("read", path_, [&] { return database_.get_metadata(std::string(key)); });
}

std::optional<Xapian::Document> ArchiveWriter::document(std::string_view id) const {
  std::string id_term(corpus::schema::kPrefixId);
  id_term += id;
  return guard_archive("read", path_, [&]() -> std::optional<Xapian::Document> {
    const auto posting = database_.postlist_begin(id_term);
    if (posting == database_.postlist_end(id_term)) return std::nullopt;
    return database_.get_document(*posting);
  });
}

void ArchiveWriter::begin_batch() {
  guard_archive("write", path_, [&] { database_.begin_transaction(true); });
}

void ArchiveWriter::set_metadata(std::string_view key, const std::string& value) {
  guard_archive("write", path_, [&] {
    const std::string name(key);
    // Xapian counts even an equal value as a change, and commits a new revision.
    if (database_.get_metadata(name) != value) database_.set_metadata(name, value);
  });
}

// Spelling is fed here, in the writing thread, rather than by
// TermGenerator::set_database in the workers: a WritableDatabase is not
// thread-safe. The unprefixed terms are exactly the words TermGenerator's
// FLAG_SPELLING would add. They are summed over the batch and handed to
// Xapian once per word at commit: most words recur from document to document.
void ArchiveWriter::add(const std::string& id, const Xapian::Document& document) {
  replace(id, document);
  for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
    if (is_unprefixed_word(*term)) spelling_[*term] += term.get_wdf();
  }
}

void ArchiveWriter::replace(const std::string& id, const Xapian::Document& document) {
  guard_archive("write", path_, [&] {
    Xapian::Document stamped = document;
    stamped.add_value(schema::kSlotWrittenRun, std::to_string(run_));
    database_.replace_document(std::string(schema::kPrefixId) + id, stamped);
  });
  stamped_ = true;
}

void ArchiveWriter::remove_file(const std::string& relative) {
  guard_archive("write", path_,
                [&] { database_.delete_document(std::string(schema::kPrefixFile) + relative); });
}

void ArchiveWriter::update_signature(const std::string& relative, const std::string& signature) {
  guard_archive("write", path_, [&] {
    const std::string term = std::string(schema::kPrefixFile) + relative;
    const std::vector<Xapian::docid> ids(database_.postlist_begin(term),
                                         database_.postlist_end(term));
    for (const Xapian::docid id : ids) {
      Xapian::Document document = database_.get_document(id);
      if (document.get_value(schema::kSlotFileSignature).empty()) continue;
      document.add_value(schema::kSlotFileSignature, signature);
      document.add_value(schema::kSlotWrittenRun, std::to_string(run_));
      database_.replace_document(id, document);
      stamped_ = true;
    }
  });
}

void ArchiveWriter::replace_synonyms(const std::set<std::pair<std::string, std::string>>& entries) {
  guard_archive("write", path_, [&] {
    const std::vector<std::string> keys(database_.synonym_keys_begin(),
                                        database_.synonym_keys_end());
    for (const auto& key : keys) database_.clear_synonyms(key);
    for (const auto& [key, synonym] : entries) database_.add_synonym(key, synonym);
  });
}

void ArchiveWriter::commit_batch(Spelling spelling) {
  const bool add = spelling == Spelling::kAdd || spelling_.size() > kMaxDeferredWords;
  const bool pending = !add && !spelling_.empty();
  // A run that stamps no document leaves its number unsaved (the next run
  // takes it): a commit that changes nothing makes no new revision, so a run
  // that changes nothing leaves the archive as it was.
  const bool save_run = !run_saved_ && stamped_;
  guard_archive("write", path_, [&] {
    if (add) {
      for (const auto& [word, frequency] : spelling_) database_.add_spelling(word, frequency);
    }
    if (pending != spelling_pending_) {
      database_.set_metadata(std::string(schema::kMetaSpellingPending), pending ? "1" : "");
    }
    if (save_run) database_.set_metadata(std::string(schema::kMetaRun), std::to_string(run_));
    database_.commit_transaction();
  });
  run_saved_ = run_saved_ || save_run;
  spelling_pending_ = pending;
  if (add) spelling_.clear();
}

void ArchiveWriter::recover_deferred_spelling() {
  if (metadata(schema::kMetaSpellingPending).empty()) return;
  begin_batch();
  guard_archive("write", path_, [&] {
    auto spelled = database_.spellings_begin();
    for (auto term = database_.allterms_begin(); term != database_.allterms_end(); ++term) {
      if (!is_unprefixed_word(*term)) continue;
      Xapian::termcount frequency = 0;
      if (spelled != database_.spellings_end() && *spelled < *term) spelled.skip_to(*term);
      if (spelled != database_.spellings_end() && *spelled == *term) frequency = spelled.get_termfreq();
      const Xapian::termcount in_archive = database_.get_collection_freq(*term);
      if (in_archive > frequency) database_.add_spelling(*term, in_archive - frequency);
    }
  });
  spelling_pending_ = true;  // the commit clears it
  commit_batch();
}

}  // namespace samizdat::indexer
