// @brief Splitting a built archive into N shard archives and a Xapian stub
// file that searches them as one (samizdat-index --shards N).
#ifndef SAMIZDAT_INDEXER_SHARDS_H_
#define SAMIZDAT_INDEXER_SHARDS_H_

#include <filesystem>

#include <xapian.h>

namespace samizdat::indexer {

// The shard archive FOLDER/shard-K and the stub FOLDER/stub (lines
// "auto shard-K"), which Xapian::Database, samizdat-search --db and
// samizdat-serve --db open as one archive.
[[nodiscard]] std::filesystem::path shard_path(const std::filesystem::path& folder, unsigned shard);
[[nodiscard]] std::filesystem::path stub_path(const std::filesystem::path& folder);

// What write_shards() did.
struct ShardSync {
  bool rewritten = false;      // every document copied into emptied shards
  Xapian::doccount copied = 0;   // documents copied (added or replaced)
  Xapian::doccount removed = 0;  // documents deleted from the shards
};

// Brings shards 0..`shards`-1 of `folder` up to date with the archive
// `source`: each document goes to the shard picked by a stable hash
// (FNV-1a) of its article's id, so comments and quotations sit with their
// article. Every shard gets the source's metadata (schema version, config,
// dictionaries); shard 0 gets the spelling and synonym data. Writes the stub
// last.
// When every shard carries the mark (kMetaShardsSynced) of an earlier call
// with this source (its uuid) and shard count, only the documents the
// source's runs wrote since (kSlotWrittenRun above the oldest mark's run)
// are copied, and those the source no longer holds are removed: the cost
// follows the change, not the archive. Otherwise (first call, another shard
// count, a rebuilt source, a missing or damaged shard) the shards are
// emptied and every document copied (about 850 documents a second on the
// bench machine). Each shard commits its changes with its mark, so an
// interrupted call is completed by the next one.
// REQUIRES: shards >= 1, no writer open on `source`.
// @exception ArchiveError naming the archive that cannot be read or written.
// Not thread-safe for the same folder.
ShardSync write_shards(const std::filesystem::path& source, const std::filesystem::path& folder, unsigned shards);

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_SHARDS_H_
