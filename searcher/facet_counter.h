// @brief Facet counts over a match set: one Xapian::ValueCountMatchSpy per
// field, the value streams of a local database read once for the matches, or
// one spy over a FacetCache; multi-valued slots split so each author or tag
// is counted.
#ifndef SAMIZDAT_SEARCHER_FACET_COUNTER_H_
#define SAMIZDAT_SEARCHER_FACET_COUNTER_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "searcher/facet_cache.h"
#include "searcher/field_table.h"
#include "searcher/search_request.h"

namespace samizdat::searcher {

// Attach to an Enquire before get_mset, read after. The counter owns its
// spies and must outlive every get_mset of that Enquire; `fields` (and
// `cache`, `local`) must outlive the counter. With a `cache` of the Enquire's
// database state that holds every field's slot, one CachedFacetSpy counts
// them all. Else, with `local` (the Enquire's database, when it is one local
// shard: a spy there sees the documents' own ids), the matches' ids are
// noted and counts() reads each field's value stream once, in id order.
// Else each field gets a Xapian::ValueCountMatchSpy, which also works on
// remote shards but reads every value of every match on its own (a B-tree
// look-up and the value chunk decoded from its start: most of the cost of
// counting). Not thread-safe.
class FacetCounter {
 public:
  FacetCounter(Xapian::Enquire& enquire, const std::vector<const Field*>& fields,
               const FacetCache* cache = nullptr, const Xapian::Database* local = nullptr);
  ~FacetCounter();
  FacetCounter(const FacetCounter&) = delete;
  FacetCounter& operator=(const FacetCounter&) = delete;

  // Counts per field name: most frequent first (ties by value), or in value
  // order for fields sorted by value (year, decade).
  [[nodiscard]] std::map<std::string, FacetCounts> counts() const;
  // Documents the spies saw (0 without fields).
  [[nodiscard]] Xapian::doccount documents_seen() const;

  // Adds what `other` counted: a counter of the same fields over the same
  // cache (both built with one), attached to a search of other documents.
  // Counters of no fields have nothing to add.
  // @exception std::invalid_argument when either has fields but no cache,
  // or they differ.
  void add(const FacetCounter& other);

 private:
  std::vector<const Field*> fields_;
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies_;
  std::unique_ptr<CachedFacetSpy> cached_;
  class MatchIds;
  std::unique_ptr<MatchIds> matches_;
  const Xapian::Database* local_ = nullptr;
};

// The counts() of counters of `fields` over different documents (shards of
// one archive) added up, ordered as counts() orders them.
[[nodiscard]] std::map<std::string, FacetCounts> sum_counts(
    const std::vector<std::map<std::string, FacetCounts>>& parts, const std::vector<const Field*>& fields);

// The fields named in a request's `facets` ("all" means every field), each
// once, in table order.
// @exception InputError "unknown facet field 'X' (known: ...)".
[[nodiscard]] std::vector<const Field*> resolve_facets(const FieldTable& table,
                                                       const std::vector<std::string>& names);

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_FACET_COUNTER_H_
