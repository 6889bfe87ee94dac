// @brief Splitting a built archive into N shard archives and a Xapian stub
// file that searches them as one (samizdat-index --shards N).
#ifndef SAMIZDAT_INDEXER_SHARDS_H_
#define SAMIZDAT_INDEXER_SHARDS_H_

#include <filesystem>

namespace samizdat::indexer {

// The shard archive FOLDER/shard-K and the stub FOLDER/stub (lines
// "auto shard-K"), which Xapian::Database, samizdat-search --db and
// samizdat-serve --db open as one archive.
[[nodiscard]] std::filesystem::path shard_path(const std::filesystem::path& folder, unsigned shard);
[[nodiscard]] std::filesystem::path stub_path(const std::filesystem::path& folder);

// Rewrites shards 0..`shards`-1 of `folder` from the archive `source`:
// each document goes to the shard picked by a stable hash (FNV-1a) of its
// article's id, so comments and quotations sit with their article. Every
// shard gets the source's metadata (schema version, config, dictionaries);
// shard 0 gets the spelling and synonym data. Writes the stub last.
// REQUIRES: shards >= 1, no writer open on `source`.
// @exception ArchiveError naming the archive that cannot be read or written.
// Not thread-safe for the same folder.
void write_shards(const std::filesystem::path& source, const std::filesystem::path& folder,
                  unsigned shards);

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_SHARDS_H_
