#include "searcher/archive_set.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <string_view>

#include "corpus/archive_dictionaries.h"
#include "corpus/error.h"
#include "corpus/schema.h"

namespace samizdat::searcher {
namespace {

namespace schema = corpus::schema;
constexpr std::string_view kTcpScheme = "tcp://";

[[nodiscard]] Xapian::Database open_remote(const std::string& name) {
  const std::string_view address = std::string_view(name).substr(kTcpScheme.size());
  const auto colon = address.rfind(':');
  unsigned port = 0;
  const char* const port_end = address.data() + address.size();
  if (colon == std::string_view::npos || colon == 0 ||
      std::from_chars(address.data() + colon + 1, port_end, port).ptr != port_end ||
      port == 0 || port > 65535) {
    throw ArchiveError("cannot open archive '" + name + "': expected tcp://HOST:PORT");
  }
  return Xapian::Remote::open(std::string(address.substr(0, colon)), port);
}

void check_schema_version(const std::string& name, const Xapian::Database& database) {
  const std::string found = database.get_metadata(std::string(schema::kMetaSchemaVersion));
  const std::string expected = std::to_string(schema::kSchemaVersion);
  if (found == expected) return;
  if (found.empty()) {
    throw ArchiveError("archive '" + name + "' is not a samizdat archive (no schema version; expected " +
                       expected + "): build it with samizdat-index");
  }
  throw ArchiveError("archive '" + name + "' has schema version " + found + ", this program reads version " +
                     expected + ": rebuild it with samizdat-index --full");
}

[[nodiscard]] ArchiveEntry open_entry(const std::string& name) {
  ArchiveEntry entry{name, open_database(name), {}, nullptr};
  try {
    check_schema_version(name, entry.database);
    const std::string config = entry.database.get_metadata(std::string(schema::kMetaConfig));
    if (!config.empty()) entry.config = corpus::parse_corpus_config(config, name);
  } catch (const Xapian::Error& error) {
    throw ArchiveError("cannot read archive '" + name + "': " + error.get_description());
  }
  return entry;
}

// samizdat-index killed between the two renames of its compaction, on a file
// system that cannot exchange folders in one step, leaves the archive at
// NAME.old until its next run puts it back: read it there meanwhile.
std::string local_path(const std::string& name) {
  std::error_code error;
  if (std::filesystem::exists(name, error)) return name;
  const std::string old = name + ".old";
  return std::filesystem::exists(std::filesystem::path(old) / "iamglass", error) ? old : name;
}

// The archive folders a Xapian stub file lists, when it lists only local
// glass archives ("auto PATH" or "glass PATH", relative to the stub's
// folder; '#' starts a comment); empty for anything else (a folder, remote
// shards, nested stubs), which Xapian opens as it is.
std::vector<std::string> local_shards_of_stub(const std::string& name) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::is_regular_file(name, error)) return {};
  std::ifstream stub(name);
  std::vector<std::string> shards;
  std::string line;
  while (std::getline(stub, line)) {
    const auto type_start = line.find_first_not_of(" \t\r");
    if (type_start == std::string::npos || line[type_start] == '#') continue;
    const auto type_end = line.find_first_of(" \t", type_start);
    const std::string type = line.substr(type_start, type_end - type_start);
    const auto path_start = type_end == std::string::npos ? type_end : line.find_first_not_of(" \t", type_end);
    if ((type != "auto" && type != "glass") || path_start == std::string::npos) return {};
    fs::path shard(line.substr(path_start, line.find_last_not_of(" \t\r") + 1 - path_start));
    if (shard.is_relative()) shard = fs::path(name).parent_path() / shard;
    if (!fs::exists(shard / "iamglass", error)) return {};
    shards.push_back(shard.string());
  }
  return shards;
}

}  // namespace

Xapian::Database open_database(const std::string& name) {
  try {
    if (name.starts_with(kTcpScheme)) return open_remote(name);
    return Xapian::Database(local_path(name));
  } catch (const Xapian::Error& error) {
    throw ArchiveError("cannot open archive '" + name + "': " + error.get_msg());
  }
}

ArchiveSet::ArchiveSet(const std::vector<std::string>& names) {
  if (names.empty()) throw InputError("no archive given: use --db ARCHIVE");
  for (const auto& name : names) {
    auto shards = local_shards_of_stub(name);
    if (shards.empty()) shards.push_back(name);
    for (const auto& shard : shards) {
      entries_.push_back(open_entry(shard));
      combined_.add_database(entries_.back().database);
    }
  }
}

corpus::StoredDocument ArchiveSet::decode(Xapian::docid id, const Xapian::Document& document,
                                          bool with_text) const {
  auto stored = corpus::decode_stored_document(document.get_data());
  if (with_text && !stored.compressed_text.empty()) {
    const ArchiveEntry& entry = entry_of(id);
    if (!entry.decompressor) entry.decompressor = corpus::archive_decompressor(entry.database);
    stored.document.text = entry.decompressor->decompress(stored.compressed_text, stored.dictionary_id);
  }
  return stored;
}

bool ArchiveSet::one_local_database() const { return combined_.size() == 1 && !local_shards().empty(); }

std::vector<const Xapian::Database*> ArchiveSet::local_shards() const {
  std::vector<const Xapian::Database*> shards;
  for (const auto& entry : entries_) {
    if (entry.database.size() != 1) return {};
    try {
      static_cast<void>(entry.database.get_revision());
    } catch (const Xapian::UnimplementedError&) {
      return {};  // a remote database
    }
    shards.push_back(&entry.database);
  }
  return shards;
}

// Xapian interleaves the shards of a combined database: docid d comes from
// shard (d - 1) % shard_count, and a stub entry may contribute several shards.
const ArchiveEntry& ArchiveSet::entry_of(Xapian::docid id) const {
  std::size_t shard = (id - 1) % combined_.size();
  for (const auto& entry : entries_) {
    if (shard < entry.database.size()) return entry;
    shard -= entry.database.size();
  }
  return entries_.back();
}

void ArchiveSet::reopen() {
  for (auto& entry : entries_) {
    try {
      entry.database.reopen();
    } catch (const Xapian::Error& error) {
      throw ArchiveError("cannot reopen archive '" + entry.name + "': " + error.get_msg());
    }
    entry.decompressor.reset();  // the commit may have added a dictionary
  }
  combined_ = Xapian::Database();
  for (const auto& entry : entries_) combined_.add_database(entry.database);
}

}  // namespace samizdat::searcher
