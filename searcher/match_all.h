// @brief A Xapian query matching every document that is safe to build on any
// thread, unlike the shared static Xapian::Query::MatchAll.
#ifndef SAMIZDAT_SEARCHER_MATCH_ALL_H_
#define SAMIZDAT_SEARCHER_MATCH_ALL_H_

#include <string>

#include <xapian.h>

namespace samizdat::searcher {

// A new query matching every document (type LEAF_MATCH_ALL), with its own
// reference count. Xapian::Query::MatchAll is one static object whose
// non-atomic reference count every copy changes: copied by the server's
// worker threads at once, the count goes wrong and the query is freed while
// in use (samizdat-serve crashed under wrk). Never copy MatchAll; call this.
// Thread-safe. Throws only std::bad_alloc.
[[nodiscard]] inline Xapian::Query match_all() { return Xapian::Query(std::string()); }

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_MATCH_ALL_H_
