#include "searcher/query_builder.h"

#include <map>

#include "corpus/error.h"
#include "corpus/schema.h"

namespace samizdat::searcher {
namespace {

namespace schema = corpus::schema;

constexpr unsigned kParserFlags =
    Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
    Xapian::QueryParser::FLAG_PURE_NOT | Xapian::QueryParser::FLAG_SPELLING_CORRECTION;
// A wildcard like "a*" could expand to most of the vocabulary.
constexpr Xapian::termcount kMaxWildcardExpansion = 500;

// Free-text prefixes: the words of these fields are indexed with prefixes.
constexpr std::pair<std::string_view, std::string_view> kFreeTextPrefixes[] = {
    {"title", schema::kPrefixTitle},
    {"author", schema::kPrefixAuthorText},
    {"source", schema::kPrefixSourceText},
};

[[nodiscard]] Xapian::Stem make_stemmer(const std::string& language) {
  try {
    return Xapian::Stem(language.empty() ? "en" : language);
  } catch (const Xapian::InvalidArgumentError&) {
    throw InputError("unknown query language '" + language + "' (use an ISO code such as en, de, ru)");
  }
}

}  // namespace

QueryBuilder::QueryBuilder(const Xapian::Database& database, const FieldTable& fields)
    : fields_(fields),
      year_range_(schema::kSlotYear, "year:"),
      date_range_("date:") {
  parser_.set_database(database);
  parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser_.set_max_expansion(kMaxWildcardExpansion, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  for (const auto& [name, prefix] : kFreeTextPrefixes) parser_.add_prefix(std::string(name), std::string(prefix));
  parser_.add_rangeprocessor(&year_range_);
  parser_.add_rangeprocessor(&date_range_);
  for (const auto& field : fields_.fields()) {
    if (field.name == "author" || field.name == "source") continue;  // free text above
    auto& processor = term_processors_.emplace_back(std::make_unique<FieldTermProcessor>(field));
    parser_.add_boolean_prefix(field.name, processor.get());
    for (const auto& alias : field.aliases) parser_.add_boolean_prefix(alias, processor.get());
  }
}

ParsedQuery QueryBuilder::parse(const std::string& text, const std::string& language,
                                Xapian::Query::op default_op) {
  ParsedQuery parsed{Xapian::Query::MatchAll, "", make_stemmer(language)};
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return parsed;
  parser_.set_stemmer(parsed.stemmer);
  parser_.set_default_op(default_op);
  try {
    parsed.query = parser_.parse_query(text, kParserFlags);
  } catch (const Xapian::QueryParserError& error) {
    throw InputError("cannot parse query '" + text + "': " + error.get_msg());
  }
  const std::string corrected = parser_.get_corrected_query_string();
  if (corrected != text) parsed.corrected = corrected;
  return parsed;
}

Xapian::Query QueryBuilder::filter(const std::vector<std::pair<std::string, std::string>>& filters) const {
  std::map<std::string, std::vector<Xapian::Query>> by_field;
  for (const auto& [name, value] : filters) {
    const Field& field = fields_.at(name, "filter");
    by_field[field.name].emplace_back(FieldTable::term(field, value));
  }
  if (by_field.empty()) return Xapian::Query::MatchAll;
  std::vector<Xapian::Query> fields;
  for (const auto& [name, values] : by_field) {
    fields.emplace_back(Xapian::Query::OP_OR, values.begin(), values.end());
  }
  return Xapian::Query(Xapian::Query::OP_AND, fields.begin(), fields.end());
}

}  // namespace samizdat::searcher
