#include "indexer/shards.h"

#include <xapian.h>

#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/error.h"
#include "corpus/schema.h"
#include "indexer/archive_error.h"

namespace samizdat::indexer {
namespace {

namespace fs = std::filesystem;
namespace schema = corpus::schema;

std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

// The value of the document's first term with `prefix`, or "".
std::string term_value(const Xapian::Document& document, std::string_view prefix) {
  auto term = document.termlist_begin();
  term.skip_to(std::string(prefix));
  if (term == document.termlist_end() || !(*term).starts_with(prefix)) return "";
  return (*term).substr(prefix.size());
}

// The id of the article a document belongs to (its own for an article).
std::string article_id(const Xapian::Document& document) {
  const std::string parent = term_value(document, schema::kPrefixParent);
  return parent.empty() ? term_value(document, schema::kPrefixId) : parent;
}

void copy_metadata(const Xapian::Database& source, Xapian::WritableDatabase& shard) {
  for (auto key = source.metadata_keys_begin(); key != source.metadata_keys_end(); ++key) {
    shard.set_metadata(*key, source.get_metadata(*key));
  }
}

void copy_word_lists(const Xapian::Database& source, Xapian::WritableDatabase& shard) {
  for (auto word = source.spellings_begin(); word != source.spellings_end(); ++word) {
    shard.add_spelling(*word, word.get_termfreq());
  }
  for (auto key = source.synonym_keys_begin(); key != source.synonym_keys_end(); ++key) {
    for (auto synonym = source.synonyms_begin(*key); synonym != source.synonyms_end(*key);
         ++synonym) {
      shard.add_synonym(*key, *synonym);
    }
  }
}

// Creates empty shards 0..shards-1 and removes any shard left from a run
// with more shards.
std::vector<Xapian::WritableDatabase> create_shards(const fs::path& folder, unsigned shards) {
  fs::create_directories(folder);
  for (unsigned k = shards; fs::exists(shard_path(folder, k)); ++k) {
    fs::remove_all(shard_path(folder, k));
  }
  std::vector<Xapian::WritableDatabase> databases;
  for (unsigned k = 0; k < shards; ++k) {
    const fs::path path = shard_path(folder, k);
    databases.push_back(guard_archive("create", path, [&] {
      return Xapian::WritableDatabase(path.string(),
                                      Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS);
    }));
  }
  return databases;
}

void write_stub(const fs::path& folder, unsigned shards) {
  const fs::path temporary = fs::path(stub_path(folder)) += ".tmp";
  {
    std::ofstream stub(temporary, std::ios::trunc);
    for (unsigned k = 0; k < shards; ++k) {
      stub << "auto " << shard_path(folder, k).filename().string() << '\n';
    }
    if (!stub) throw ArchiveError("cannot write stub '" + stub_path(folder).string() + "'");
  }
  fs::rename(temporary, stub_path(folder));
}

void copy_documents(const Xapian::Database& source, std::vector<Xapian::WritableDatabase>& shards) {
  for (auto id = source.postlist_begin(""); id != source.postlist_end(""); ++id) {
    const Xapian::Document document = source.get_document(*id);
    shards[fnv1a(article_id(document)) % shards.size()].add_document(document);
  }
}

}  // namespace

fs::path shard_path(const fs::path& folder, unsigned shard) {
  return folder / ("shard-" + std::to_string(shard));
}

fs::path stub_path(const fs::path& folder) { return folder / "stub"; }

void write_shards(const fs::path& source, const fs::path& folder, unsigned shards) {
  const Xapian::Database database =
      guard_archive("open", source, [&] { return Xapian::Database(source.string()); });
  auto databases = create_shards(folder, shards);
  guard_archive("split", source, [&] {
    copy_documents(database, databases);
    for (auto& shard : databases) copy_metadata(database, shard);
    copy_word_lists(database, databases.front());
    for (auto& shard : databases) shard.commit();
  });
  write_stub(folder, shards);
}

}  // namespace samizdat::indexer
