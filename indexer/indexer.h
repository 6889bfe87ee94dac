// @brief Building an archive from a corpus folder: the one library call behind
// samizdat-index.
#ifndef SAMIZDAT_INDEXER_INDEXER_H_
#define SAMIZDAT_INDEXER_INDEXER_H_

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>

namespace samizdat::indexer {

// How to build. Defaults give an incremental build on every core.
struct IndexOptions {
  std::filesystem::path archive;                // the Xapian database folder
  std::filesystem::path corpus;                 // the folder of texts
  std::optional<std::filesystem::path> config;  // default: CORPUS/samizdat.ini if present
  bool full = false;                            // rebuild from scratch instead of updating
  unsigned threads = 0;                         // 0: one per core
  std::size_t batch_documents = 1000;           // documents per commit
  unsigned writers = 0;  // archive writers of a fresh build, merged at the end; 0: auto
};

// What a run did (the object `samizdat-index --json` prints).
struct IndexSummary {
  std::uint64_t files_seen = 0;
  std::uint64_t files_indexed = 0;
  std::uint64_t files_unchanged = 0;
  std::uint64_t files_removed = 0;
  std::uint64_t files_skipped = 0;
  // Files not read, of a type samizdat or the config does not index: how
  // many by lower-case extension ("" for none).
  std::map<std::string, std::uint64_t> files_other;
  std::uint64_t errors = 0;
  std::uint64_t articles = 0;  // documents written this run, by type
  std::uint64_t comments = 0;
  std::uint64_t quotations = 0;
  std::uint64_t bytes_in = 0;
  std::uint64_t archive_bytes = 0;
  double seconds = 0;
};

// Called for each file passed over: its path and a one-line reason.
using SkipReporter = std::function<void(const std::string& path, const std::string& reason)>;
// Called after each file with the running totals (so_far.bytes_in of
// bytes_total read, so_far.seconds elapsed); from the calling thread.
using ProgressReporter = std::function<void(const IndexSummary& so_far, std::uint64_t bytes_total)>;
// Called for a file that was indexed despite a problem ("invalid UTF-8
// repaired at byte 120"): its path and the one-line note.
using WarningReporter = std::function<void(const std::string& path, const std::string& message)>;

// Indexes `options.corpus` into `options.archive`, creating it if needed.
// Files that cannot be read are reported, counted and skipped; the run goes on.
// Commits every batch, so an interrupted run leaves the last batch readable
// and the next run completes the work.
// @exception InputError for a bad corpus folder or config;
//            ArchiveError when the archive cannot be opened or written.
// Reporters are called from the calling thread; any may be empty.
IndexSummary index_corpus(const IndexOptions& options, const SkipReporter& on_skip,
                          const ProgressReporter& on_progress = {},
                          const WarningReporter& on_warning = {});

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_INDEXER_H_
