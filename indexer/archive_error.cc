#include "indexer/archive_error.h"

#include <cerrno>
#include <cstring>
#include <string>

namespace samizdat::indexer {
namespace {

// Xapian buries a full disk deep in its message ("Modifications failed
// (DatabaseError: Error writing block 90 (No space left on device)), and
// couldn't open at the old revision: ..."); say it plainly, with what it
// means for the archive: Xapian keeps the last commit.
bool is_disk_full(const std::string& reason) {
  return reason.find(std::strerror(ENOSPC)) != std::string::npos;
}

}  // namespace

ArchiveError archive_error(std::string_view verb, const std::filesystem::path& archive,
                           const Xapian::Error& error) {
  std::string reason = error.get_msg().empty() ? error.get_type() : error.get_msg();
  const char* system_reason = error.get_error_string();
  if (system_reason != nullptr && *system_reason != '\0') {
    reason += std::string(" (") + system_reason + ")";
  }
  if (is_disk_full(reason)) {
    reason = std::string(std::strerror(ENOSPC)) + "; the archive keeps its last committed batch";
  }
  return ArchiveError("cannot " + std::string(verb) + " archive '" + archive.string() +
                      "': " + reason);
}

}  // namespace samizdat::indexer
