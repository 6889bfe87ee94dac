// @brief Compacting an archive after a full build: Xapian::Database::compact
// into a folder beside it, then an atomic swap.
#ifndef SAMIZDAT_INDEXER_COMPACTION_H_
#define SAMIZDAT_INDEXER_COMPACTION_H_

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

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

// Merges the closed archive at `archive` and the closed part archives
// `parts` into one compact archive at `archive` (same steps as
// compact_archive): the archive's documents first, then each part's, in
// order, renumbered; spelling frequencies summed; metadata and synonyms from
// `archive` (parts hold none). Then removes the parts.
// @exception ArchiveError "cannot merge the parts of archive 'PATH': reason";
//            the unmerged archive and parts are then left in place.
// REQUIRES: no WritableDatabase is open on any of them. Not thread-safe.
void merge_parts(const std::filesystem::path& archive,
                 const std::vector<std::filesystem::path>& parts);

// Repairs what a run killed while compacting left beside `archive`: when
// ARCHIVE is missing and ARCHIVE.old holds an archive (killed between the
// two renames, on a file system that cannot exchange folders), puts it back;
// then, when ARCHIVE holds an archive, removes leftover ARCHIVE.compact and
// ARCHIVE.old. Call before opening the archive for writing.
// Never throws: what it cannot repair is left for the open to report.
// Not thread-safe for the same archive.
void recover_compaction(const std::filesystem::path& archive);

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_COMPACTION_H_
