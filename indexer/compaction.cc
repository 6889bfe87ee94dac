#include "indexer/compaction.h"

#include <fcntl.h>
#include <xapian.h>

#include <cerrno>
#include <cstdio>
#include <system_error>

#include "indexer/archive_error.h"

namespace samizdat::indexer {
namespace {

namespace fs = std::filesystem;

fs::path beside(const fs::path& archive, const char* suffix) {
  fs::path path = archive;
  path += suffix;
  return path;
}

// With parts, their documents follow the archive's, each part's in order
// (renumbered: every part counts from 1).
void compact_into(const fs::path& archive, const std::vector<fs::path>& parts,
                  const fs::path& target) {
  Xapian::Database database(archive.string());
  for (const auto& part : parts) database.add_database(Xapian::Database(part.string()));
  const int renumber = parts.empty() ? Xapian::DBCOMPACT_NO_RENUMBER : 0;
  database.compact(target.string(), renumber | Xapian::DBCOMPACT_MULTIPASS);
}

bool is_archive(const fs::path& folder) {
  std::error_code error;
  return fs::exists(folder / "iamglass", error);
}

// Exchanges the two folders in one step where the file system can
// (renameat2 RENAME_EXCHANGE: ext4, xfs, btrfs, tmpfs), so that a crash
// leaves a whole archive at `archive` at every moment. False when the file
// system cannot exchange.
bool exchange(const fs::path& archive, const fs::path& compacted) {
  if (::renameat2(AT_FDCWD, compacted.c_str(), AT_FDCWD, archive.c_str(), RENAME_EXCHANGE) == 0) {
    return true;
  }
  if (errno == EINVAL || errno == ENOSYS) return false;
  throw fs::filesystem_error("cannot move the compact copy into place", compacted, archive,
                             std::error_code(errno, std::generic_category()));
}

// Moves the compact copy into place; puts the original back if that fails.
// Without an exchange the original moves to `old` first; a crash between
// the two renames is repaired by recover_compaction() on the next run.
void swap_in(const fs::path& archive, const fs::path& compacted, const fs::path& old) {
  std::error_code ignored;
  if (exchange(archive, compacted)) {
    fs::remove_all(compacted, ignored);  // the original; a leftover goes next run
    return;
  }
  fs::rename(archive, old);
  std::error_code error;
  fs::rename(compacted, archive, error);
  if (error) {
    fs::rename(old, archive);
    throw fs::filesystem_error("cannot move the compact copy into place", compacted, error);
  }
  fs::remove_all(old, ignored);
}

}  // namespace

void recover_compaction(const fs::path& archive) {
  const fs::path compacted = beside(archive, ".compact");
  const fs::path old = beside(archive, ".old");
  std::error_code ignored;
  if (!fs::exists(archive, ignored) && is_archive(old)) fs::rename(old, archive, ignored);
  if (!is_archive(archive)) return;  // nothing to keep a leftover for
  fs::remove_all(compacted, ignored);
  fs::remove_all(old, ignored);
}

std::optional<std::string> compact_archive(const fs::path& archive) {
  const fs::path compacted = beside(archive, ".compact");
  const fs::path old = beside(archive, ".old");
  std::error_code ignored;
  try {
    fs::remove_all(compacted);
    fs::remove_all(old);
    compact_into(archive, {}, compacted);
    swap_in(archive, compacted, old);
    return std::nullopt;
  } catch (const Xapian::Error& error) {
    fs::remove_all(compacted, ignored);
    return "cannot compact archive '" + archive.string() + "': " + error.get_description();
  } catch (const fs::filesystem_error& error) {
    fs::remove_all(compacted, ignored);
    return "cannot compact archive '" + archive.string() + "': " + error.code().message();
  }
}

void merge_parts(const fs::path& archive, const std::vector<fs::path>& parts) {
  const fs::path merged = beside(archive, ".compact");
  const fs::path old = beside(archive, ".old");
  std::error_code ignored;
  try {
    fs::remove_all(merged);
    fs::remove_all(old);
    compact_into(archive, parts, merged);
    swap_in(archive, merged, old);
  } catch (const Xapian::Error& error) {
    fs::remove_all(merged, ignored);
    throw ArchiveError("cannot merge the parts of archive '" + archive.string() +
                       "': " + error.get_description());
  } catch (const fs::filesystem_error& error) {
    fs::remove_all(merged, ignored);
    throw ArchiveError("cannot merge the parts of archive '" + archive.string() +
                       "': " + error.code().message());
  }
  for (const auto& part : parts) fs::remove_all(part, ignored);
}

}  // namespace samizdat::indexer
