// @brief Turning Xapian's exceptions about an archive into ArchiveError with
// the archive's path and Xapian's reason.
#ifndef SAMIZDAT_INDEXER_ARCHIVE_ERROR_H_
#define SAMIZDAT_INDEXER_ARCHIVE_ERROR_H_

#include <xapian.h>

#include <filesystem>
#include <string_view>
#include <utility>

#include "corpus/error.h"

namespace samizdat::indexer {

// "cannot VERB archive 'PATH': REASON", REASON being Xapian's message
// ("Unable to get write lock on ...: already locked").
[[nodiscard]] ArchiveError archive_error(std::string_view verb,
                                         const std::filesystem::path& archive,
                                         const Xapian::Error& error);

// Runs `action`, rethrowing a Xapian::Error as archive_error(verb, archive).
template <typename Action>
decltype(auto) guard_archive(std::string_view verb, const std::filesystem::path& archive,
                             Action&& action) {
  try {
    return std::forward<Action>(action)();
  } catch (const Xapian::Error& error) {
    throw archive_error(verb, archive, error);
  }
}

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_ARCHIVE_ERROR_H_
