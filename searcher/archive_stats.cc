#include "searcher/archive_stats.h"

#include <filesystem>
#include <optional>
#include <system_error>

#include "corpus/schema.h"
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

// The text sizes of every document, from a ValueCountMatchSpy on the sizes
// slot that saw every document; nullopt when some document has no sizes
// value (written before the slot existed).
[[nodiscard]] std::optional<corpus::TextSizes> spied_text_sizes(const Xapian::ValueCountMatchSpy& spy) {
  corpus::TextSizes total;
  Xapian::doccount counted = 0;
  for (auto value = spy.values_begin(); value != spy.values_end(); ++value) {
    const auto sizes = corpus::parse_text_sizes(*value);
    if (!sizes) return std::nullopt;
    total.raw += sizes->raw * value.get_termfreq();
    total.compressed += sizes->compressed * value.get_termfreq();
    counted += value.get_termfreq();
  }
  if (counted != spy.get_total()) return std::nullopt;
  return total;
}

}  // namespace

// One local archive is counted from its value streams. Over remote shards
// (and several archives) the spies run where the documents are and send back
// one count per distinct value: a remote archive's value stream is read one
// document per round trip (14.5 s for the 84k documents of the bench archive
// through xapian-tcpsrv, against 25 ms for a spy).
ArchiveStats compute_stats(const ArchiveSet& archives, const FieldTable& fields) {
  const Xapian::Database& database = archives.database();
  ArchiveStats stats;
  stats.documents = database.get_doccount();
  std::vector<const Field*> counted;
  for (const char* name : kCountedFields) counted.push_back(&fields.at(name, "facet"));
  Xapian::Enquire enquire(database);
  enquire.set_query(match_all());
  const Xapian::Database* local = archives.one_local_database() ? &database : nullptr;
  const FacetCounter counter(enquire, counted, nullptr, local);
  Xapian::ValueCountMatchSpy sizes_spy(corpus::schema::kSlotTextSizes);
  if (local == nullptr) enquire.add_matchspy(&sizes_spy);
  static_cast<void>(enquire.get_mset(0, 0, stats.documents));
  stats.counts = counter.counts();
  std::optional<corpus::TextSizes> sizes;
  if (local == nullptr) sizes = spied_text_sizes(sizes_spy);
  if (!sizes) sizes = corpus::sum_text_sizes(database);
  stats.raw_text_bytes = sizes->raw;
  stats.compressed_text_bytes = sizes->compressed;
  for (const auto& entry : archives.entries()) stats.index_bytes += folder_bytes(entry.name);
  return stats;
}

}  // namespace samizdat::searcher
