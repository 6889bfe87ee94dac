#include "searcher/searcher.h"

#include <algorithm>
#include <chrono>
#include <charconv>
#include <functional>
#include <thread>

#include "corpus/error.h"
#include "corpus/schema.h"
#include "searcher/archive_caches.h"
#include "searcher/archive_set.h"
#include "searcher/archive_stats.h"
#include "searcher/facet_counter.h"
#include "searcher/field_table.h"
#include "searcher/hit_builder.h"
#include "searcher/parent_titles.h"
#include "searcher/query_builder.h"
#include "searcher/quotation_clusters.h"
#include "searcher/shard_count.h"
#include "searcher/split_count.h"

namespace samizdat::searcher {
namespace {

namespace schema = corpus::schema;

// With facets or a timeline, totals and counts are exact up to this many
// matches; beyond it they come from a sample and are marked inexact.
constexpr Xapian::doccount kExactCountUpTo = 100000;
// Without them only the total is wanted: it is exact up to this many matches
// (as Elasticsearch's default track_total_hits), beyond it a lower bound, so
// a plain search costs no more on a larger archive. Xapian's estimates were
// too far off to show instead (100 for a 3-word AND with 3,269 matches;
// 20,000 for a phrase with 46,169 after checking 10,000).
constexpr Xapian::doccount kExactTotalUpTo = 10000;
// With a core free, matches are counted in this many slices of the
// document numbers, which the ranking thread and a helper thread share
// (SplitCount). More slices balance the two threads better and cost more
// searches: on 294,526 documents, counting a word's 42,330 matches took
// 3.10 ms in 8 slices, 3.19 ms in 16 and 3.00 ms in one.
constexpr unsigned kCountSlices = 8;
// A second thread costs about 0.3 ms (its start, its handle, the wait for
// it) and pays from about this many matches: at 20,000 files, samizdat-search
// took 4.1 ms for a word with 2,415 documents on one thread, 4.3 on two;
// 3.9 ms on both for one with 5,171; 4.9 against 5.2 for one with 12,177.
constexpr Xapian::doccount kSplitFromMatches = 5000;

[[nodiscard]] Xapian::Query combine(const ParsedQuery& parsed, const Xapian::Query& filter) {
  if (filter.get_type() == Xapian::Query::LEAF_MATCH_ALL) return parsed.query;
  return Xapian::Query(Xapian::Query::OP_FILTER, parsed.query, filter);
}

// Whether the page is ranked on its own and the matches counted in a second
// pass with weights off: Xapian then prunes the ranking to the page, and the
// count skips BM25 and the document lengths (1.6 ms instead of 2.6 ms for a
// word with 19,000 matches). A date sort or a cluster collapse has to see
// every match anyway, so there one pass does both.
[[nodiscard]] bool count_separately(const SearchRequest& request) {
  return request.sort == SortOrder::kRelevance && !request.collapse_clusters;
}

// Whether the page's ranking leaves the matches to count: not for a lone
// word, whose frequency the ranking gives, nor for every document.
[[nodiscard]] bool needs_counting(const Xapian::Query& query) {
  return query.get_type() != Xapian::Query::LEAF_TERM && query.get_type() != Xapian::Query::LEAF_MATCH_ALL;
}

// The Enquire that counts the matches and feeds the facet spies: `ranked`
// itself, or a weightless copy of its query when counting separately.
[[nodiscard]] Xapian::Enquire counting_enquire(const Xapian::Database& database, const Xapian::Enquire& ranked,
                                               bool separately) {
  if (!separately) return ranked;
  Xapian::Enquire counting(database);
  counting.set_query(ranked.get_query());
  counting.set_weighting_scheme(Xapian::BoolWeight());
  return counting;
}

// The total of `response`: exact when the bounds meet, else the lower bound.
void set_total(Xapian::doccount lower, Xapian::doccount upper, SearchResponse& response) {
  response.total_exact = lower == upper;
  response.total = lower;
}

void set_sort(Xapian::Enquire& enquire, SortOrder sort) {
  if (sort == SortOrder::kRelevance) return;
  enquire.set_sort_by_value_then_relevance(schema::kSlotDateFirst, sort == SortOrder::kDateDescending);
}

// "a#c12" -> 12: children sort by their number, not as text (#c10 after #c9).
[[nodiscard]] unsigned child_number(const std::string& id) {
  const auto hash = id.rfind('#');
  unsigned number = 0;
  if (hash != std::string::npos && hash + 2 <= id.size()) {
    std::from_chars(id.data() + hash + 2, id.data() + id.size(), number);
  }
  return number;
}

void sort_children(std::vector<corpus::Document>& children) {
  std::ranges::sort(children, [](const auto& a, const auto& b) { return child_number(a.id) < child_number(b.id); });
}

[[nodiscard]] std::string archive_names(const ArchiveSet& archives) {
  std::string names;
  for (const auto& entry : archives.entries()) names += (names.empty() ? "'" : ", '") + entry.name + "'";
  return names;
}

// Records the quotation cluster of `document` (id `id`), if it has one.
void note_cluster(DocumentView& view, const std::string& id, const Xapian::Document& document) {
  auto cluster = document.get_value(schema::kSlotCluster);
  if (!cluster.empty()) view.clusters.emplace(id, std::move(cluster));
}

}  // namespace

struct Searcher::Impl {
  Impl(const std::vector<std::string>& databases, ArchiveCaches* caches)
      : archives(databases),
        fields(archives.config().facets),
        builder(archives.database(), fields),
        caches(caches) {}

