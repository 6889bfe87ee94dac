#include "indexer/saved_facets.h"

#include <string>

#include <xapian.h>

#include "corpus/corpus_config.h"
#include "corpus/facet_table.h"
#include "corpus/schema.h"
#include "indexer/archive_error.h"

namespace samizdat::indexer {

namespace schema = corpus::schema;

void save_facet_table(const std::filesystem::path& folder) {
  guard_archive("read", folder, [&] {
    const Xapian::Database database(folder.string());
    const std::string config = database.get_metadata(std::string(schema::kMetaConfig));
    const auto extra_facets = config.empty() ? 0 : corpus::parse_corpus_config(config, folder).facets.size();
    const auto slots = schema::facet_slots(extra_facets);
    if (corpus::FacetTable::load(folder, database, slots)) return;
    corpus::FacetTable(database, slots).save(folder);
  });
}

}  // namespace samizdat::indexer
