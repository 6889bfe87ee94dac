// @brief The `samizdat-index --json` object: what a run did, as DESIGN.md
// specifies it.
#ifndef SAMIZDAT_INDEXER_SUMMARY_JSON_H_
#define SAMIZDAT_INDEXER_SUMMARY_JSON_H_

#include <nlohmann/json.hpp>

#include "indexer/indexer.h"

namespace samizdat::indexer {

// {"files_seen", "files_indexed", "files_unchanged", "files_removed",
//  "files_skipped", "files_other": {".pdf": 3, "": 1} (files not indexed,
//  by extension; "" for none), "errors", "documents": {"article", "comment",
//  "quotation"}, "bytes_in", "archive_bytes", "seconds"}
[[nodiscard]] nlohmann::json summary_json(const IndexSummary& summary);

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_SUMMARY_JSON_H_
