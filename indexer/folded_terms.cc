#include "indexer/folded_terms.h"

#include <algorithm>
#include <iterator>
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

// Elided articles, pronouns and conjunctions of French, Italian and Catalan
// that TermGenerator keeps joined to the next word ("l'état", "dell'arte").
constexpr std::string_view kElisions[] = {"c",   "d",     "j",     "l",      "m",      "n",      "s",
                                          "t",   "qu",    "jusqu", "lorsqu", "puisqu", "quoiqu", "un",
                                          "all", "dall",  "dell",  "nell",   "sull",   "quell",  "quest"};

// An unprefixed term of the document that gets extra terms.
struct TermPositions {
  std::string term;
  std::string folded;  // empty when the fold is the term itself
  std::string elided;  // the word after an elision ("état" of "l'état"); empty when none
  bool name = false;   // a capitalised Cyrillic word
  std::vector<Xapian::termpos> positions;
};

// "l'état" -> "état"; "" when `word` does not start with an elision.
std::string without_elision(const std::string& word) {
  const auto apostrophe = word.find('\'');
  if (apostrophe == std::string::npos || apostrophe + 1 == word.size()) return {};
  const std::string_view head(word.data(), apostrophe);
  if (std::ranges::find(kElisions, head) == std::end(kElisions)) return {};
  return word.substr(apostrophe + 1);
}

bool is_unprefixed(const std::string& term) {
  return !term.empty() && !(term[0] >= 'A' && term[0] <= 'Z');
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

// The document's unprefixed terms that fold differently or are `names`,
// with their positions (copied: the document changes while they are added).
std::vector<TermPositions> terms_to_extend(const Xapian::Document& document,
                                           const std::set<std::string>& names,
                                           corpus::TextFolder& folder) {
  std::vector<TermPositions> terms;
  for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
    const std::string word = *term;
    if (!is_unprefixed(word)) continue;
    std::string folded = folder.fold_for_search(word);
    if (folded == word) folded.clear();
    std::string elided = without_elision(word);
    const bool name = names.contains(word);
    if (folded.empty() && elided.empty() && !name) continue;
    terms.push_back({word, std::move(folded), std::move(elided), name,
                     {term.positionlist_begin(), term.positionlist_end()}});
  }
  return terms;
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

void FoldedTerms::add_elided(Xapian::Document& document, const std::string& word,
                             const std::vector<Xapian::termpos>& positions, const Xapian::Stem& stemmer) {
  add_at(document, word, positions);
  const std::string folded = folder_.fold_for_search(word);
  if (folded != word) add_at(document, folded, positions);
  add_at(document, std::string(kStemPrefix) + stemmer(word), {});
}

void FoldedTerms::add(Xapian::Document& document, std::string_view text,
                      const Xapian::Stem& stemmer) {
  const auto names =
      corpus::has_cyrillic(text) ? capitalised_cyrillic_words(text) : std::set<std::string>{};
  for (const auto& [term, folded, elided, name, positions] : terms_to_extend(document, names, folder_)) {
    if (!folded.empty()) add_at(document, folded, positions);
    if (!elided.empty()) add_elided(document, elided, positions, stemmer);
    if (!name) continue;
    for (const auto& variant : corpus::latin_name_variants(term)) {
      add_at(document, variant, positions);
      add_at(document, std::string(kStemPrefix) + stemmer(variant), {});
      add_at(document, std::string(kStemPrefix) + english_(variant), {});
    }
  }
}

}  // namespace samizdat::indexer
