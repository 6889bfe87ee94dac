#include "searcher/archive_stats.h"

#include <filesystem>
#include <system_error>

#include "corpus/text_sizes.h"
#include "searcher/facet_counter.h"
#include "searcher/match_all.h"

namespace samizdat::searcher {
namespace {

constexpr const char* kCountedFields[] = {"type", "publication", "language", "decade"};

[[nodiscard]] std::uint64_t folder_bytes(const std::string& name) {
  std::error_code error;
  if (!std::filesystem::is_directory(name, error)) return 0;
  std::uint64_t bytes = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(name, error)) {
    if (entry.is_regular_file(error)) bytes += entry.file_size(error);
  }
  return bytes;
}

void count_fields(const ArchiveSet& archives, const FieldTable& fields, ArchiveStats& stats) {
  std::vector<const Field*> counted;
  for (const char* name : kCountedFields) counted.push_back(&fields.at(name, "facet"));
  Xapian::Enquire enquire(archives.database());
  enquire.set_query(match_all());
  const Xapian::Database* local = archives.one_local_database() ? &archives.database() : nullptr;
  const FacetCounter counter(enquire, counted, nullptr, local);
  static_cast<void>(enquire.get_mset(0, 0, archives.database().get_doccount()));
  stats.counts = counter.counts();
}

}  // namespace

ArchiveStats compute_stats(const ArchiveSet& archives, const FieldTable& fields) {
  ArchiveStats stats;
  stats.documents = archives.database().get_doccount();
  count_fields(archives, fields, stats);
  const corpus::TextSizes sizes = corpus::sum_text_sizes(archives.database());
  stats.raw_text_bytes = sizes.raw;
  stats.compressed_text_bytes = sizes.compressed;
  for (const auto& entry : archives.entries()) stats.index_bytes += folder_bytes(entry.name);
  return stats;
}

}  // namespace samizdat::searcher
