#include "indexer/archive_error.h"

#include <string>

namespace samizdat::indexer {

ArchiveError archive_error(std::string_view verb, const std::filesystem::path& archive,
                           const Xapian::Error& error) {
  std::string reason = error.get_msg().empty() ? error.get_type() : error.get_msg();
  const char* system_reason = error.get_error_string();
  if (system_reason != nullptr && *system_reason != '\0') {
    reason += std::string(" (") + system_reason + ")";
  }
  return ArchiveError("cannot " + std::string(verb) + " archive '" + archive.string() +
                      "': " + reason);
}

}  // namespace samizdat::indexer