  SearchResponse search(const SearchRequest& request);
  std::optional<DocumentView> show(const std::string& id);
  [[nodiscard]] std::vector<const Field*> spied_fields(const SearchRequest& request) const;
  [[nodiscard]] std::vector<Xapian::valueno> facet_slots() const;
  // The server's facet cache of one local archive or, without a server's
  // caches, the facet table saved in the archive folder; nullptr when there
  // is none (facets are then counted from the value streams).
  [[nodiscard]] std::shared_ptr<const FacetCache> facet_cache() const;
  // The same for each shard (null where there is none). `shards` are
  // archives.local_shards(), so shard k is entry k.
  [[nodiscard]] std::vector<std::shared_ptr<const FacetCache>> shard_caches(
      const std::vector<const Xapian::Database*>& shards) const;
  void add_results(const SearchRequest& request, const Xapian::MSet& mset, const ParsedQuery& parsed,
                   SearchResponse& response) const;
  // Ranks the page, hands it to `show` and sets the total and facets of
  // `response`; with `core_free`, counts on a second thread while the page
  // is ranked and shown (one local database) or shard by shard on two
  // (several).
  void rank_and_count(const SearchRequest& request, Xapian::Enquire& enquire, bool core_free,
                      const std::function<void(const Xapian::MSet&)>& show, SearchResponse& response);
  // The page ranked alone, with Xapian's pruning; the matches are counted
  // apart.
  [[nodiscard]] static Xapian::MSet rank_page(const SearchRequest& request, const Xapian::Enquire& enquire);
  // Sets the total and facets of `response` from `count` (a SplitCount or a
  // ShardCount, which counted the matches) and the bounds of `page`.
  template <typename Count>
  void add_count(const SearchRequest& request, const Xapian::MSet& page, const Count& count,
                 SearchResponse& response) const;
  // Opens or reopens `helper`: it, when it is at `revision`, else nullptr.
  [[nodiscard]] const Xapian::Database* helper_at(Xapian::rev revision);
  // Opens or reopens `shard_helpers`, one per entry; whether each is at the
  // revision of its shard in `shards` (the entries' databases).
  [[nodiscard]] bool shard_helpers_at_revision(const std::vector<const Xapian::Database*>& shards);
  void add_facets(const SearchRequest& request, std::map<std::string, FacetCounts> counts,
                  Xapian::doccount documents_seen, Xapian::doccount upper, SearchResponse& response) const;

  // Runs `action`; after a DatabaseModifiedError reopens and runs it once more.
  template <typename Action>
  auto with_reopen(Action action) {
    try {
      try {
        return action();
      } catch (const Xapian::DatabaseModifiedError&) {
        reopen();
        return action();
      }
    } catch (const Xapian::Error& error) {
      throw ArchiveError("cannot read archive " + archive_names(archives) + ": " + error.get_description());
    }
  }

  void reopen() {
    archives.reopen();
    builder.set_database(archives.database());
  }

