// @brief Keeps the archive's quotation clusters up to date at the end of an
// indexing run: the cluster slot of each quotation and per-cluster metadata.
#ifndef SAMIZDAT_INDEXER_QUOTATION_CLUSTERS_H_
#define SAMIZDAT_INDEXER_QUOTATION_CLUSTERS_H_

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "corpus/quotation_cluster.h"
#include "indexer/archive_writer.h"
#include "indexer/file_processor.h"

namespace samizdat::indexer {

// The quotation clusters of one run. note() every document written; apply()
// once, inside the last batch, after the run's documents.
//
// apply() restores the clusterer from the state chunks under
// kMetaQuotationClusters (none: empty), with texts read back from the
// archive, removes the quotations the archive no longer holds (deleted
// files) or holds anew (re-indexed files), adds the quotations noted this
// run in doc-id order (reading them back from whichever of `writer` and
// `parts` holds them), rewrites the kMetaClusterPrefix entry of every
// changed cluster, deletes those of vanished clusters, and saves the state
// with kMetaQuotationTagsPending set, committing the batch. Then, for every
// quotation noted or whose cluster changed, it sets its kSlotCluster value
// (no term: see the cluster field in searcher/field_table.cc), committing
// every `batch_documents` tags, and clears kMetaQuotationTagsPending in the
// batch it leaves open for the caller to commit. With `parts` (a full build's part archives, see WriterPool), noted
// quotations are tagged in whichever of `writer` and `parts` holds them,
// committing their batches the same way; the state and metadata always go
// to `writer`.
// Memory: the doc ids noted, and the clusterer (see QuotationClusterer);
// no texts.
// A run interrupted before apply() saved the state leaves its quotations
// unclustered; the next run finds their files with
// files_with_unclustered_quotations() and indexes them again. One
// interrupted while tagging is finished by resume_cluster_tags().
// Not thread-safe.
class QuotationClusterUpdate {
 public:
  // Quotations the state holds per metadata chunk.
  static constexpr std::size_t kStateChunk = 20000;

  // Notes `built` if it is a quotation.
  void note(const BuiltDocument& built);

  // REQUIRES: a batch open in `writer` and in every part.
  // @exception ArchiveError when the stored state cannot be read or the
  //            archive cannot be written.
  void apply(ArchiveWriter& writer, std::size_t batch_documents,
             const std::vector<ArchiveWriter*>& parts = {});

 private:
  std::vector<std::string> noted_;
};

// Finishes the tags of a run interrupted while tagging (the archive has
// kMetaQuotationTagsPending): every quotation the saved state holds gets the
// cluster the state names, `batch_documents` per commit, and the mark is
// cleared. Does nothing on an archive without the mark.
// REQUIRES: no batch open.
// @exception ArchiveError when the state cannot be read or the archive
//            cannot be written.
void resume_cluster_tags(ArchiveWriter& writer, std::size_t batch_documents);

// The JSON object stored under kMetaClusterPrefix + cluster.id.
[[nodiscard]] std::string cluster_metadata_json(const corpus::Cluster& cluster);

// Relative paths of the files whose quotations carry no cluster (a run was
// killed between its last batch and apply()). Costs two statistics lookups
// when every quotation has its cluster, which is the usual case.
// @exception Xapian::Error from reading the database. Thread-safe as Xapian
// reads are.
[[nodiscard]] std::set<std::string> files_with_unclustered_quotations(
    const Xapian::Database& database);

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_QUOTATION_CLUSTERS_H_
