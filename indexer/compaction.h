// @brief Compacting an archive after a full build: Xapian::Database::compact
// into a folder beside it, then an atomic swap.
#ifndef SAMIZDAT_INDEXER_COMPACTION_H_
#define SAMIZDAT_INDEXER_COMPACTION_H_

#include <filesystem>
#include <optional>
#include <string>

namespace samizdat::indexer {

// Compacts the closed archive at `archive`: writes a compact copy to
// ARCHIVE.compact, renames ARCHIVE to ARCHIVE.old and the copy to ARCHIVE,
// then removes ARCHIVE.old. Leftovers of an interrupted earlier run are
// removed first. On any failure the uncompacted archive stays in place
// (put back if it was already moved) and the result is a one-line warning
// "cannot compact archive 'PATH': reason"; std::nullopt on success.
// REQUIRES: no WritableDatabase is open on `archive`.
// Never throws for Xapian or file-system failures. Not thread-safe for the
// same archive.
[[nodiscard]] std::optional<std::string> compact_archive(const std::filesystem::path& archive);

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_COMPACTION_H_
