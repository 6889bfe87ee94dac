// @brief Counting a query's matches and facets while its page is ranked: the
// document numbers cut into slices that the calling thread and a helper
// thread take from either end, for a search with an idle core.
#ifndef SAMIZDAT_SEARCHER_SPLIT_COUNT_H_
#define SAMIZDAT_SEARCHER_SPLIT_COUNT_H_

#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <xapian.h>

#include "searcher/facet_cache.h"
#include "searcher/facet_counter.h"
#include "searcher/field_table.h"

namespace samizdat::searcher {

// The matches of `query` counted without weights, with `fields` counted
// from `cache`, in `slices` equal ranges of document numbers. The
// constructor starts a helper thread, which calls `open_helper` and counts
// slices from the last one down through the handle it returns; finish()
// counts the rest, from the first one up, on the calling thread. So the
// caller ranks the page in between, and whichever thread is free counts.
//
// `open_helper` runs on the helper thread and gives a second handle on the
// same archive at the same revision (Xapian handles are not shared between
// threads), or nullptr when there is none: the calling thread then counts
// every slice. `fields` is empty or `cache` built from that revision; the
// fields and the cache must outlive the count. `query` may not hold a
// PostingSource (the helper's copy goes through serialise()).
//
// `check_at_least` is shared by the slices, each searched with what the
// others left of it, so the count is exact when there are fewer matches, as
// one search's would be. Once it is spent, the slices not yet taken are
// left out and the upper bound is unknown (the largest doccount). A
// Xapian::Error on the helper thread (a commit that outran its handle, say)
// costs only time: finish() counts that thread's slices again.
class SplitCount {
 public:
  using HelperOpener = std::function<const Xapian::Database*()>;

  SplitCount(const Xapian::Database& database, HelperOpener open_helper, const Xapian::Query& query,
             const std::vector<const Field*>& fields, const FacetCache* cache, Xapian::doccount check_at_least,
             unsigned slices);
  // Stops the helper after its current slice and waits for it.
  ~SplitCount();
  SplitCount(const SplitCount&) = delete;
  SplitCount& operator=(const SplitCount&) = delete;

  // Counts the slices the helper has not taken and waits for it; then the
  // counts below are complete.
  // @exception Xapian::Error from the calling thread's searches.
  void finish();

  // Bounds on the number of matches (equal when exact).
  [[nodiscard]] Xapian::doccount lower_bound() const { return lower_; }
  [[nodiscard]] Xapian::doccount upper_bound() const { return upper_; }
  // Both threads' facet counts.
  [[nodiscard]] const FacetCounter& counter() const;
  [[nodiscard]] std::map<std::string, FacetCounts> counts() const { return counter().counts(); }
  [[nodiscard]] Xapian::doccount documents_seen() const { return counter().documents_seen(); }

 private:
  struct Part;
  struct Slice {
    int index = -1;                       // -1: none left to count
    Xapian::doccount check_at_least = 0;  // what is left of the budget
  };
  // An untaken slice from the front or the back, while budget is left.
  [[nodiscard]] Slice take(bool front);
  // Counts `slice` into `part` and takes its matches from the budget.
  void count_slice(Part& part, Slice slice);
  void help(const HelperOpener& open_helper, const Xapian::Query& query);
  void stop();

  const std::vector<const Field*> fields_;  // a copy: the helper thread reads it
  const FacetCache* cache_;
  const unsigned slices_;
  const Xapian::docid last_docid_;  // the helper's handle has the same
  std::mutex taking_;
  int front_ = 0;  // untaken slices: [front_, back_)
  int back_;
  Xapian::doccount budget_;  // matches still to count exactly
  std::unique_ptr<Part> own_;
  std::unique_ptr<Part> helper_;
  std::vector<Slice> helper_slices_;  // the slices the helper took
  bool helper_failed_ = false;        // with a Xapian::Error
  std::exception_ptr helper_error_;   // any other
  std::thread thread_;
  Xapian::doccount lower_ = 0;
  Xapian::doccount upper_ = 0;
};

// An upper bound on the matches of `query` in `database` from its terms'
// frequencies, without a search: the least of an AND's parts, the sum of an
// OR's, the whole archive for a wildcard, a range or every document. Tells
// whether a count is worth a second thread.
[[nodiscard]] Xapian::doccount matches_at_most(const Xapian::Query& query, const Xapian::Database& database);

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_SPLIT_COUNT_H_
