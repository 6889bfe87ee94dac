// @brief A Xapian stemmer that folds accents before stemming, so stemmed
// terms, queries and snippets match "revolution" with "Révolution".
#ifndef SAMIZDAT_CORPUS_FOLDING_STEMMER_H_
#define SAMIZDAT_CORPUS_FOLDING_STEMMER_H_

#include <string_view>

#include <xapian.h>

namespace samizdat::corpus {

// A Xapian::Stem that applies fold_for_search() and then the Snowball
// stemmer of `iso_code` (no stemming when has_stemmer(iso_code) is false):
// "Révolutions" stems like "revolutions", "Łódź" like "lodz", "Ёлки" like
// "елки". Give the same kind of stemmer to the TermGenerator (index), the
// QueryParser (query) and MSet::snippet (highlighting): the Z-prefixed terms
// of all three then ignore accents and case, and a snippet marks the
// original accented word. Unstemmed terms (capitalised or quoted query
// words, phrases) keep their accents.
// Folding uses the TextFolder of the calling thread (the free
// fold_for_search), so making a stemmer compiles no ICU rules.
// Thread-safety: the returned Stem, and every copy of it, share one Snowball
// stemmer and cache of stems, so use it from one thread at a time (as TermGenerator and
// QueryParser already must be); make one per thread.
// @exception none of its own; applying the Stem throws samizdat::Error as
//            fold_for_search() does.
[[nodiscard]] Xapian::Stem make_folding_stemmer(std::string_view iso_code);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_FOLDING_STEMMER_H_
