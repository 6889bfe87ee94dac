// @brief A stemmer that remembers its answers: the words of a corpus follow
// Zipf's law, so most calls repeat a word stemmed before.
#ifndef SAMIZDAT_INDEXER_CACHED_STEMMER_H_
#define SAMIZDAT_INDEXER_CACHED_STEMMER_H_

#include <xapian.h>

#include <cstddef>

namespace samizdat::indexer {

// Words remembered per stemmer; the cache starts again empty when full.
inline constexpr std::size_t kCachedStems = 100'000;

// A Xapian::Stem giving exactly what `stemmer` gives, stemming each distinct
// word once (up to kCachedStems words). Not thread-safe, like its cache:
// one per thread (copies of the returned Stem share the cache).
[[nodiscard]] Xapian::Stem cached_stemmer(const Xapian::Stem& stemmer);

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_CACHED_STEMMER_H_
