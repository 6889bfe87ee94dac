// @brief The synonyms file named by samizdat.ini: groups of words that a
// search treats as one ("trotsky = trotskii trotzki троцкий").
#ifndef SAMIZDAT_CORPUS_SYNONYMS_H_
#define SAMIZDAT_CORPUS_SYNONYMS_H_

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace samizdat::corpus {

// One line of the file: the word before '=' and the words after it, as
// written. A search for any word of a group also finds the others.
struct SynonymGroup {
  std::vector<std::string> words;  // at least two; words.front() is the head
  std::size_t line = 0;            // 1-based line in the file
};

// A parsed synonyms file. The format, UTF-8, one group per line:
//   # a comment; blank lines are ignored
//   trotsky = trotskii trotzki троцкий   # words separated by spaces or commas
// One word before '=', one or more after; each is a single word (a phrase
// cannot be a synonym). `content` is the text read, for change detection.
struct SynonymFile {
  std::vector<SynonymGroup> groups;
  std::string content;
};

// Parses synonyms text; `origin` names it in errors.
// @exception InputError "ORIGIN:LINE: reason" for a line without '=', with
//            no word or several words before '=', no word after it, or
//            text that is not valid UTF-8. Thread-safe.
[[nodiscard]] SynonymFile parse_synonyms(std::string_view text,
                                         const std::filesystem::path& origin);

// Reads and parses a synonyms file.
// @exception InputError naming the file when it cannot be read, or as
//            parse_synonyms. Thread-safe.
[[nodiscard]] SynonymFile load_synonyms(const std::filesystem::path& file);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_SYNONYMS_H_
