#include "searcher/facet_counter.h"

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <unordered_map>

#include "corpus/schema.h"

namespace samizdat::searcher {
namespace {

// A slot holding "a<sep>b" was written once per document, so adding its count
// to each part counts every document once per distinct value.
void add_split(std::map<std::string, std::uint64_t>& totals, const std::string& joined, std::uint64_t count) {
  std::size_t start = 0;
  while (start <= joined.size()) {
    const auto end = std::min(joined.find(corpus::schema::kMultiValueSeparator, start), joined.size());
    if (end > start) totals[joined.substr(start, end - start)] += count;
    start = end + 1;
  }
}

using ValueCounts = std::vector<std::pair<std::string, std::uint64_t>>;

// Most frequent first (ties by value), or in value order for fields sorted
// by value.
[[nodiscard]] FacetCounts ordered(const std::map<std::string, std::uint64_t>& totals, const Field& field) {
  FacetCounts counts(totals.begin(), totals.end());
  if (!field.sorted_by_value) {
    std::ranges::stable_sort(counts, [](const auto& a, const auto& b) { return a.second > b.second; });
  }
  return counts;
}

[[nodiscard]] FacetCounts to_counts(const ValueCounts& values, const Field& field) {
  std::map<std::string, std::uint64_t> totals;
  for (const auto& [value, count] : values) {
    if (field.multi_valued) {
      add_split(totals, value, count);
    } else {
      totals[value] += count;
    }
  }
  return ordered(totals, field);
}

[[nodiscard]] ValueCounts values_of(const Xapian::ValueCountMatchSpy& spy) {
  ValueCounts values;
  for (auto value = spy.values_begin(); value != spy.values_end(); ++value) {
    values.emplace_back(*value, value.get_termfreq());
  }
  return values;
}

// (value, documents) of `slot` over the documents `ids` (ascending) of
// `database`: its value stream read once, skipping to each id.
[[nodiscard]] ValueCounts stream_counts(const Xapian::Database& database, Xapian::valueno slot,
                                        const std::vector<Xapian::docid>& ids) {
  std::unordered_map<std::string, std::uint64_t> counted;
  auto value = database.valuestream_begin(slot);
  const auto end = database.valuestream_end(slot);
  for (const Xapian::docid id : ids) {
    if (value == end) break;
    if (value.get_docid() < id) {
      value.skip_to(id);
      if (value == end) break;
    }
    if (value.get_docid() == id) ++counted[*value];
  }
  return {counted.begin(), counted.end()};
}

// The cache positions of the fields' slots; nullopt unless every one is cached.
[[nodiscard]] std::optional<std::vector<std::size_t>> cached_indexes(const FacetCache* cache,
                                                                     const std::vector<const Field*>& fields) {
  if (cache == nullptr) return std::nullopt;
  std::vector<std::size_t> indexes;
  for (const Field* field : fields) {
    const auto index = cache->index_of(field->slot);
    if (!index) return std::nullopt;
    indexes.push_back(*index);
  }
  return indexes;
}

}  // namespace

// Notes the id of every document it is shown.
class FacetCounter::MatchIds final : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& document, double /*weight*/) override {
    ids_.push_back(document.get_docid());
  }
  [[nodiscard]] std::string name() const override { return "samizdat::MatchIds"; }

  // The ids, ascending (Xapian visits one shard's matches in id order).
  [[nodiscard]] const std::vector<Xapian::docid>& ids() {
    if (!std::ranges::is_sorted(ids_)) std::ranges::sort(ids_);
    return ids_;
  }
  [[nodiscard]] Xapian::doccount seen() const { return static_cast<Xapian::doccount>(ids_.size()); }

 private:
  std::vector<Xapian::docid> ids_;
};

FacetCounter::FacetCounter(Xapian::Enquire& enquire, const std::vector<const Field*>& fields,
                           const FacetCache* cache, const Xapian::Database* local)
    : fields_(fields) {
  if (fields_.empty()) return;
  if (auto indexes = cached_indexes(cache, fields_)) {
    cached_ = std::make_unique<CachedFacetSpy>(*cache, std::move(*indexes));
    enquire.add_matchspy(cached_.get());
    return;
  }
  if (local != nullptr) {
    matches_ = std::make_unique<MatchIds>();
    local_ = local;
    enquire.add_matchspy(matches_.get());
    return;
  }
  for (const Field* field : fields_) {
    spies_.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(field->slot));
    enquire.add_matchspy(spies_.back().get());
  }
}

FacetCounter::~FacetCounter() = default;

std::map<std::string, FacetCounts> FacetCounter::counts() const {
  std::map<std::string, FacetCounts> counts;
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    const ValueCounts values = cached_    ? cached_->counts(i)
                               : matches_ ? stream_counts(*local_, fields_[i]->slot, matches_->ids())
                                          : values_of(*spies_[i]);
    counts[fields_[i]->name] = to_counts(values, *fields_[i]);
  }
  return counts;
}

Xapian::doccount FacetCounter::documents_seen() const {
  if (cached_) return cached_->documents_seen();
  if (matches_) return matches_->seen();
  return spies_.empty() ? 0 : spies_.front()->get_total();
}

void FacetCounter::add(const FacetCounter& other) {
  if (fields_.empty() && other.fields_.empty()) return;
  if (!cached_ || !other.cached_) throw std::invalid_argument("FacetCounter::add: counters without a cache");
  cached_->add(*other.cached_);
}

std::map<std::string, FacetCounts> sum_counts(const std::vector<std::map<std::string, FacetCounts>>& parts,
                                              const std::vector<const Field*>& fields) {
  std::map<std::string, FacetCounts> sums;
  for (const Field* field : fields) {
    std::map<std::string, std::uint64_t> totals;
    for (const auto& part : parts) {
      const auto counts = part.find(field->name);
      if (counts == part.end()) continue;
      for (const auto& [value, count] : counts->second) totals[value] += count;
    }
    sums[field->name] = ordered(totals, *field);
  }
  return sums;
}

std::vector<const Field*> resolve_facets(const FieldTable& table, const std::vector<std::string>& names) {
  std::vector<const Field*> named;
  for (const auto& name : names) {
    if (name != "all") named.push_back(&table.at(name, "facet"));
  }
  const bool all = named.size() < names.size();
  std::vector<const Field*> fields;
  for (const auto& field : table.fields()) {
    if ((all && field.in_all_facets) || std::ranges::find(named, &field) != named.end()) {
      fields.push_back(&field);
    }
  }
  return fields;
}

}  // namespace samizdat::searcher
