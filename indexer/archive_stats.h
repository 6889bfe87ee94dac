// @brief What an archive holds (`samizdat-index --stats`): documents by type,
// publication, language and decade, and its sizes on disk and in text.
#ifndef SAMIZDAT_INDEXER_ARCHIVE_STATS_H_
#define SAMIZDAT_INDEXER_ARCHIVE_STATS_H_

#include <cstdint>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace samizdat::indexer {

struct ArchiveStats {
  std::uint64_t documents = 0;
  std::map<std::string, std::uint64_t> by_type;
  std::map<std::string, std::uint64_t> by_publication;
  std::map<std::string, std::uint64_t> by_language;
  std::map<std::string, std::uint64_t> by_decade;
  std::uint64_t disk_bytes = 0;             // the database files
  std::uint64_t compressed_text_bytes = 0;  // stored text, as stored
  std::uint64_t text_bytes = 0;             // stored text, uncompressed
  std::string schema_version;
};

// Reads the statistics of the archive at `archive` (read-only; safe while
// an indexer writes it). Reads the value streams of the counted fields and the
// text sizes (corpus::sum_text_sizes), not the documents.
// @exception ArchiveError when it cannot be opened or a document's data is
//            not a stored document.
[[nodiscard]] ArchiveStats read_archive_stats(const std::filesystem::path& archive);

// The statistics as indented text, one "name  count" per line.
[[nodiscard]] std::string format_archive_stats(const ArchiveStats& stats);
// The statistics as a JSON object (`--stats --json`).
[[nodiscard]] nlohmann::json archive_stats_json(const ArchiveStats& stats);

// Total bytes of the regular files below `folder` (0 when it is missing).
[[nodiscard]] std::uint64_t folder_bytes(const std::filesystem::path& folder);

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_ARCHIVE_STATS_H_
