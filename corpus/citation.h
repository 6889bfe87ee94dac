// @brief Citation normalisation: "CW 27 p.135", "Lenin, Collected Works, vol.
// 27, p. 135" and "LCW vol 27, page 135" become one canonical source.
#ifndef SAMIZDAT_CORPUS_CITATION_H_
#define SAMIZDAT_CORPUS_CITATION_H_

#include <string>
#include <string_view>

namespace samizdat::corpus {

// A citation taken apart. Fields are "" when the citation does not state
// them.
struct NormalisedCitation {
  std::string raw;     // the citation as written
  std::string author;  // canonical surname(s) when named: "Lenin", "Marx and Engels"
  // A known multi-volume edition by its canonical name ("Collected Works",
  // "Marx Engels Collected Works", "Mao Selected Works"), or else the title
  // as written, its words separated by single spaces ("The Russian Revolution").
  std::string work;
  std::string volume;    // arabic numerals: "27" (roman "XXVII" is converted)
  std::string page;      // "135" or a range "135-136"
  bool edition = false;  // true when `work` is a known edition from the table

  // The source facet value: one per book or per volume of an edition, never
  // per page (pages would split a facet into thousands of one-count values,
  // and the page stays available in `page`).
  //  - Editions: work + " " + volume ("Collected Works 27"); the author is
  //    left out because it is folded into the edition's name: Lenin is the
  //    default author of "Collected Works", "Selected Works" and "Polnoe
  //    Sobranie Sochinenii", Marx or Engels turn them into "Marx Engels ...",
  //    any other author X into "X Collected Works".
  //  - Other citations: author and title lower-cased (ICU casefold) with
  //    punctuation removed and spaces collapsed, then the volume
  //    ("luxemburg the russian revolution", "r stites revolutionary dreams").
  // Empty when the citation is empty.
  // @exception samizdat::InputError when ICU's casefold data is missing.
  [[nodiscard]] std::string key() const;
};

// Takes `raw` apart: page ("p.", "pp.", "page", "S.", "с."), volume ("vol.",
// "volume", "v.", "Bd.", "т.", or the bare number after an edition, "CW 27",
// "MECW 6:506"), a known edition (CW, LCW, MECW, MESW, MEW, SW, PSS and their
// spelled-out names), known authors with their initials and given names
// ("V. I. Lenin" → "Lenin"). What remains is the title. Years (four digits)
// are dropped. Pure function, thread-safe; never throws on any input except
// std::bad_alloc.
[[nodiscard]] NormalisedCitation normalise_citation(std::string_view raw);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_CITATION_H_
