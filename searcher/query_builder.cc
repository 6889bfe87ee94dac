#include "searcher/query_builder.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string_view>

#include "corpus/ascii.h"
#include "corpus/error.h"
#include "corpus/folding_stemmer.h"
#include "corpus/language_info.h"
#include "corpus/schema.h"
#include "searcher/match_all.h"

namespace samizdat::searcher {
namespace {

namespace schema = corpus::schema;

constexpr unsigned kParserFlags =
    Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
    Xapian::QueryParser::FLAG_PURE_NOT | Xapian::QueryParser::FLAG_AUTO_SYNONYMS |
    Xapian::QueryParser::FLAG_SYNONYM;
// A wildcard like "a*" could expand to most of the vocabulary.
constexpr Xapian::termcount kMaxWildcardExpansion = 500;

// Free-text prefixes: the words of these fields are indexed with prefixes.
constexpr std::pair<std::string_view, std::string_view> kFreeTextPrefixes[] = {
    {"title", schema::kPrefixTitle},
    {"author", schema::kPrefixAuthorText},
    {"source", schema::kPrefixSourceText},
};

constexpr std::string_view kDefaultLanguage = "en";

void check_language(const std::string& language) {
  if (language.empty() || corpus::has_stemmer(language)) return;
  if (corpus::language_name(language) != language) return;  // known, folded only
  throw InputError("unknown query language '" + language +
                   "' (use an ISO code such as en, de, ru)");
}

// The parses of one text in `languages` OR-ed, each distinct parse once (two
// languages often stem a word alike). The first language's parse matches any
// document; another's only documents in a language that parses the text that
// way: German stems "workers" to "work", which must not find English "work".
Xapian::Query any_language(const std::vector<Xapian::Query>& queries, const std::vector<std::string>& languages) {
  struct Parse {
    Xapian::Query query;
    std::vector<Xapian::Query> language_terms;
  };
  std::vector<Parse> parses;
  std::map<std::string, std::size_t> index;  // description → position in parses
  for (std::size_t i = 0; i < queries.size(); ++i) {
    const auto [found, added] = index.emplace(queries[i].get_description(), parses.size());
    if (added) parses.push_back({queries[i], {}});
    parses[found->second].language_terms.emplace_back(std::string(schema::kPrefixLanguage) + languages[i]);
  }
  std::vector<Xapian::Query> branches{parses.front().query};
  for (std::size_t i = 1; i < parses.size(); ++i) {
    const auto& terms = parses[i].language_terms;
    branches.emplace_back(Xapian::Query::OP_FILTER, parses[i].query,
                          Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
  }
  if (branches.size() == 1) return branches.front();
  return Xapian::Query(Xapian::Query::OP_OR, branches.begin(), branches.end());
}

}  // namespace

// A language Xapian cannot stem was indexed folded only, as its parse with
// make_folding_stemmer is.
std::vector<std::string> archive_languages(const Xapian::Database& database) {
  std::vector<std::string> languages{std::string(kDefaultLanguage)};
  const std::string prefix(schema::kPrefixLanguage);
  const auto end = database.allterms_end(prefix);
  for (auto term = database.allterms_begin(prefix); term != end;) {
    const std::string name = *term;
    const std::string language = name.substr(prefix.size());
    if (language != kDefaultLanguage) languages.push_back(language);
    // A language term posts most documents: ++ would walk every chunk of its
    // posting list, skip_to jumps past them (no term has "\0" in it).
    term.skip_to(name + '\0');
  }
  return languages;
}

QueryBuilder::QueryBuilder(const Xapian::Database& database, const FieldTable& fields)
    : fields_(fields),
      year_range_(schema::kSlotYear, "year:"),
      date_range_("date:") {
  set_database(database);
  parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser_.set_max_expansion(kMaxWildcardExpansion, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  for (const auto& [name, prefix] : kFreeTextPrefixes) {
    parser_.add_prefix(std::string(name), std::string(prefix));
    free_text_fields_.emplace(name);
  }
  parser_.add_rangeprocessor(&year_range_);
  parser_.add_rangeprocessor(&date_range_);
  for (const auto& field : fields_.fields()) {
    if (field.name == "author" || field.name == "source") continue;  // free text above
    auto* processor = term_processors_.emplace_back(std::make_unique<FieldTermProcessor>(field)).get();
    add_boolean_field(field.name, processor);
    for (const auto& alias : field.aliases) add_boolean_field(alias, processor);
  }
  // A facet named after a table's column ("Country") is also "country:".
  for (const auto& processor : term_processors_) {
    add_boolean_field(corpus::lower_ascii(processor->field().name), processor.get());
  }
  known_names_ = free_text_fields_;
  known_names_.insert(boolean_fields_.begin(), boolean_fields_.end());
  known_names_.insert({"year", "date"});  // ranges
  for (const auto& [name, prefix] : kFreeTextPrefixes) field_names_.emplace_back(name);
  field_names_.emplace_back("date");
  for (const auto& field : fields_.fields()) {
    if (std::ranges::find(field_names_, field.name) == field_names_.end()) field_names_.push_back(field.name);
  }
}

// Registers `name` unless the parser has it: Xapian refuses a name that is
// both a free-text and a boolean prefix, as `facet = title` in an older
// archive's config would make it.
void QueryBuilder::add_boolean_field(const std::string& name, FieldTermProcessor* processor) {
  if (free_text_fields_.contains(name) || !boolean_fields_.insert(name).second) return;
  parser_.add_boolean_prefix(name, processor);
}

// Where the text writes NAME:VALUE outside a phrase, NAME when the parser
// knows no such field ("http://" is a link, not a field).
std::vector<std::string> QueryBuilder::unknown_fields(const std::string& text) const {
  std::vector<std::string> unknown;
  bool in_phrase = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') in_phrase = !in_phrase;
    const bool starts_word = i == 0 || std::string_view(" \t(+-").find(text[i - 1]) != std::string_view::npos;
    if (in_phrase || !starts_word || std::isalpha(static_cast<unsigned char>(text[i])) == 0) continue;
    std::size_t end = i;
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) != 0 || text[end] == '_' ||
                                 text[end] == '-')) {
      ++end;
    }
    const std::string_view after = std::string_view(text).substr(end);
    if (!after.starts_with(':') || after.size() < 2 || std::isspace(static_cast<unsigned char>(after[1])) != 0 ||
        after[1] == '/') {
      continue;
    }
    std::string name = text.substr(i, end - i);
    if (!known_names_.contains(name) && std::ranges::find(unknown, name) == unknown.end()) {
      unknown.push_back(std::move(name));
    }
    i = end;
  }
  return unknown;
}

