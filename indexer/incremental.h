// @brief Incremental updates: file signatures, the signatures an archive
// already records, and which files a run must read, keep or remove.
#ifndef SAMIZDAT_INDEXER_INCREMENTAL_H_
#define SAMIZDAT_INDEXER_INCREMENTAL_H_

#include <xapian.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/walker.h"

namespace samizdat::indexer {

// What identifies a file's content: kept as "size:mtime_ns:hash" (hash in
// 16 hex digits) in the file signature slot of its articles. The hash is
// 64-bit FNV-1a of the bytes: fast, dependency-free, and only consulted when
// size matches but mtime does not (a touched or copied file), where a
// collision would at worst keep a stale version.
struct FileSignature {
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::uint64_t hash = 0;

  [[nodiscard]] std::string to_string() const;
  // nullopt for text that is not a signature.
  [[nodiscard]] static std::optional<FileSignature> parse(std::string_view text);
};

// The signature each file in the archive was indexed with, by relative
// path; "" when a file's documents carry none. Thread-safe as Xapian reads are.
// @exception Xapian::Error from reading the database.
[[nodiscard]] std::map<std::string, std::string> read_archived_signatures(
    const Xapian::Database& database);

// A file the run must read, with what the archive knew of it.
struct FileJob {
  corpus::FileEntry entry;
  std::optional<FileSignature> previous;  // to recognise unchanged content
  bool in_archive = false;                // has documents to replace
};

// What a run has to do.
struct UpdatePlan {
  std::vector<FileJob> jobs;         // in walk order
  std::vector<std::string> removed;  // relative paths whose documents go
  std::uint64_t unchanged = 0;       // files whose size and mtime match
};

// Compares the walk with the archive. A file whose size and mtime match its
// signature is unchanged; others are read. Archived files no longer found
// are removed unless they lie below `unreadable` (relative folders or files
// the walker could not read: their documents stay). With `trust_signatures`
// false every file is read again (the corpus config changed). The entries
// of `files` to read move into the jobs rather than being copied.
[[nodiscard]] UpdatePlan plan_update(std::vector<corpus::FileEntry> files,
                                     const std::map<std::string, std::string>& archived,
                                     const std::vector<std::string>& unreadable,
                                     bool trust_signatures);

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_INCREMENTAL_H_
