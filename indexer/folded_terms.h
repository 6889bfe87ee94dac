// @brief Extra terms for accent-insensitive and transliterated matching: the
// folded form of each word, the word after an elision ("l'état") and the
// Latin spellings of Russian names.
#ifndef SAMIZDAT_INDEXER_FOLDED_TERMS_H_
#define SAMIZDAT_INDEXER_FOLDED_TERMS_H_

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "corpus/text_folding.h"

namespace samizdat::indexer {

// Adds, at the same positions as an unprefixed term already in a document:
// - its fold_for_search() form when that differs ("révolution" gets
//   "revolution", "łódź" gets "lodz"), so exact and phrase searches ignore
//   accents;
// - for a word after a French, Italian or Catalan elision, the word alone,
//   folded, and its Z-term ("l'état" gets "état", "etat" and "Zetat"), so
//   "état" finds "L'État";
// - for a Cyrillic word written capitalised somewhere in the text (a name),
//   every latin_name_variants() spelling, unstemmed and as Z-terms stemmed by
//   the document's stemmer and by English ("троцкий" gets "trotsky",
//   "trotzki", "trotskii", "Ztrotski", ...).
// Not thread-safe (it holds a TextFolder): one per thread.
class FoldedTerms {
 public:
  // @exception samizdat::Error when ICU lacks the transliteration data.
  FoldedTerms();
  FoldedTerms(const FoldedTerms&) = delete;
  FoldedTerms& operator=(const FoldedTerms&) = delete;

  // `text` is the free text that was indexed (its capitalised words are
  // looked up); `stemmer` the stemmer it was indexed with.
  void add(Xapian::Document& document, std::string_view text, const Xapian::Stem& stemmer);

 private:
  void add_elided(Xapian::Document& document, const std::string& word,
                  const std::vector<Xapian::termpos>& positions, const Xapian::Stem& stemmer);

  corpus::TextFolder folder_;
  Xapian::Stem english_;
};

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_FOLDED_TERMS_H_
