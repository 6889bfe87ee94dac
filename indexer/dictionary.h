// @brief The zstd dictionary of an archive's stored text: trained once on a
// sample of the corpus, kept in the archive's metadata, reused by later runs.
#ifndef SAMIZDAT_INDEXER_DICTIONARY_H_
#define SAMIZDAT_INDEXER_DICTIONARY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "corpus/corpus_config.h"
#include "indexer/archive_writer.h"
#include "indexer/incremental.h"

namespace samizdat::indexer {

// A dictionary and the id documents record for it; id 0 and no bytes mean
// text is compressed without one.
struct Dictionary {
  std::uint32_t id = 0;
  std::string bytes;
};

// Sample limits: the first documents of the run, up to either bound.
inline constexpr std::size_t kSampleDocuments = 2000;
inline constexpr std::size_t kSampleBytes = 10 * 1024 * 1024;

// The dictionary new documents use, as recorded in the archive; {0, ""}
// when the archive has none.
// @exception ArchiveError when the archive names a dictionary it lacks.
[[nodiscard]] Dictionary read_current_dictionary(const ArchiveWriter& archive);

// Trains a dictionary (id 1) on the texts of the first documents of `jobs`.
// Files that fail to load are left out here; the indexing pass reports them.
// Returns {0, ""} when the sample is too small to train on.
[[nodiscard]] Dictionary train_on_files(const std::vector<FileJob>& jobs,
                                        const corpus::CorpusConfig& config);

// Stores `dictionary` and makes it current. REQUIRES: a batch is open.
void store_dictionary(ArchiveWriter& archive, const Dictionary& dictionary);

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_DICTIONARY_H_