void QueryBuilder::set_database(const Xapian::Database& database) {
  database_ = database;
  parser_.set_database(database);
  archive_languages_ = archive_languages(database);
}

ParsedQuery QueryBuilder::parse(const std::string& text, const std::string& language,
                                Xapian::Query::op default_op) {
  check_language(language);
  const std::vector<std::string> languages =
      language.empty() ? archive_languages_ : std::vector<std::string>{language};
  ParsedQuery parsed{match_all(), "", stemmer_for(languages.front()), {}, unknown_fields(text)};
  for (const std::string& in : languages) parsed.stemmers.emplace(in, stemmer_for(in));
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return parsed;
  parser_.set_default_op(default_op);
  std::vector<Xapian::Query> queries;
  for (const std::string& in : languages) queries.push_back(parse_in(text, in, kParserFlags));
  // A word one language leaves unstemmed ("рабочие" in English) may be
  // another's: only a query no language's parse finds whole is corrected.
  if (std::ranges::all_of(queries, [this](const Xapian::Query& query) { return has_unknown_word(query); })) {
    static_cast<void>(
        parse_in(text, languages.front(), kParserFlags | Xapian::QueryParser::FLAG_SPELLING_CORRECTION));
    const std::string corrected = parser_.get_corrected_query_string();
    if (corrected != text) parsed.corrected = corrected;
  }
  parsed.query = any_language(queries, languages);
  return parsed;
}

const Xapian::Stem& ParsedQuery::stemmer_for_text(const std::string& language) const {
  const auto found = stemmers.find(language);
  return found == stemmers.end() ? stemmer : found->second;
}

// Whether a word term of `query` (unprefixed, or stemmed: "Z" and no other
// prefix) is in no document.
bool QueryBuilder::has_unknown_word(const Xapian::Query& query) const {
  const auto is_prefix_letter = [](char c) { return c >= 'A' && c <= 'Z'; };
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    const std::string term = *it;
    const std::size_t word = term.starts_with('Z') ? 1 : 0;
    if (term.size() <= word || is_prefix_letter(term[word])) continue;
    if (database_.get_termfreq(term) == 0) return true;
  }
  return false;
}

Xapian::Query QueryBuilder::parse_in(const std::string& text, const std::string& language,
                                     unsigned flags) {
  parser_.set_stemmer(stemmer_for(language));
  try {
    return parser_.parse_query(text, flags);
  } catch (const Xapian::QueryParserError& error) {
    throw InputError("cannot parse query '" + text + "': " + error.get_msg());
  }
}

const Xapian::Stem& QueryBuilder::stemmer_for(const std::string& language) {
  const auto found = stemmers_.find(language);
  if (found != stemmers_.end()) return found->second;
  return stemmers_.emplace(language, corpus::make_folding_stemmer(language)).first->second;
}

Xapian::Query QueryBuilder::filter(const std::vector<std::pair<std::string, std::string>>& filters) const {
  std::map<std::string, std::vector<Xapian::Query>> by_field;
  for (const auto& [name, value] : filters) {
    const Field& field = fields_.at(name, "filter");
    by_field[field.name].push_back(FieldTable::query(field, value));
  }
  if (by_field.empty()) return match_all();
  std::vector<Xapian::Query> fields;
  for (const auto& [name, values] : by_field) {
    fields.emplace_back(Xapian::Query::OP_OR, values.begin(), values.end());
  }
  return Xapian::Query(Xapian::Query::OP_AND, fields.begin(), fields.end());
}

}  // namespace samizdat::searcher
