#include "indexer/archive_stats.h"

#include <xapian.h>

#include <sstream>
#include <system_error>

#include "corpus/schema.h"
#include "corpus/text_sizes.h"
#include "indexer/archive_error.h"

namespace samizdat::indexer {
namespace {

namespace schema = corpus::schema;
using Counts = std::map<std::string, std::uint64_t>;

Counts count_slot(const Xapian::Database& database, Xapian::valueno slot) {
  Counts counts;
  for (auto value = database.valuestream_begin(slot); value != database.valuestream_end(slot);
       ++value) {
    ++counts[*value];
  }
  return counts;
}

void write_counts(std::ostream& out, const char* heading, const Counts& counts) {
  out << heading << ":\n";
  for (const auto& [value, count] : counts) {
    out << "  " << (value.empty() ? "(none)" : value) << "  " << count << "\n";
  }
}

std::string megabytes(std::uint64_t bytes) {
  std::ostringstream text;
  text.precision(1);
  text << std::fixed << static_cast<double>(bytes) / 1e6 << " MB";
  return text.str();
}

}  // namespace

ArchiveStats read_archive_stats(const std::filesystem::path& archive) {
  return guard_archive("open", archive, [&] {
    const Xapian::Database database(archive.string());
    ArchiveStats stats;
    stats.schema_version = database.get_metadata(std::string(schema::kMetaSchemaVersion));
    stats.documents = database.get_doccount();
    stats.by_type = count_slot(database, schema::kSlotType);
    stats.by_publication = count_slot(database, schema::kSlotPublication);
    stats.by_language = count_slot(database, schema::kSlotLanguage);
    stats.by_decade = count_slot(database, schema::kSlotDecade);
    const corpus::TextSizes sizes = corpus::sum_text_sizes(database);
    stats.text_bytes = sizes.raw;
    stats.compressed_text_bytes = sizes.compressed;
    stats.disk_bytes = folder_bytes(archive);
    return stats;
  });
}

std::string format_archive_stats(const ArchiveStats& stats) {
  std::ostringstream out;
  out << "documents: " << stats.documents << " (schema version "
      << (stats.schema_version.empty() ? "none" : stats.schema_version) << ")\n";
  write_counts(out, "by type", stats.by_type);
  write_counts(out, "by publication", stats.by_publication);
  write_counts(out, "by language", stats.by_language);
  write_counts(out, "by decade", stats.by_decade);
  out << "archive on disk: " << megabytes(stats.disk_bytes) << "\n"
      << "stored text: " << megabytes(stats.text_bytes) << ", compressed to "
      << megabytes(stats.compressed_text_bytes) << "\n";
  return out.str();
}

nlohmann::json archive_stats_json(const ArchiveStats& stats) {
  return {{"documents", stats.documents},
          {"schema_version", stats.schema_version},
          {"by_type", stats.by_type},
          {"by_publication", stats.by_publication},
          {"by_language", stats.by_language},
          {"by_decade", stats.by_decade},
          {"disk_bytes", stats.disk_bytes},
          {"text_bytes", stats.text_bytes},
          {"compressed_text_bytes", stats.compressed_text_bytes}};
}

std::uint64_t folder_bytes(const std::filesystem::path& folder) {
  std::uint64_t total = 0;
  std::error_code error;
  for (auto entry = std::filesystem::recursive_directory_iterator(folder, error);
       !error && entry != std::filesystem::recursive_directory_iterator(); entry.increment(error)) {
    std::error_code size_error;
    if (entry->is_regular_file(size_error)) {
      const auto size = entry->file_size(size_error);
      if (!size_error) total += size;
    }
  }
  return total;
}

}  // namespace samizdat::indexer
