// @brief The archive's Xapian synonym table, built from the corpus's
// synonyms file so a search for one word of a group finds the others.
#ifndef SAMIZDAT_INDEXER_SYNONYM_TABLE_H_
#define SAMIZDAT_INDEXER_SYNONYM_TABLE_H_

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "corpus/synonyms.h"
#include "indexer/archive_writer.h"

namespace samizdat::indexer {

// (key, synonym term) pairs for Xapian's QueryParser (FLAG_AUTO_SYNONYMS),
// which looks a query word up first unstemmed (lower-cased as written), then
// as "Z" + its stem. For each word of a group and each other word:
// - the word lower-cased, and folded (fold_for_search), as keys, with the
//   other word folded and "Z" + its stem in every language as synonyms;
// - "Z" + the word's stem in each language as a key, with "Z" + the other
//   word's stem in that language as synonym.
// `languages` are ISO codes; a language without a stemmer folds only.
// @exception samizdat::Error as fold_for_search(). Not thread-safe with
//            other users of the calling thread's TextFolder.
[[nodiscard]] std::set<std::pair<std::string, std::string>> synonym_entries(
    const corpus::SynonymFile& file, const std::vector<std::string>& languages);

// Rebuilds the archive's synonym table from `file` (none: empties it) when
// the file's content or the archive's languages changed since the last run,
// recording what it was built from under schema::kMetaSynonyms.
// REQUIRES: a batch is open.
// @exception ArchiveError when the archive cannot be written.
void update_synonym_table(ArchiveWriter& writer, const std::optional<corpus::SynonymFile>& file);

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_SYNONYM_TABLE_H_
