#include "searcher/split_count.h"

#include <algorithm>
#include <future>
#include <string>

namespace samizdat::searcher {
namespace {

// The document numbers first..last, whether or not a document has them: as
// the filter of an AND it confines a search to that range, and the search
// skips straight to its start and stops at its end.
class DocidRange final : public Xapian::PostingSource {
 public:
  DocidRange(Xapian::docid first, Xapian::docid last) : first_(first), last_(last) {}

  void init(const Xapian::Database& database) override {
    last_ = std::min(last_, database.get_lastdocid());
    current_ = 0;
    const Xapian::doccount size = last_ >= first_ ? last_ - first_ + 1 : 0;
    set_maxweight(0);
    termfreq_ = std::min(size, database.get_doccount());
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
  const Xapian::docid first_;
  Xapian::docid last_;
  Xapian::docid current_ = 0;
  Xapian::doccount termfreq_ = 0;
};

}  // namespace

// One half: its range, its weightless search and its facet spy.
struct SplitCount::Half {
  Half(const Xapian::Database& database, const Xapian::Query& query, Xapian::docid first, Xapian::docid last,
       const std::vector<const Field*>& fields, const FacetCache& cache)
      : range(first, last), enquire(database), counter(enquire, fields, &cache) {
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(&range)));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
  }

  DocidRange range;
  Xapian::Enquire enquire;
  FacetCounter counter;
  Xapian::MSet matches;
};

SplitCount::SplitCount(const Xapian::Database& database, const Xapian::Database& helper, const Xapian::Query& query,
                       const std::vector<const Field*>& fields, const FacetCache& cache,
                       Xapian::doccount check_at_least) {
  const Xapian::docid middle = database.get_lastdocid() / 2;
  first_ = std::make_unique<Half>(database, query, 1, middle, fields, cache);
  // Xapian's reference counts are not atomic: the second thread gets its own
  // copy of the query tree, not one sharing nodes with the caller's.
  second_ = std::make_unique<Half>(helper, Xapian::Query::unserialise(query.serialise()), middle + 1,
                                   database.get_lastdocid(), fields, cache);
  auto second = std::async(std::launch::async,
                           [&] { second_->matches = second_->enquire.get_mset(0, 0, check_at_least); });
  first_->matches = first_->enquire.get_mset(0, 0, check_at_least);
  second.get();
  lower_ = first_->matches.get_matches_lower_bound() + second_->matches.get_matches_lower_bound();
  upper_ = first_->matches.get_matches_upper_bound() + second_->matches.get_matches_upper_bound();
  first_->counter.add(second_->counter);
}

SplitCount::~SplitCount() = default;

const FacetCounter& SplitCount::counter() const { return first_->counter; }

}  // namespace samizdat::searcher
