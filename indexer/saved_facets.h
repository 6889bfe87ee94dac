// @brief The facet table (corpus::FacetTable) samizdat-index saves in an
// archive folder after each run, for searches to count facets with.
#ifndef SAMIZDAT_INDEXER_SAVED_FACETS_H_
#define SAMIZDAT_INDEXER_SAVED_FACETS_H_

#include <filesystem>

namespace samizdat::indexer {

// Saves the facet table of the archive in `folder` for its current state,
// with schema::facet_slots of the config it stores, unless the table saved
// there is of that state already (a run that changed nothing).
// REQUIRES: no writer open on the archive.
// @exception ArchiveError when the archive cannot be read or the table
//            cannot be written.
void save_facet_table(const std::filesystem::path& folder);

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_SAVED_FACETS_H_
