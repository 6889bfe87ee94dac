#include "searcher/split_count.h"

#include <pthread.h>
#include <sched.h>

#include <algorithm>
#include <cstdint>
#include <exception>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>

namespace samizdat::searcher {
namespace {

// The document numbers first..last, whether or not a document has them: as
// the filter of an AND it confines a search to that range, and the search
// skips straight to its start and stops at its end. Its frequency is given
// as the whole archive's so that the AND never walks the range itself (one
// skip of the query's terms per document number) but checks the query's
// matches against it.
class DocidRange final : public Xapian::PostingSource {
 public:
  void set(Xapian::docid first, Xapian::docid last) {
    first_ = first;
    last_ = last;
  }

  void init(const Xapian::Database& database) override {
    current_ = 0;
    set_maxweight(0);
    termfreq_ = database.get_doccount();
  }
  [[nodiscard]] Xapian::doccount get_termfreq_min() const override { return 0; }
  [[nodiscard]] Xapian::doccount get_termfreq_est() const override { return termfreq_; }
  [[nodiscard]] Xapian::doccount get_termfreq_max() const override { return termfreq_; }
  void next(double /*min_wt*/) override { current_ = current_ == 0 ? first_ : current_ + 1; }
  void skip_to(Xapian::docid id, double /*min_wt*/) override { current_ = std::max({id, first_, current_}); }
  [[nodiscard]] bool at_end() const override { return current_ > last_; }
  [[nodiscard]] Xapian::docid get_docid() const override { return current_; }
  [[nodiscard]] std::string name() const override { return "samizdat::DocidRange"; }

 private:
  Xapian::docid first_ = 1;
  Xapian::docid last_ = 0;
  Xapian::docid current_ = 0;
  Xapian::doccount termfreq_ = 0;
};

// Lets `thread` run on any CPU this one may use but the one it runs on now.
// Linux starts a new thread on its creator's CPU, where it waited for the
// ranking's time slice to end (1.3 to 3.6 ms on a 2-core machine); moved
// off that CPU it ran within 0.16 ms. Without another CPU, it stays.
void move_off_this_cpu(std::thread& thread) {
  cpu_set_t cpus;
  const int here = sched_getcpu();
  if (here < 0 || sched_getaffinity(0, sizeof cpus, &cpus) != 0) return;
  CPU_CLR(here, &cpus);
  if (CPU_COUNT(&cpus) > 0) pthread_setaffinity_np(thread.native_handle(), sizeof cpus, &cpus);
}

}  // namespace

// One thread's share: its weightless search, confined to one slice at a
// time, its facet spy and the bounds of the slices it counted.
struct SplitCount::Part {
  Part(const Xapian::Database& database, const Xapian::Query& query, const std::vector<const Field*>& fields,
       const FacetCache* cache)
      : enquire(database), counter(enquire, fields, cache) {
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(&range)));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
  }

  DocidRange range;
  Xapian::Enquire enquire;
  FacetCounter counter;
  Xapian::doccount lower = 0;
  Xapian::doccount upper = 0;
};

SplitCount::SplitCount(const Xapian::Database& database, HelperOpener open_helper, const Xapian::Query& query,
                       const std::vector<const Field*>& fields, const FacetCache* cache,
                       Xapian::doccount check_at_least, unsigned slices)
    : fields_(fields),
      cache_(cache),
      slices_(std::max(slices, 1U)),
      last_docid_(database.get_lastdocid()),
      back_(static_cast<int>(slices_)),
      budget_(check_at_least) {
  if (!fields.empty() && cache == nullptr) throw std::invalid_argument("SplitCount: facets without a cache");
  own_ = std::make_unique<Part>(database, query, fields, cache);
  // Xapian's reference counts are not atomic: the helper gets its own copy
  // of the query tree, not one sharing nodes with the caller's.
  thread_ = std::thread([this, open_helper = std::move(open_helper),
                         copy = Xapian::Query::unserialise(query.serialise())] { help(open_helper, copy); });
  move_off_this_cpu(thread_);
}

SplitCount::~SplitCount() { stop(); }

void SplitCount::stop() {
  {
    const std::scoped_lock lock(taking_);
    front_ = back_;
  }
  if (thread_.joinable()) thread_.join();
}

SplitCount::Slice SplitCount::take(bool front) {
  const std::scoped_lock lock(taking_);
  if (front_ == back_ || budget_ == 0) return {};
  return {front ? front_++ : --back_, budget_};
}

void SplitCount::count_slice(Part& part, Slice slice) {
  const std::uint64_t last = last_docid_;
  const auto index = static_cast<unsigned>(slice.index);
  part.range.set(static_cast<Xapian::docid>(last * index / slices_) + 1,
                 static_cast<Xapian::docid>(last * (index + 1) / slices_));
  const auto matches = part.enquire.get_mset(0, 0, slice.check_at_least);
  part.lower += matches.get_matches_lower_bound();
  part.upper += matches.get_matches_upper_bound();
  const std::scoped_lock lock(taking_);
  budget_ -= std::min(budget_, matches.get_matches_lower_bound());
}

void SplitCount::help(const HelperOpener& open_helper, const Xapian::Query& query) {
  pthread_setname_np(pthread_self(), "samizdat-count");  // as top -H and perf show it
  try {
    const Xapian::Database* helper = open_helper();
    if (helper == nullptr) return;
    helper_ = std::make_unique<Part>(*helper, query, fields_, cache_);
    for (Slice slice = take(false); slice.index >= 0; slice = take(false)) {
      helper_slices_.push_back(slice);
      count_slice(*helper_, slice);
    }
  } catch (const Xapian::Error&) {
    helper_failed_ = true;
  } catch (...) {
    helper_error_ = std::current_exception();
  }
}

void SplitCount::finish() {
  for (Slice slice = take(true); slice.index >= 0; slice = take(true)) count_slice(*own_, slice);
  thread_.join();
  if (helper_error_) std::rethrow_exception(helper_error_);
  if (helper_failed_) {
    helper_.reset();
    for (const Slice slice : helper_slices_) count_slice(*own_, slice);
  }
  lower_ = own_->lower;
  upper_ = own_->upper;
  if (helper_) {
    lower_ += helper_->lower;
    upper_ += helper_->upper;
    own_->counter.add(helper_->counter);
  }
  if (front_ != back_) upper_ = std::numeric_limits<Xapian::doccount>::max();
}

const FacetCounter& SplitCount::counter() const { return own_->counter; }

Xapian::doccount matches_at_most(const Xapian::Query& query, const Xapian::Database& database) {
  const Xapian::doccount all = database.get_doccount();
  const auto parts = query.get_num_subqueries();
  const auto part = [&](std::size_t i) { return matches_at_most(query.get_subquery(i), database); };
  switch (query.get_type()) {
    case Xapian::Query::LEAF_TERM:
      return database.get_termfreq(*query.get_terms_begin());
    case Xapian::Query::LEAF_MATCH_NOTHING:
      return 0;
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_NEAR:
    case Xapian::Query::OP_PHRASE: {
      Xapian::doccount least = all;
      for (std::size_t i = 0; i < parts; ++i) least = std::min(least, part(i));
      return least;
    }
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_SCALE_WEIGHT:
      return part(0);
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_ELITE_SET:
    case Xapian::Query::OP_MAX: {
      Xapian::doccount sum = 0;
      for (std::size_t i = 0; i < parts; ++i) sum += std::min(all - sum, part(i));
      return sum;
    }
    default:
      return all;
  }
}

}  // namespace samizdat::searcher
