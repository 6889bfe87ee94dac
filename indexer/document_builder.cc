#include "indexer/document_builder.h"

#include <utility>

#include "corpus/citation.h"
#include "corpus/error.h"
#include "corpus/folding_stemmer.h"
#include "corpus/language_detector.h"
#include "corpus/schema.h"
#include "corpus/stored_document.h"
#include "corpus/text_sizes.h"

namespace samizdat::indexer {
namespace {

namespace schema = corpus::schema;

// Glass refuses terms longer than this many bytes.
constexpr std::size_t kMaxTermBytes = 245;

// A boolean term whose value must stay exact (ids, paths): refuse rather
// than cut it, since a cut id would no longer find its document.
void add_exact_term(Xapian::Document& xapian_document, std::string_view prefix,
                    std::string_view value, std::string_view what) {
  if (value.empty()) return;
  if (prefix.size() + value.size() > kMaxTermBytes) {
    throw InputError(std::string(what) + " longer than " +
                     std::to_string(kMaxTermBytes - prefix.size()) + " bytes: '" +
                     std::string(value.substr(0, 40)) + "...'");
  }
  xapian_document.add_boolean_term(std::string(prefix) + std::string(value));
}

// A boolean term for a facet value, folded the way the searcher folds it.
void add_folded_term(Xapian::Document& xapian_document, std::string_view prefix,
                     std::string_view value) {
  const std::string folded = schema::fold_term_value(value);
  if (folded.empty()) return;
  std::string term = std::string(prefix) + folded;
  if (term.size() > kMaxTermBytes) term.resize(kMaxTermBytes);
  xapian_document.add_boolean_term(term);
}

std::string join_values(const std::vector<std::string>& values) {
  std::string joined;
  for (const auto& value : values) {
    if (!joined.empty()) joined += schema::kMultiValueSeparator;
    joined += value;
  }
  return joined;
}

void add_value(Xapian::Document& xapian_document, Xapian::valueno slot, const std::string& value) {
  if (!value.empty()) xapian_document.add_value(slot, value);
}

void add_date(Xapian::Document& xapian_document, const corpus::Date& date) {
  if (date.empty()) return;
  const std::string first = date.first_day();
  const auto precision = date.precision();
  xapian_document.add_boolean_term(std::string(schema::kPrefixYear) + first.substr(0, 4));
  if (precision == corpus::DatePrecision::kMonth || precision == corpus::DatePrecision::kDay) {
    xapian_document.add_boolean_term(std::string(schema::kPrefixMonth) + first.substr(0, 6));
  }
  if (precision == corpus::DatePrecision::kDay) {
    xapian_document.add_boolean_term(std::string(schema::kPrefixDate) + first);
  }
  xapian_document.add_boolean_term(std::string(schema::kPrefixDecade) + date.decade());
  xapian_document.add_value(schema::kSlotDateFirst, first);
  xapian_document.add_value(schema::kSlotDateLast, date.last_day());
  xapian_document.add_value(schema::kSlotYear, first.substr(0, 4));
  xapian_document.add_value(schema::kSlotDecade, date.decade());
}

void add_fields(Xapian::Document& xapian_document, const corpus::Document& document) {
  const std::string type(corpus::to_string(document.type));
  add_exact_term(xapian_document, schema::kPrefixId, document.id, "document id");
  add_exact_term(xapian_document, schema::kPrefixParent, document.parent_id, "parent id");
  add_exact_term(xapian_document, schema::kPrefixFile, document.path, "file path");
  xapian_document.add_boolean_term(std::string(schema::kPrefixType) + type);
  add_value(xapian_document, schema::kSlotType, type);
  add_folded_term(xapian_document, schema::kPrefixPublication, document.publication);
  add_value(xapian_document, schema::kSlotPublication, document.publication);
  add_folded_term(xapian_document, schema::kPrefixLanguage, document.language);
  add_value(xapian_document, schema::kSlotLanguage, document.language);
  const std::string source_key = corpus::normalise_citation(document.source).key();
  add_folded_term(xapian_document, schema::kPrefixSource, source_key);
  add_value(xapian_document, schema::kSlotSource, source_key);
  for (const auto& author : document.authors) {
    add_folded_term(xapian_document, schema::kPrefixAuthor, author);
  }
  add_value(xapian_document, schema::kSlotAuthor, join_values(document.authors));
  for (const auto& tag : document.tags) add_folded_term(xapian_document, schema::kPrefixTag, tag);
  add_value(xapian_document, schema::kSlotTag, join_values(document.tags));
  add_date(xapian_document, document.date);
}

}  // namespace

DocumentBuilder::DocumentBuilder(std::vector<std::string> facets) : facets_(std::move(facets)) {
  generator_.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
}

Xapian::Document DocumentBuilder::build(const corpus::Document& document,
                                        std::string_view compressed_text,
                                        std::uint32_t dictionary_id) {
  // The file's language, else the config's (both set by the loader), else a guess.
  if (!document.language.empty()) return build_detected(document, compressed_text, dictionary_id);
  corpus::Document detected = document;
  const std::string_view sample =
      std::string_view(document.text).substr(0, corpus::kLanguageSampleBytes);
  detected.language = corpus::detect_language(document.title + "\n" + std::string(sample));
  return build_detected(detected, compressed_text, dictionary_id);
}

Xapian::Document DocumentBuilder::build_detected(const corpus::Document& document,
                                                 std::string_view compressed_text,
                                                 std::uint32_t dictionary_id) {
  Xapian::Document xapian_document;
  index_free_text(xapian_document, document);
  add_fields(xapian_document, document);
  for (std::size_t i = 0; i < facets_.size(); ++i) {
    const auto found = document.extra.find(facets_[i]);
    if (found == document.extra.end()) continue;
    add_folded_term(xapian_document, schema::extra_facet_prefix(facets_[i]), found->second);
    add_value(xapian_document, schema::kSlotFirstExtraFacet + static_cast<Xapian::valueno>(i),
              found->second);
  }
  xapian_document.add_value(schema::kSlotTextSizes,
                            corpus::text_sizes_value({document.text.size(), compressed_text.size()}));
  xapian_document.set_data(
      corpus::encode_stored_document(document, compressed_text, dictionary_id));
  return xapian_document;
}

// Title words go in twice, as Omega does: prefixed for title: searches and
// unprefixed with a higher wdf so a title match ranks first.
void DocumentBuilder::index_free_text(Xapian::Document& xapian_document,
                                      const corpus::Document& document) {
  const Xapian::Stem& stemmer = stemmer_for(document.language);
  generator_.set_document(xapian_document);
  generator_.set_stemmer(stemmer);
  generator_.index_text(document.title, 1, std::string(corpus::schema::kPrefixTitle));
  generator_.index_text(document.title, corpus::schema::kTitleWeight);
  generator_.increase_termpos();
  for (const auto& author : document.authors) {
    generator_.index_text(author, 1, std::string(corpus::schema::kPrefixAuthorText));
    generator_.increase_termpos();
  }
  generator_.index_text(document.source, 1, std::string(corpus::schema::kPrefixSourceText));
  generator_.increase_termpos();
  generator_.index_text(document.text);
  // The generator keeps a handle on its document, whose reference count is
  // not atomic: drop it here, or this thread's next set_document() would
  // release it while the writer thread holds and releases the same document.
  generator_.set_document(Xapian::Document());
  folded_terms_.add(xapian_document, document.title + "\n" + document.text, stemmer);
}

const Xapian::Stem& DocumentBuilder::stemmer_for(const std::string& language) {
  const auto found = stemmers_.find(language);
  if (found != stemmers_.end()) return found->second;
  // A language Xapian cannot stem gets a folding-only stemmer.
  const std::string code = language.empty() ? "en" : language;
  return stemmers_.emplace(language, corpus::make_folding_stemmer(code)).first->second;
}

}  // namespace samizdat::indexer
