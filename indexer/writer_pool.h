// @brief Parallel writers for a full build: extra threads, each writing the
// documents of some files into its own part archive ARCHIVE.part-K.
#ifndef SAMIZDAT_INDEXER_WRITER_POOL_H_
#define SAMIZDAT_INDEXER_WRITER_POOL_H_

#include <cstddef>
#include <filesystem>
#include <memory>
#include <vector>

#include "indexer/archive_writer.h"
#include "indexer/file_processor.h"

namespace samizdat::indexer {

// The folder of part `k` of `archive`: ARCHIVE.part-K.
[[nodiscard]] std::filesystem::path part_path(const std::filesystem::path& archive, unsigned k);

// Removes the part folders ARCHIVE.part-1 .. ARCHIVE.part-(kMaxWriters-1)
// an earlier run left (interrupted before its merge). Never throws.
void remove_parts(const std::filesystem::path& archive);

// More writers than this gain nothing: Xapian's merge is single-threaded.
inline constexpr unsigned kMaxWriters = 16;

// `parts` writer threads; thread k (1..parts) owns a new, empty archive at
// part_path(archive, k) and adds the documents of the files submitted to it,
// committing every `batch_documents` documents. Documents are added in the
// order their files were submitted to that part.
// @exception ArchiveError from the constructor when a part cannot be
//            created, and from submit() or finish() when a writer failed.
// Not thread-safe: submit() and finish() from one thread. The destructor
// stops and joins the threads, discarding uncommitted batches.
class WriterPool {
 public:
  WriterPool(const std::filesystem::path& archive, unsigned parts, std::size_t batch_documents);
  ~WriterPool();
  WriterPool(const WriterPool&) = delete;
  WriterPool& operator=(const WriterPool&) = delete;

  // Queues the documents of `file` for part `k` (1..parts); blocks while
  // that part is several files behind.
  void submit(unsigned k, ProcessedFile&& file);
  // Waits until every part has written its files; their last batch stays
  // open (for quotation cluster tags) until commit().
  void finish();
  // The part writers, for the work between finish() and commit().
  [[nodiscard]] std::vector<ArchiveWriter*> writers();
  // Commits every part's last batch. REQUIRES: finish() returned.
  void commit();
  [[nodiscard]] std::vector<std::filesystem::path> paths() const;

 private:
  struct Part;
  void run(Part& part) const;
  static void stop(Part& part);

  std::size_t batch_documents_;
  std::vector<std::unique_ptr<Part>> parts_;
};

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_WRITER_POOL_H_