  ArchiveSet archives;
  FieldTable fields;
  QueryBuilder builder;
  ArchiveCaches* caches;
  // A second handle on the archive, when it is one local database, for
  // counting on a second thread.
  std::optional<Xapian::Database> helper;
  // The same for each local shard, when the archive is several.
  std::vector<Xapian::Database> shard_helpers;
};

std::vector<Xapian::valueno> Searcher::Impl::facet_slots() const {
  std::vector<Xapian::valueno> slots;
  for (const auto& field : fields.fields()) slots.push_back(field.slot);
  return slots;
}

std::shared_ptr<const FacetCache> Searcher::Impl::facet_cache() const {
  if (caches != nullptr) return caches->facets(archives, facet_slots());
  if (!archives.one_local_database()) return nullptr;
  return FacetCache::load(archives.entries().front().name, archives.database(), facet_slots());
}

std::vector<std::shared_ptr<const FacetCache>> Searcher::Impl::shard_caches(
    const std::vector<const Xapian::Database*>& shards) const {
  std::vector<std::shared_ptr<const FacetCache>> made;
  const auto slots = facet_slots();
  for (std::size_t k = 0; k < shards.size(); ++k) {
    const std::string& name = archives.entries()[k].name;
    made.push_back(caches != nullptr ? caches->facets(name, *shards[k], slots)
                                     : FacetCache::load(name, *shards[k], slots));
  }
  return made;
}

std::vector<const Field*> Searcher::Impl::spied_fields(const SearchRequest& request) const {
  auto spied = resolve_facets(fields, request.facets);
  const Field* year = fields.find("year");
  if (request.timeline && std::ranges::find(spied, year) == spied.end()) spied.push_back(year);
  return spied;
}

SearchResponse Searcher::Impl::search(const SearchRequest& request) {
  const auto start = std::chrono::steady_clock::now();
  std::optional<ArchiveCaches::Searching> searching;
  if (caches != nullptr) searching.emplace(*caches);
  const auto op = request.match_any_word ? Xapian::Query::OP_OR : Xapian::Query::OP_AND;
  const ParsedQuery parsed = builder.parse(request.query, request.language, op);
  Xapian::Enquire enquire(archives.database());
  enquire.set_query(combine(parsed, builder.filter(request.filters)));
  set_sort(enquire, request.sort);
  if (request.collapse_clusters) enquire.set_collapse_key(schema::kSlotCluster);
  SearchResponse response;
  response.query = request.query;
  if (!parsed.corrected.empty()) response.corrected = parsed.corrected;
  if (!parsed.unknown_fields.empty()) {
    response.unknown_fields = parsed.unknown_fields;
    response.field_names.assign(builder.field_names().begin(), builder.field_names().end());
  }
  response.offset = request.offset;
  response.limit = request.limit;
  const bool core_free = searching ? searching->core_free() : std::thread::hardware_concurrency() > 1;
  rank_and_count(request, enquire, core_free,
                 [&](const Xapian::MSet& page) { add_results(request, page, parsed, response); }, response);
  response.took_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return response;
}

void Searcher::Impl::rank_and_count(const SearchRequest& request, Xapian::Enquire& enquire, bool core_free,
                                    const std::function<void(const Xapian::MSet&)>& show, SearchResponse& response) {
  const auto spied = spied_fields(request);
  const auto cache = spied.empty() ? nullptr : facet_cache();
  const bool separately = count_separately(request);
  const auto page_end = static_cast<Xapian::doccount>(request.offset + request.limit);
  const auto check_at_least = std::max(page_end, spied.empty() ? kExactTotalUpTo : kExactCountUpTo);
  if (separately && core_free && archives.one_local_database() &&
      (spied.empty() ? needs_counting(enquire.get_query()) : cache != nullptr) &&
      matches_at_most(enquire.get_query(), archives.database()) >= kSplitFromMatches) {
    const Xapian::rev revision = archives.database().get_revision();
    SplitCount count(archives.database(), [this, revision] { return helper_at(revision); }, enquire.get_query(),
                     spied, cache.get(), check_at_least, kCountSlices);
    const Xapian::MSet mset = rank_page(request, enquire);
    show(mset);
    count.finish();
    add_count(request, mset, count, response);
    return;
  }
  const auto shards = spied.empty() || !separately ? std::vector<const Xapian::Database*>{} : archives.local_shards();
  if (shards.size() > 1) {
    const bool parallel = core_free && shard_helpers_at_revision(shards);
    const ShardCount count(shards, shard_caches(shards), enquire.get_query(), spied, check_at_least,
                           parallel ? &shard_helpers : nullptr);
    const Xapian::MSet mset = rank_page(request, enquire);
    show(mset);
    add_count(request, mset, count, response);
    return;
  }
  Xapian::Enquire counting = counting_enquire(archives.database(), enquire, separately);
  const Xapian::Database* local = archives.one_local_database() ? &archives.database() : nullptr;
  const FacetCounter counter(counting, spied, cache.get(), local);
  const Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                             static_cast<Xapian::doccount>(request.limit),
                                             separately ? Xapian::doccount{0} : check_at_least);
  // The ranking's bounds can meet already (a lone word's: its frequency);
  // then only facets need the counting pass.
  const bool counted_already = spied.empty() && mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
  const Xapian::MSet counted = separately && !counted_already ? counting.get_mset(0, 0, check_at_least) : mset;
  set_total(counted.get_matches_lower_bound(), counted.get_matches_upper_bound(), response);
  add_facets(request, counter.counts(), counter.documents_seen(), counted.get_matches_upper_bound(), response);
  show(mset);
}

Xapian::MSet Searcher::Impl::rank_page(const SearchRequest& request, const Xapian::Enquire& enquire) {
  return enquire.get_mset(static_cast<Xapian::doccount>(request.offset), static_cast<Xapian::doccount>(request.limit),
                          Xapian::doccount{0});
}

