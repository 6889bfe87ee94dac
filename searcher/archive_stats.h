// @brief What the opened archives hold: document counts by type,
// publication, language and decade, and their sizes.
#ifndef SAMIZDAT_SEARCHER_ARCHIVE_STATS_H_
#define SAMIZDAT_SEARCHER_ARCHIVE_STATS_H_

#include "searcher/archive_set.h"
#include "searcher/field_table.h"
#include "searcher/searcher.h"

namespace samizdat::searcher {

// Counts every document's field values and sums their text sizes (value
// slots, read where the documents are), so it takes time in proportion to
// the archive, but reads no document data (except of documents written
// before the sizes slot existed). index_bytes counts only local archive
// folders (not stub files or remote shards).
// @exception Xapian::Error from the archive; ArchiveError for bad data.
[[nodiscard]] ArchiveStats compute_stats(const ArchiveSet& archives, const FieldTable& fields);

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_ARCHIVE_STATS_H_
