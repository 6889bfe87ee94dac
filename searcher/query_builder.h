// @brief Turns a request's query text and filters into a Xapian::Query: the
// query language of DESIGN.md (words, phrases, boolean operators, NEAR/ADJ,
// wildcards, field prefixes, year and date ranges).
#ifndef SAMIZDAT_SEARCHER_QUERY_BUILDER_H_
#define SAMIZDAT_SEARCHER_QUERY_BUILDER_H_

#include <map>
#include <memory>
#include <set>
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
  std::string corrected;   // "" when every word is in the archive or the parser has no better spelling
  Xapian::Stem stemmer;    // the stemmer of the first language the query was parsed in
  std::map<std::string, Xapian::Stem> stemmers;  // of every language it was parsed in
  // Names written as a field ("iso:USA") that are none, so were searched as
  // words, each once in the order written.
  std::vector<std::string> unknown_fields;

  // The stemmer for a snippet of a text in `language`: that language's when
  // the query was parsed in it too (a Russian text's "Ленина" then stems to
  // the query's "ленин"), else `stemmer`.
  [[nodiscard]] const Xapian::Stem& stemmer_for_text(const std::string& language) const;
};

// "en", then every other language `database` holds documents in (its L
// terms), in term order. Reads a few blocks however many documents each
// language has.
[[nodiscard]] std::vector<std::string> archive_languages(const Xapian::Database& database);

// Not thread-safe (it holds a Xapian::QueryParser). `fields` must outlive it.
class QueryBuilder {
 public:
  QueryBuilder(const Xapian::Database& database, const FieldTable& fields);
  QueryBuilder(const QueryBuilder&) = delete;
  QueryBuilder& operator=(const QueryBuilder&) = delete;

  // Parses `text` with words joined by `default_op` (OP_AND or OP_OR),
  // folded (case, accents) and stemmed by make_folding_stemmer(`language`).
  // With no language (""), a word matches in every language of the archive:
  // the text is parsed with the folding stemmer of English and of each of
  // the archive's L-term languages, and the parses are OR-ed, each but
  // English's restricted to documents in a language that parses it alike
  // (the English stemmer is the one returned). An empty text gives MatchAll. A spelling
  // is suggested only when every language's parse has a word that is in no
  // document, as Xapian documents FLAG_SPELLING_CORRECTION: its 1.4 parser
  // looks up every word, which costs more than the search for a rare one.
  // @exception InputError "cannot parse query 'TEXT': REASON", or
  //            "unknown query language 'XX' (...)" for a code that is
  //            neither stemmable nor known to ICU.
  [[nodiscard]] ParsedQuery parse(const std::string& text, const std::string& language,
                                  Xapian::Query::op default_op);

  // FIELD=VALUE filters as one boolean query: values of one field OR-ed,
  // fields AND-ed. MatchAll for no filters.
  // @exception InputError "unknown filter field 'X' (known: ...)".
  [[nodiscard]] Xapian::Query filter(const std::vector<std::pair<std::string, std::string>>& filters) const;

  // Points the parser at a reopened database (wildcards and spelling).
  void set_database(const Xapian::Database& database);

  // The fields of the query language here, by their names (not aliases):
  // the free-text ones, date, then the facets.
  [[nodiscard]] const std::vector<std::string>& field_names() const { return field_names_; }

 private:
  [[nodiscard]] const Xapian::Stem& stemmer_for(const std::string& language);
  [[nodiscard]] Xapian::Query parse_in(const std::string& text, const std::string& language,
                                       unsigned flags);
  [[nodiscard]] bool has_unknown_word(const Xapian::Query& query) const;
  void add_boolean_field(const std::string& name, FieldTermProcessor* processor);
  [[nodiscard]] std::vector<std::string> unknown_fields(const std::string& text) const;

  Xapian::Database database_;
  const FieldTable& fields_;
  std::vector<std::string> archive_languages_;  // "en" first, then the archive's L-term languages
  std::map<std::string, Xapian::Stem> stemmers_;  // folding stemmers by language
  std::vector<std::unique_ptr<FieldTermProcessor>> term_processors_;
  std::set<std::string> free_text_fields_;  // add_prefix's names
  std::set<std::string> boolean_fields_;    // add_boolean_prefix's names
  std::set<std::string> known_names_;       // those, and the ranges' year and date
  std::vector<std::string> field_names_;
  Xapian::RangeProcessor year_range_;
  DateRangeProcessor date_range_;
  Xapian::QueryParser parser_;  // last: it points at the processors above
};

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_QUERY_BUILDER_H_
