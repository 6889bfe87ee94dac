// @brief Turns a request's query text and filters into a Xapian::Query: the
// query language of DESIGN.md (words, phrases, boolean operators, NEAR/ADJ,
// wildcards, field prefixes, year and date ranges).
#ifndef SAMIZDAT_SEARCHER_QUERY_BUILDER_H_
#define SAMIZDAT_SEARCHER_QUERY_BUILDER_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "searcher/field_table.h"
#include "searcher/query_processors.h"

namespace samizdat::searcher {

// A parsed query and the parser's spelling suggestion.
struct ParsedQuery {
  Xapian::Query query;     // MatchAll for an empty query text
  std::string corrected;   // "" when the parser has no better spelling
  Xapian::Stem stemmer;    // the stemmer the query was parsed with (for snippets)
};

// Not thread-safe (it holds a Xapian::QueryParser). `fields` must outlive it.
class QueryBuilder {
 public:
  QueryBuilder(const Xapian::Database& database, const FieldTable& fields);
  QueryBuilder(const QueryBuilder&) = delete;
  QueryBuilder& operator=(const QueryBuilder&) = delete;

  // Parses `text` with words joined by `default_op` (OP_AND or OP_OR) and
  // stemmed in `language` ("" = English). An empty text gives MatchAll.
  // @exception InputError "cannot parse query 'TEXT': REASON", or for an
  //            unknown language.
  [[nodiscard]] ParsedQuery parse(const std::string& text, const std::string& language,
                                  Xapian::Query::op default_op);

  // FIELD=VALUE filters as one boolean query: values of one field OR-ed,
  // fields AND-ed. MatchAll for no filters.
  // @exception InputError "unknown filter field 'X' (known: ...)".
  [[nodiscard]] Xapian::Query filter(const std::vector<std::pair<std::string, std::string>>& filters) const;

  // Points the parser at a reopened database (wildcards and spelling).
  void set_database(const Xapian::Database& database) { parser_.set_database(database); }

 private:
  const FieldTable& fields_;
  std::vector<std::unique_ptr<FieldTermProcessor>> term_processors_;
  Xapian::RangeProcessor year_range_;
  DateRangeProcessor date_range_;
  Xapian::QueryParser parser_;  // last: it points at the processors above
};

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_QUERY_BUILDER_H_
