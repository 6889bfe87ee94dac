// @brief The titles of the articles that the comments and quotations of a
// result page belong to: what a hit without a title of its own is shown with.
#ifndef SAMIZDAT_SEARCHER_PARENT_TITLES_H_
#define SAMIZDAT_SEARCHER_PARENT_TITLES_H_

#include <map>
#include <string>
#include <utility>

#include <xapian.h>

#include "searcher/archive_set.h"

namespace samizdat::searcher {

// Reads each parent once per page (an article's comments often come
// together), from the child's own archive: ids are unique within one.
// Not thread-safe; `archives` must outlive it.
class ParentTitles {
 public:
  explicit ParentTitles(const ArchiveSet& archives) : archives_(archives) {}

  // The title of document `parent` of the archive holding `child` (a docid
  // of the combined database); "" for "" and for an id it does not hold.
  // @exception Xapian::Error from the database; ArchiveError as
  //            ArchiveSet::decode.
  [[nodiscard]] const std::string& find(Xapian::docid child, const std::string& parent);

 private:
  const ArchiveSet& archives_;
  std::map<std::pair<const ArchiveEntry*, std::string>, std::string> titles_;
};

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_PARENT_TITLES_H_