template <typename Count>
void Searcher::Impl::add_count(const SearchRequest& request, const Xapian::MSet& page, const Count& count,
                               SearchResponse& response) const {
  // The ranking's own bounds can be tighter (a lone word's: its frequency).
  const auto upper = std::min(count.upper_bound(), page.get_matches_upper_bound());
  set_total(std::max(count.lower_bound(), page.get_matches_lower_bound()), upper, response);
  add_facets(request, count.counts(), count.documents_seen(), upper, response);
}

const Xapian::Database* Searcher::Impl::helper_at(Xapian::rev revision) {
  if (!helper) helper.emplace(open_database(archives.entries().front().name));
  helper->reopen();
  return helper->get_revision() == revision ? &*helper : nullptr;
}

bool Searcher::Impl::shard_helpers_at_revision(const std::vector<const Xapian::Database*>& shards) {
  if (shard_helpers.size() != shards.size()) {
    shard_helpers.clear();
    for (const auto& entry : archives.entries()) shard_helpers.push_back(open_database(entry.name));
  }
  bool same = true;
  for (std::size_t k = 0; k < shards.size(); ++k) {
    shard_helpers[k].reopen();
    same = same && shard_helpers[k].get_revision() == shards[k]->get_revision();
  }
  return same;
}

void Searcher::Impl::add_results(const SearchRequest& request, const Xapian::MSet& mset, const ParsedQuery& parsed,
                                 SearchResponse& response) const {
  ClusterCache clusters(archives);
  ParentTitles parents(archives);
  const SnippetMaker make_snippet(mset, parsed.query);
  for (auto item = mset.begin(); item != mset.end(); ++item) {
    const auto stored = archives.decode(*item, item.get_document(), request.snippets);
    SearchHit hit = make_hit(stored.document);
    if (hit.title.empty()) hit.parent_title = parents.find(*item, hit.parent);
    hit.cluster = clusters.find(*item, item.get_document().get_value(schema::kSlotCluster));
    hit.score = item.get_weight();
    hit.rank = request.offset + item.get_rank() - mset.get_firstitem() + 1;
    if (request.snippets) {
      hit.snippet = make_snippet(stored.document.text, parsed.stemmer_for_text(stored.document.language));
    }
    response.results.push_back(std::move(hit));
  }
}

void Searcher::Impl::add_facets(const SearchRequest& request, std::map<std::string, FacetCounts> counts,
                                Xapian::doccount documents_seen, Xapian::doccount upper,
                                SearchResponse& response) const {
  response.facets = std::move(counts);
  response.facets_exact = documents_seen == upper && response.total_exact;
  if (!request.timeline) return;
  for (const auto& [year, count] : response.facets["year"]) response.timeline[year] = count;
  if (std::ranges::find(request.facets, "year") == request.facets.end() &&
      std::ranges::find(request.facets, "all") == request.facets.end()) {
    response.facets.erase("year");
  }
}

std::optional<DocumentView> Searcher::Impl::show(const std::string& id) {
  const Xapian::Database& database = archives.database();
  const std::string term = std::string(schema::kPrefixId) + id;
  const auto posting = database.postlist_begin(term);
  if (posting == database.postlist_end(term)) return std::nullopt;
  const auto found = database.get_document(*posting);
  DocumentView view{archives.decode(*posting, found, true).document, {}, {}, {}};
  note_cluster(view, view.document.id, found);
  const std::string children = std::string(schema::kPrefixParent) + id;
  for (auto child = database.postlist_begin(children); child != database.postlist_end(children); ++child) {
    const auto xapian_document = database.get_document(*child);
    auto document = archives.decode(*child, xapian_document, true).document;
    note_cluster(view, document.id, xapian_document);
    auto& siblings = document.type == corpus::DocType::kComment ? view.comments : view.quotations;
    siblings.push_back(std::move(document));
  }
  sort_children(view.comments);
  sort_children(view.quotations);
  return view;
}

Searcher::Searcher(const std::vector<std::string>& databases, ArchiveCaches* caches)
    : impl_(std::make_unique<Impl>(databases, caches)) {}

Searcher::~Searcher() = default;

SearchResponse Searcher::search(const SearchRequest& request) {
  return impl_->with_reopen([&] { return impl_->search(request); });
}

std::optional<DocumentView> Searcher::show(const std::string& id) {
  return impl_->with_reopen([&] { return impl_->show(id); });
}

ArchiveStats Searcher::stats() {
  return impl_->with_reopen([&] {
    const auto compute = [&] { return compute_stats(impl_->archives, impl_->fields); };
    return impl_->caches == nullptr ? compute() : impl_->caches->stats(impl_->archives, compute);
  });
}

void Searcher::reopen() { impl_->reopen(); }

}  // namespace samizdat::searcher
