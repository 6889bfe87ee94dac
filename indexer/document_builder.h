// @brief From a corpus::Document to the Xapian::Document an archive stores:
// free-text and boolean terms, value slots and the stored data.
#ifndef SAMIZDAT_INDEXER_DOCUMENT_BUILDER_H_
#define SAMIZDAT_INDEXER_DOCUMENT_BUILDER_H_

#include <xapian.h>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/document.h"
#include "indexer/folded_terms.h"

namespace samizdat::indexer {

// Builds Xapian documents following corpus/schema.h. A document without a
// language gets detect_language()'s guess (stored and faceted like a given
// one). Text is indexed with positions and stemmed (STEM_SOME) by
// make_folding_stemmer of the language (English when still unknown; folding
// only for a language Xapian cannot stem), then FoldedTerms adds accent-free
// forms and Latin spellings of Russian names.
// Not thread-safe (the stemmers share ICU transliterators): use one builder
// per thread.
class DocumentBuilder {
 public:
  // `facets` are the corpus config's extra facets; facet i goes to value
  // slot kSlotFirstExtraFacet + i.
  explicit DocumentBuilder(std::vector<std::string> facets);
  DocumentBuilder(const DocumentBuilder&) = delete;
  DocumentBuilder& operator=(const DocumentBuilder&) = delete;

  // The Xapian document for `document`, whose data holds the stored fields
  // and `compressed_text` (compressed with dictionary `dictionary_id`).
  // The file signature slot is left to the caller.
  // @exception InputError when the id, parent id or path is too long for a
  //            Xapian term.
  [[nodiscard]] Xapian::Document build(const corpus::Document& document,
                                       std::string_view compressed_text,
                                       std::uint32_t dictionary_id);

 private:
  [[nodiscard]] Xapian::Document build_detected(const corpus::Document& document,
                                                std::string_view compressed_text,
                                                std::uint32_t dictionary_id);
  void index_free_text(Xapian::Document& xapian_document, const corpus::Document& document);
  [[nodiscard]] const Xapian::Stem& stemmer_for(const std::string& language);

  std::vector<std::string> facets_;
  Xapian::TermGenerator generator_;
  std::map<std::string, Xapian::Stem> stemmers_;
  FoldedTerms folded_terms_;
};

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_DOCUMENT_BUILDER_H_
