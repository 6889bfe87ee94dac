#include "indexer/index_command.h"

#include <filesystem>
#include <string>

#include "corpus/error.h"
#include "indexer/archive_stats.h"
#include "indexer/indexer.h"
#include "indexer/progress.h"
#include "indexer/saved_facets.h"
#include "indexer/shards.h"
#include "indexer/summary_json.h"

namespace samizdat::indexer {
namespace {

// "shards: 3 rewritten, 120 documents copied" or "shards: 3 updated, 4
// documents copied, 1 removed".
std::string format_shard_sync(const ShardSync& sync, unsigned shards) {
  std::string line = "shards: " + std::to_string(shards) + (sync.rewritten ? " rewritten, " : " updated, ") +
                     std::to_string(sync.copied) + " documents copied";
  if (!sync.rewritten) line += ", " + std::to_string(sync.removed) + " removed";
  return line;
}

// With --shards the incremental archive is ARCHIVE/all; the shards and the
// stub are brought up to date with it after each run.
IndexOptions index_options(const CommandLine& line) {
  IndexOptions options = line.index;
  if (line.shards == 0) return options;
  std::filesystem::create_directories(line.index.archive);
  options.archive = line.index.archive / "all";
  return options;
}

int run_index(const CommandLine& line, const CommandStreams& streams) {
  ProgressLine progress(streams.err, streams.terminal);
  const auto print = [&](const std::string& what, const std::string& path,
                         const std::string& reason) {
    progress.clear();
    streams.err << what << ' ' << path << ": " << reason << '\n';
  };
  const IndexOptions options = index_options(line);
  const IndexSummary summary = index_corpus(
      options,
      [&](const std::string& path, const std::string& reason) { print("skipped", path, reason); },
      [&](const IndexSummary& so_far, std::uint64_t bytes_total) {
        progress.update(so_far, bytes_total);
      },
      [&](const std::string& path, const std::string& message) {
        print("warning", path, message);
      });
  progress.clear();
  if (line.shards != 0) {
    const ShardSync sync = write_shards(options.archive, line.index.archive, line.shards);
    for (unsigned k = 0; k < line.shards; ++k) {
      const auto shard = shard_path(line.index.archive, k);
      try {
        save_facet_table(shard);
      } catch (const Error& error) {
        print("warning", shard.string(), error.what());
      }
    }
    streams.err << format_shard_sync(sync, line.shards) << '\n';
  }
  streams.err << format_summary(summary) << '\n';
  if (line.json) streams.out << summary_json(summary).dump(2) << '\n';
  return 0;
}

int run_stats(const CommandLine& line, const CommandStreams& streams) {
  const ArchiveStats stats = read_archive_stats(line.index.archive);
  if (line.json) {
    streams.out << archive_stats_json(stats).dump(2) << '\n';
  } else {
    streams.out << format_archive_stats(stats);
  }
  return 0;
}

}  // namespace

int run_command(const CommandLine& line, const CommandStreams& streams) {
  switch (line.command) {
    case Command::kHelp:
      streams.out << usage_text();
      return 0;
    case Command::kStats:
      return run_stats(line, streams);
    case Command::kIndex:
      break;
  }
  return run_index(line, streams);
}

}  // namespace samizdat::indexer
