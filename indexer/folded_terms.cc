#include "indexer/folded_terms.h"

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "corpus/folding_stemmer.h"
#include "corpus/name_variants.h"

namespace samizdat::indexer {
namespace {

// Glass refuses terms longer than this many bytes.
constexpr std::size_t kMaxTermBytes = 245;
// Xapian's own prefix for stemmed terms (TermGenerator and QueryParser).
constexpr std::string_view kStemPrefix = "Z";

struct TermPositions {
  std::string term;
  std::vector<Xapian::termpos> positions;
};

bool is_unprefixed(const std::string& term) {
  return !term.empty() && !(term[0] >= 'A' && term[0] <= 'Z');
}

std::vector<TermPositions> unprefixed_terms(const Xapian::Document& document) {
  std::vector<TermPositions> terms;
  for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
    if (!is_unprefixed(*term)) continue;
    terms.push_back({*term, {term.positionlist_begin(), term.positionlist_end()}});
  }
  return terms;
}

// The lower-cased words of `text` that start with a capital letter and hold
// Cyrillic, split and lower-cased the way TermGenerator does.
std::set<std::string> capitalised_cyrillic_words(std::string_view text) {
  std::set<std::string> words;
  Xapian::Utf8Iterator it(text.data(), text.size());
  const Xapian::Utf8Iterator end;
  while (it != end) {
    if (!Xapian::Unicode::is_wordchar(*it)) {
      ++it;
      continue;
    }
    const bool capital = Xapian::Unicode::get_category(*it) == Xapian::Unicode::UPPERCASE_LETTER;
    std::string word;
    for (; it != end && Xapian::Unicode::is_wordchar(*it); ++it) {
      Xapian::Unicode::append_utf8(word, Xapian::Unicode::tolower(*it));
    }
    if (capital && corpus::has_cyrillic(word)) words.insert(std::move(word));
  }
  return words;
}

void add_at(Xapian::Document& document, const std::string& term,
            const std::vector<Xapian::termpos>& positions) {
  if (term.empty() || term.size() > kMaxTermBytes) return;
  if (positions.empty()) {
    document.add_term(term);
    return;
  }
  for (const auto position : positions) document.add_posting(term, position);
}

}  // namespace

FoldedTerms::FoldedTerms() : english_(corpus::make_folding_stemmer("en")) {}

void FoldedTerms::add(Xapian::Document& document, std::string_view text,
                      const Xapian::Stem& stemmer) {
  const auto names = capitalised_cyrillic_words(text);
  for (const auto& [term, positions] : unprefixed_terms(document)) {
    const std::string folded = folder_.fold_for_search(term);
    if (folded != term) add_at(document, folded, positions);
    if (!names.contains(term)) continue;
    for (const auto& variant : corpus::latin_name_variants(term)) {
      add_at(document, variant, positions);
      add_at(document, std::string(kStemPrefix) + stemmer(variant), {});
      add_at(document, std::string(kStemPrefix) + english_(variant), {});
    }
  }
}

}  // namespace samizdat::indexer
