#include "indexer/summary_json.h"

namespace samizdat::indexer {

nlohmann::json summary_json(const IndexSummary& summary) {
  return {{"files_seen", summary.files_seen},
          {"files_indexed", summary.files_indexed},
          {"files_unchanged", summary.files_unchanged},
          {"files_removed", summary.files_removed},
          {"files_skipped", summary.files_skipped},
          {"files_other", summary.files_other},
          {"errors", summary.errors},
          {"documents",
           {{"article", summary.articles},
            {"comment", summary.comments},
            {"quotation", summary.quotations}}},
          {"bytes_in", summary.bytes_in},
          {"archive_bytes", summary.archive_bytes},
          {"seconds", summary.seconds}};
}

}  // namespace samizdat::indexer
